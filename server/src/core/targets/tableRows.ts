import type { Span, Target } from "../model/types.js";
import { boundQualifier, isBoundSign } from "./format.js";
import { type IndicatorRow, spanFirst } from "./tables.js";
import { NEW_THINGS, saysEachYear } from "./increments.js";
import type { TargetExtraction, TargetKind, TargetSense } from "./types.js";
import { COUNTED_UNITS, COUNT_VERB, CUMULATIVE_LEAD, CUMULATIVE_WORD, DELTA_COMPARATORS, DIRECTION_PHRASE, MAKES_WHAT_STANDS, METRIC, NAMES_ITS_DOING, NOT_THE_VERB, directionSense } from "./figureWords.js";
import { CHANGE_IN_NAME, changeVerb, senseOf, senseOfChange, trimmed } from "./indicators.js";
import { type HorizonFields, type HorizonState, LineContext, horizonFields } from "./lineContext.js";

/** The words of a cell's increment (tables.ts INCREMENT_WORD): 新增, 年均新增, 每年新增. */
const INCREMENT_CELL = /^(?:年均|每年)?新增/;
/** How often a cell's change is (年均增长, 每年提高, 较上年提高, 同比增长): the change's verb follows. */
const PER_YEAR = /^(?:年均|每年|[较比]上年|同比)/;
/** The words of a cell's total (tables.ts reads its figure): 累计, with the verb after it. */
const CELL_TOTAL = /^累计(新增|达到)?/;

/**
 * The targets of a row of a table of indicators (targets/tables.ts): one per target column, its
 * indicator the row's, its unit the cell's or the row's 单位, its year the column's (2025年目标),
 * else the one in force; what it starts from the 基数 column. A figure without a comparator is a
 * figure to reach (as 达到); words instead of one are read if they are a direction (稳步提升).
 * `headed`: the row stands under a header with a target column, which states goals wherever it
 * stands; a row under no header (bareRows.ts) is the goals' only in the goals' section — under a
 * 重点任务 it gives a measure's figure, as the task's prose would.
 */
