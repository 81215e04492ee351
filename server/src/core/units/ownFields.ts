import { INSTITUTION_WORD } from "./placeNames.js";
import type { RegistryView } from "./registryEntries.js";

/** Words an industry or a field of work never holds: an enterprise's (江铜集团), a group's or a pointer's (各, 有关, 相关, 本, 该). */
export const NOT_AN_INDUSTRY = /公司|集团|银行|股份|有限|^[各本该]|有关|相关/;

/**
 * Whether `field`, after the level word `word`, is words of a field of its own, as the bodies named
 * by their field are (kindNamedZones.ts: 区文化产业园; developmentCentres.ts: 省道路运输事业发展中心):
 * no body's word (区市场监管局产业园, two names run together), no enterprise's or group's word, and
 * not itself a unit's name with the level word.
 */
export function isOwnField(registry: RegistryView, word: string, field: string): boolean {
  return !INSTITUTION_WORD.test(field) && !NOT_AN_INDUSTRY.test(field) && !registry.namesUnit(word + field);
}
