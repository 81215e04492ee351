import type { Span } from "../model/types.js";
import type { PlanTarget } from "./types.js";
import { ASPIRATIONAL } from "./figureWords.js";

/**
 * What one clause of text says of a target before it is placed in the plan (`ClauseReading`),
 * and the fields of a reading that states no figure.
 */

/**
 * A count or a direction a text run states, before it is placed: its offsets count from the
 * start of the run, and what depends on where the run stands (horizon, item, goals section) is
 * added by `placeFromText`. A count without a verb (`comparator` "") counts only in the goals section.
 */
export type ClauseReading = Pick<PlanTarget, "start" | "end" | "kind" | "indicator" | "indicatorSpan" | "comparator" | "value" | "valueText" | "valueSpan" | "upper" | "unit" | "qualifier" | "sense" | "aspirational" | "cumulative"> & {
  /** A count whose figure was left out, a gap of spaces before its unit (`新增认证企业 家`): targets/blank's. */
  blank?: true;
  /** A count of what was done already (已服务企业200家): the plan's starting point, a baseline (PlanTarget.baseline). */
  reported?: true;
  /**
   * A figure stated to be what there is (现有检验检测机构326家, 共有注册计量师420名, 合格率为96.2%):
   * no goal's comparator. Where the plan reports it is a level of its indicator (PlanTarget.baseline);
   * elsewhere a count so stated is one with no verb, and a level so stated (为) is none.
   */
  stated?: true;
  /** The year a figure stated with 为 names (合格率2020年为84.5): what stood then, no goal of a later horizon. */
  statedYear?: number;
  /** A goal of none said in words or with a bare 0 (targets/zeroGoals.ts): set in the goals only, a baseline where the plan reports. */
  zero?: true;
  /** A qualitative goal, a first one won or a gap filled (targets/qualitativeGoals.ts): set in the goals only. */
  qualitative?: true;
  /**
   * The year a count given 分别 after its years is for (2024年、2025年、2026年分别新增…5家、8家、10家:
   * 8家 is 2025's), and where that year is written: the count's horizon, as a rate's figures take
   * theirs (modelTargets.ts respectiveYears).
   */
  ownYear?: { year: number; span: Span };
  /**
   * A year before the count's verb and its noun (`2026年建成放心消费示范街区3个`), the verb still a
   * word of the indicator: the count's year, with its verb the comparator and the noun after it
   * (`noun`) the indicator, where the year is of the plan's period — which only the placing knows
   * (countReadings.ts countOfItsYear); a report's year before it, the reading as it stands.
   */
  yearOfCount?: { year: number; span: Span; verb: string; noun: Span };
  /** A count read only as its year's (figure first after a bare year, `2027年完成8个…`): none where yearOfCount is not of the plan's period. */
  onlyOfItsYear?: true;
  /**
   * The base year of a count given 分别 after its bases (较2022年、2023年分别新增…15家、10家: 10家 is
   * what is added since 2023): PlanTarget.baseYear, the horizon the sentence's.
   */
  baseYear?: number;
  /**
   * The figures after a count given 分别 with one noun and no years of its own clause (…，分别培育
   * 省级专精特新企业20家、30家): each for a year the sentence opens on (到2026年、2027年，…), paired
   * with them in placeFromText where they are as many; else shown as `unpaired`. Offsets from the run.
   */
  respectiveFigures?: Array<Pick<PlanTarget, "value" | "valueText" | "valueSpan" | "unit" | "qualifier" | "start" | "end">>;
  /**
   * Where the count starts whose verb this one goes on with after a comma (新建…基地2个，服务站10个),
   * offsets from the run: its horizon is that count's, so that a year dating the first clause
   * (力争2027年建成…) dates the list going on.
   */
  goesOnFrom?: number;
  /** Figures written after the count's own with no noun of their own (培育企业5家、10家: `10家`): PlanTarget.unpaired. */
  unpaired?: string;
};

/** The fields of a reading with no figure (a direction), and whether the clause strives (力争). */
export function noFigure(clause: string): Pick<ClauseReading, "value" | "valueText" | "valueSpan" | "upper" | "unit" | "qualifier" | "sense" | "aspirational" | "cumulative"> {
  return { value: null, valueText: "", valueSpan: null, upper: null, unit: "", qualifier: "", sense: "up", aspirational: ASPIRATIONAL.test(clause), cumulative: false };
}
