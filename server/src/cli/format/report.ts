import type { Finding, Severity } from "../../core/rules/types.js";
import { PositionMapper, type Range } from "../../core/text/positions.js";

/** The findings of one file, positions converted once for every output format. */
export interface FileReport {
  file: string;
  findings: Array<Finding & { range: Range }>;
  mapper: PositionMapper;
}

export function fileReport(file: string, text: string, findings: readonly Finding[]): FileReport {
  const mapper = new PositionMapper(text);
  return { file, mapper, findings: findings.map((finding) => ({ ...finding, range: mapper.rangeOf(finding) })) };
}

export type SeverityCounts = Record<"errors" | "warnings" | "infos" | "hints", number>;

const COUNT_KEY: Record<Severity, keyof SeverityCounts> = { error: "errors", warning: "warnings", info: "infos", hint: "hints" };

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const report of reports) for (const finding of report.findings) counts[COUNT_KEY[finding.severity]]++;
  return counts;
}
