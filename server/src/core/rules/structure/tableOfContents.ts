import type { PlanDocument } from "../../model/types.js";
import { clipped } from "../../text/clipped.js";
import type { Rule } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/** What two writings of one heading may differ in: spaces, and a full stop or colon after it. */
const IGNORED = /[\s\u3000。．.：:]/gu;

/**
 * A table of contents pasted from Word before the plan (model/contents.ts). A 公文 has none
 * (GB/T 9704 sets no 目录), and its page numbers are Word's, which the exported document does not
 * keep; the model reads it as text set apart, so its entries are no items. Reported once, with
 * the deletion offered as a suggestion (the entries are copies of the headings, but a stale
 * entry may hold words no heading has); each entry whose heading the plan no longer has is
 * reported too: the contents were not updated after the headings changed.
 */
export const tableOfContents: Rule = {
  meta: {
    id: "structure/table-of-contents",
    family: "structure",
    severity: "warning",
    description: "方案开头有从 Word 粘贴的目录（公文不设目录），或目录与正文标题不一致",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "从 Word 复制较长的方案时，自动生成的目录（“目  录”和“一、总体要求……………1”这样带前导符和页码的行）常被一并带入。公文格式（GB/T 9704）不设目录，页码也与导出的文档不符。解析器把目录各行作为文字另行保存，不当作方案的条目，标题、编号检查和导出都不受影响（导出时不印出目录）；本规则报告一次，编辑器中提供删除目录的建议。",
        "目录中的标题在正文中找不到（正文标题改过而目录没有更新，如目录是“二、主要任务”、正文是“二、重点任务”）时，逐项报告。比较时不计空格和标题末尾的句号、冒号。有“目录”二字时，其下页码写在括号里（“一、总体要求（1）”）或与标题以空格隔开（“一、总体要求　　1”）、页码依次不减的行也是目录；从网页复制的目录没有页码：有“目录”二字时，其下只有标题（带编号、不成句）的各行，正文随后又从第一个标题开始的，也是目录。没有“目录”二字时，连续三行以上带前导符（……、·····、-----）和页码的行才算目录。目录中附件的条目（“附件：××分工表”）与附件的标签和标题比较。不自动修复：目录是否保留、以哪个标题为准，由起草人决定。",
      ].join("\n\n"),
      incorrect: "示例市质量强市建设实施方案\n目  录\n一、总体要求……………………1\n二、主要任务……………………3\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n二、重点任务\n",
      correct: "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n二、重点任务\n",
    },
  },
  check({ plan, report }) {
    const contents = plan.tableOfContents;
    // A 政府公报's contents, which list the issue's documents, not the plan's headings: the
    // gazette's head, which structure/leading-debris reports (model/gazetteHeader.ts).
    if (contents === null || plan.leadingDebris?.lines.includes(contents.entries[0]!.line) === true) return;
    report({
      start: contents.start,
      end: contents.end,
      // A web page's contents have no pages (model/contents.ts): Word's always number them.
      message: `方案之前有从${contents.entries[0]!.page === null ? "网页" : " Word "}粘贴的目录（${contents.entries.length}项）：公文不设目录，目录各行不作为方案的条目读取，导出时不印出`,
      suggestions: [{ description: "删除目录", edits: lineDeletions(plan.lines, contents.lines) }],
    });
    const headings = headingsOf(plan);
    for (const entry of contents.entries) {
      if (headings.has(entry.heading.replace(IGNORED, ""))) continue;
      report({
        start: entry.headingStart,
        end: entry.headingStart + entry.heading.length,
        message: `目录中的“${clipped(entry.heading, 30)}”在正文中没有相同的标题：目录未随正文标题更新`,
      });
    }
  },
};

/** The plan's headings as a table of contents lists them: marker and heading, without what IGNORED leaves out. */
function headingsOf(plan: PlanDocument): Set<string> {
  const headings = new Set<string>();
  for (const item of plan.allItems) {
    headings.add((item.marker.text + item.heading.text).replace(IGNORED, ""));
    // A chapter's entry whose 、 was lost (`一总体要求`, model/contents.ts) copies this heading still: a slip, not a stale entry.
    // And the plan's chapter whose 、 was lost (`一总体要求` under an entry `一、总体要求`) is the entry's heading: numbering/marker-typo's slip.
    if (item.level === 1) {
      headings.add((item.marker.numeral + item.heading.text).replace(IGNORED, ""));
      if (item.marker.text === item.marker.numeral) headings.add((item.marker.canonicalText + item.heading.text).replace(IGNORED, ""));
    }
  }
  for (const part of plan.parts) headings.add((part.marker + part.title).replace(IGNORED, ""));
  // An attachment's entry names it by label and title (`附件：××分工表`, `附件1 ××表`), or by its title alone.
  for (const attachment of plan.attachments) {
    const title = attachment.title?.text ?? "";
    if (attachment.label !== null) headings.add((attachment.label.text + title).replace(IGNORED, ""));
    if (title !== "") headings.add(title.replace(IGNORED, ""));
  }
  return headings;
}
