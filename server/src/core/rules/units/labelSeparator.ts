import type { ClauseSegment, Span } from "../../model/types.js";
import { codeUnitSet } from "../../text/codeUnits.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/** What stands between two labels where a `；` should: a comma (either width), a 、 and spaces, nothing else. */
const NOT_A_SEMICOLON = /^[，,、\s\u3000]+$/;

/** Where a segment's list ends: after its 等, its last name, its mark of none (无), or (no names) null. */
function listEnd(segment: ClauseSegment): number | null {
  if (segment.etc !== null) return segment.etc.end;
  if (segment.none !== null) return segment.none.end;
  const last = segment.units[segment.units.length - 1];
  return last === undefined ? null : last.end;
}

/** What parts a 分工表's cells as pasted: a tab, a line break (a cell a line, a Word cell's lines), a pipe. */
const CELL_BREAKS = codeUnitSet("\t\n\r|｜");
const COMMAS = codeUnitSet("，,");

/**
 * Whether `from` … `to` of a table row lies inside one of its cells: no cell break between, and a
 * comma there (no table parts its cells by one) or the row's cells apart by tabs or pipes, so that
 * spaces are a cell's own; spaces alone in a row set by spaces may be the gap between two cells.
 */
function withinOneCell(text: string, row: Span, from: number, to: number): boolean {
  let comma = false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (CELL_BREAKS.has(code)) return false;
    if (COMMAS.has(code)) comma = true;
  }
  if (comma) return true;
  for (let at = row.start; at < row.end; at++) if (CELL_BREAKS.has(text.charCodeAt(at))) return true;
  return false;
}

/**
 * The labels of one clause are separated by `；` (牵头单位：…；配合单位：…, plan-markup.md §3). Drafts
 * write a comma there, or leave the spaces of a table's cells pasted as a line; the grammar reads
 * the clause either way (LabelSeparator), and this rule asks for the semicolon. The names of one
 * label are units/separator's.
 */
export const labelSeparator: Rule = {
  meta: {
    id: "units/label-separator",
    family: "units",
    severity: "warning",
    description: "责任分工的不同标签之间应以分号“；”分隔",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "一处责任分工列出几类单位时（“牵头单位：…；配合单位：…”“主要责任单位：…；其他责任单位：…”），各标签之间用分号“；”分隔，同一标签下的单位之间用顿号“、”。起草时常在标签之间写成逗号，偶有笔误写成顿号（“牵头单位：市农业农村局、配合单位：市水利局”），或把表格的两列复制成一行、中间只留空格（“牵头单位：市工信局  配合单位：市市场监管局”）。这样写仍按责任分工读取，本规则报告标签前的逗号、顿号或空格，修复改为分号“；”（只替换这些符号和空格，不改动任何单位名称）。表格中读出的责任分工各列本无分隔符号，不报告；在“责任单位”一格内自写标签的（“牵头单位：市科技局，配合单位：市工信局”），按正文的责任分工检查。",
      incorrect: "一、主要任务\n1.推进计量建设。建设计量测试中心2个。（牵头单位：市市场监管局，配合单位：市科技局）\n",
      correct: "一、主要任务\n1.推进计量建设。建设计量测试中心2个。（牵头单位：市市场监管局；配合单位：市科技局）\n",
    },
  },
  check({ plan, report }) {
    for (const clause of plan.clauses) {
      let label = clause.segments[0]?.label ?? "";
      for (let index = 1; index < clause.segments.length; index++) {
        const segment = clause.segments[index]!;
        if (segment.labelSpan === null) continue;
        // A group a role word split off a label's list (市A牵头，市B配合) is still under that label.
        const previousLabel = label;
        label = segment.label;
        const previous = clause.segments[index - 1]!;
        const from = listEnd(previous);
        if (from === null || from >= segment.labelSpan.start) continue;
        // A table's columns are its labels, nothing written between them: only the labels a cell
        // writes inside it (牵头单位：…，配合单位：… in a 责任单位 cell) are checked, as in a clause.
        if (clause.tableRow !== null && !withinOneCell(plan.text, clause.tableRow, from, segment.labelSpan.start)) continue;
        const between = plan.text.slice(from, segment.labelSpan.start);
        if (!NOT_A_SEMICOLON.test(between)) continue;
        const kind = /[，,]/.test(between) ? "逗号" : between.includes("、") ? "顿号" : "空格";
        report({
          start: from,
          end: segment.labelSpan.start,
          message: `“${previousLabel}”与“${segment.label}”之间用了${kind}，不同标签之间应使用分号“；”`,
          fix: spanFix("改为分号“；”", from, segment.labelSpan.start, "；"),
        });
      }
    }
  },
};
