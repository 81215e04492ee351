import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import type { PlanTarget } from "../../server/src/core/targets/types";

/** The targets the extractor reads in a plan's text: what the target tests look at. */
export function targetsOf(text: string): PlanTarget[] {
  return extractTargets(buildPlan(text)).targets;
}
