import { ZONE_ISSUER } from "../model/zoneTitle.js";
import { BODY_NAME_END, leadingLevelWord } from "./names.js";
import { nearestUnitNames } from "./nearest.js";
import { madeEntry, SOURCES, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";
import type { UnitRegistry } from "./registry.js";
import type { Zones } from "./zones.js";

/**
 * A development zone's own department named after the zone, as the plan of the government that
 * set the zone up names it: 赣州经开区经济发展局, 蓉江新区社会事业局, 高新区管委会经济发展局 and
 * 天府新区成都管委会公园城市建设局 in a city's plan. A zone's 管委会 sets up bodies no government
 * has (zone-bodies.json: 经发局, 社会事业局 …) and names the others as it likes (科技创新局,
 * 公园城市建设局); a city's plan tasks them by the zone's name and the body's. Only the zone's own
 * plan reads its bodies without the zone (zones.ts); elsewhere a name is read here when it is
 *
 * - a zone the registry knows (zones.ts `zoneNamed`: by its place, a level word or alone, with or
 *   without its 管委会), or such a zone's 管委会 for one of its parts (天府新区成都管委会: the
 *   zone, a place, 管委会), the longest such front of the name; then
 * - a department: a zone's body or a district's (区经发局 of 经济发展局, 区财政局 of 财政局), or a
 *   name shaped as a body's (names.ts `BODY_NAME_END`: …局, …办, …中心, …委员会, …部) that is no
 *   near miss of one (经济发屏局 is 经济发展局 mistyped, as units/unknown says) and no unit's name of
 *   its own (a second unit run on after the zone is units/run-together's).
 *
 * The unit is the department of the 区 level with the zone as its place (赣州经开 of 赣州经开区): the
 * zone's body is told from the city's and from another zone's, as a district's is (identity.ts).
 * A misspelt zone (赣州经开去) or department word (经济发展居) is read as no unit.
 */

/** What a zone's name ends with before its department: 区 (高新区, 新区), 园 (××工业园), 会 (管委会). */
const QU = 0x533a;
const YUAN = 0x56ed;
const HUI = 0x4f1a;
/**
 * A department's name is of Chinese characters only: a bracket after a zone lists its parts
 * (开发区（投资区、高新区）管委会: registry.ts resolveWithPartsListed), one after a department is its
 * second name (isKnown), neither a department's.
 */
const DEPARTMENT_CHARACTERS = /^[\u4e00-\u9fff]+$/;
/** A department's name has a word before its body word (经发局, 招商中心); 局 alone is none. */
const SHORTEST_DEPARTMENT = 3;
const NONE_USED: ReadonlySet<string> = new Set();

export class ZoneDepartments {
  /** The departments read by their shape, one entry per name (区公园城市建设局), made once. */
  private readonly shaped = new Map<string, UnitEntry>();

  constructor(
    private readonly zones: Zones,
    private readonly registry: RegistryView,
    /** The registry with the zone bodies (units/registry.ts `ofZone`): the departments a zone sets up. */
    private readonly zoneRegistry: () => UnitRegistry,
  ) {}

  resolve(text: string): ResolvedUnit | null {
    for (let at = text.length - 2; at >= 2; at--) {
      const end = text.charCodeAt(at - 1);
      if (end !== QU && end !== YUAN && end !== HUI) continue;
      const zone = this.zoneOfFront(text.slice(0, at));
      if (zone === null) continue;
      // The longest zone is the name's: what follows it is its department, or the name is none.
      const place = zone.canonical.charCodeAt(zone.canonical.length - 1) === QU ? zone.canonical.slice(0, -1) : zone.canonical;
      const department = this.department(text.slice(at));
      return department === null ? null : { entry: department.entry, canonical: department.canonical, form: "fullName", place };
    }
    return null;
  }

  /** The zone a name's front names: the zone itself, or its 管委会 for a part of it (天府新区成都管委会). */
  private zoneOfFront(front: string): ResolvedUnit | null {
    const zone = this.zones.zoneNamed(front);
    if (zone !== null) return zone;
    // A zone's governing committee (model/zoneTitle.ts), after which a part's 管委会 names its departments.
    const committee = ZONE_ISSUER.exec(front);
    if (committee === null) return null;
    const named = front.slice(0, committee.index);
    for (let at = named.length - 2; at >= 2; at--) {
      if (named.charCodeAt(at - 1) !== QU || !this.registry.isPlace(named.slice(at))) continue;
      const part = this.zones.zoneNamed(named.slice(0, at));
      if (part !== null) return part;
    }
    return null;
  }

  /** A zone's department written without the zone: a body a zone or a district has, or one shaped so. */
  private department(name: string): ResolvedUnit | null {
    if (!DEPARTMENT_CHARACTERS.test(name)) return null;
    const zoneRegistry = this.zoneRegistry();
    const body = zoneRegistry.resolve(`区${name}`);
    if (body !== null && body.place === null && body.entry.level === "县") return body;
    if (name.length < SHORTEST_DEPARTMENT || !BODY_NAME_END.test(name)) return null;
    // A level word starts another body's name (赣州经开区市财政局: two units run together).
    const word = leadingLevelWord(name);
    if ((word !== null && name.startsWith(word)) || this.registry.namesUnit(name)) return null;
    const written = `区${name}`;
    let entry = this.shaped.get(written);
    if (entry === undefined) {
      if (nearestUnitNames(written, zoneRegistry, NONE_USED, 1, "区").length > 0) return null;
      this.shaped.set(written, (entry = madeEntry(written, "县", false, SOURCES.zoneDepartment)));
    }
    return { entry, canonical: written, form: "canonical", place: null };
  }
}
