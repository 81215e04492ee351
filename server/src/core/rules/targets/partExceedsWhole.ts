import { extractTargets } from "../../targets/extract.js";
import { formatPath, writtenFigure } from "../../targets/format.js";
import { spanOfTarget } from "../../targets/increments.js";
import { type MeasureKind, measureKind, unitMagnitude } from "../../targets/measureUnits.js";
import type { PlanTarget } from "../../targets/types.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";

/**
 * What a part may not exceed: amounts that add up (things counted, events, sums of money). A rate
 * or a score of a part may stand above the whole's (其中县域97% under a whole of 96% is an average's
 * spread); a concentration, a time or a multiple is no amount the whole is the sum of either.
 */
const ADDS_UP: ReadonlySet<MeasureKind> = new Set<MeasureKind>(["thing", "event", "money"]);

/** A figure in the unit its magnitude is of (1.2万家 as 12000家), and the largest the whole allows (a range's upper end). */
function inBaseUnit(target: PlanTarget, upper: boolean): { unit: string; figure: number } | null {
  if (target.value === null) return null;
  const { unit, factor } = unitMagnitude(target.unit);
  const figure = upper && target.upper !== null ? target.upper : target.value;
  return { unit, figure: Math.round(figure * factor * 1e6) / 1e6 };
}

/** The whole a part exceeds, with both figures as compared; null where the part fits or cannot be weighed. */
function exceededWhole(part: PlanTarget): PlanTarget | null {
  const whole = part.whole;
  if (whole === null || part.blank || part.placeholder || whole.blank || whole.placeholder) return null;
  // 每年新增5家 is no share of 累计培育30家: a part is weighed only against a whole of its own span.
  if (spanOfTarget(part) !== spanOfTarget(whole) || part.cumulative !== whole.cumulative) return null;
  const own = inBaseUnit(part, false);
  const most = inBaseUnit(whole, true);
  if (own === null || most === null || own.unit !== most.unit) return null;
  const kind = measureKind(own.unit);
  return kind !== null && ADDS_UP.has(kind) && own.figure > most.figure ? whole : null;
}

/**
 * A part larger than its whole (`新增省级以上质量标杆企业20家，其中国家级25家`): one of the two
 * figures is a slip — a digit typed wrong, or a figure left from an earlier draft — and units will
 * be held to a whole that cannot hold its part.
 */
export const partExceedsWhole: Rule = {
  meta: {
    id: "targets/part-exceeds-whole",
    family: "targets",
    severity: "warning",
    description: "“其中”所列部分的数值大于其所属整体的数值",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "“新增省级以上质量标杆企业20家，其中国家级5家”中，“其中”“含”之后的数值是前面整体的一部分（国家级是省级以上的一部分），部分不能大于整体。写成“其中国家级25家”，必有一处笔误或旧稿遗留，各单位按哪一个数值落实都会出错。本规则比较同一句中“其中”“含”（或括号中的“（其中……）”“（含……）”）所列部分与其整体的数值：两者单位相同（以万、亿计的按倍数换算，“1.2万批次”即“12000批次”），且是可以相加的数量（个、家、项、批次、起、万元……），部分大于整体（整体是区间时大于其上限）时报告，并写明整体的数值和位置。比率、分值、浓度、时长不比较：县域食品抽检合格率可以高于全市的合格率。每年的数量与累计总数、新增数量与存量口径不同，也不比较。无法自动修复：哪一个数值是定稿要由起草人决定。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，新增省级以上质量标杆企业20家，其中国家级25家。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，新增省级以上质量标杆企业20家，其中国家级5家。\n",
    },
  },
  check({ plan, report }) {
    for (const target of extractTargets(plan).targets) {
      const whole = exceededWhole(target);
      if (whole === null) continue;
      report({
        start: target.valueSpan?.start ?? target.start,
        end: target.end,
        message: `${quoted(target.indicator)}是${quoted(whole.indicator)}的一部分（其中），此处为${writtenFigure(target)}，大于整体（${formatPath(whole.path)}）的${writtenFigure(whole)}`,
      });
    }
  },
};
