import { normalizeUnitName } from "./names.js";
import type { UnitForm } from "./registry.js";

/** How often a plan writes one writing of a unit, and what form of the unit's names it is (null: not a registry name). */
export interface Writing {
  count: number;
  form: UnitForm | null;
}

export type WritingReason = "规范名称" | "全称" | "本文多用的写法";

/**
 * The writing a unit the plan writes several ways goes under, among those the plan uses: its
 * canonical name, else its full name (中国人民银行抚州市分行 is as right as the canonical
 * 人民银行抚州市分行, and must not become a third form), else the plan's most frequent writing
 * (the first written on a tie). units/alias unifies to it; the unit report lists the unit under it.
 */
export function preferredWriting(canonical: string, writings: ReadonlyMap<string, Writing>): { name: string; why: WritingReason } {
  const normalized = normalizeUnitName(canonical);
  let full: string | null = null;
  let most: string | null = null;
  for (const [text, writing] of writings) {
    if (normalizeUnitName(text) === normalized) return { name: canonical, why: "规范名称" };
    if (full === null && writing.form === "fullName") full = text;
    if (most === null || writing.count > writings.get(most)!.count) most = text;
  }
  if (full !== null) return { name: full, why: "全称" };
  return { name: most ?? canonical, why: "本文多用的写法" };
}
