import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";

/** Each task of a plan's text with the labels of the outline's items it counts for (taskCredits). */
export function creditsOfTasks(text: string): Array<[string, string[]]> {
  const outline = builtinParents()[0]!;
  return mapTasks(buildPlan(text), outline).map((mapping) => [mapping.item.heading.text, taskCredits(outline, mapping).map((credit) => credit.entry.label)]);
}
