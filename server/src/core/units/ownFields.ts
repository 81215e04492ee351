import { hanLengthAt } from "../punct/chars.js";
import { ENTERPRISE_WORD, INSTITUTION_WORD } from "./placeNames.js";
import type { RegistryView } from "./registryEntries.js";

/** A group's or a pointer's words (各, 有关, 相关, 本, 该), which no field of work holds; an enterprise's are placeNames' ENTERPRISE_WORD. */
const GROUP_WORD = /^[各本该]|有关|相关/;

/**
 * The fewest and most characters a field is named by (港航, 文化, 道路运输, 畜牧兽医, 林业和草原, 数字经济产业);
 * an institution's field may be longer (农产品质量安全检测中心, 建设工程质量安全…: `INSTITUTION_FIELD_MAX`).
 */
const FIELD_LENGTHS = { min: 2, max: 8 } as const;

/** The most characters an institution's field takes (fieldInstitutions.ts: 农产品质量安全, 水利水电工程质量). */
export const INSTITUTION_FIELD_MAX = 10;

/**
 * Whether `field`, after the level word `word`, is words of a field of its own, as the bodies named
 * by their field are (kindNamedZones.ts: 区文化产业园; fieldInstitutions.ts: 省道路运输事业发展中心,
 * 市农产品质量安全检测中心): two to `max` (eight unless said) Han characters, no body's word (区市场监管局产业园, two names run together), no
 * enterprise's or group's word, and not itself a unit's name with the level word.
 */
export function isOwnField(registry: RegistryView, word: string, field: string, max: number = FIELD_LENGTHS.max): boolean {
  if (!isHanWords(field, max)) return false;
  return !INSTITUTION_WORD.test(field) && !ENTERPRISE_WORD.test(field) && !GROUP_WORD.test(field) && !registry.namesUnit(word + field);
}

/**
 * Whether a field is FIELD_LENGTHS.min to `max` Han characters and nothing else: those of the
 * extensions too (punct/chars hanLengthAt), each one character however many code units it takes.
 */
function isHanWords(field: string, max: number): boolean {
  let characters = 0;
  for (let at = 0; at < field.length; characters++) {
    const length = hanLengthAt(field, at);
    if (length === 0) return false;
    at += length;
  }
  return characters >= FIELD_LENGTHS.min && characters <= max;
}
