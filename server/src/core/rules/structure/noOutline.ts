import { flattenedLines } from "../../numbering/inlineMarkers.js";
import type { PlanDocument } from "../../model/types.js";
import { articlesOf } from "../../references/articles.js";
import type { Rule } from "../types.js";

/**
 * A document with text but not one numbered item has no outline: every other check of the
 * structure is silent on it, so say so once rather than let silence read as "all is well".
 * An empty document (or one with only front matter and comments) gets nothing, and a plan
 * whose markers are all inside one line is structure/flattened's. A document written in
 * articles (第一条、第二条…, a 办法 or some 工作要点) has an outline, its articles: the outline,
 * the editor's symbols and numbering/sequence read them, and nothing is missing to report.
 */
export const noOutline: Rule = {
  meta: {
    id: "structure/no-outline",
    family: "structure",
    severity: "warning",
    description: "全文没有任何编号条目（一、（一）1.），无法识别方案结构",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "实施方案的结构由“一、”“（一）”“1.”“（1）”等编号构成。全文有文字却没有一个编号条目时，大纲为空，编号、责任单位、目标等检查都无从进行，检查结果“没有问题”并不可信。常见原因：编号在复制时丢失（如 Word 自动编号未被复制）、编号写成了其他形式，或整篇方案被粘贴成一行。本规则在正文第一行报告一次；空文档不报告；整篇被粘贴成一行（编号都在行内）时由 structure/flattened 报告并修复，本规则不再重复。按“第一条、第二条……”分条编写的文件（办法、部分工作要点）编号并未丢失，各条（以及“第一章”等部分）就是它的大纲：大纲视图和 `plancheck outline` 列出各条及条内的（一）（二）等项，numbering/sequence 检查各条的编号（缺条、重条），条文之间的引用由 xref/section-ref 检查，本规则不报告。整篇是一张任务分工表（单独印发或单独粘贴的附件，大部分行是表格的行）时，表格的行就是它的结构，各行的责任单位、序号、完成时限照常检查，本规则不报告。",
      incorrect: "示例市质量强市建设实施方案\n总体要求\n坚持质量第一、效益优先。\n重点任务\n开展质量提升行动。\n",
      correct: "示例市质量强市建设实施方案\n一、总体要求\n坚持质量第一、效益优先。\n二、重点任务\n开展质量提升行动。\n",
    },
  },
  check({ plan, config, report }) {
    if (plan.allItems.some((item) => item.kind === "item")) return;
    // A plan pasted as one line has its markers inside the line: structure/flattened says so
    // and brings the outline back (one defect, one finding).
    if (flattenedLines(plan, config).length > 0) return;
    const first = plan.lines.find((line) => line.kind === "text" && line.contentEnd > line.indentEnd);
    if (!first) return;
    if (isTaskTable(plan)) return;
    // A document written in articles (第一条、第二条…) lost no numbering: its articles are its outline.
    if (articlesOf(plan).length > 0) return;
    report({ start: first.indentEnd, end: first.contentEnd, message: "全文没有识别到任何编号条目（一、（一）1.），无法生成大纲，结构类检查均未进行；请检查编号是否在复制时丢失" });
  },
};

/**
 * A document that is a 任务分工表 (sent on its own, as a plan's attachment often is): its rows,
 * each a task with its units, are its structure, and they are checked as rows (units, 序号,
 * 完成时限). Most of its lines are the table's; a plan that lost its numbering is mostly prose.
 */
function isTaskTable(plan: PlanDocument): boolean {
  let tableLines = 0;
  for (const table of plan.tables) tableLines += table.rows + table.unread.length + 1;
  if (tableLines < 3) return false;
  let textLines = 0;
  for (const line of plan.lines) if (line.kind === "text" && line.contentEnd > line.indentEnd) textLines++;
  return tableLines * 2 >= textLines;
}
