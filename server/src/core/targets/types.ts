import type { NumberedItem, Span, Target } from "../model/types.js";

/**
 * What a target says about its indicator:
 * - `level` — a value to reach or hold (`达到94%以上`, `控制在5%以内`, `不少于1个`);
 * - `delta` — a change from today (`提高5个百分点`, `比2020年降低18%`);
 * - `count` — a number of things to create (`创建国家产品质量检验检测中心1个`);
 * - `direction` — no figure, only a direction (`不断提高`, `保持全国前列`).
 */
export type TargetKind = "level" | "delta" | "count" | "direction";

/**
 * Which way the figure is meant to go: `up` (at least), `down` (at most), `keep` (hold: 保持在,
 * 稳定在, and any figure written 左右, which is about the figure, neither a ceiling nor a floor).
 */
export type TargetSense = "up" | "down" | "keep";

export interface PlanTarget extends Span {
  kind: TargetKind;
  /** The noun phrase the figure is about, trimmed of connectives, scope words and horizon. */
  indicator: string;
  /** Where the indicator is written; for a shared value each indicator has its own span. */
  indicatorSpan: Span | null;
  /** As written: 达到, 不低于, 降低, …; the verb of a count (创建); the phrase of a direction (不断提高). */
  comparator: string;
  value: number | null;
  valueText: string;
  valueSpan: Span | null;
  /** The upper end of a range (`90%—95%`), else null. */
  upper: number | null;
  unit: string;
  qualifier: string;
  sense: TargetSense;
  /** True for 力争 / 争取: a goal to strive for rather than a commitment. */
  aspirational: boolean;
  /**
   * True for 累计 (`累计培育省级质量标杆企业20家`, `…企业累计达到50家`, `三年累计建设…`): a total
   * that adds up over the years, not what one year (or the plan's own period) adds. The word is
   * neither the indicator's nor the comparator's: a cumulative figure is compared only with a
   * cumulative one (targets/compare.ts).
   */
  cumulative: boolean;
  blank: boolean;
  placeholder: boolean;
  /**
   * Figures written with the target's that it does not take, as written, else "": one indicator
   * given several figures without 分别 (`合格率不低于98%、99%`, a year series or a slip: the first is
   * read, `99%` kept here to show), or indicators and figures given 分别 that are not one for one
   * (`A、B、C分别达到91%、97%`: no pairing is known, so each indicator has no value and the whole
   * list `91%、97%` here, and compare.ts compares none of them).
   */
  unpaired: string;
  /**
   * A 主要指标 table row whose 属性 column says 约束性: a bottom line the plan holds every year, as
   * five-year plans mark theirs, not a step it sets out to take (targets/weaker-than-baseline).
   */
  binding: boolean;
  /** The year in force: the nearest `到2025年` in scope, else the end of the plan period. */
  horizon: number | null;
  /** Where the horizon comes from: a `到…年` phrase (its span), the plan period, or nowhere. */
  horizonSource: "text" | "period" | null;
  horizonSpan: Span | null;
  /** A delta's base year (`比2020年降低18%`). */
  baseYear: number | null;
  /** The figure it starts from (`由92%提高到95%`: 92, "%"), else null and "". */
  baseValue: number | null;
  baseUnit: string;
  /**
   * A table row's estimate of the year not over (基期值 | 2023年预计 | 2025年目标: 2023, 93.6, "%"),
   * shown beside the base; where the row has no base figure, the base above is this estimate.
   * Null for every target not in such a row.
   */
  estimate: TargetEstimate | null;
  /** Markers from the top-level item down to the target's item (`["一、", "（二）", "2."]`). */
  path: string[];
  item: NumberedItem | null;
  /** True inside the 主要目标 / 工作目标 / 总体目标 section (or a 到…年 goals paragraph). */
  inGoals: boolean;
  /**
   * True for a figure the plan reports rather than sets — in its 发展基础 section, or in a sentence
   * opening on a past year or on 目前 (targets/pastStatements.ts): not compared with any goal.
   */
  baseline: boolean;
  /** The model's target this one was derived from (null for counts and directions). */
  source: Target | null;
  /**
   * The target this one is a part of (`新增省级以上质量标杆企业20家，其中国家级5家`: the 20家 for the
   * 5家), else null: a part is weighed against its whole (targets/part-exceeds-whole), never stated
   * as a second figure of it, nor compared with the parent's figure for the whole (compare.ts).
   */
  whole: PlanTarget | null;
}

export interface TargetEstimate {
  year: number | null;
  value: number;
  unit: string;
}

/** The plan period from the title (`（2023-2027年）`), or the year of an annual plan. */
export interface PlanPeriod {
  from: number;
  to: number;
  annual: boolean;
  /** Where the plan states it: its title (（2023—2027年）, 2024年行动计划), or the dated phases of its 实施步骤 where the title states none. */
  source: "title" | "steps";
}

export interface TargetExtraction {
  targets: PlanTarget[];
  period: PlanPeriod | null;
  /** The year the plan is dated (front matter, 印发 date, or the year of its 发文字号). */
  planYear: number | null;
  /** Items whose heading names the goals (主要目标 …), in document order. */
  goalItems: NumberedItem[];
  /** Each `到…年` phrase with the targets it governs. */
  horizons: Array<Span & { year: number; targets: PlanTarget[] }>;
  /**
   * True when the plan is hard-wrapped (model/hardWrap.ts) and its lines were read one by one:
   * a target a wrap cuts is missing, so what the plan lacks cannot be told. False when its
   * paragraphs were read as joined, as they nearly always are.
   */
  cut: boolean;
  /**
   * The soft returns read inside a target's name (softReturns.ts), each the span its join removes,
   * in the text as written: one sentence goes on across each, so no line above one ends a paragraph.
   */
  nameBreaks: readonly Span[];
}
