/**
 * The labels a responsibility clause may give its lists (〔牵头单位：…；配合单位：…〕): what the
 * grammar's UnitLabel reads, for the code that reads a clause still being typed (completion),
 * where there is no parse yet. test/unit/clauseLabels.test.ts holds the two lists together.
 */
export const UNIT_LABELS: readonly string[] = [
  "主要责任单位",
  "其他责任单位",
  "责任单位",
  "责任部门",
  "责任处室",
  "主责单位",
  "主责部门",
  "主办单位",
  "牵头单位",
  "牵头部门",
  "配合单位",
  "配合部门",
  "参与单位",
  "参与部门",
  "协办单位",
  "协办部门",
  "协同单位",
  "协同部门",
  "责任科室",
  "责任股室",
  "牵头处室",
  "牵头科室",
  "配合处室",
  "配合科室",
];

/** A label that assigns a department's own divisions (责任科室, 牵头处室): for a department's plan (units/divisions.ts). */
export function isDivisionLabel(label: string): boolean {
  return /(?:处室|科室|股室)$/.test(label);
}
