import { analyze } from "../../server/src/core/analyze";

/** Each 分工表 row the model reads as a clause, as `序号|task|units`: what the table tests compare. */
export function tableRowReadings(text: string): string[] {
  return analyze(text)
    .plan.clauses.filter((clause) => clause.tableRow !== null)
    .map((clause) => `${clause.tableRow!.number}|${clause.tableRow!.task}|${clause.units.map((unit) => unit.text).join("、")}`);
}
