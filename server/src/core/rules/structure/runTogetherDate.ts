import { textEndOf } from "../../model/inline.js";
import { type CalendarDate, formatChineseDate, readingsOfDigitRun, RUN_TOGETHER_DATE } from "../../model/dates.js";
import type { Span } from "../../model/types.js";
import { fullWidthDigits, isFullWidthDigitCode } from "../../text/codeUnits.js";
import type { Fix } from "../types.js";
import type { Rule } from "../types.js";

/**
 * A date typed as one run of digits where the part before the plan puts a date: the 成文日期
 * line of a notice or signature (`2024322`), or a date row of the page's metadata table. When
 * only one month and day can be read (2024322: 3月22日, never 32月2日) the fix writes it out;
 * when two can (2024112: 1月12日 or 11月2日) the drafter chooses. A WPS copy's run (２０２４３２２)
 * is the same run: its date is written in the run's own width (２０２４年３月２２日), the fix mends
 * the lost 年月日 only and text/full-width-alnum reports the width.
 */
export const runTogetherDate: Rule = {
  meta: {
    id: "structure/run-together-date",
    family: "structure",
    severity: "warning",
    description: "日期的年月日数字连写（如“2024322”），应写作“2024年3月22日”",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "成文日期用阿拉伯数字将年、月、日标全（GB/T 9704—2012 7.3.5.1），如“2024年3月22日”。从网页或表格复制时，“年”“月”“日”可能丢失，成为“2024322”这样的一串数字。本规则检查方案之前的日期行（印发通知或落款的成文日期）和网页信息表中的日期：只有一种月、日读法时给出修复；有两种读法（如“2024112”可读作1月12日或11月2日）时只列出建议，由起草人确认；没有可能的读法时报告无法识别。从 WPS 复制的全角数字（“２０２４３２２”）同样检查，修复按原来的宽度写出年月日（“２０２４年３月２２日”，全角数字由 text/full-width-alnum 报告）。",
      incorrect: "示例市人民政府\n2024322\n示例市质量强市建设实施方案\n一、总体要求\n",
      correct: "示例市人民政府\n2024年3月22日\n示例市质量强市建设实施方案\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const runs: Span[] = [];
    const debris = new Set(plan.leadingDebris?.lines);
    for (const line of plan.prelude?.lines ?? []) {
      if (line.kind !== "text" || debris.has(line)) continue;
      const content = plan.text.slice(line.indentEnd, textEndOf(line, plan.text));
      if (RUN_TOGETHER_DATE.test(content)) runs.push({ start: line.indentEnd, end: line.indentEnd + content.length });
    }
    for (const key of ["date", "published"] as const) {
      const value = plan.leadingDebris?.metadata[key];
      if (value && RUN_TOGETHER_DATE.test(value.value)) runs.push(value);
    }
    for (const run of runs) {
      const digits = plan.text.slice(run.start, run.end);
      const readings = readingsOfDigitRun(digits);
      const fullWidth = isFullWidthDigitCode(digits.charCodeAt(0));
      const written = (date: CalendarDate) => (fullWidth ? fullWidthDigits(formatChineseDate(date)) : formatChineseDate(date));
      const fixOf = (date: CalendarDate): Fix => ({ description: `改为“${written(date)}”`, edits: [{ ...run, newText: written(date) }] });
      if (readings.length === 1) {
        report({ ...run, message: `日期“${digits}”的年月日连写在一起，应为“${written(readings[0]!)}”`, fix: fixOf(readings[0]!) });
      } else if (readings.length > 1) {
        const choices = readings.map(written).join("”或“");
        report({ ...run, message: `日期“${digits}”的年月日连写在一起，可读作“${choices}”，请写明`, suggestions: readings.map(fixOf) });
      } else {
        report({ ...run, message: `“${digits}”像是连写的日期，但读不出存在的月、日，请核对` });
      }
    }
  },
};
