import { resolve } from "node:path";
import { findParent, type LoadedParent, type ParentDocument } from "../core/parents/index.js";
import { loadParentFiles } from "../node/parentFiles.js";
import { type OptionSpec, type OptionValues, UsageError } from "./command.js";
import type { PlanOptions } from "./configs.js";

/**
 * `--parent 名称`: the parent document a report compares the plan with, instead of the parents
 * the plan names (a draft that cites none, or a check against another level's document). One
 * option for every report that compares with a parent (`coverage`, `targets`).
 */
export const PARENT_OPTION: Record<string, OptionSpec> = { parent: { type: "string" } };

/** The help line, with what the command compares with when the option is not given. */
export function parentOptionHelp(byDefault: string): string {
  return `  --parent 名称              上位文件（内置 id、标题、.plancheck.json 中 parents 的一项，或 .plan / .json 文件路径；默认为${byDefault}）`;
}

/** The known parents as a list the messages offer: `质量强国建设纲要（quality-power-outline-2023）`. */
export function knownParentList(known: readonly ParentDocument[]): string {
  return known.map((parent) => `${parent.title}（${parent.id}）`).join("、");
}

/** The parent `--parent` names, or null when the option is not given; a name no parent has stops the command. */
export function requestedParent(values: OptionValues, known: readonly ParentDocument[]): ParentDocument | null {
  const requested = values.parent as string | undefined;
  if (!requested) return null;
  const parent = findParent(requested, known);
  if (!parent) throw new UsageError(`未知的上位文件“${requested}”，可用：${knownParentList(known)}`);
  return parent;
}

/** A `--parent` that names a file rather than a known document: as a `parents` entry names one. */
const PARENT_FILE = /\.(plan|plan\.txt|json)$/i;

/** The file `--parent` named, read once for the run (keyed by the run's option values). */
const requestedFiles = new WeakMap<OptionValues, LoadedParent>();

/**
 * The plan's options with the file `--parent` names among its parents, so that the analysis
 * knows it as a configured parent would be known (annotations to it resolve, a report finds it
 * by the name given): a reviewer checks a 区 plan against the city's `.plan` wherever it lies,
 * without a .plancheck.json. The path is read as `parents` entries are (node/parentFiles.ts),
 * relative to where plancheck runs; a file that cannot be read or parsed stops the command. The
 * options as they are when the option names no file, or a document the plan already knows.
 */
export function withRequestedParentFile(options: PlanOptions, values: OptionValues): PlanOptions {
  const requested = values.parent as string | undefined;
  if (!requested || !PARENT_FILE.test(requested) || options.parents?.some((p) => p.entry === requested)) return options;
  let loaded = requestedFiles.get(values);
  if (!loaded) {
    // Entries are resolved against the configuration file's folder: here, the working folder.
    const { loaded: files, problems } = loadParentFiles(resolve(".plancheck.json"), { parents: [requested] });
    if (problems.length > 0 || !files[0]) throw new UsageError(problems.map((p) => p.message).join("；") || `未知的上位文件“${requested}”`);
    loaded = files[0];
    requestedFiles.set(values, loaded);
  }
  return { ...options, parents: [...(options.parents ?? []), loaded] };
}
