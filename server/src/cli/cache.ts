import { mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { AnalysisOptions } from "../core/analyze.js";
import type { Finding } from "../core/rules/types.js";
import { ParentFileFinder } from "../node/parentFiles.js";
import type { CommandContext } from "./command.js";
import { writeFileAtomically } from "./files.js";
import { systemErrorText } from "./systemError.js";
import { sha256 } from "../node/sha256.js";

interface CacheEntry {
  key: string;
  findings: Finding[];
  /** The plan files its analysis read as parents named by title (ParentFileFinder.consulted): path → hash of the text. */
  parentFiles?: Record<string, string>;
}

interface CacheFile {
  version: 1;
  entries: Record<string, CacheEntry>;
}

export interface FindingCache {
  /** The plan's findings: those cached while nothing they depend on changed, else `analyze`'s, kept for the next run. */
  findings(file: string, text: string, options: AnalysisOptions, analyze: () => Finding[]): Finding[];
  save(): void;
}

/**
 * `--cache`, as ESLint's: a file's findings are reused while a hash of the tool version, the
 * analysis options (configuration, registry, overrides) and the file's text is unchanged. A
 * missing or unreadable cache file is simply a cold cache.
 */
export async function openCache(context: CommandContext): Promise<FindingCache> {
  const location = cacheFile(context.values["cache-location"] as string | undefined);
  context.writes.declare(location, "缓存文件", "请用 --cache-location 另选位置");
  let data: CacheFile = { version: 1, entries: {} };
  try {
    const parsed = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
    if (parsed.version === 1 && parsed.entries && typeof parsed.entries === "object") data = parsed;
  } catch {
    // cold cache
  }
  // Options objects are shared by every plan under one configuration: hash each once.
  const optionHashes = new WeakMap<object, string>();
  const optionsHash = (options: AnalysisOptions) => {
    let hash = optionHashes.get(options);
    if (!hash) optionHashes.set(options, (hash = sha256().update(JSON.stringify(cacheIdentity(options))).digest("hex")));
    return hash;
  };
  const key = (text: string, options: AnalysisOptions) => sha256().update(context.version).update("\0").update(optionsHash(options)).update("\0").update(text).digest("hex");
  let dirty = false;
  // The plans this run checked: after the walk, every other entry is dropped (below).
  const seen = new Set<string>();
  return {
    findings(file, text, options, analyze) {
      const path = resolve(file);
      seen.add(path);
      const k = key(text, options);
      const finder = options.parentFiles instanceof ParentFileFinder ? options.parentFiles : undefined;
      const entry = data.entries[path];
      if (entry && entry.key === k && parentFilesUnchanged(entry, finder)) return entry.findings;
      finder?.startRecord();
      const findings = analyze();
      const consulted = finder?.consulted();
      data.entries[path] = { key: k, findings, ...(consulted && Object.keys(consulted).length > 0 ? { parentFiles: consulted } : {}) };
      dirty = true;
      return findings;
    },
    save() {
      // Entries of plans deleted or moved since would otherwise stay for good, the file growing with
      // every rename. Pruned once, from the plans the run saw, as ESLint's cache keeps the files of its
      // last run: a stat per entry on every write cost a cache of thousands of plans as many system calls.
      for (const path of Object.keys(data.entries)) {
        if (seen.has(path)) continue;
        delete data.entries[path];
        dirty = true;
      }
      if (!dirty) return;
      try {
        mkdirSync(dirname(location), { recursive: true });
        writeFileAtomically(location, JSON.stringify(data));
      } catch (error) {
        context.io.stderr(`提示：无法写入缓存文件 ${location}：${systemErrorText(error)}；下次将重新检查\n`);
      }
    },
  };
}

const CACHE_FILE_NAME = ".plancheck-cache.json";

/**
 * `--cache-location`: a file, or as ESLint's a folder to put the cache file in — one that exists,
 * or a path ending in a separator (`.cache/`), created on writing as a file's missing folders are.
 */
function cacheFile(option: string | undefined): string {
  if (option === undefined) return resolve(CACHE_FILE_NAME);
  // `\` ends a folder on Windows only: on Linux it is a character of the name.
  if (option.endsWith("/") || option.endsWith(sep) || isFolder(option)) return join(resolve(option), CACHE_FILE_NAME);
  return resolve(option);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether the parent files a cached plan read by title still hold the texts it read. */
function parentFilesUnchanged(entry: CacheEntry, finder: ParentFileFinder | undefined): boolean {
  if (!entry.parentFiles) return true;
  if (!finder) return false;
  return Object.entries(entry.parentFiles).every(([file, hash]) => finder.sourceHash(file) === hash);
}

/**
 * What the findings depend on, as plain data: the options themselves, except that a parent file
 * is named by its entry, path and the text it was read from. A parsed parent is a graph (items
 * point to their parents), which JSON cannot write, and its text is what changes when the file
 * does. The parent files a plan may name by title are those of a folder: which file each title
 * names (ParentFileFinder.identity); the texts of those a plan read are its entry's `parentFiles`.
 */
function cacheIdentity(options: AnalysisOptions): unknown {
  const { parents, parentFiles, ...rest } = options;
  return {
    ...rest,
    ...(parents ? { parents: parents.map(({ entry, parent, sourceText }) => ({ entry, source: parent.source, sourceText })) } : {}),
    ...(parentFiles instanceof ParentFileFinder ? { parentFiles: parentFiles.identity() } : {}),
  };
}
