import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from "node:path";
import { type ConfigProblem, formatPath, jsonc, locateInJson } from "../core/config/load.js";
import { mergeConfigs, PRESETS } from "../core/config/presets.js";
import { isUnder, parsePlanConfig } from "../core/config/validate.js";
import type { PlanConfig } from "../core/config/schema.js";
import type { UnitEntryInput } from "../core/units/registry.js";
import { parseRegistryText } from "../core/units/registryFile.js";
import { pathProblems, workspaceRootFor } from "./configPaths.js";
import { readRegularText } from "./regularFile.js";

export const CONFIG_FILE_NAME = ".plancheck.json";

export type LoadedConfig =
  | { file: string | null; ok: true; config: PlanConfig; text?: string }
  | {
      file: string;
      ok: false;
      /** The problems of this file, located in `text`. */
      problems: ConfigProblem[];
      text: string;
      /** The problems of the files it `extends` (at any depth), each located in its own file. */
      extended: ExtendedProblem[];
      /**
       * What of this file's own `units.registryFiles` and `parents` no problem touches, with those of the files it extends (paths
       * leaving the workspace left out): read by the caller only to report those files' own
       * problems in the same run. Absent when the text is no JSON.
       */
      partial?: PlanConfig;
    };

/** An `extends` entry: where a file pulls another in. */
export interface ExtendsEntry {
  file: string;
  text: string;
  /** `extends` or `extends[1]`. */
  path: string;
  start: number;
  end: number;
}

/**
 * A problem of a file pulled in by `extends`, located in that file (its text and offsets), with
 * the `extends` entries that pulled it in, from the file loaded down to the one that names it.
 */
export interface ExtendedProblem extends ConfigProblem {
  file: string;
  text: string;
  via: ExtendsEntry[];
}

/**
 * Finds the nearest `.plancheck.json` in the plan's folder or a parent folder, stopping at
 * `stopAt` (the workspace root) when given, else at the filesystem root. `openable` gives the
 * path that opens a candidate (the CLI's, for folders whose names are not UTF-8: rawNames.ts).
 */
export function findConfigFile(planFile: string, stopAt?: string, openable: (path: string) => string | Buffer = (path) => path): string | null {
  let folder = dirname(resolve(planFile));
  const stop = stopAt ? resolve(stopAt) : parsePath(folder).root;
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME);
    const opened = openable(candidate);
    if (existsSync(opened) && statSync(opened).isFile()) return candidate;
    if (folder === stop) return null;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/**
 * Reads and validates a configuration file, with what it `extends` (built-in presets or other
 * files, relative to it) merged underneath. Each problem is located in the file that has it: this
 * file's in `problems`, an extended file's (an unknown rule id, a bad option, a JSON syntax error
 * there) in `extended`, with the `extends` entries that pulled that file in. A problem with an
 * entry itself (an unknown preset, a file that cannot be read, a cycle) is the entry's file's.
 * Throws when the file itself cannot be read.
 */
export function loadConfigFile(file: string, read: TextReader = readFromDisk, root: string = workspaceRootFor(file)): LoadedConfig {
  return loadChain(resolve(file), read, [resolve(file)], root);
}

/** `extends` chains longer than this are surely a mistake (and would be slow to follow). */
const MAX_EXTENDS_DEPTH = 16;

function loadChain(file: string, read: TextReader, chain: readonly string[], root: string): LoadedConfig {
  const raw = read(file);
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const result = parsePlanConfig(text);
  // Every independent problem in one run: a schema problem elsewhere in the file does not hold
  // back those of its paths and `extends` entries, nor theirs those of the others.
  const config = result.ok ? result.config : soundParts(text, result.problems);
  if (config === null) return { file, ok: false, problems: result.ok ? [] : result.problems, text, extended: [] };
  // Paths leaving the workspace are refused before anything they name is read.
  const refused = pathProblems(config, file, text, root, [...PRESETS.keys()]);
  const problems: ConfigProblem[] = [...(result.ok ? [] : result.problems), ...refused];
  const readable = withoutRefused(config, refused);
  // What the files it extends bring (their registry files and parents, read by the caller for
  // their own problems) goes into `partial` too: a faulty file's extended registry files are
  // reported in the same run as its own problems, as a sound file's are.
  const failed = (extended: ExtendedProblem[], base: PlanConfig = {}): LoadedConfig => ({ file, ok: false, problems, text, extended, partial: mergeConfigs(base, readable) });
  if (config.extends === undefined) return problems.length > 0 ? failed([]) : { file, ok: true, config, text };
  const entries = Array.isArray(config.extends) ? config.extends : [config.extends];
  const extended: ExtendedProblem[] = [];
  let base: PlanConfig = {};
  entries.forEach((entry, index) => {
    const path = Array.isArray(config.extends) ? ["extends", index] : ["extends"];
    if (refused.some((problem) => problem.path === formatPath(path))) return;
    const at = () => ({ path: formatPath(path), ...locateInJson(text, path) });
    const problem = (message: string) => problems.push({ ...at(), message });
    if (entry.startsWith("plancheck:")) {
      const preset = PRESETS.get(entry);
      if (preset) base = mergeConfigs(base, preset());
      else problem(`未知的内置预设：${entry}（可用 ${[...PRESETS.keys()].join("、")}）`);
      return;
    }
    const target = resolve(dirname(file), entry);
    if (chain.includes(target)) return problem(`extends 形成循环：${[...chain, target].map((f) => relative(dirname(file), f) || ".").join(" → ")}`);
    if (chain.length >= MAX_EXTENDS_DEPTH) return problem(`extends 层数过多（超过 ${MAX_EXTENDS_DEPTH} 层）`);
    let loaded: LoadedConfig;
    try {
      loaded = loadChain(target, read, [...chain, target], root);
    } catch {
      return problem(`找不到所继承的配置文件：${entry}`);
    }
    if (!loaded.ok) {
      const entryAt: ExtendsEntry = { file, text, ...at() };
      for (const own of loaded.problems) extended.push({ ...own, file: loaded.file, text: loaded.text, via: [entryAt] });
      for (const deeper of loaded.extended) extended.push({ ...deeper, via: [entryAt, ...deeper.via] });
      // Only a failed result is made from here on: the faulty file's sound paths are read for their files' problems.
      if (loaded.partial) base = mergeConfigs(base, relativeTo(loaded.partial, dirname(target), dirname(file)));
      return;
    }
    base = mergeConfigs(base, relativeTo(loaded.config, dirname(target), dirname(file)));
  });
  if (problems.length > 0 || extended.length > 0) return failed(extended, base);
  return { file, ok: true, config: mergeConfigs(base, config), text };
}

