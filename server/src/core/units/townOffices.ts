import { RETIRED_STATION } from "./retiredStations.js";
import { madeEntry, SOURCES, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * A town's own offices and stations, as a town's plan names them with its level word and no
 * place: 镇党政办, 镇经济发展办, 镇市场监管所, 镇农业综合服务中心, 镇畜牧兽医站, 乡便民服务中心. A town
 * sets up its offices as it sees fit (党政办, 经济发展办, 社会事务办 …) and the county's bureaus keep
 * their 所 and 站 there: no list holds them, but their shape is plain — 镇 or 乡, a stem, and the
 * word of an office, a station, a centre or a school. The registry's entries are a 市's departments
 * (局, 委 …), which a town has none of: a name ending in 局 or 委 stays the registry's to judge
 * (镇市场监管局 is no town's body). 乡镇… is the kind of every town (乡镇人民政府), not an office.
 */
const TOWN_OFFICE = /^(?:镇|乡)(?!镇|村|人民政府|政府)[\u4e00-\u9fff]{1,10}?(?:办公室|办|所|站|服务中心|中心|中队|卫生院|中心小学|小学|中学|学校)$/;

export class TownOffices {
  /** The offices asked about, by name: one entry per name, as every other reader keeps. */
  private readonly offices = new Map<string, UnitEntry>();

  resolve(text: string): ResolvedUnit | null {
    if (!TOWN_OFFICE.test(text) || RETIRED_STATION.test(text)) return null;
    let entry = this.offices.get(text);
    if (entry === undefined) this.offices.set(text, (entry = madeEntry(text, "县", false, SOURCES.townOffice)));
    return { entry, canonical: entry.name, form: "canonical", place: null };
  }
}
