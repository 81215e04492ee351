import type { Finding, Severity } from "../../core/rules/types.js";
import { PositionMapper, type Range } from "../../core/text/positions.js";

/** The findings of one file, positions converted once for every output format. */
export interface FileReport {
  file: string;
  findings: Array<Finding & { range: Range; paragraph?: number }>;
  mapper: PositionMapper;
  /** The text the findings are about (after --fix). */
  text: string;
  /** `--fix`: fixes refused because they would have lost a responsibility clause or unit. */
  refused: RefusedFix[];
}

/** A finding whose fix `--fix` refused; the finding itself is still among the findings. */
export interface RefusedFix {
  rule: string;
  /** The fix's description. */
  description: string;
  range: Range;
  paragraph?: number;
}

/** The Chinese line that says why a fix was not applied (stylish and text formats, stderr otherwise). */
export function refusedMessage(refused: RefusedFix): string {
  return `未自动修复：修复“${refused.description}”会使责任分工条款或其中的责任单位丢失，已跳过，请手动修改`;
}

/** `paragraphOfLine`: for a converted .docx, the 1-based Word paragraph of each 0-based line. */
export function fileReport(file: string, text: string, findings: readonly Finding[], paragraphOfLine?: readonly number[], refused: readonly Finding[] = []): FileReport {
  const mapper = new PositionMapper(text);
  const placed = <T extends object>(item: T, range: Range): T & { range: Range; paragraph?: number } => {
    const paragraph = paragraphOfLine?.[range.start.line];
    return paragraph === undefined ? { ...item, range } : { ...item, range, paragraph };
  };
  return {
    file,
    mapper,
    text,
    refused: refused.map((finding) => placed({ rule: finding.rule, description: finding.fix?.description ?? "" }, mapper.rangeOf(finding))),
    findings: findings.map((finding) => placed(finding, mapper.rangeOf(finding))),
  };
}

export type SeverityCounts = Record<"errors" | "warnings" | "infos" | "hints", number>;

const COUNT_KEY: Record<Severity, keyof SeverityCounts> = { error: "errors", warning: "warnings", info: "infos", hint: "hints" };

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const report of reports) for (const finding of report.findings) counts[COUNT_KEY[finding.severity]]++;
  return counts;
}
