import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { PlanConfig } from "../core/config/schema.js";
import { builtinParents, findParent, parentFromPlanText, parseOutlineData, type LoadedParent } from "../core/parents/index.js";
import type { TextReader } from "./configFiles.js";

/** A `parents` entry that could not be used, in Chinese, with the file it names. */
export interface ParentFileProblem {
  entry: string;
  file: string | null;
  message: string;
}

const readFromDisk: TextReader = (file) => readFileSync(file, "utf8");

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
