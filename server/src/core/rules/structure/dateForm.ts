import { dateOfDateLine, formatChineseDate, isPossibleDate } from "../../model/dates.js";
import { textEndOf } from "../../model/inline.js";
import { isHeadingLike, lineText } from "../../model/prelude.js";
import { ORGANISATION_END } from "../../model/titleBreaks.js";
import type { PlanDocument } from "../../model/types.js";
import type { LineNode } from "../../syntax/cst.js";
import { halfWidthDigits } from "../../text/codeUnits.js";
import type { Rule } from "../types.js";

/** A date in Chinese numerals: the 1999/2000 rules' form, which the 2012 standard replaced. */
const CHINESE_NUMERALS = /[〇零一二三四五六七八九十]/;

/**
 * The 成文日期 of the 落款 written otherwise than GB/T 9704—2012 7.3.5.1 wants it: Arabic
 * numerals with year, month and day all written, no leading zero (2024年5月8日). A web page or a
 * spreadsheet gives 2024.5.8 or 2024-05-08; a careless edit loses the 日 (2024年5月8); an old
 * template writes 二〇二四年五月八日. Each reads as one date, so the fix writes it out. A date
 * line is the notice's or the signature's (before the plan), or one under an issuer's name
 * after it; a date that cannot exist is structure/impossible-date's, a run of digits
 * (2024322) structure/run-together-date's.
 */
export const dateForm: Rule = {
  meta: {
    id: "structure/date-form",
    family: "structure",
    severity: "warning",
    description: "成文日期写法不规范（如“2024.5.8”“2024年5月8”“2024年05月08日”），应为“2024年5月8日”",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "成文日期用阿拉伯数字将年、月、日标全，年份写全称，月、日不编虚位（GB/T 9704—2012 7.3.5.1），如“2024年5月8日”。从网页、表格复制或改稿时，常见“2024.5.8”“2024-05-08”“2024/5/8”、丢了“日”的“2024年5月8”、补零的“2024年05月08日”，旧模板还用汉字数字“二〇二四年五月八日”（1999、2000年的旧规定）。本规则检查印发通知和落款中单独成行的成文日期（方案之前的日期行，以及方案之后紧接在发文机关署名下的日期行），修复改为规范写法。不存在的日期由 structure/impossible-date 报告，年月日连写的数字（如“2024322”）由 structure/run-together-date 报告。",
      incorrect: "示例市人民政府\n2024.5.8\n示例市质量强市建设实施方案\n一、总体要求\n",
      correct: "示例市人民政府\n2024年5月8日\n示例市质量强市建设实施方案\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const lines = plan.lines;
    const prelude = new Set(plan.prelude?.lines);
    const debris = new Set<LineNode>([...(plan.leadingDebris?.lines ?? []), ...(plan.trailer?.lines ?? [])]);
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.kind !== "text" || (line.textKind !== "date" && line.textKind !== "plain") || debris.has(line)) continue;
      if (!prelude.has(line) && !underIssuer(plan, lines, index)) continue;
      const date = dateOfDateLine(plan.text.slice(line.indentEnd, textEndOf(line, plan.text)), line.indentEnd);
      if (date === null || !isPossibleDate(date)) continue;
      const written = plan.text.slice(date.start, date.end);
      const standard = formatChineseDate(date);
      // Full-width digits in the standard form (２０２４年５月８日, a WPS copy) are only text/full-width-alnum's.
      if (halfWidthDigits(written) === standard) continue;
      const why = CHINESE_NUMERALS.test(written) ? "用汉字数字是旧规范的写法，现行 GB/T 9704 用阿拉伯数字" : "应用阿拉伯数字将年、月、日标全，月、日不编虚位";
      report({
        start: date.start,
        end: date.end,
        message: `成文日期“${written}”写法不规范（${why}），应为“${standard}”`,
        fix: { description: `改为“${standard}”`, edits: [{ start: date.start, end: date.end, newText: standard }] },
      });
    }
  },
};

/** After the plan: a date line stands under the issuer's name (the signature), over blank lines. */
function underIssuer(plan: PlanDocument, lines: readonly LineNode[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && lines[previous]!.kind === "blank") previous--;
  const line = lines[previous];
  return line !== undefined && isHeadingLike(line, plan.text) && ORGANISATION_END.test(lineText(line, plan.text));
}
