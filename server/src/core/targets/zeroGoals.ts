import type { PlanTarget } from "./types.js";
import { type ClauseReading, noFigure } from "./clauseReadings.js";
import { trimmed } from "./indicators.js";
import { sectorWordsOfTitle } from "../sectors/sectors.js";

/**
 * A goal of none said in words or with a bare 0 — 重大质量安全事故0起, 食品安全事故零发生,
 * 确保不发生区域性、系统性重大质量安全事件, 实现零事故 — read as what it is: a level of 0 events, a
 * ceiling (sense down: nothing is fewer than none), in the events' unit (起), as a table's row
 * `重大质量安全事故 | 起 | 0` and `控制在0起` are read. Only events are held to none (事故, 事件,
 * 疫情): `不发生系统性风险` names no thing counted.
 *
 * Policy: a goal of none is set in the goals only (`zero`: placeFromText drops it elsewhere, as
 * it drops a count with no verb — a task's 确保不发生… is a bottom line of the work, no target).
 * Where the plan reports (发展基础, 截至…), it is the level its indicator stood at, a baseline;
 * 未发生 and 未出现 say what did not happen and are reported wherever they stand, never a goal.
 */

/** The events a goal of none holds to none: what is tallied in 起. */
const EVENT = "(?:事故|事件|疫情)(?:起数)?";
/**
 * Words before a goal of none that are no word of its indicator: the scope, and how firmly it is
 * held, in either order (全年确保…, 确保全年不发生…). The scope is a time or a place — the plan's
 * area said with 内 (园区内, 全市范围内, 辖区内: where none is to happen, as 全市 says it), 内
 * required where the place's word could open the events' own (区域性重大…事件).
 */
const PLACE_WITHIN = "(?:全[市县区省州盟旗]|[市县区省州]域|园区|开发区|高新区|辖区|区域|本[市县区])(?:范围)?内";
const LEAD = `(?:${PLACE_WITHIN}|全[市县区省州盟旗]|全年|年内|各地|确保|坚决|严防|力争|争取|努力|持续|继续|实现|保持)*`;
/** 不发生X, 杜绝X, 未发生X: the words saying none, and what none is of. */
const NONE_OCCURS = new RegExp(`^${LEAD}(不发生|不出现|杜绝发生|杜绝|未发生|未出现)(.{2,40}?${EVENT})$`);
/** X0起, X零发生, X为零, X起数为0: what none is of, and the words saying none. */
const NONE_OF = new RegExp(`^${LEAD}(.{2,40}?${EVENT})\\s*((?:保持为|控制为|为)?\\s*(?:0|零)\\s*(?:起|例|件)?(?:发生)?)$`);
/**
 * 零事故, 零重大质量安全事故, 特种设备零事故, 食品安全“零事故”: none before what it is of, the field
 * it is of said before 零 or not. Groups: the field, 零, the events. One goal of a list of them
 * (食品安全零事故、特种设备零事故) per piece: neither part crosses a 、 or another 零.
 */
const NONE_BEFORE = new RegExp(`^${LEAD}([^、零，,]{0,20}?)[“"‘]?(零)([^、零”"’]{0,30}?${EVENT})[”"’]?$`, "d");
/** An event named by its word alone (事故, 事件): what kind the plan's field says (bareEventName). */
export const BARE_EVENT = /^(?:事故|事件|疫情)$/;
/** A piece of a list that names an event in full (重大食品安全事故). */
const ENDS_ON_EVENT = new RegExp(`${EVENT}$`);
/** Words that report what did not happen: a baseline, not a goal. */
const REPORTED = /^未/;

/** The goal of none a clause states (its text `clause` at `start` of `text`), else null. */
export function readZeroGoal(text: string, start: number, end: number, clause: string): ClauseReading[] | null {
  // One test that nearly every clause fails: none is said by 0, 零, 不 or 杜绝, of an event.
  if (!/事故|事件|疫情/.test(clause)) return null;
  const occurs = NONE_OCCURS.exec(clause);
  if (occurs) return readings(text, start, end, clause, occurs.index + clause.length - occurs[1]!.length - occurs[2]!.length, occurs[1]!, occurs[2]!, "words-first");
  const of = NONE_OF.exec(clause);
  if (of) return readings(text, start, end, clause, clause.length - of[1]!.length - of[2]!.length, of[2]!, of[1]!, "figure-after");
  const before = NONE_BEFORE.exec(clause);
  if (before) return [fieldBeforeNone(text, start, end, clause, before)];
  // 食品安全零事故、特种设备零事故: each piece a goal of none of its own field, or none of them is one.
  if (!clause.includes("、")) return null;
  const found: ClauseReading[] = [];
  let at = 0;
  for (const piece of clause.split("、")) {
    const match = NONE_BEFORE.exec(piece);
    if (match === null) return null;
    found.push(fieldBeforeNone(text, start + at, start + at + piece.length, piece, match));
    at += piece.length + 1;
  }
  return found;
}

