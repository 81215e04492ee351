import { extractTargets } from "../../targets/extract.js";
import { TextLineFinder } from "../../model/setApart.js";
import type { PlaceholderNode } from "../../syntax/cst.js";
import type { Rule, RuleContext } from "../types.js";

/**
 * Placeholders left in the text outside targets: `××市`, `XX单位`, `【待定】`, `TBD`, and a draft's
 * other leftovers: empty brackets `（　　）`, a Word comment's mark `[批注1]`, a drafting note
 * `（此处待补充具体措施）`. A draft copied from another city's plan or from a template keeps them
 * until someone notices. (A placeholder that is a target's value, a count's included, is
 * reported by targets/blank instead.) Three leftovers the grammar does not read are found here by
 * a search of the text: a consultation draft's note in 【】 (BRACKETED_NOTE), a Word comment's mark under its reviewer's initials (`[A1]`, `[张三2]`:
 * Word writes 批注 only where no initials are set), and a spreadsheet's error value copied
 * with a table from Excel (`#N/A`, `#DIV/0!`, `#VALUE!`), which stands where a figure should.
 */
export const placeholder: Rule = {
  meta: {
    id: "text/placeholder",
    family: "text",
    severity: "warning",
    description: "正文中留有占位符（××、XX、【待定】、TBD 等）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "套用模板或其他城市方案起草时，“××市”“XX单位”“【待定】”等占位符容易遗留到送审稿中；起草过程中的空白括号“（　　）”、从 Word 复制带入的批注标记“[批注1]”（设置了审阅人缩写时为“[A1]”“[张三2]”）、从 Excel 复制表格带入的错误值“#N/A”“#DIV/0!”“#VALUE!”和括号里的起草说明（如“（此处待补充具体措施）”“（数据待核实）”，征求意见稿中的“【注：请核实文件名称。】”“【××区意见：建议增加配合单位。】”）也是如此。本规则报告正文里的这些内容；作为目标数值的占位符（如“达到XX%”“新增省级质量奖×个”）由 targets/blank 报告。单独的“×”只在文字之间才算占位符，“3×3”这样的乘号不算。",
      incorrect: "一、总体要求\n（一）指导思想\n为加快建设××市质量强市，制定本方案。〔责任单位：【待定】〕\n深入开展放心消费创建活动[批注1]，提升质量。（此处待补充具体措施）\n",
      correct: "一、总体要求\n（一）指导思想\n为加快建设示例市质量强市，制定本方案。\n",
    },
  },
  check({ plan, report }) {
    reportScannedLeftovers({ plan, report });
    if (plan.placeholders.length === 0) return;
    // A count's placeholder figure (新增省级质量奖×个, 5～××家), and the upper end of a range of
    // placeholders (保持在××%—××%) or of a figure (达到90%—XX%), are targets/blank's: one defect, one finding.
    const ranges: Array<{ start: number; end: number }> = [];
    for (const target of extractTargets(plan).targets) {
      if (!target.placeholder || !target.valueSpan) continue;
      if (target.source === null) ranges.push(target.valueSpan);
      else if (target.end > target.source.end) ranges.push({ start: target.source.end, end: target.end });
    }
    for (const node of plan.placeholders) {
      if (ranges.some((range) => node.start >= range.start && node.end <= range.end)) continue;
      report({ start: node.start, end: node.end, message: messageOf(node) });
    }
  },
};

/**
 * A spreadsheet's error values, and a comment's mark: [ then the reviewer's initials (Latin
 * letters, or a Chinese name of two to four characters) and the comment's number, then ]; not
 * [批注1], which the grammar reads as a placeholder.
 */
const SCANNED_LEFTOVER = /#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)|[[［](?:[A-Za-z]{1,4}|(?!批注)[\u4e00-\u9fff]{2,4})[0-9]{1,3}[\]］]/g;

/**
 * A consultation draft's note in square brackets (【注：请核实省级文件名称。】, 【呈贡区意见：建议增加市商务局。】,
 * 【说明：…】): what a drafter or a consulted body wrote for the next reader, which no final text
 * keeps. Read by its opening words, whatever it says after them (the grammar's DraftingNote reads
 * only a note that says what is still to be written: 待补充, 此处填写 …).
 */
const BRACKETED_NOTE = /[【［](?:注|编者注|说明|起草说明|修改说明|[\u4e00-\u9fff]{1,12}?意见)[：:][^【】［］\r\n]{1,200}[】］]/g;

function reportScannedLeftovers({ plan, report }: Pick<RuleContext, "plan" | "report">): void {
  const text = plan.text;
  const lines = new TextLineFinder(plan);
  BRACKETED_NOTE.lastIndex = 0;
  for (let hit = BRACKETED_NOTE.exec(text); hit !== null; hit = BRACKETED_NOTE.exec(text)) {
    const end = hit.index + hit[0].length;
    // A note the grammar read (【注：资金保障内容待补充。】) is reported with the placeholders.
    if (lines.lineAt(hit.index) === null || plan.placeholders.some((node) => node.start < end && hit!.index < node.end)) continue;
    report({ start: hit.index, end, message: `正文中留有起草说明“${hit[0]}”，定稿前应按说明处理并删除` });
  }
  SCANNED_LEFTOVER.lastIndex = 0;
  for (let hit = SCANNED_LEFTOVER.exec(text); hit !== null; hit = SCANNED_LEFTOVER.exec(text)) {
    if (lines.lineAt(hit.index) === null) continue;
    const written = hit[0];
    report({
      start: hit.index,
      end: hit.index + written.length,
      message:
        written.charCodeAt(0) === 0x23
          ? `正文中留有电子表格的错误值“${written}”（从 Excel 复制时带入），应填写实际数值`
          : `正文中留有批注标记“${written}”（从 Word 复制时带入），定稿前应删除`,
    });
  }
}

/** What the leftover is: a Word comment's mark, a drafting note, empty brackets, or a placeholder. */
function messageOf(node: PlaceholderNode): string {
  if (node.text.includes("批注")) return `正文中留有批注标记“${node.text}”（从 Word 复制时带入），定稿前应删除`;
  if (/^[（(][ \t\u3000]*[）)]$/.test(node.text)) return `正文中留有空白括号“${node.text}”，定稿前应填写实际内容`;
  if (/^[（(【[［].+[）)】\]］]$/.test(node.text) && !/^[【[]待定[】\]]$/.test(node.text)) return `正文中留有起草说明“${node.text}”，定稿前应补写实际内容并删除说明`;
  return `正文中留有占位符“${node.text}”，定稿前应替换为实际内容`;
}
