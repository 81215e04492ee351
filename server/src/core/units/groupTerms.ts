import type { DocumentLevel } from "./documentLevel.js";

/**
 * The group terms a plan gives tasks to, by its level (documentLevel.ts): its local governments
 * one level down, first, then its own level's departments and units concerned. No registry lists
 * a group, yet nearly every plan writes these; the editor offers them with the units, and
 * units/unknown names the local governments as the body to write where a plan writes 各地.
 */

/** The local governments a plan names as one group, by the word its units' names start with. */
const LOCAL_GOVERNMENTS: Readonly<Record<string, string>> = {
  国家: "各省、自治区、直辖市人民政府",
  省: "各设区市人民政府",
  自治区: "各设区市人民政府",
  市: "各县（市、区）人民政府",
  县: "各乡镇人民政府",
  区: "各街道办事处",
};

/** The local governments of a plan whose units' names start with `word` (a city's where the word is another). */
export function localGovernmentsOf(word: string): string {
  return LOCAL_GOVERNMENTS[word] ?? LOCAL_GOVERNMENTS["市"]!;
}

/**
 * The group terms of a plan of this level, its local governments first. A county-level city
 * (level 县, word 市) has towns below it, as a county has, and 市直 departments of its own.
 */
export function groupTermsOf({ level, word }: DocumentLevel): readonly string[] {
  if (level === "国家") return [LOCAL_GOVERNMENTS["国家"]!, "国务院有关部门"];
  const local = localGovernmentsOf(level === "县" && word === "市" ? "县" : word);
  return [local, `${word}直有关部门`, `${word}直有关单位`];
}

/**
 * Whether a group names every county-level place of a city (各县（市、区）人民政府, 各区（市）县政府,
 * 各区县市场监管局, 各县市区): a city's local governments, or their departments. In a county's or a
 * district's plan they are the plan's peers, which it assigns nothing to (units/level).
 */
export function namesCountiesAsGroup(name: string): boolean {
  return COUNTIES_GROUP.test(name);
}

/** 各, then county-level words two or more, with brackets or 、 between them or none (各区（市）县, 各县市区, 各区、县). */
const COUNTIES_GROUP = /^各[县区旗](?:[（(][县区市旗](?:、[县区市旗])*[）)]|、?[县区市旗])/;
