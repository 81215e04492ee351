/**
 * The labels a responsibility clause may give its lists (〔牵头单位：…；配合单位：…〕): the words of
 * the grammar's UnitLabel, generated from grammar/plan.peggy (scripts/build-grammar.mjs), for
 * the code that reads a clause still being typed (completion), where there is no parse yet.
 */
export { UNIT_LABELS } from "../syntax/generated/labels.js";

/** A label that assigns a department's own divisions (责任科室, 牵头处室): for a department's plan (units/divisions.ts). */
export function isDivisionLabel(label: string): boolean {
  return /(?:处室|科室|股室)$/.test(label);
}
