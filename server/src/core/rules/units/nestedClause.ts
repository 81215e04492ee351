import { clipped } from "../../text/clipped.js";
import { codeUnitSet } from "../../text/codeUnits.js";
import { UNIT_LABELS } from "../../units/labels.js";
import { LABEL_SPACE, labelColon } from "../../syntax/labelPatterns.js";
import type { Rule } from "../types.js";

/**
 * A clause written inside another clause's bracket (`〔责任单位：市工信局〔责任单位：市财政局〕〕`, or
 * in round brackets, whose label the grammar never reads into the name before it):
 * the outer clause was begun, then a whole clause typed or pasted into it before its bracket was
 * closed. The grammar reads the inner clause alone, so the outer's names (市工信局) are the task's
 * prose and no unit of it; and punct/sentence-end took the last 〕 for an unfinished sentence. One
 * finding over the outer bracket. Whether the names belong in one clause or two only the drafter
 * knows: no fix.
 *
 * Asked of each bracketed clause, and read further only where a closing bracket follows it at
 * once (one code unit): the line before it is then read back to the bracket still open there.
 */
export const nestedClause: Rule = {
  meta: {
    id: "units/nested-clause",
    family: "units",
    severity: "warning",
    description: "责任分工中又嵌套了一处责任分工",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "修改方案时，有时在一处尚未写完的责任分工中又粘贴或输入了一整处责任分工，如“〔责任单位：市工信局〔责任单位：市财政局〕〕”“（责任单位：市发展改革委（牵头单位：市市场监管局））”。这样只有里面的一处能读作责任分工：外层已写的单位（市工信局、市发展改革委）不算这项任务的责任单位，统计和分工矩阵都会漏掉它。圆括号内以“牵头单位：”“配合单位：”等标签开头的是一处责任分工，不是前一个单位的另一块牌子；“市政府办公室（市金融办）”“市委宣传部（市新闻出版局）”这样括号内是单位名称的，仍是一个单位。",
        "本检查在外层括号处报告一次，句末标点检查也不把末尾的括号当作未写完的句子。应把各单位写在同一处责任分工中（“〔责任单位：市工信局、市财政局〕”），或分成牵头、配合单位写明。怎样合并只有起草人知道，因此不提供自动修复。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.保障食品药品安全。强化食品安全监管。〔责任单位：市市场监管局〔责任单位：市农业农村局〕〕\n",
      correct: "一、主要任务\n1.保障食品药品安全。强化食品安全监管。〔责任单位：市市场监管局、市农业农村局〕\n",
    },
  },
  check({ plan, report }) {
    const { text } = plan;
    for (const clause of plan.clauses) {
      if (clause.open === "" || clause.tableRow !== null) continue;
      let after = clause.end;
      while (after < text.length && text.charCodeAt(after) === 0x20) after++;
      if (!CLOSING.has(text.charCodeAt(after))) continue;
      const outer = openBracketBefore(text, clause.start);
      if (outer === null) continue;
      LABELED_OPEN.lastIndex = outer;
      if (!LABELED_OPEN.test(text)) continue;
      report({
        start: outer,
        end: after + 1,
        message: `责任分工“${clipped(text.slice(outer, clause.start), 20)}”尚未写完，其中又写了一处责任分工“${clipped(text.slice(clause.start, clause.end), 20)}”：外层的单位不会被读作责任单位，应合并为一处或分别写明`,
      });
    }
  },
};

const OPENING = codeUnitSet("〔【（([");
const CLOSING = codeUnitSet("〕】）)]");
/** A bracket that opens a clause with its label (labels as the grammar reads them), at the place asked. */
const LABELED_OPEN = new RegExp(`[〔【（(\\[]${LABEL_SPACE}${labelColon(UNIT_LABELS)}`, "y");

/** The bracket still open before `at` on its line, read back over the brackets closed there; null at the line's start. */
function openBracketBefore(text: string, at: number): number | null {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return null;
    if (CLOSING.has(code)) depth++;
    else if (OPENING.has(code)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return null;
}
