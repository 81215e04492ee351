import { isCityOfProvince } from "./prefectures.js";

/**
 * Which grid serves a place. 国家电网 serves every province but five: 广东, 广西, 云南, 贵州 and
 * 海南 are 中国南方电网's, whose province companies are 广东电网有限责任公司 and the like and whose
 * city branches are 供电局 (佛山供电局). So 国网广东省电力公司 or 国网佛山供电公司 names a company
 * that does not exist, however well it fits the 国网's patterns: the registry does not read it, and
 * units/unknown says which body is meant. Places are read at the province's and the listed
 * prefectures' level (prefectures.json, unconfirmed); a county is not placed.
 */
const SOUTHERN_GRID_PROVINCES: readonly string[] = ["广东", "广西", "云南", "贵州", "海南"];

/** A province's or an autonomous region's level word at a place's end (广东省, 广西壮族自治区), or a city's. */
const PLACE_END = /(?:省|壮族自治区|自治区|市)$/;

/** The province of the southern grid a place is, or is a city of (广东 of 广东省 and of 佛山); null elsewhere. */
export function southernGridProvinceOf(place: string): string | null {
  const bare = place.length > 2 ? place.replace(PLACE_END, "") : place;
  for (const province of SOUTHERN_GRID_PROVINCES) if (bare === province || isCityOfProvince(bare, province)) return province;
  return null;
}

/** Whether an entry is the 国家电网's (国网××供电公司, 国网××省电力有限公司): the grid's own word opens it. */
export function isStateGridEntry(name: string): boolean {
  return name.startsWith("国网") || name.startsWith("国家电网");
}

/**
 * The southern grid's body a 国网 name at a place of its means: the province's company
 * (广东电网有限责任公司) for the province, the city's 供电局 (佛山供电局) for a city; null for a place
 * the southern grid does not serve.
 */
export function southernGridBodyFor(place: string): string | null {
  const province = southernGridProvinceOf(place);
  if (province === null) return null;
  const bare = place.length > 2 ? place.replace(PLACE_END, "") : place;
  return bare === province ? `${province}电网有限责任公司` : `${bare}供电局`;
}

/** A 国网 company's name, its place caught: the province's (国网广东省电力有限公司) or a place's 供电公司 (国网佛山供电公司). */
const STATE_GRID_NAME = /^(?:国网|国家电网(?:有限公司)?)([\u4e00-\u9fff]{2,8}?)(?:电力(?:有限)?公司|供电(?:分)?公司)$/;

/** For a 国网 company's name at a place the southern grid serves, the body meant (southernGridBodyFor); else null. */
export function southernGridBodyMeant(name: string): { place: string; province: string; meant: string } | null {
  const place = STATE_GRID_NAME.exec(name)?.[1];
  if (place === undefined) return null;
  const province = southernGridProvinceOf(place);
  const meant = southernGridBodyFor(place);
  return province === null || meant === null ? null : { place, province, meant };
}
