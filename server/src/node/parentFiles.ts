import { readSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { PlanConfig } from "../core/config/schema.js";
import { builtinParents, findParent, normalizeTitle, parentFromPlanText, parseOutlineData, type LoadedParent, type ParentFiles } from "../core/parents/index.js";
import type { TextReader } from "./configFiles.js";
import { listPlanFiles } from "./planFiles.js";
import { readRegularText, withRegularFile } from "./regularFile.js";
import { sha256 } from "./sha256.js";

/** A `parents` entry that could not be used, in Chinese, with the file it names. */
export interface ParentFileProblem {
  entry: string;
  file: string | null;
  message: string;
}

// A pipe or a device among a folder's plan files, or named as a parent, is passed over, never waited on.
const readFromDisk: TextReader = readRegularText;

/**
 * Reads the parent documents a configuration's `parents` names by path (relative to the
 * configuration file): a `.plan` / `.plan.txt` file is parsed as a plan, a `.json` file as outline
 * data in the built-in's format. Built-in ids and titles need no file. The core never reads
 * files; both shells pass the result to `analyze` as `parents`.
 */
export function loadParentFiles(configFile: string | null, config: PlanConfig | undefined, read: TextReader = readFromDisk): { loaded: LoadedParent[]; problems: ParentFileProblem[] } {
  const loaded: LoadedParent[] = [];
  const problems: ParentFileProblem[] = [];
  for (const entry of config?.parents ?? []) {
    if (findParent(entry, builtinParents())) continue;
    if (!/\.(plan|plan\.txt|json)$/i.test(entry) || !configFile) {
      problems.push({ entry, file: null, message: `未知的上位文件“${entry}”：应为内置文件的 id（${builtinParents().map((p) => p.id).join("、")}）或 .plan / .json 文件路径` });
      continue;
    }
    const file = resolve(dirname(configFile), entry);
    let text: string;
    try {
      text = read(file).replace(/^\uFEFF/, "");
    } catch {
      problems.push({ entry, file, message: `无法读取上位文件：${file}` });
      continue;
    }
    if (/\.json$/i.test(file)) {
      const result = parseOutlineData(text, file);
      if (result.ok) loaded.push({ entry, parent: { ...result.parent, id: entry }, sourceText: text });
      else problems.push({ entry, file, message: `上位文件数据无效：${file}：${result.problems.map((p) => `${p.path || "（整个文件）"} ${p.message}`).join("；")}` });
    } else loaded.push({ entry, parent: parentFromPlanText(text, entry, file), sourceText: text });
  }
  return { loaded, problems };
}

/**
 * The loaded parents without the one read from `file` (the plan being checked): a parent file
 * lies in the folder its configuration covers, and is no parent of itself. The core also
 * recognises a document by its title and text (parents/resolve.ts); the path catches the rest,
 * a parent file without a title line being edited. The same array when nothing is left out.
 */
export function parentsOtherThan(loaded: readonly LoadedParent[], file: string): readonly LoadedParent[] {
  const path = resolve(file);
  return loaded.some((l) => l.parent.source === path) ? loaded.filter((l) => l.parent.source !== path) : loaded;
}

/** How much of a file's start holds its title: front matter, a few lines of page debris, the title. */
const HEAD_BYTES = 8192;
/** The lines after the front matter where a title is looked for (a title may wrap onto a second). */
const TITLE_LINES = 8;

/** The start of a file, read without the rest: indexing a folder's titles reads only this much. */
export const readHeadFromDisk: TextReader = (file) =>
  withRegularFile(file, (fd) => {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const size = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    // A character cut at the end decodes as U+FFFD: only the last, partial line is lost.
    return buffer.toString("utf8", 0, size);
  });

/**
 * The parent files of a folder, found by title: a plan that names its parent in its front matter
 * (`上位文件: 中共××省委 ××省人民政府关于深化质量强省建设的实施意见`) or cites it before its first item
 * (为贯彻落实《…》), where no `parents` entry and no built-in document has that title, gets the
 * `.plan` file under the folder whose title it is — the folder its configuration covers (the
 * configuration file's), else the editor's workspace folder or, on the command line, the plan's
 * own folder and the folders right under it (not every folder below one's home: a plan checked
 * there would walk it all). Both shells use it, so they find the same parents. The folder's titles are indexed
 * on the first look-up that needs them, from each file's first lines (a title may wrap onto a
 * second line; a front matter 标题 counts), and a candidate is confirmed by parsing it: its title
 * as the model reads it must be the one named. A file is read and parsed once.
 */
/**
 * Folder entries a search for parent files looks at, at most: a folder of plans, or a project's
 * with its documents, is far smaller; /tmp on a build machine holds tens of thousands (a plan
 * checked there took minutes, reading the start of every plan file of every test's folder).
 */
export const SEARCH_ENTRIES = 20_000;
/** The same for the folders beside a plan that has no configuration (its folder and those right under it). */
export const NEIGHBOUR_ENTRIES = 5_000;

export class ParentFileFinder implements ParentFiles {
  private index: Map<string, string[]> | null = null;
  private listing: string | undefined;
  private readonly byTitle = new Map<string, LoadedParent | null>();
  private readonly byFile = new Map<string, LoadedParent | null>();
  /** The files each title looked up made `search` read, in its order, to its answer. */
  private readonly candidatesRead = new Map<string, string[]>();
  private record: Set<string> | undefined;
  private readonly hashes = new Map<string, string>();

  constructor(
    readonly folder: string,
    private readonly read: TextReader = readFromDisk,
    private readonly readHead: TextReader = readHeadFromDisk,
    /** How many levels of subfolders are searched; all when undefined. */
    private readonly depth?: number,
    /** Called once when the folder has more entries than a search looks at (SEARCH_ENTRIES, NEIGHBOUR_ENTRIES). */
    private readonly onLimit?: (folder: string, entries: number) => void,
  ) {}

  /** True once a search stopped at its bound: a parent beyond it is not found. */
  truncated = false;

  find(title: string): LoadedParent | null {
    const key = normalizeTitle(title);
    if (key === "") return null;
    let found = this.byTitle.get(key);
    if (found === undefined) this.byTitle.set(key, (found = this.search(key)));
    if (this.record) for (const file of this.candidatesRead.get(key) ?? []) this.record.add(file);
    return found;
  }

  /** Whether a title has been looked for here: then a plan file added or removed may change what is found. */
  searched(): boolean {
    return this.byTitle.size > 0;
  }

  /** The parent files found so far: the server watches them, and re-checks their plans when one is edited. */
  loaded(): LoadedParent[] {
    return [...this.byFile.values()].filter((l): l is LoadedParent => l !== null);
  }

  /**
   * What every cached finding depends on here: which plan file each title names — the titles
   * of the plan files under the folder, by path. A file added, removed or retitled may be the
   * parent a plan names; a plan edited below its title changes no other plan's findings,
   * unless a plan reads it as its parent, which `consulted` tells.
   */
  identity(): string {
    // Once per finder: a command line run is short (a file added meanwhile is seen by the next).
    if (this.listing === undefined) {
      const index = (this.index ??= this.buildIndex());
      const titles = [...index].map(([key, files]) => `${key}\0${files.join("\0")}`).sort();
      this.listing = sha256().update(titles.join("\n")).digest("hex");
    }
    return this.listing;
  }

  /**
   * Starts a record of the files `find` reads to answer (each candidate of each title looked up,
   * found or not), so that a cache can tie one plan's findings to those files' texts.
   */
  startRecord(): void {
    this.record = new Set();
  }

  /** The files `find` read since `startRecord`, each with the hash of its text (see `sourceHash`). */
  consulted(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const file of this.record ?? []) files[file] = this.sourceHash(file);
    this.record = undefined;
    return files;
  }

  /** A hash of a plan file's text as it is now (once per run), "" when it cannot be read. */
  sourceHash(file: string): string {
    let hash = this.hashes.get(file);
    if (hash === undefined) {
      try {
        hash = sha256().update(this.read(file)).digest("hex");
      } catch {
        hash = "";
      }
      this.hashes.set(file, hash);
    }
    return hash;
  }

  private files(): string[] {
    const { depth } = this;
    // The search is one the user did not ask for: bounded, so that a plan in a folder of tens
    // of thousands of entries (/tmp, a download folder) is checked in time, its parents looked
    // for among the first entries only, and said so.
    const maxEntries = depth === undefined ? SEARCH_ENTRIES : NEIGHBOUR_ENTRIES;
    const onLimit = () => {
      this.truncated = true;
      this.onLimit?.(this.folder, maxEntries);
    };
    if (depth === undefined) return listPlanFiles(this.folder, { maxEntries, onLimit });
    const levels = (path: string) => relative(this.folder, path).split(/[\\/]/).length;
    return listPlanFiles(this.folder, { exclude: (path, isFolder) => isFolder && levels(path) > depth, maxEntries, onLimit });
  }

  private search(key: string): LoadedParent | null {
    const index = (this.index ??= this.buildIndex());
    const read: string[] = [];
    this.candidatesRead.set(key, read);
    for (const file of index.get(key) ?? []) {
      read.push(file);
      const loaded = this.load(file);
      if (loaded && normalizeTitle(loaded.parent.title) === key) return loaded;
    }
    return null;
  }

  private load(file: string): LoadedParent | null {
    let loaded = this.byFile.get(file);
    if (loaded === undefined) {
      try {
        const text = this.read(file).replace(/^\uFEFF/, "");
        loaded = { entry: relative(this.folder, file).split("\\").join("/"), parent: parentFromPlanText(text, relative(this.folder, file).split("\\").join("/"), file), sourceText: text };
      } catch {
        loaded = null;
      }
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  private buildIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const file of this.files()) {
      let head: string;
      try {
        head = this.readHead(file);
      } catch {
        continue;
      }
      for (const key of titleKeys(head)) {
        const files = index.get(key);
        if (!files) index.set(key, [file]);
        else if (!files.includes(file)) files.push(file);
      }
    }
    return index;
  }
}

/**
 * The titles a file's start may hold, normalised: its front matter 标题, and each of its first
 * lines after the front matter, alone and joined with the next (a title wrapped onto two lines).
 */
function titleKeys(head: string): string[] {
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/);
  const keys: string[] = [];
  let at = 0;
  if (lines[0]?.trim() === "---") {
    for (at = 1; at < lines.length && lines[at]!.trim() !== "---"; at++) {
      const title = /^\s*(?:标题|title)\s*[:：]\s*(.+)$/i.exec(lines[at]!);
      if (title) keys.push(normalizeTitle(title[1]!.trim()));
    }
    at++;
  }
  const text = lines.slice(at).map((line) => line.trim()).filter((line) => line !== "" && line.length <= 120).slice(0, TITLE_LINES);
  text.forEach((line, index) => {
    keys.push(normalizeTitle(line));
    if (index + 1 < text.length) keys.push(normalizeTitle(line + text[index + 1]!));
  });
  return keys.filter((key) => key !== "");
}
