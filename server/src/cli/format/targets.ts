import { pathText } from "../../core/outline.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { KIND_LABELS, ROW_LABELS, type TargetTableRow, verdictLabel } from "../../core/targets/table.js";
import { startsFromEstimate } from "../../core/targets/format.js";
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
      parent: row.parent ? { document: row.parent.document, inferred: row.parent.inferred, value: row.parent.value, unit: row.parent.unit, qualifier: row.parent.qualifier, horizon: row.parent.horizon } : null,
      verdict: row.verdict,
      range: mapper.rangeOf(row.span),
      kind: row.kind,
      upper: row.upper,
      aspirational: row.aspirational,
      cumulative: row.cumulative,
      inGoals: row.inGoals,
      baseYear: row.baseYear,
      baseValue: row.baseValue,
      baseUnit: row.baseUnit,
      parentStatus: row.parentStatus,
      reason: row.reason,
      estimate: row.estimate,
      blank: row.blank,
      // Added fields (the contract lets every object gain some; version stays 1): what the reading
      // left of the figures written. value null with blank false is an unpaired 分别 list.
      unpaired: row.unpaired,
      note: row.note,
    })),
  );
  return jsonText({ version: 1, rows }) + "\n";
}

const number = (value: number | null) => (value === null ? "" : String(value));

/**
 * What a target starts from: its base, and a table's estimate of the year not over beside it
 * (93.2%（2023年预计93.6%）); an estimate alone where the row has no base figure (2023年预计93.6%).
 */
function startCell(row: TargetTableRow): string {
  const estimate = row.estimate;
  const estimated = estimate === null ? "" : `${estimate.year !== null ? `${estimate.year}年` : ""}预计${estimate.value}${estimate.unit}`;
  if (estimate !== null && startsFromEstimate(row)) return estimated;
  const base = row.baseValue === null ? "" : `${row.baseValue}${row.baseUnit}`;
  return estimated === "" ? base : base === "" ? estimated : `${base}（${estimated}）`;
}

/**
 * The columns of both tables, after the CSV's 文件. The figure as a reader writes it (目标值) and,
 * in the CSV only, its parts: a number, its unit and 以上/以下 in cells of their own, to sort
 * and filter by.
 */
const COLUMNS: ReadonlyArray<{ header: string; cell: (row: TargetTableRow) => string; csvOnly?: true }> = [
  { header: "条目", cell: (row) => pathText(row.path) },
  { header: "指标", cell: (row) => row.indicator },
  { header: "类型", cell: (row) => KIND_LABELS[row.kind] },
  { header: "比较词", cell: (row) => (row.kind === "direction" ? "" : row.comparator) },
  { header: "目标值", cell: (row) => row.figure },
  { header: "数值", cell: (row) => number(row.value), csvOnly: true },
  { header: "上限", cell: (row) => number(row.upper), csvOnly: true },
  { header: "单位", cell: (row) => row.unit, csvOnly: true },
  { header: "限定", cell: (row) => row.qualifier, csvOnly: true },
  { header: "基年", cell: (row) => number(row.baseYear) },
  { header: "起点", cell: startCell },
  { header: "力争", cell: (row) => (row.aspirational ? "是" : "") },
  { header: "累计", cell: (row) => (row.cumulative ? "是" : "") },
  { header: "目标年份", cell: (row) => number(row.horizon) },
  { header: "主要目标", cell: (row) => (row.inGoals ? "是" : "") },
  { header: "上位文件", cell: (row) => (row.parent ? `${row.parent.document}${row.parent.inferred ? "（推断）" : ""}` : "") },
  { header: "上位目标", cell: (row) => (row.parent ? `${row.parent.change ? row.parent.comparator : ""}${row.parent.figure}` : "") },
  { header: "上位年份", cell: (row) => number(row.parent?.horizon ?? null) },
  { header: "对比", cell: verdictLabel },
  { header: "说明", cell: (row) => (row.verdict === "no-parent" && !row.parent ? row.note : row.reason) },
];

const MARKDOWN_COLUMNS = COLUMNS.filter((column) => !column.csvOnly);

export function formatTargetsCsv(files: readonly FileTargets[]): string {
  const header = ["文件", ...COLUMNS.map((column) => column.header)];
  return formatCsv([header, ...files.flatMap(({ file, rows }) => rows.map((row) => [file, ...COLUMNS.map((column) => column.cell(row))]))]);
}

/** A table per plan, then the count of each verdict (and of each reason for none). */
export function formatTargetsMarkdown(files: readonly FileTargets[]): string {
  const out: string[] = ["# 目标指标表", ""];
  for (const { file, rows } of files) {
    out.push(`## ${markdownText(file)}`, "", `| ${MARKDOWN_COLUMNS.map((column) => column.header).join(" | ")} |`, `|${"---|".repeat(MARKDOWN_COLUMNS.length)}`);
    for (const row of rows) out.push(`| ${MARKDOWN_COLUMNS.map((column) => markdownText(column.cell(row))).join(" | ")} |`);
    const labels = rows.map(verdictLabel);
    const counts = ROW_LABELS.map((label) => `${label} ${labels.filter((each) => each === label).length}`);
    out.push("", `共 ${rows.length} 项：${counts.join("，")}。`, "");
  }
  return printableLines(out.join("\n"));
}
