import type { PlanDocument } from "../model/types.js";
import { levelOfName, type UnitLevel } from "./names.js";

const LEVELS: readonly UnitLevel[] = ["国家", "省", "市", "县"];

/**
 * The administrative level of a plan's responsible units: the front matter's 层级 when it says
 * one, else the level most of its unit names carry (`省发改委` … in a provincial plan), else 市,
 * the level the built-in registry is for.
 */
export function documentUnitLevel(plan: PlanDocument): UnitLevel {
  const declared = plan.metadata.level;
  const fromFrontMatter = declared ? LEVELS.find((level) => declared.startsWith(level)) : undefined;
  if (fromFrontMatter) return fromFrontMatter;
  const counts = new Map<UnitLevel, number>();
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      const level = levelOfName(unit.text);
      if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  }
  let best: UnitLevel = "市";
  for (const [level, count] of counts) if (count > (counts.get(best) ?? 0)) best = level;
  return best;
}

/**
 * The city a plan is for, from its issuer or title (赣州市人民政府 → 赣州), to fill the `××` of a
 * registry entry's full name (××市市场监督管理局 → 赣州市市场监督管理局); null when neither says.
 */
export function documentCity(plan: PlanDocument): string | null {
  for (const source of [plan.metadata.issuer, plan.metadata.title]) {
    const match = source ? /^(?:中共)?([\u4e00-\u9fff]{2,4}?)市/.exec(source) : null;
    if (match) return match[1]!;
  }
  return null;
}
