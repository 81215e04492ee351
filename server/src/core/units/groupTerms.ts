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

/** The levels of the places a group of local governments names, the province's above the town's. */
export type PlacesLevel = "省" | "市" | "县" | "镇";

/** How high each level of places stands: a group names a plan's peers at its own rank, and above them higher. */
export const PLACES_RANK: Readonly<Record<PlacesLevel, number>> = { 省: 3, 市: 2, 县: 1, 镇: 0 };

/** The places a group of each level names, as a message writes them (各县（市、区）, and 同级的县（市、区）without 各). */
export const PLACES_OF_GROUP: Readonly<Record<PlacesLevel, string>> = { 省: "省（自治区、直辖市）", 市: "设区市", 县: "县（市、区）", 镇: "乡镇" };

/**
 * The level of the places a group names, where it names every place of one level — their
 * governments or their departments: a country's provinces (各省、自治区、直辖市), a province's
 * cities (各设区市人民政府, 各市（州）, 各市、州市场监管局), a city's counties (各县（市、区）人民政府,
 * 各区（市）县政府, 各区县市场监管局, 各县市区), a county's towns (各乡镇人民政府, 各镇（乡）). A plan of
 * that level or below names no such group: its peers or the places above it (units/level). Null
 * for any other name; a bare 各市 (a province's cities, or a city's county-level cities) says no
 * level for certain.
 */
export function placesGroupLevel(name: string): PlacesLevel | null {
  // Every group opens with 各: one code unit tells the rest of the names.
  if (name.charCodeAt(0) !== EACH) return null;
  if (COUNTIES_GROUP.test(name)) return "县";
  if (CITIES_GROUP.test(name)) return "市";
  if (TOWNS_GROUP.test(name)) return "镇";
  if (PROVINCES_GROUP.test(name)) return "省";
  return null;
}

const EACH = "各".charCodeAt(0);
/** 各, then county-level words two or more, with brackets or 、 between them or none (各区（市）县, 各县市区, 各区、县). */
const COUNTIES_GROUP = /^各[县区旗](?:[（(][县区市旗](?:、[县区市旗])*[）)]|、?[县区市旗])/;
/** A province's cities and prefectures: 各设区市, 各设区的市, 各地级市, 各省辖市, 各地市, 各市（州）, 各市州, 各市、州, 各市（盟）. */
const CITIES_GROUP = /^各(?:设区的?市|地级市|省辖市|地市|市(?:[（(][州盟][）)]|、?[州盟]))/;
/** A county's towns: 各乡镇, 各乡（镇）, 各镇（乡）, 各镇街, 各镇, 各乡 — not 各乡村 or 各镇村, the villages. */
const TOWNS_GROUP = /^各(?:乡镇|乡[（(]镇[）)]|镇[（(]乡[）)]|[乡镇](?!村))/;
/** A country's provinces: 各省（自治区、直辖市）, 各省区市, and 各省 alone (the clause reads 各省、自治区、直辖市 as three names). */
const PROVINCES_GROUP = /^各省(?:$|[、（(]自治区|区市)/;
