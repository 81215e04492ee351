import table from "./prefectures.json";

/**
 * The prefecture-level cities and the municipalities (`prefectures.json`, by name without 市;
 * keys that start with _ are the file's notes, which say what is unconfirmed): a place is known to
 * be a city of its own, not a county-level city or a part of town, only where it is listed here.
 */
let cities: ReadonlySet<string> | null = null;

/** Whether `place` (赣州, or 赣州市) is a listed prefecture-level city or municipality. */
export function isPrefectureCity(place: string): boolean {
  cities ??= new Set(Object.entries(table as Record<string, string[]>).flatMap(([key, names]) => (key.startsWith("_") ? [] : names)));
  return cities.has(place.endsWith("市") && place.length > 2 ? place.slice(0, -1) : place);
}

/** Whether `city` (成都, or 成都市) is one of the listed cities of `province` (四川). */
export function isCityOfProvince(city: string, province: string): boolean {
  const listed = (table as Record<string, string[]>)[province];
  return listed !== undefined && listed.includes(city.endsWith("市") && city.length > 2 ? city.slice(0, -1) : city);
}
