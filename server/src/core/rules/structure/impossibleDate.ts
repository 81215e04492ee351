import { ANY_LEAP_YEAR, datesIn, daysInMonth, isPossibleDate, isPossibleMonthDay, monthDaysIn } from "../../model/dates.js";
import type { LineNode } from "../../syntax/cst.js";
import { nodesAreKept } from "../../syntax/incremental.js";
import { NodeMemo } from "../../syntax/nodeMemo.js";
import { isoDate } from "../../model/prelude.js";
import type { Rule } from "../types.js";

/** An impossible date found, and what to say of it. */
interface Impossible {
  start: number;
  end: number;
  message: string;
}

/** A line's impossible dates by its node, offsets from its indentation's end (syntax/nodeMemo.ts). */
const impossibleByLine = new NodeMemo<LineNode, readonly Impossible[]>();
// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NONE: readonly Impossible[] = [];

/**
 * A date that cannot exist: a 13th month, a 30 February, a day 0 — with its year, or without
 * (a recurring deadline: 每年6月31日前, which no year has). Which figure is wrong is not certain
 * (2024年13月 may be 2024年1月 or 2024年3月), so there is no fix.
 */
export const impossibleDate: Rule = {
  meta: {
    id: "structure/impossible-date",
    family: "structure",
    severity: "warning",
    description: "不存在的日期（如“2024年13月”“2024年2月30日”）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "成文日期、印发日期、完成时限等日期写错，会让公文的时间要素失去效力。本规则检查全文（含文首元数据）中以“年月日”或“2024-03-22”形式书写的日期，月份须在1至12之间，日期不得超过当月天数（闰年2月29天）；不写年份的“6月31日”“每年2月30日前”这类日期，按任何一年都不存在的报告（2月29日不报告）。哪一位数字写错无法确定，因此只报告、不自动修复。",
      incorrect: "示例市人民政府\n2024年2月30日\n示例市质量强市建设实施方案\n一、总体要求\n",
      correct: "示例市人民政府\n2024年2月29日\n示例市质量强市建设实施方案\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const found: Impossible[] = [];
    for (const entry of plan.frontMatter?.entries ?? []) {
      // A value that does not read as a date at all is structure/front-matter's.
      if ((entry.canonicalKey === "成文日期" || entry.canonicalKey === "印发日期") && isoDate(entry.value) !== null) {
        found.push(...impossibleIn(entry.value, entry.valueSpan.start, false));
      }
    }
    const trailer = new Set(plan.trailer?.lines);
    const kept = nodesAreKept(plan.syntax);
    for (const line of plan.lines) {
      if (line.kind === "blank" || line.kind === "comment" || trailer.has(line)) continue;
      // A line node met again (kept: the server's parses) is the same text: its impossible
      // dates are remembered by the node, as offsets from its indentation's end.
      let impossible = impossibleByLine.lookup(kept, line);
      if (impossible === undefined) {
        const inLine = impossibleIn(plan.text.slice(line.indentEnd, line.contentEnd), 0, true);
        impossible = impossibleByLine.remember(kept, line, inLine.length === 0 ? NONE : inLine);
      }
      for (const date of impossible) found.push({ start: date.start + line.indentEnd, end: date.end + line.indentEnd, message: date.message });
    }
    for (const date of found) report(date);
  },
};

/** The impossible dates written in `text`, and (`yearless`) its months and days without a year. */
function impossibleIn(text: string, offset: number, yearless: boolean): Impossible[] {
  const found: Impossible[] = [];
  for (const date of datesIn(text, offset)) {
    if (isPossibleDate(date)) continue;
    const written = text.slice(date.start - offset, date.end - offset);
    if (date.month < 1 || date.month > 12) found.push({ start: date.start, end: date.end, message: badMonth(written, date.month) });
    else found.push({ start: date.start, end: date.end, message: `日期“${written}”不存在：${date.year}年${date.month}月只有${daysInMonth(date.year, date.month)}天` });
  }
  if (!yearless) return found;
  for (const date of monthDaysIn(text, offset)) {
    if (isPossibleMonthDay(date)) continue;
    const written = text.slice(date.start - offset, date.end - offset);
    if (date.month < 1 || date.month > 12) found.push({ start: date.start, end: date.end, message: badMonth(written, date.month) });
    else found.push({ start: date.start, end: date.end, message: `日期“${written}”不存在：${date.month}月最多只有${daysInMonth(ANY_LEAP_YEAR, date.month)}天` });
  }
  return found;
}

function badMonth(written: string, month: number): string {
  return `日期“${written}”的月份“${month}”不存在，月份应在1至12之间`;
}
