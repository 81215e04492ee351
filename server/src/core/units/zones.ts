import zoneBodies from "./zone-bodies.json";
import { LEVEL_WORDS } from "./names.js";
import { isOneCharacterCounty } from "./placeNames.js";
import { PLACE_SLOT, placed, toEntry, SOURCES, type PatternForm, type RegistryView, type ResolvedUnit, type UnitEntry, type UnitEntryInput } from "./registryEntries.js";

/** What a zone's body may be named after: the zone, by its word or its name, or its 管委会. */
const ZONE_FRONT = /(?:新区|开发区|高新区|经开区|园区|保税区|综保区|度假区|管委会)$/;
/** The zone's word alone, or its 管委会 (新区, 经开区, 管委会), as its own plan writes it. */
const ZONE_WORDS = /^(?:新区|开发区|高新区|经开区|园区|工业园区|产业园区|保税区|综保区|度假区|管委会)$/;

/**
 * The words for kinds of zones with no place, alone or with their 管委会: the zones' own words
 * (开发区, 高新区, 园区 …) and the general ones no zone is named by, 功能区 (a zone set up for a
 * function: 经开区, 高新区, 综保区 …) and 功能园区. A list under a 各 names every zone of the kind
 * with them (各区（县、市）政府、功能园区管委会 — the district governments, then every zone's
 * committee; registry.ts `namesKind`, units/sharedSuffix.ts `coveredByAll`). Read without the
 * registry, as the separators are (units/separators.ts). Written alone they say no zone.
 */
const ZONE_KINDS = /^(?:开发区|高新区|经开区|园区|工业园区|产业园区|功能区|功能园区|保税区|综保区|度假区|新区)(?:管委会|管理委员会)?$/;

/** Whether a name is a kind of zone with no place (ZONE_KINDS). */
export function isZoneKind(name: string): boolean {
  return ZONE_KINDS.test(name);
}

/** A zone's Party working committee, written where a district's 区委 is (党工委组织人事部). */
const WORKING_COMMITTEE = "党工委";
/** What a Party department's name ends in: 部 (组织人事部, 宣传统战部) or 委 (政法委, 纪工委). */
const PARTY_DEPARTMENT = /[部委]$/;

/** 区, the level word of a zone's bodies (zone-bodies.json). */
const QU = 0x533a;

/** The level words a zone may be named with (市经开区, 县工业园区): a prefecture's or a county's. */
const ZONE_LEVEL_WORDS = new Set(["市", "州", "盟", "区", "县", "旗"]);

/** Whether an entry's name is a place and a zone's word (××高新区, ××经济开发区, ××新区). */
export function isZoneName(name: string): boolean {
  return name.startsWith(PLACE_SLOT) && name.endsWith("区") && name.length > PLACE_SLOT.length + 1 && !name.includes(PLACE_SLOT, PLACE_SLOT.length);
}

/**
 * The bodies a zone's 管委会 sets up (zone-bodies.json: 区经发局, 区社会事业局, 区党政办 …), which no
 * government has: entries of a zone plan's registry (units/registry.ts `ofZone`), of the 区 level.
 */
export function zoneBodyEntries(): UnitEntry[] {
  return (zoneBodies as UnitEntryInput[]).map((input) => toEntry({ ...input, level: "县" }, true, SOURCES.zone));
}

/**
 * Development zones and their bodies: a zone named by the government that set it up or by itself
 * (resolveZone), and in a zone's plan a body named after the zone (resolveByZoneWord, resolveInZone).
 */
export class Zones {
  /** Each zone's entry per level word, and "" for the zone named alone. */
  private readonly zones = new Map<UnitEntry, Map<string, UnitEntry>>();
  private readonly bareZones = new Set<UnitEntry>();
  /** Every zone named with a level word or with nothing (zoneOf), which isZoneName cannot tell by its name. */
  private readonly madeZones = new Set<UnitEntry>();

  constructor(
    private readonly registry: RegistryView,
    /** The registry's pattern forms (the same array, indexed before any name is read). */
    private readonly patterns: readonly PatternForm[],
    /** Whether this is a zone plan's registry (ofZone). */
    private readonly inZonePlan: boolean,
  ) {}

  /** Whether an entry is a zone named alone (高新区, 经开区), which may be part of a place's name. */
  isBareZone(entry: UnitEntry): boolean {
    return this.bareZones.has(entry);
  }

  /** Whether a name is a development zone's, or its 管委会's (赣州经济技术开发区管理委员会, 赣州高新区). */
  namesZone(name: string): boolean {
    const unit = this.registry.resolve(name);
    // A zone of a level word after its place (攸县高新区, resolvePlacedZone) is named as well.
    return unit !== null && (isZoneName(unit.entry.name) || (unit.place !== null && this.madeZones.has(unit.entry)));
  }