/**
 * The parts of a file the schema refused that the later checks read — `extends`,
 * `units.registryFiles`, `parents` — where they are well formed and no problem lies on them;
 * null when the text is no JSON object (a syntax error has nothing more to check).
 */
function soundParts(text: string, problems: readonly ConfigProblem[]): PlanConfig | null {
  if (problems.some((problem) => problem.path === "")) return null;
  const value: unknown = jsonc().parse(text, [], { allowTrailingComma: true });
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const raw = value as { extends?: unknown; units?: { registryFiles?: unknown }; parents?: unknown };
  const sound = (path: string, field: unknown): field is string[] =>
    Array.isArray(field) && field.every((entry) => typeof entry === "string") && !problems.some((problem) => isUnder(problem.path, path) || isUnder(path, problem.path));
  const parts: PlanConfig = {};
  if (typeof raw.extends === "string" ? sound("extends", [raw.extends]) : sound("extends", raw.extends)) parts.extends = raw.extends as string | string[];
  const registryFiles = typeof raw.units === "object" && raw.units !== null ? raw.units.registryFiles : undefined;
  if (sound("units.registryFiles", registryFiles)) parts.units = { registryFiles };
  if (sound("parents", raw.parents)) parts.parents = raw.parents;
  return parts;
}

/** A configuration without the path entries `pathProblems` refused: what may be read. */
function withoutRefused(config: PlanConfig, refused: readonly ConfigProblem[]): PlanConfig {
  if (refused.length === 0) return config;
  const kept = (list: readonly string[] | undefined, at: string) => list?.filter((_, index) => !refused.some((problem) => problem.path === `${at}[${index}]`));
  const registryFiles = kept(config.units?.registryFiles, "units.registryFiles");
  const parents = kept(config.parents, "parents");
  return { ...config, ...(registryFiles ? { units: { ...config.units, registryFiles } } : {}), ...(parents ? { parents } : {}) };
}

/** An extended file's paths are relative to it: rewrite them relative to the extending file. */
function relativeTo(config: PlanConfig, from: string, to: string): PlanConfig {
  const move = (path: string) => (isAbsolute(path) ? path : relative(to, join(from, path)).split(sep).join("/") || ".");
  const isPath = (entry: string) => /[\\/]|\.(plan|json|txt)$/.test(entry);
  return {
    ...config,
    ...(config.units?.registryFiles ? { units: { ...config.units, registryFiles: config.units.registryFiles.map(move) } } : {}),
    ...(config.ignore ? { ignore: config.ignore.map(move) } : {}),
    ...(config.parents ? { parents: config.parents.map((entry) => (isPath(entry) ? move(entry) : entry)) } : {}),
  };
}

/** A registry file named by `units.registryFiles`, read and validated; problems are located in it. */
export type LoadedRegistryFile =
  | { file: string; ok: true; entries: UnitEntryInput[] }
  | { file: string; ok: false; problems: ConfigProblem[]; text: string; unreadable?: boolean };

/** Reads a file's text; the server passes one that prefers an open editor's unsaved text. */
export type TextReader = (file: string) => string;

// Never blocks: an entry may name a pipe or a device (`/dev/zero`), refused as unreadable.
const readFromDisk: TextReader = readRegularText;

/**
 * The registry files a configuration names, resolved relative to the configuration file, plus
 * any extra ones (the editor's `policyPlan.registryFile`). The core never reads files; both
 * shells pass the entries to `analyze` as `registryEntries`.
 */
export function loadRegistryFiles(configFile: string | null, config: PlanConfig | undefined, extra: readonly string[] = [], read: TextReader = readFromDisk): LoadedRegistryFile[] {
  const files = [...(configFile ? (config?.units?.registryFiles ?? []).map((path) => resolve(dirname(configFile), path)) : []), ...extra];
  return [...new Set(files)].map((file) => loadRegistryFile(file, read));
}

export function loadRegistryFile(file: string, read: TextReader = readFromDisk): LoadedRegistryFile {
  let text: string;
  try {
    text = read(file);
  } catch {
    return { file, ok: false, problems: [{ path: "", message: `无法读取责任单位名录文件：${file}`, start: 0, end: 0 }], text: "", unreadable: true };
  }
  const result = parseRegistryText(text, file);
  return result.ok ? { file, ok: true, entries: result.entries } : { file, ok: false, problems: result.problems, text };
}

/** The entries of the files that loaded; a file with problems contributes none (it is reported instead). */
export function registryEntriesOf(files: readonly LoadedRegistryFile[]): UnitEntryInput[] {
  return files.flatMap((file) => (file.ok ? file.entries : []));
}
