import { UNIT_COLUMN } from "../../model/unitColumns.js";
import type { ResponsibilityClause } from "../../model/types.js";
import { blankRowLabel } from "../../units/blankRows.js";
import { isPlaceholderName } from "../../units/names.js";
import type { Rule } from "../types.js";

/**
 * A clause whose units are still to be written: a label with nothing after it
 * (`〔责任单位：〕`, `〔牵头单位：市市场监管局；配合单位：〕`) or a placeholder where a name should be
 * (`〔责任单位：××〕`, `〔责任单位：待定〕`, `〔责任单位：【待定】〕`, `XX局`: units/names.ts `isPlaceholderName`). One
 * finding per clause, whatever it lacks: the draft has one blank there to fill. A task with
 * such a clause is not missing one (units/missing-clause), and a placeholder is no unknown name
 * (units/unknown): no registry could list it, and adding it to one would be wrong. A 分工表 row
 * whose unit cells are all empty, with no merged cell above to read them through, is the same
 * blank in a table: one finding at the row. What to write only the drafter knows: no fix.
 */
export const blankUnits: Rule = {
  meta: {
    id: "units/blank",
    family: "units",
    severity: "warning",
    description: "责任分工未写明单位，或仍为占位符",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "起草时先写下“〔责任单位：〕”或用“××”“XX局”“待定”等占位，定稿前应填写实际单位。本检查报告标签后没有写单位的责任分工（含“牵头单位：…；配合单位：”中空着的一项），以及单位名称仍为占位符或含有占位符的（××、XX、xx、＿＿、○○、某某、待定、待补充、待明确、待确定、待完善、待核实、TBD，或写在括号中，如“【待定】”；括号中什么也没写的“（ ）”“［ ］”“【 】”也是）。",
        "任务分工表中某一行的单位单元格（牵头单位、配合单位等）全部空着、上方也没有与它合并的单元格时，这项任务没有交给任何单位，也在该行报告一次。",
        "每处责任分工只报告一次。这样的任务不再由 `units/missing-clause` 报告缺少责任分工，占位符也不作为名录外名称由 `units/unknown` 报告（不应加入单位名录）。填写什么只有起草人知道，因此不提供自动修复。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.保障食品药品安全。强化食品安全监管。〔责任单位：〕\n2.提升工程质量水平。开展工程质量提升行动。〔责任单位：市住建局、XX局〕\n",
      correct: "一、主要任务\n1.保障食品药品安全。强化食品安全监管。〔责任单位：市市场监管局〕\n2.提升工程质量水平。开展工程质量提升行动。〔责任单位：市住建局、市交通运输局〕\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    for (const clause of plan.clauses) {
      const placeholders = clause.units.filter((unit) => isPlaceholderName(unit.text));
      const empty = emptyLabels(clause);
      if (placeholders.length === 0 && empty.length === 0) continue;
      // The placeholders where there are only those; the whole clause where a label lacks its names.
      const start = empty.length === 0 ? placeholders[0]!.start : clause.start;
      const end = empty.length === 0 ? placeholders[placeholders.length - 1]!.end : clause.end;
      if (clause.units.length === 0) {
        report({ start, end, message: `责任分工“${text.slice(clause.start, clause.end)}”没有写明单位，定稿前应填写实际单位` });
        continue;
      }
      const parts: string[] = [];
      if (empty.length > 0) parts.push(`${empty.map((label) => `“${label}”`).join("、")}后没有写明单位`);
      if (placeholders.length > 0) {
        const names = `“${placeholders.map((unit) => unit.text).join("、")}”`;
        parts.push(placeholders.length === clause.units.length ? `责任单位仍为占位符${names}` : `责任单位中留有占位符${names}`);
      }
      report({ start, end, message: `${parts.join("，")}，定稿前应填写实际单位` });
    }
    // A 分工表 row with every unit cell empty and no merged cell above it: no clause, one blank.
    for (const table of plan.tables) {
      const columns = table.columns.filter((column) => UNIT_COLUMN.test(column));
      for (const row of table.blank) {
        const cells = columns.map((column) => `“${column}”`).join("");
        report({ start: row.start, end: row.end, message: `分工表${blankRowLabel(row)}的${cells}${columns.length > 1 ? "都" : ""}是空的，这项任务没有交给任何单位，定稿前应填写实际单位` });
      }
    }
  },
};

/** The labels of a clause followed by no name (`责任单位：〕`), in order; one that says none (配合单位：无) is written out. */
function emptyLabels(clause: ResponsibilityClause): string[] {
  const labels: string[] = [];
  for (const segment of clause.segments) if (segment.label && segment.units.length === 0 && segment.none === null) labels.push(segment.label);
  return labels;
}
