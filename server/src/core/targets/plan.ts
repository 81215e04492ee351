import { toHalfwidthFigures } from "../model/numerals.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { PlanPeriod } from "./types.js";

/**
 * What a plan says about its own time: the period in its title and the year it is dated. The
 * horizon rule compares target years with both; extraction takes the period's end as the
 * default horizon.
 */

// （2023-2027年）, 2023—2027年, (2024～2026年)
const PERIOD = /(\d{4})\s*(?:年\s*)?[-—–－~～至到]+\s*(\d{4})\s*年/;
// 2016年行动计划, 2024年度工作要点: an annual plan, whose targets are for its own year.
const ANNUAL = /(\d{4})\s*年度?\s*(?:[^\d\s（）()]{0,12}?)(?:行动计划|工作要点|工作计划|实施计划|行动方案|工作方案)/;

export function planPeriodOf(plan: PlanDocument): PlanPeriod | null {
  const title = toHalfwidthFigures(plan.metadata.title ?? plan.title?.text ?? "");
  const period = PERIOD.exec(title);
  if (period) {
    const from = Number(period[1]);
    const to = Number(period[2]);
    if (to >= from && to - from <= 15) return { from, to, annual: false };
  }
  const annual = ANNUAL.exec(title);
  if (annual) return { from: Number(annual[1]), to: Number(annual[1]), annual: true };
  return null;
}

/** The year the plan is dated: its date (front matter or 印发 date), else its 发文字号's year. */
export function planYearOf(plan: PlanDocument): number | null {
  const date = plan.metadata.date ? /^(\d{4})/.exec(plan.metadata.date) : null;
  if (date) return Number(date[1]);
  const docNumber = plan.metadata.docNumber ? /[〔[【(（﹝](\d{4})[〕\]】)）﹞]/.exec(plan.metadata.docNumber) : null;
  return docNumber ? Number(docNumber[1]) : null;
}

/** 主要目标, 工作目标, 总体目标, 发展目标, 目标任务 … as an item heading. */
const GOALS_HEADING = /^(?:主要|工作|总体|发展|具体|预期|建设)?目标(?:任务)?[。．.]?$|^(?:主要|工作|总体|发展)目标/;

export function isGoalsHeading(item: NumberedItem): boolean {
  return GOALS_HEADING.test(item.heading.text.trim());
}

/** 总体要求 and the like, whose `到2025年，…` paragraphs state the goals when no 主要目标 item does. */
const GENERAL_HEADING = /总体要求|总体思路|指导思想和(?:主要|总体)?目标|目标要求/;

export function isGeneralHeading(item: NumberedItem): boolean {
  return GENERAL_HEADING.test(item.heading.text);
}
