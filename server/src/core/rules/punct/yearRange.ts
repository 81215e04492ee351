import { spanFix } from "../../fixes/fix.js";
import { proseParagraphs } from "../../punct/prose.js";
import { EN_RULE, yearRangeDashes, yearRangeDashesAcrossWraps } from "../../punct/yearRanges.js";
import { wrapJoins } from "../../model/hardWrap.js";
import type { Span } from "../../model/types.js";
import type { Rule } from "../types.js";

/**
 * `（2023-2027年）`, `2023年–2025年`, `2021——2035年`: the ends of a range of years joined by a
 * hyphen, an en dash, a tilde or the 破折号 where GB/T 15834 wants the 一字线. Titles carry the
 * range most often (the plan's own, and the titles it cites), so the part before the plan is
 * read too. The fix replaces the mark (and spaces round it) and nothing else.
 */
export const yearRange: Rule = {
  meta: {
    id: "punct/year-range",
    family: "punct",
    severity: "warning",
    description: "年份起止没有用一字线“—”连接（如“2023-2027年”“2021——2035年”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "标示时间的起止用一字线“—”（GB/T 15834—2011《标点符号用法》4.13.3），如“（2023—2027年）”“《计量发展规划（2021—2035年）》”，也可用浪纹线“～”。短横线“-”用于以数字表示的年月日（2024-05-08）、产品型号和标准编号，不用于起止；从 Word 复制的“–”（短破折号）、半角“~”、两个字符宽的破折号“——”同样不是连接号。方案标题和所引文件标题中的年份起止最常写错，本规则也检查方案之前的标题和印发通知。从 PDF 复制、仍按版心折行的方案（structure/hard-wrap），被折行断开的年份起止（“实施方案（2023-”／“2027年）”）按合并后的文字检查。",
        "",
        "只检查能确定是年份起止的写法：两个四位年份（1900—2099年，后者大于前者）之间只有一个连接符号（可带空格），且至少一个年份后有“年”，或两个年份一起括在括号中（“（2021-2035）”）。标准编号、电话号码等前后连着字母、数字或“/”的数字串不在检查之列。修复把连接符号（连同两侧的空格）改为一字线，不改动年份。",
      ].join("\n"),
      incorrect: "示例市质量强市建设三年行动计划（2024-2026年）\n一、总体要求\n（一）指导思想\n落实《计量发展规划（2021–2035年）》，实施2024年——2026年质量提升行动。\n",
      correct: "示例市质量强市建设三年行动计划（2024—2026年）\n一、总体要求\n（一）指导思想\n落实《计量发展规划（2021—2035年）》，实施2024—2026年质量提升行动，标准编号如GB/T 9704-2012不在检查之列。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    const reportRange = (range: Span, dash: Span, written: string, dashAt: number) => {
      const mark = text.slice(dash.start, dash.end).trim();
      // As read: a range a wrap cut is shown without the break, its mark as written.
      const standard = written.slice(0, dashAt) + EN_RULE + written.slice(dashAt + (dash.end - dash.start));
      const why = mark === "——" ? "“——”是破折号，" : "";
      report({
        start: range.start,
        end: range.end,
        message: `年份起止“${written}”${why}应用一字线“—”连接：“${standard}”`,
        fix: spanFix("改为一字线“—”", dash.start, dash.end, EN_RULE),
      });
    };
    for (const paragraph of proseParagraphs(plan)) {
      for (const { range, dash } of yearRangeDashes(text, paragraph)) reportRange(range, dash, text.slice(range.start, range.end), dash.start - range.start);
    }
    // A range a PDF's measure cut (`（2023-` / `2027年）`): each paragraph above ends at its line.
    if (plan.hardWrap !== null) for (const { range, dash, written, dashAt } of yearRangeDashesAcrossWraps(text, wrapJoins(plan))) reportRange(range, dash, written, dashAt);
  },
};
