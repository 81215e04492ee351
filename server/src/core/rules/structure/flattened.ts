import { isLineFeed } from "../../syntax/parse.js";
import { flattenedLines } from "../../numbering/inlineMarkers.js";
import type { PlanDocument } from "../../model/types.js";
import type { TextEdit } from "../types.js";
import type { Rule } from "../types.js";
import { trimSpacesEnd } from "../../text/spaces.js";

/** How many markers a message names before it says 等. */
const NAMED_MARKERS = 3;

/**
 * A plan pasted as one long line, or a paragraph with `二、…（一）…1.…` inside it: the line
 * breaks were lost, and with them the outline. Which markers inside a line start items is
 * decided in numbering/inlineMarkers.ts (a paragraph could end there, and the number continues
 * the sequence); the model already reads each as the item it starts (model/runInItems.ts,
 * `plan.runIns`), and the fix puts a line break before each of them, so the text says so too.
 */
export const flattened: Rule = {
  meta: {
    id: "structure/flattened",
    family: "structure",
    severity: "warning",
    description: "多个条目挤在一行（换行丢失，结构被压平）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从网页或 PDF 复制时，段落之间的换行常常丢失，整篇方案成了一行，或一段里夹着“二、……（一）……1.……”。这样的文字在原文里只是一个段落，打印、导出和他人阅读时都看不出条目的层次。",
        "",
        "本规则找出行内本应另起一行的编号：它必须出现在段落可能结束的地方——句号、问号、叹号（含其后的引号）之后，责任单位、完成时限或对应纲要标注之后，段首缩进（全角空格或多个空格）之前，紧跟在第1、2级编号的简短标题之后（“一、总体要求（一）指导思想”），或紧跟在行首的方案标题之后（“某市质量提升行动实施方案（2023—2025年）一、总体要求”，仅限大纲的第一个一级编号，且其后不是“二、三产业”这样的数字列举）——并且它的编号恰好接续此前的编号（同级下一个编号，或刚开始的下一级的第一个编号）。因此句中的数字（“第1.5条”“3.19件”“1.5倍”“2.0版”“GB/T 1.1”）和冒号、分号之后的列举（“包括：(1)……；(2)……”）不会被当作编号。",
        "",
        "这样找出的编号，检查器在修复之前就按各自的条目来读：大纲、责任单位报告和任务覆盖中，“……〔责任单位：市工信局〕（二）加强标准建设。”里的（二）是单独的一项，责任单位也各归其项；但原文仍应修正。",
        "",
        "修复在每个这样的编号前换行（沿用文档自己的换行符），编号前的空格随之去掉，不改动任何文字。",
      ].join("\n"),
      incorrect: "一、总体要求（一）指导思想坚持质量第一。（二）主要目标到2025年，质量整体水平进一步提升。二、主要任务（一）推动质量变革创新1.加快区域质量创新发展。开展质量创新先导区创建。2.增强产业质量竞争能力。\n",
      correct: "一、总体要求\n（一）指导思想坚持质量第一。\n（二）主要目标到2025年，质量整体水平进一步提升。\n二、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。开展质量创新先导区创建。\n2.增强产业质量竞争能力。\n",
    },
  },
  check({ plan, config, report }) {
    const eol = lineEndingOf(plan);
    for (const { line, markers } of flattenedLines(plan, config)) {
      const named = markers.slice(0, NAMED_MARKERS).map((marker) => `“${marker.text}”`).join("");
      const more = markers.length > NAMED_MARKERS ? "等" : "";
      const edits: TextEdit[] = markers.map((marker) => {
        const start = trimSpacesEnd(plan.text, line.indentEnd, marker.start);
        return { start, end: marker.start, newText: eol };
      });
      report({
        start: markers[0]!.start,
        end: markers[markers.length - 1]!.end,
        message: `本行中有 ${markers.length} 个编号（${named}${more}）接续前文编号，应各自另起一行：换行丢失，结构被压平`,
        fix: { description: `在这 ${markers.length} 个编号前换行`, edits },
      });
    }
  },
};

/** The document's own line ending: the first one it uses, else a line feed. */
function lineEndingOf(plan: PlanDocument): string {
  for (const line of plan.syntax.lines) if (isLineFeed(line.eol)) return line.eol;
  return "\n";
}
