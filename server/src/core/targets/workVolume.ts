import { spanOfTarget } from "./increments.js";
import { canonicalUnit, countsDoings } from "./measureUnits.js";
import { normalizeIndicator } from "./synonyms.js";
import type { PlanTarget } from "./types.js";

/**
 * A year's amount of work, however it is read. An annual plan states the work of its year as a
 * count in its text (`全年完成食品安全监督抽检3200批次`, `培训企业质量管理人员5000人次`) and as a
 * level in its 主要指标 table (`食品安全监督抽检 | 批次 | 3000 | 3200`: beside last year's amount,
 * the year's): one indicator, read as a count in one place and a level in the other. Only in a
 * unit that tallies doings (批次, 人次, 家次, 场次 …: nothing stands in 批次, so a level in one is how
 * much is done, never a stock), and only where a count is one year's: in an annual plan, not a
 * total (累计), not what each period adds (每季度检查…1次), not something new (新增). A count of
 * things made (培育品牌10个) beside a table's stock (品牌 | 个 | 50 | 60) is another work, never this.
 * A count states the plan's whole amount in its goals only: a task's count is the share of whoever
 * does that task (组织专家团队服务企业1000家次 beside the stations' 服务企业3000家次), no second
 * statement of the year's amount.
 */

/**
 * The names (normalised) under which a target states its year's amount of work, or none. A table
 * names the work with its verb where the text puts the verb apart (培训企业质量管理人员 |人次 and
 * 培训 + 企业质量管理人员), before or after the noun, or with 量 (监督抽检量): each is one name of it.
 */
export function workVolumeNames(target: PlanTarget, annual: boolean): string[] {
  if (!annual || target.value === null || !target.indicator || target.cumulative) return [];
  if (!countsDoings(canonicalUnit(target.unit))) return [];
  if (target.kind === "level") return spanOfTarget(target) === "level" ? [normalizeIndicator(target.indicator)] : [];
  if (target.kind !== "count" || !target.inGoals || spanOfTarget(target) !== "increment" || target.comparator.startsWith("新")) return [];
  const name = normalizeIndicator(target.indicator);
  const verb = normalizeIndicator(target.comparator);
  // A short noun is shown with its verb (完成快检: indicatorName.ts); the noun alone is a name too.
  const noun = verb && name.startsWith(verb) && name.length > verb.length ? name.slice(verb.length) : name;
  const written = verb ? [noun, verb + noun, noun + verb] : [noun];
  return [...written, ...written.map((name) => `${name}量`)];
}
