import type { Finding, Severity } from "../../core/rules/types.js";
import { PositionMapper, type Range } from "../../core/text/positions.js";

/** The findings of one file, positions converted once for every output format. */
export interface FileReport {
  file: string;
  findings: Array<Finding & { range: Range; paragraph?: number }>;
  mapper: PositionMapper;
  /** The text the findings are about (after --fix). */
  text: string;
}

/** `paragraphOfLine`: for a converted .docx, the 1-based Word paragraph of each 0-based line. */
export function fileReport(file: string, text: string, findings: readonly Finding[], paragraphOfLine?: readonly number[]): FileReport {
  const mapper = new PositionMapper(text);
  return {
    file,
    mapper,
    text,
    findings: findings.map((finding) => {
      const range = mapper.rangeOf(finding);
      const paragraph = paragraphOfLine?.[range.start.line];
      return paragraph === undefined ? { ...finding, range } : { ...finding, range, paragraph };
    }),
  };
}

export type SeverityCounts = Record<"errors" | "warnings" | "infos" | "hints", number>;

const COUNT_KEY: Record<Severity, keyof SeverityCounts> = { error: "errors", warning: "warnings", info: "infos", hint: "hints" };

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const report of reports) for (const finding of report.findings) counts[COUNT_KEY[finding.severity]]++;
  return counts;
}
