import type { PositionMapper } from "../../core/text/positions.js";
import { KIND_LABELS, type TargetTableRow, VERDICT_LABELS } from "../../core/targets/table.js";
import { formatCsv } from "./csv.js";
import { markdownText } from "./markdown.js";
import { jsonText, printableLines } from "./printable.js";

export interface FileTargets {
  file: string;
  rows: TargetTableRow[];
  mapper: PositionMapper;
}

export const TARGET_FORMATS = ["csv", "markdown", "json"] as const;

/** `plancheck targets --format json` — the Targets contract of ../shared/spec/cli-json.md. */
export function formatTargetsJson(files: readonly FileTargets[]): string {
  const rows = files.flatMap(({ file, rows, mapper }) =>
    rows.map((row) => ({
      file,
      path: row.path,
      indicator: row.indicator,
      comparator: row.comparator,
      value: row.value,
      unit: row.unit,
      qualifier: row.qualifier,
      horizon: row.horizon,
      parent: row.parent ? { document: row.parent.document, value: row.parent.value, unit: row.parent.unit } : null,
      verdict: row.verdict,
      range: mapper.rangeOf(row.span),
      kind: row.kind,
      upper: row.upper,
      aspirational: row.aspirational,
      inGoals: row.inGoals,
    })),
  );
  return jsonText({ version: 1, rows }) + "\n";
}

const HEADER = ["文件", "条目", "指标", "类型", "比较词", "目标值", "力争", "目标年份", "主要目标", "上位文件", "上位目标", "对比"];

function cells(file: string, row: TargetTableRow): string[] {
  return [
    file,
    row.path.join(" › "),
    row.indicator,
    KIND_LABELS[row.kind],
    row.kind === "direction" ? "" : row.comparator,
    row.figure,
    row.aspirational ? "是" : "",
    row.horizon === null ? "" : String(row.horizon),
    row.inGoals ? "是" : "",
    row.parent?.document ?? "",
    row.parent?.figure ?? "",
    VERDICT_LABELS[row.verdict],
  ];
}

export function formatTargetsCsv(files: readonly FileTargets[]): string {
  return formatCsv([HEADER, ...files.flatMap(({ file, rows }) => rows.map((row) => cells(file, row)))]);
}

/** A table per plan, then the count of each verdict. */
export function formatTargetsMarkdown(files: readonly FileTargets[]): string {
  const out: string[] = ["# 目标指标表", ""];
  for (const { file, rows } of files) {
    out.push(`## ${markdownText(file)}`, "", `| ${HEADER.slice(1).join(" | ")} |`, `|${"---|".repeat(HEADER.length - 1)}`);
    for (const row of rows) out.push(`| ${cells(file, row).slice(1).map((cell) => markdownText(cell)).join(" | ")} |`);
    const counts = Object.entries(VERDICT_LABELS).map(([verdict, label]) => `${label} ${rows.filter((row) => row.verdict === verdict).length}`);
    out.push("", `共 ${rows.length} 项：${counts.join("，")}。`, "");
  }
  return printableLines(out.join("\n"));
}
