import type { UnitLevel } from "./names.js";

/**
 * Which word a body written bare (no place) with `written` was meant with, where a level has more
 * than one word and the plan's says the written one names none of its bodies. A 盟's or a 州's
 * plan writes its own bodies with 盟 or 州: it has no 市 bodies (its county-level cities' are
 * named with their place), so 市市场监督管理局 in 兴安盟's plan is a city template's word left
 * standing. A 旗's plan writes 旗, a 县's 县 and a county-level city's 市 (仙桃市, 省直管 or not),
 * none of them a 县's or a 旗's body of another county without its place. A 县's or a 旗's plan
 * under a 盟 or a 州 (its names say so: documentLevel.ts `levelAboveWord`) writes that
 * prefecture's bodies with its word, and names no 市 body either: the plan's own body or the
 * prefecture's was meant. A 区's plan names no 县's or 旗's body without its place either (a
 * district has no county; 县农业农村局 there is a county template's word left standing), but it
 * names its city's bodies with 市 (a district is a city's, beside its zones): only the county words
 * are its slips. The words come in the order to offer them, the plan's own first; none where the
 * written word is one the plan's bodies may bear.
 */
export function wordsMeantFor(written: string, level: UnitLevel, word: string, above: string | null): readonly string[] {
  if (level === "市") return written === "市" && PREFECTURE_WORDS.has(word) ? [word] : NONE;
  if (level !== "县" || !(COUNTY_WORDS.has(word) || word === "市" || word === "区")) return NONE;
  if (COUNTY_WORDS.has(written)) return written === word ? NONE : [word];
  if (word === "区") return NONE;
  return written === "市" && word !== "市" && above !== null && PREFECTURE_WORDS.has(above) ? [word, above] : NONE;
}

/** The prefectures that are no 市: the 盟 of 内蒙古 and the autonomous 州. */
const PREFECTURE_WORDS: ReadonlySet<string> = new Set(["盟", "州"]);
/** The counties' own two words; 区 is a city's district, and a county-level city writes 市. */
const COUNTY_WORDS: ReadonlySet<string> = new Set(["县", "旗"]);
const NONE: readonly string[] = [];
