import { hasPlaceForm } from "./placeNames.js";
import { SOURCES, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * A customs' office at a place of its area (南昌海关驻高新区办事处, 杭州海关驻义乌办事处): a customs
 * sets up 办事处 where a zone, an airport or a county has trade, under its own name, so the office
 * is named after the customs and the place it is stationed at. It is run from above as the customs
 * is (a vertical body: 驻区各单位 reach it, 区直各部门 do not). Nothing lists these offices; a name
 * is one where what comes before 驻 is a customs the registry knows (××海关) and what comes after it
 * a place or a zone, no body's name. Plans leave the 驻 out as often (成都海关南充办事处): the
 * same office, written with it.
 */
const CUSTOMS_OFFICE = /^([\u4e00-\u9fff]{2,10}?海关)驻?([\u4e00-\u9fff]{2,8})办事处$/;

/** A place said, not named (各园区, 本区, 有关县区): no office is stationed at it. */
const NO_PLACE_NAMED = /^(?:各|本|全|该|有关|相关)/;

/** The one entry every office is of, its slots the customs' place and the office's. */
const OFFICE: UnitEntry = {
  name: "××海关驻××办事处",
  aliases: [],
  fullName: null,
  level: "市",
  builtin: true,
  origin: null,
  pattern: true,
  constituent: false,
  levels: null,
  vertical: true,
  base: null,
  source: SOURCES.builtin,
};

/** The office a name is, written with its customs' canonical name (赣州市海关驻南康办事处 is 赣州海关驻南康办事处), or null. */
export function resolveCustomsOffice(text: string, registry: RegistryView): ResolvedUnit | null {
  const match = CUSTOMS_OFFICE.exec(text);
  if (match === null) return null;
  const customs = registry.resolve(match[1]!);
  if (customs === null || !customs.entry.vertical || !customs.entry.name.endsWith("海关") || !hasPlaceForm(match[2]!) || NO_PLACE_NAMED.test(match[2]!) || registry.namesUnit(match[2]!)) return null;
  const canonical = `${customs.canonical}驻${match[2]!}办事处`;
  return { entry: OFFICE, canonical, form: canonical === text ? "canonical" : "alias", place: customs.place };
}
