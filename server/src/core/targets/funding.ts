import type { Span } from "../model/types.js";
import { FREQUENCY } from "./figureWords.js";
import { trimmed } from "./indicators.js";
import { measureKind } from "./measureUnits.js";

/**
 * A sum a plan funds (保障措施: 市财政每年安排食品安全专项经费不少于3000万元, 各级财政每年投入质量提升
 * 资金不低于1亿元): the target is the sum of what is funded — 食品安全专项经费 — a year's where 每年
 * says so. Who pays (市财政, 市、县两级财政, 市政府) is no word of what is funded, as the units opening
 * a count are none of its noun (subjects.ts); how often and the funding verb are the comparator's
 * (每年安排不少于: how often before who pays or after), so that increments.ts reads the sum as a yearly one. Only a sum in money, and only
 * where what is funded is named (…经费, …资金, …基金, with a word saying which): 财政投入资金 keeps its
 * name, 投入 there naming the sum.
 */
const FUNDING_LEAD = new RegExp(
  `^(${FREQUENCY}|年均)?\\s*(?:[^，,；;。：:\\d]{0,12}?(?:财政|政府))?\\s*(${FREQUENCY}|年均)?\\s*(安排|投入|统筹|落实|列支|拨付|筹集|筹措)(?=[^，,；;。：:\\d]+(?:经费|资金|基金)$)`,
);

export interface FundedSum {
  /** What is funded, without who pays, how often and the verb. */
  noun: { text: string; span: Span };
  /** How often the sum is given (每年, 年均), or "". */
  frequency: string;
  /** The funding verb (安排, 投入 …), the comparator's. */
  verb: string;
}

/** The sum an indicator in `unit` names as funded (`indicator` starts at its span's start), or null. */
export function fundedSum(indicator: { text: string; span: Span }, unit: string): FundedSum | null {
  if (measureKind(unit) !== "money") return null;
  const lead = FUNDING_LEAD.exec(indicator.text);
  if (lead === null) return null;
  const noun = trimmed(indicator.text.slice(lead[0].length), indicator.span.start + lead[0].length);
  return noun.text === "" ? null : { noun, frequency: lead[1] ?? lead[2] ?? "", verb: lead[3]! };
}
