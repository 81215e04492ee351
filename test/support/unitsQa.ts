import { checkedFindings, jsonReport } from "./cli";

/**
 * How the units QA tests read a plan of theirs: `plancheck units`' rows as [path, units, leads,
 * supporting, deadline], and `plancheck check`'s findings other than the targets' as
 * "line rule message" — what a drafter reads of each, compared whole.
 */
interface Row {
  path: string[];
  units: string[];
  leads: string[];
  supporting: string[];
  deadline: string | null;
}

export async function unitRows(path: string): Promise<string[][]> {
  const report = await jsonReport<{ rows: Row[] }>("units", path);
  return report.rows.map((row) => [row.path.join(""), row.units.join("、"), row.leads.join("、"), row.supporting.join("、"), row.deadline ?? ""]);
}

export async function unitFindings(path: string): Promise<string[]> {
  return (await checkedFindings(path)).filter((finding) => !finding.rule.startsWith("targets/")).map((finding) => `${finding.range.start.line + 1} ${finding.rule} ${finding.message}`);
}