  /**
   * The zone a name stands for, whatever names it: its place (赣州经开区, 赣州经济技术开发区管委会),
   * a level word (市高新区) or nothing (高新区管委会); null for a name that is no zone's.
   */
  zoneNamed(name: string): ResolvedUnit | null {
    const unit = this.registry.resolve(name);
    return unit !== null && (isZoneName(unit.entry.name) || this.madeZones.has(unit.entry)) ? unit : null;
  }

  /**
   * A development zone named by the government that set it up rather than by its place, or by
   * itself: 县经济开发区管委会, 市高新区管委会, and in a plan of a place that has one, 高新区管委会
   * or 经开区 — as the zone's own plans and its government's name it. A zone is a pattern entry
   * whose name is a place and a zone's word ending in 区 (××高新区, ××经济开发区, ××工业园区);
   * each of its forms with a level word of a prefecture or a county (市, 州, 盟, 区, 县, 旗; a
   * province sets none up) or nothing in place of the place. The zone of a level word is of that
   * level (units/level asks which county's a city's plan means); one named alone of none.
   */
  resolveZone(text: string): ResolvedUnit | null {
    for (const pattern of this.patterns) {
      const { entry } = pattern;
      if (pattern.prefix !== "" || !isZoneName(entry.name) || !text.endsWith(pattern.suffix)) continue;
      const word = text.slice(0, text.length - pattern.suffix.length);
      if (word !== "" && !ZONE_LEVEL_WORDS.has(word)) continue;
      const zone = this.zoneOf(entry, word);
      return { entry: zone, canonical: zone.name, form: pattern.form, place: null };
    }
    return null;
  }

  /**
   * A zone named after its county's place, read place first: the place's name ends at its
   * level word (县, 区, 旗), the zone's kind follows it (攸县高新区管委会 is 攸县's 县高新区,
   * 兴国县经济技术开发区 兴国县's 县经开区). Asked before the patterns, which fill their slot with
   * as much as fits: ××新区 would make 攸县高新区 the 新区 of a place 攸县高, and 攸县高新区 and
   * 攸县高新技术产业开发区管委会 two zones. A place of one character is a county's (攸县, 曹县); a
   * place that is itself a zone (经开区综保区) is no government's.
   */
  resolvePlacedZone(text: string): ResolvedUnit | null {
    for (let at = 1; at < text.length - 2 && at <= 8; at++) {
      const word = text.charAt(at);
      // A county's: a city's place fits the patterns' level (赣州市经开区 is ××经开区 of 赣州市).
      if (!ZONE_LEVEL_WORDS.has(word) || LEVEL_WORDS.get(word) !== "县") continue;
      const place = text.slice(0, at);
      if (at === 1 ? word !== "县" || !isOneCharacterCounty(place) : !this.registry.isPlace(place) || this.zoneNamed(place + word) !== null) continue;
      const zone = this.resolveZone(text.slice(at));
      // The zone's own form (高新区管委会 an alias, 高新技术产业开发区管理委员会 its full name), as the
      // patterns give it for a place with no level word (赣州高新区管委会).
      if (zone !== null) return { entry: zone.entry, canonical: zone.canonical, form: zone.form, place };
    }
    return null;
  }

  /**
   * A zone named after the zone it lies in (经开区综保区, 赣州经开区综合保税区: the 综保区 inside the
   * 经开区), one zone: the inner zone's, its place the outer zone as written. Two zones a list
   * means are written apart (经开区、综保区); run together, the first says where the second is, as
   * a place does (赣州综保区). Asked before the patterns, which fill their slot with as much as fits
   * and would read a 区综合保税区 of a place 经开. The inner zone is named by its kind alone.
   */
  resolveZoneInZone(text: string): ResolvedUnit | null {
    for (let at = text.length - 2; at >= 2; at--) {
      if (text.charCodeAt(at - 1) !== QU) continue;
      const rest = text.slice(at);
      // The inner zone's kind first: a lookup of the front is a name's whole reading.
      const pattern = this.patterns.find((candidate) => candidate.prefix === "" && candidate.suffix === rest && isZoneName(candidate.entry.name));
      if (pattern === undefined) continue;
      const front = text.slice(0, at);
      if (ZONE_KINDS.test(front) || this.zoneNamed(front) !== null) return { entry: pattern.entry, canonical: placed(pattern.entry.name, front), form: pattern.form, place: front };
    }
    return null;
  }

  /**
   * In a zone's plan (ofZone), a body of the zone named with the zone's word or its 管委会 rather
   * than with 区 (高新区经发局, 新区经发局, 经开区财政局, 管委会经发局): the 区 body the zone's plan
   * names. Asked before the names written after a place: 高新区经发局 is no 区经发局 of a place
   * called 高新, which units/identity.ts would keep apart from the plan's own.
   */
  resolveByZoneWord(text: string): ResolvedUnit | null {
    return this.inZonePlan ? this.bodyAfterFront(text, true) : null;
  }

