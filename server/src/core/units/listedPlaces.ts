import { isListedDistrict, municipalityOfDistrict } from "./districts.js";
import { mayBeProvince } from "./names.js";
import { isPrefectureCity } from "./prefectures.js";

/**
 * Whether the gazetteers list a place by this name: a province, a prefecture-level city, a
 * district, county or county-level city by its stem or in full (`districts.json`), a 直辖市's
 * district (赣州, 景德镇, 章贡, 新会, 江西, 嘉定). What they list is a place whatever its last
 * character says: 景德镇 is a city, not a 镇 of a place 景德, and 新会's 会 is no committee's.
 */
export function isListedPlace(place: string): boolean {
  return isPrefectureCity(place) || isListedDistrict(place) || mayBeProvince(place) || municipalityOfDistrict(place) !== null;
}