export function rowTargets(extraction: TargetExtraction, row: IndicatorRow, context: LineContext, horizon: HorizonState | null, modelTargets: ReadonlyMap<number, Target>, headed = true): void {
  const start = row.indicator.start;
  const inForce = horizonFields(context, horizon, start);
  // A table's columns say their years: a row is never a sentence opening on a comparison.
  const baseline = context.reports(start, true);
  for (const { cell, figure, year, header } of row.targets) {
    let indicator: { text: string; span: Span } = { text: row.indicator.text, span: { start: row.indicator.start, end: row.indicator.end } };
    let kind: TargetKind = "level";
    let comparator = figure ? figure.comparator : cell.text;
    let sense: TargetSense;
    let total = false;
    const unit = figure ? figure.unit || row.unit : "";
    let qualifier = figure ? figure.qualifier : "";
    // 单位GDP能耗下降 | % | 13.5, 规上工业增加值年均增长 | % | 8: the column's figures are changes,
    // bounded or not (万元GDP能耗下降率 | ≥13.5 is a fall of 13.5% or more, no rate to rise).
    const bound = figure ? boundQualifier(figure.comparator) : "";
    const change = figure && (figure.comparator === "" || bound !== "") ? CHANGE_IN_NAME.exec(indicator.text) : null;
    if (figure === null) {
      if (!DIRECTION_PHRASE.test(cell.text)) continue;
      kind = "direction";
      sense = directionSense(cell.text);
    } else if (change) {
      indicator = trimmed(indicator.text.slice(0, change.index), indicator.span.start);
      kind = "delta";
      comparator = (change[1] ?? "") + changeVerb(change);
      sense = senseOfChange(changeVerb(change));
      qualifier ||= bound;
    } else if (DELTA_COMPARATORS.has(figure.comparator.replace(PER_YEAR, ""))) {
      // 增长 over the period or 年均增长 each year (compare.ts tells the two apart by the comparator).
      kind = "delta";
      sense = senseOfChange(figure.comparator.replace(PER_YEAR, ""));
    } else if (INCREMENT_CELL.test(figure.comparator) && COUNTED_UNITS.has(unit)) {
      // 省级以上产业计量测试中心 | 个 | 3 | 新增2—3个: what the period adds, a count, no level beside its base.
      kind = "count";
      sense = "up";
    } else {
      sense = senseOf(figure.comparator, figure.qualifier, figure.value);
      // 培育省级质量标杆企业 | 家 | 20: things to create, as in the text.
      const created = COUNTED_UNITS.has(unit) ? COUNT_VERB.exec(indicator.text) : null;
      if (created && !METRIC.test(indicator.text)) {
        const noun = trimmed(indicator.text.slice(created[0].length), indicator.span.start + created[0].length);
        // 建成检验检测公共服务平台 | 个 | 4 | 6: beside a base of what stands already, the target is
        // how many will stand (a level, held to its base), not how many more to make; its verb is
        // no comparator (increments.ts would read 建成 as what the period adds). A total (累计260)
        // is read below as the text reads one.
        // Not a verb that says the things are new (新增团体标准 | 项 | 280 | 300): its base is what
        // the base year added, and the target what this one adds — a count, as in the text.
        // Nor an annual plan's amount of work (yearsWork), nor what is done each year (年新增团体标准 |
        // 项 | 10 | 15, 年服务企业 | 家次 | 800 | 1000): the base year's yearly amount beside the target's.
        const verb = created[0].replace(NOT_THE_VERB, "");
        // 主导或参与制修订国家标准 | 项 | ≥60: a noun that names its own doing keeps its verb in its
        // name, as the text's does (figureWords.ts NAMES_ITS_DOING); how it is read is the same.
        const keepsVerb = NAMES_ITS_DOING.test(indicator.text);
        if (noun.text && row.base !== null && row.base.figure.value !== null && !figure.cumulative && !NEW_THINGS.test(verb) && !saysEachYear(verb) && !yearsWork(context, row, verb)) {
          if (!keepsVerb) indicator = noun;
        } else if (noun.text) {
          if (!keepsVerb) indicator = noun;
          kind = "count";
          // 发布团体标准 | 项 | ≥8: the sign is the text's 以上 (发布…8项以上), no word a reader says after the verb.
          const sign = isBoundSign(comparator);
          comparator = (keepsVerb ? "" : verb) + (sign ? "" : comparator);
          if (sign) qualifier ||= bound;
          total = CUMULATIVE_WORD.test(created[0]);
        }
      }
      // 主导制修订国际标准 | 项 | 累计20, 省长质量奖 | 个 | 累计新增4: a total of things with no verb
      // this reading knows is a count, as …国际标准累计20项 in the text is; 累计达到20 a level reached;
      // 20（累计） as 累计20.
      const totalSaid = kind === "level" && figure.cumulative && figure.comparator === "" && COUNTED_UNITS.has(unit) && !METRIC.test(indicator.text) ? CELL_TOTAL.exec(spanFirst(cell.text)) : null;
      if (totalSaid) {
        comparator = totalSaid[1] ?? "";
        if (comparator !== "达到") kind = "count";
      }
    }
    const lead = CUMULATIVE_LEAD.exec(indicator.text);
    if (lead) indicator = trimmed(indicator.text.slice(lead[0].length), indicator.span.start + lead[0].length);
    let horizonOf: HorizonFields = inForce;
    if (year !== null) {
      horizonOf = { horizon: year, horizonSource: "text", horizonSpan: header };
      // The column's year governs the column's targets, as a 到…年 phrase governs the targets after it.
      if (!holdsHorizonAt(extraction.horizons, header.start)) extraction.horizons.push({ ...header, year, targets: [] });
    }
    extraction.targets.push({
      start,
      end: cell.end,
      kind,
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator,
      value: figure ? figure.value : null,
      valueText: figure ? figure.valueText : "",
      valueSpan: figure ? figure.valueSpan : { start: cell.start, end: cell.end },
      upper: figure ? figure.upper : null,
      unit,
      qualifier,
      sense,
      aspirational: false,
      cumulative: total || lead !== null || (figure !== null && figure.cumulative),
      blank: false,
      placeholder: figure !== null && figure.placeholder,
      unpaired: "",
      binding: row.binding,
      horizon: horizonOf.horizon,
      horizonSource: horizonOf.horizonSource,
      horizonSpan: horizonOf.horizonSpan,
      baseYear: row.base ? row.base.year : null,
      // A change row's base column is the change in the base period (万元GDP能耗下降率 | 基数 3.2),
      // not a figure the indicator starts from.
      baseValue: row.base && change === null ? row.base.figure.value : null,
      baseUnit: row.base && change === null ? row.base.figure.unit || row.unit : "",
      estimate: row.estimate && change === null && row.estimate.figure.value !== null ? { year: row.estimate.year, value: row.estimate.figure.value, unit: row.estimate.figure.unit || row.unit } : null,
      path: context.path,
      item: context.item,
      // A table with a target column states goals wherever it stands; a bare row where its section does.
      inGoals: headed || context.inGoals,
      baseline,
      source: figure ? (modelTargets.get(figure.valueSpan.start) ?? null) : null,
      whole: null,
    });
  }
}

/**
 * Whether a row with a base is an annual plan's amount of work (发布省地方标准 | 项 | 112 | ≥120
 * under 2025年完成 | 2026年目标): last year's amount beside this year's, a count as the text's
 * 全年发布…120项 is — never a stock held to its base, which read 120 as 8 more standards standing.
 * Only in an annual plan (a five-year plan's 建成…平台 | 4 | 6 says how many will stand), and only
 * on the evidence of the table: a base column that says what its year did (2025年完成), or a verb
 * of work done within the year (发布, 制修订, 培训, 检查, 抽检, 办理 …) rather than one that makes
 * what stands once made (建成, 培育, 认定: 建成…站 | 个 | 12 | 15 under 2025年底 | 2026年 is a stock).
 */
function yearsWork(context: LineContext, row: IndicatorRow, verb: string): boolean {
  return context.period?.annual === true && (row.base?.done === true || !MAKES_WHAT_STANDS.test(verb));
}


/**
 * The starts of an extraction's horizons, kept up with the list as it grows (it is only ever
 * appended to): each target cell asks whether its column's year is in it, and a table of 16,000
 * year columns asked a list of 16,000 for each of them.
 */
const horizonStarts = new WeakMap<TargetExtraction["horizons"], { seen: number; starts: Set<number> }>();

function holdsHorizonAt(horizons: TargetExtraction["horizons"], start: number): boolean {
  let known = horizonStarts.get(horizons);
  if (known === undefined) horizonStarts.set(horizons, (known = { seen: 0, starts: new Set() }));
  for (; known.seen < horizons.length; known.seen++) known.starts.add(horizons[known.seen]!.start);
  return known.starts.has(start);
}
