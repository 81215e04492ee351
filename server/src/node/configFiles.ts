import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, parse as parsePath, resolve } from "node:path";
import { parseConfigText, type ConfigProblem } from "../core/config/load.js";
import type { PlanConfig } from "../core/config/schema.js";

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
