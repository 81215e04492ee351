import { findParent, type ParentDocument } from "../core/parents/index.js";
import { type OptionSpec, type OptionValues, UsageError } from "./command.js";

/**
 * `--parent 名称`: the parent document a report compares the plan with, instead of the parents
 * the plan names (a draft that cites none, or a check against another level's document). One
 * option for every report that compares with a parent (`coverage`, `targets`).
 */
export const PARENT_OPTION: Record<string, OptionSpec> = { parent: { type: "string" } };

/** The help line, with what the command compares with when the option is not given. */
export function parentOptionHelp(byDefault: string): string {
  return `  --parent 名称              上位文件（内置 id、标题或 .plancheck.json 中 parents 的一项；默认为${byDefault}）`;
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
