import { COUNT_VERB, FREQUENCY_LEAD, countVerbOf } from "./figureWords.js";
import type { PlanTarget } from "./types.js";

/**
 * A figure per head is named as the national indicators name theirs: the head count opens the
 * indicator (每万人口高价值发明专利拥有量 | 12件), and the unit is what is counted. A drafter may write
 * the head count with the figure instead (食品抽检量达到每千人5批次, 5批次/千人: extract.ts reads
 * the unit 批次/千人); read so, the target was no indicator a parent or the plan's other statements
 * name (每千人口食品抽检量达到5批次), and was compared with none. The indicator's span stays where
 * the plan names the measure.
 */
export function namePerHead(target: PlanTarget): void {
  const unit = target.unit;
  // Nearly every unit holds no head count: one look for its 人 (人次 and 万人 are no head counts).
  if (!unit.endsWith("人") && !unit.endsWith("人口")) return;
  const match = PER_HEAD_UNIT.exec(unit);
  if (match === null || target.indicator === "" || target.indicator.startsWith("每")) return;
  withoutVerbOfMeasure(target);
  target.indicator = `每${match[2]}${target.indicator}`;
  target.unit = match[1]!;
  // The figure it starts from, in the same unit (a table's 基数 4.2 | 批次/千人), is per the same heads.
  if (target.baseUnit === unit) target.baseUnit = match[1]!;
}

/**
 * A count's verb opening the measure (每年完成食品抽检不少于4批次/千人): the level's, as a figure per
 * head read from the text has it (countReadings.ts perHeadReading: 全年完成食品安全监督抽检4批次/千人 is
 * 每千人食品安全监督抽检 | 完成), so that one measure has one name — the verb after how often in the
 * comparator (每年完成不少于), no word of the measure.
 */
function withoutVerbOfMeasure(target: PlanTarget): void {
  const verb = COUNT_VERB.exec(target.indicator);
  if (verb === null || verb[0].length >= target.indicator.length) return;
  const cut = verb[0].length;
  target.indicator = target.indicator.slice(cut);
  if (target.indicatorSpan !== null) target.indicatorSpan = { start: Math.min(target.indicatorSpan.start + cut, target.indicatorSpan.end), end: target.indicatorSpan.end };
  const often = FREQUENCY_LEAD.exec(target.comparator)?.[0] ?? "";
  target.comparator = often + countVerbOf(verb[0]) + target.comparator.slice(often.length);
}

/** A unit per so many people: what is counted, then / (or 每) and the head count. Groups: the measure, the head count. */
const PER_HEAD_UNIT = /^(.+?)[/／每]((?:十万|[十百千万])?人口?)$/;