  /**
   * In a zone's plan, a department of the zone's Party working committee (党工委) named with it:
   * 党工委组织人事部, 经开区党工委宣传统战部, 赣州经开区党工委政法委. The 党工委 stands where a
   * district's 区委 does: the department is the zone's merged one (区组织人事部, 区宣传统战部,
   * 区党群工作部: zone-bodies.json) or the one a 区委 has (区委政法委, 区委宣传部). Only a Party
   * department (…部, …委): the bureaus are the 管委会's (党工委财政局 is no name). Before the zone
   * word and 区 is the zone (经开区, 区, its name) or nothing.
   */
  resolveWorkingCommittee(text: string): ResolvedUnit | null {
    if (!this.inZonePlan) return null;
    const at = text.indexOf(WORKING_COMMITTEE);
    if (at < 0) return null;
    const front = text.slice(0, at);
    const department = text.slice(at + WORKING_COMMITTEE.length);
    if (department.length < 2 || !PARTY_DEPARTMENT.test(department)) return null;
    if (front !== "" && front !== "区" && !(ZONE_FRONT.test(front) && (ZONE_WORDS.test(front) || this.namesZone(front)))) return null;
    const unit = this.partyBody(`区${department}`) ?? this.partyBody(`区委${department}`);
    if (unit === null) return null;
    const place = front === "" || front === "区" || ZONE_WORDS.test(front) || !front.endsWith("区") ? null : front.slice(0, -1);
    return { entry: unit.entry, canonical: unit.canonical, form: "alias", place };
  }

  /** A Party body of the zone's level the registry lists by this very name (no place, no pattern). */
  private partyBody(name: string): ResolvedUnit | null {
    const unit = this.registry.resolve(name);
    return unit !== null && unit.place === null && unit.entry.level === "县" && PARTY_DEPARTMENT.test(unit.canonical) ? unit : null;
  }

  /**
   * In a zone's plan, a body of the zone named after its name (江北新区科技创新局, 赣州经开区财政局)
   * in front of the name without 区, where no other reading took it. Longest front first. The
   * zone's name is the unit's place: only the plan's own zone's bodies are the plan's.
   */
  resolveInZone(text: string): ResolvedUnit | null {
    return this.inZonePlan ? this.bodyAfterFront(text, false) : null;
  }

  /**
   * In a zone's plan, a body of the zone written bare, with no level word and no zone word
   * (科技局, 经济发展局, 社会事业局, 财政金融局): a 管委会's own plan names its bodies so, as a
   * ministry's plan names its 司. The 区 body of that name (区经发局 of 经济发展局); asked last, so
   * any other reading of the name wins.
   */
  resolveBare(text: string): ResolvedUnit | null {
    if (!this.inZonePlan || text.length < 3 || text.charCodeAt(0) === QU) return null;
    const unit = this.registry.resolve(`区${text}`);
    if (unit === null || unit.place !== null || unit.entry.level !== "县") return null;
    return { entry: unit.entry, canonical: unit.canonical, form: "alias", place: null };
  }

  private bodyAfterFront(text: string, byWord: boolean): ResolvedUnit | null {
    for (let at = Math.min(text.length - 2, 14); at >= 2; at--) {
      const front = text.slice(0, at);
      if (!ZONE_FRONT.test(front) || !(byWord ? ZONE_WORDS.test(front) : ZONE_WORDS.test(front) || this.namesZone(front))) continue;
      const unit = this.registry.resolve(`区${text.slice(at)}`);
      // A zone named in full keeps its place (江北新 of 江北新区科技创新局), as a name written after a
      // place does: which zone's body it is only the plan can say (units/identity.ts otherZoneBody).
      const place = ZONE_WORDS.test(front) || !front.endsWith("区") ? null : front.slice(0, -1);
      if (unit !== null && unit.place === null && unit.entry.level === "县") return { entry: unit.entry, canonical: unit.canonical, form: unit.form === "canonical" ? "alias" : unit.form, place };
    }
    return null;
  }

  /** A zone's entry named with a level word (or with nothing), made once per zone and word. */
  private zoneOf(entry: UnitEntry, word: string): UnitEntry {
    let byWord = this.zones.get(entry);
    if (!byWord) this.zones.set(entry, (byWord = new Map()));
    let zone = byWord.get(word);
    if (!zone) {
      const named = (form: string) => word + form.slice(PLACE_SLOT.length);
      const aliases = entry.aliases.filter((alias) => alias.startsWith(PLACE_SLOT)).map(named);
      const fullName = entry.fullName?.startsWith(PLACE_SLOT) ? named(entry.fullName) : null;
      zone = { name: named(entry.name), aliases, fullName, level: word === "" ? null : LEVEL_WORDS.get(word)!, builtin: entry.builtin, origin: null, pattern: false, constituent: false, levels: null, vertical: false, base: null, source: entry.source };
      byWord.set(word, zone);
      this.madeZones.add(zone);
      if (word === "") this.bareZones.add(zone);
    }
    return zone;
  }
}
