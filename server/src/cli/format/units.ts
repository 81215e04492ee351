import type { UnitMatrixRow, UnitTaskCount } from "../../core/units/matrix.js";
import { formatCsv } from "./csv.js";
import { markdownText } from "./markdown.js";
import { jsonText, printableLines } from "./printable.js";
import type { PositionMapper } from "../../core/text/positions.js";

export interface FileMatrix {
  file: string;
  rows: UnitMatrixRow[];
  /** Tasks per unit (units/matrix.ts `addUnitTaskCounts`): a row is a clause and a task, and a task may have several clauses. */
  counts: ReadonlyMap<string, UnitTaskCount>;
  mapper: PositionMapper;
}

export const UNIT_FORMATS = ["csv", "markdown", "json"] as const;
export type UnitFormat = (typeof UNIT_FORMATS)[number];

/** `plancheck units --format json` — the Responsibility contract of ../shared/spec/cli-json.md. */
export function formatUnitsJson(files: readonly FileMatrix[]): string {
  const rows = files.flatMap(({ file, rows, mapper }) =>
    rows.map((row) => ({ file, path: row.path, heading: row.heading, label: row.label, units: row.units, lead: row.lead, range: mapper.rangeOf(row.span) })),
  );
  return jsonText({ version: 1, rows }) + "\n";
}

const HEADER = ["文件", "条目", "任务", "标签", "责任单位", "牵头单位"];

function cells(file: string, row: UnitMatrixRow): string[] {
  return [file, row.path.join(" › "), row.heading, row.label, row.units.join("、"), row.lead ?? ""];
}

export function formatUnitsCsv(files: readonly FileMatrix[]): string {
  return formatCsv([HEADER, ...files.flatMap(({ file, rows }) => rows.map((row) => cells(file, row)))]);
}

/** A table per plan, then how many tasks each unit carries and leads across all of them. */
export function formatUnitsMarkdown(files: readonly FileMatrix[]): string {
  const out: string[] = ["# 责任单位 × 任务", ""];
  for (const { file, rows } of files) {
    out.push(`## ${markdownText(file)}`, "", "| 条目 | 任务 | 标签 | 责任单位 | 牵头单位 |", "|---|---|---|---|---|");
    for (const row of rows) out.push(`| ${cells(file, row).slice(1).map((cell) => markdownText(cell)).join(" | ")} |`);
    out.push("");
  }
  const tally = new Map<string, UnitTaskCount>();
  for (const { counts } of files) {
    for (const [unit, count] of counts) {
      const total = tally.get(unit) ?? { tasks: 0, leads: 0 };
      total.tasks += count.tasks;
      total.leads += count.leads;
      tally.set(unit, total);
    }
  }
  out.push("## 按单位汇总", "", "| 责任单位 | 参与任务 | 牵头任务 |", "|---|---|---|");
  const ranked = [...tally].sort((a, b) => b[1].tasks - a[1].tasks || b[1].leads - a[1].leads || a[0].localeCompare(b[0], "zh"));
  for (const [unit, counts] of ranked) out.push(`| ${markdownText(unit)} | ${counts.tasks} | ${counts.leads} |`);
  return printableLines(out.join("\n") + "\n");
}