/**
 * The goal of none NONE_BEFORE reads (`match` of `clause`, at `start` of `text`): its indicator the
 * field said before 零 and the events after it, as a table names the row (特种设备零事故 →
 * 特种设备事故, 零重大质量安全事故 → 重大质量安全事故).
 */
function fieldBeforeNone(text: string, start: number, end: number, clause: string, match: RegExpExecArray): ClauseReading {
  const [, field, none, events] = match as unknown as [string, string, string, string];
  const reading = readings(text, start, end, clause, match.indices![2]![0], none, events, "words-first")[0]!;
  const ownField = trimmed(field, 0);
  if (ownField.text) {
    const fieldAt = start + match.indices![1]![0] + ownField.span.start;
    reading.indicator = ownField.text + reading.indicator;
    reading.indicatorSpan = { start: fieldAt, end: reading.indicatorSpan!.end };
    reading.start = Math.min(reading.start, fieldAt);
  }
  return reading;
}

/**
 * The name of events a goal of none gives by their word alone (实现零事故: 事故), as a reviewer writes
 * the row — of the field the plan's title names: a 特种设备安全 plan's 特种设备安全事故, a 食品安全
 * plan's 食品安全事故, a plan on quality's 质量安全事故 (the outline's word), else 安全事故. 事故 alone
 * names no indicator a table or a parent has. `title` is the plan's.
 */
export function bareEventName(event: string, title: string | null | undefined): string {
  const fieldWords = sectorWordsOfTitle(title);
  if (fieldWords.size === 1) {
    const [word] = fieldWords.values();
    return /安全$/.test(word!) ? `${word}${event}` : `${word}安全${event}`;
  }
  return title && title.includes("质量") ? `质量安全${event}` : `安全${event}`;
}
/**
 * One reading per event named: a list of events each named in full (不发生重大食品安全事故、重大
 * 特种设备安全事故) is one goal each; words before an event joined by 、 (区域性、系统性重大质量安全
 * 事件) qualify one class of events, one goal.
 */
function readings(text: string, start: number, end: number, clause: string, at: number, none: string, events: string, order: "words-first" | "figure-after"): ClauseReading[] {
  const noneAt = order === "words-first" ? at : at + events.length;
  const eventsAt = order === "words-first" ? at + none.length : at;
  const pieces = events.split("、");
  const eachNamed = pieces.length > 1 && pieces.every((piece) => ENDS_ON_EVENT.test(piece));
  const names = eachNamed ? pieces : [events];
  const noneWords = none.trim();
  const noneStart = start + noneAt + none.indexOf(noneWords);
  const written = /[0零]/.exec(noneWords);
  const unit = /[起例件]/.exec(noneWords.slice(written ? written.index : 0));
  const found: ClauseReading[] = [];
  let offset = start + eventsAt;
  for (const name of names) {
    const indicator = trimmed(name, offset);
    offset += name.length + 1;
    if (!indicator.text) continue;
    const reading: ClauseReading = {
      ...noFigure(clause),
      start: Math.min(indicator.span.start, noneStart),
      end,
      kind: "level",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      // As written: 不发生, 杜绝, 零发生, 为零; a bare 0起 has none of its own, as a table's 0 has none.
      comparator: order === "figure-after" ? noneWords.replace(/\s+/g, "").replace(/^(?:0|零)(?:起|例|件)?$/, "") : noneWords,
      value: 0,
      // The figure none is: 0 however it is said (零, 不发生), as a reader writes it.
      valueText: "0",
      valueSpan: written ? { start: noneStart + written.index, end: noneStart + written.index + 1 } : { start: noneStart, end: noneStart + noneWords.length },
      unit: unit ? unit[0] : "起",
      sense: "down",
      zero: true,
    };
    if (REPORTED.test(noneWords)) reading.reported = true;
    found.push(reading);
  }
  return found;
}

/** Whether a target holds its indicator to none (a ceiling of 0): a bottom line every year, with no year to reach. */
export function holdsToNone(target: Pick<PlanTarget, "kind" | "value" | "sense" | "upper">): boolean {
  return target.kind === "level" && target.value === 0 && target.upper === null && target.sense === "down";
}
