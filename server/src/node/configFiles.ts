import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, parse as parsePath, resolve } from "node:path";
import { parseConfigText, type ConfigProblem } from "../core/config/load.js";
import type { PlanConfig } from "../core/config/schema.js";
import type { UnitEntryInput } from "../core/units/registry.js";
import { parseRegistryText } from "../core/units/registryFile.js";

export const CONFIG_FILE_NAME = ".plancheck.json";

export type LoadedConfig =
  | { file: string | null; ok: true; config: PlanConfig }
  | { file: string; ok: false; problems: ConfigProblem[]; text: string };

/**
 * Finds the nearest `.plancheck.json` in the plan's folder or a parent folder, stopping at
 * `stopAt` (the workspace root) when given, else at the filesystem root.
 */
export function findConfigFile(planFile: string, stopAt?: string): string | null {
  let folder = dirname(resolve(planFile));
  const stop = stopAt ? resolve(stopAt) : parsePath(folder).root;
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (folder === stop) return null;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  const text = readFileSync(file, "utf8");
  const result = parseConfigText(text);
  return result.ok ? { file, ok: true, config: result.config } : { file, ok: false, problems: result.problems, text };
}

/** A registry file named by `units.registryFiles`, read and validated; problems are located in it. */
export type LoadedRegistryFile =
  | { file: string; ok: true; entries: UnitEntryInput[] }
  | { file: string; ok: false; problems: ConfigProblem[]; text: string };

/** Reads a file's text; the server passes one that prefers an open editor's unsaved text. */
export type TextReader = (file: string) => string;

const readFromDisk: TextReader = (file) => readFileSync(file, "utf8");

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
    return { file, ok: false, problems: [{ path: "", message: `无法读取责任单位名录文件：${file}`, start: 0, end: 0 }], text: "" };
  }
  const result = parseRegistryText(text, file);
  return result.ok ? { file, ok: true, entries: result.entries } : { file, ok: false, problems: result.problems, text };
}

/** The entries of the files that loaded; a file with problems contributes none (it is reported instead). */
export function registryEntriesOf(files: readonly LoadedRegistryFile[]): UnitEntryInput[] {
  return files.flatMap((file) => (file.ok ? file.entries : []));
}
