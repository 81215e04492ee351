import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type ConfigProblem, formatPath, locateInJson } from "../core/config/load.js";
import type { PlanConfig } from "../core/config/schema.js";

/**
 * Where the paths a configuration names may point (config.md: "no code is ever loaded from a
 * workspace, so opening an untrusted folder is safe"; issue 8: "paths in config stay inside the
 * workspace unless absolute and explicit"). The workspace is the editor's workspace folder
 * holding the configuration; on the command line, the repository holding it (the nearest folder
 * with `.git`), else the configuration's own folder.
 */
export function workspaceRootFor(configFile: string, roots: readonly string[] = []): string {
  const absolute = resolve(configFile);
  const root = roots.filter((candidate) => isInside(resolve(candidate), absolute)).sort((a, b) => b.length - a.length)[0];
  if (root) return resolve(root);
  for (let folder = dirname(absolute); ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return dirname(absolute);
  }
}

/** An `extends` entry is a built-in preset or a JSON file; never a package to resolve. */
export function isConfigFilePath(entry: string): boolean {
  return isAbsolute(entry) || /^\.\.?[\\/]/.test(entry) || /\.jsonc?$/i.test(entry);
}

/** A `parents` entry that names a file rather than a built-in document. */
export function isParentFilePath(entry: string): boolean {
  return /\.(plan|plan\.txt|json)$/i.test(entry);
}

/**
 * The problems of a configuration's relative paths that leave the workspace (also through a
 * symbolic link inside it), and of `extends` entries that are neither a preset nor a file,
 * located on their entries. Absolute paths are the person's explicit choice and are left alone.
 */
export function pathProblems(config: PlanConfig, configFile: string, text: string, root: string, presetNames: readonly string[]): ConfigProblem[] {
  const entries: Array<{ path: PropertyKey[]; value: string }> = [];
  if (config.extends !== undefined) {
    const list = Array.isArray(config.extends) ? config.extends : [config.extends];
    list.forEach((value, index) => {
      if (!value.startsWith("plancheck:")) entries.push({ path: Array.isArray(config.extends) ? ["extends", index] : ["extends"], value });
    });
  }
  (config.units?.registryFiles ?? []).forEach((value, index) => entries.push({ path: ["units", "registryFiles", index], value }));
  (config.parents ?? []).forEach((value, index) => {
    if (isParentFilePath(value)) entries.push({ path: ["parents", index], value });
  });
  const problems: ConfigProblem[] = [];
  for (const { path, value } of entries) {
    // Never resolved as a package (require/import): a configuration is data and loads no code.
    if (path[0] === "extends" && !isConfigFilePath(value)) {
      problems.push({ path: formatPath(path), message: `extends 只能是内置预设（${presetNames.join("、")}）或 .json 配置文件路径（如 ./base.json）；“${value}”都不是，不会作为 npm 包加载`, ...locateInJson(text, path) });
      continue;
    }
    if (isAbsolute(value)) continue;
    if (isInside(realPath(root), realPath(resolve(dirname(configFile), value)))) continue;
    problems.push({
      path: formatPath(path),
      message: `路径“${value}”指向工作区（${root}）之外，未读取：配置中的相对路径只能指向工作区内的文件；确需使用工作区外的文件，请写绝对路径`,
      ...locateInJson(text, path),
    });
  }
  return problems;
}

function isInside(root: string, target: string): boolean {
  const path = relative(root, target);
  return path === "" || (!path.startsWith(`..${sep}`) && path !== ".." && !isAbsolute(path));
}

/** The real path (symbolic links resolved) of a file, or of its nearest existing folder for one that does not exist. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
