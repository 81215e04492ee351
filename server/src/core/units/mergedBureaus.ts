import retiredTable from "./retired-names.json";
import { LEVEL_WORDS, leadingLevelWord } from "./names.js";
import { madeEntry, SOURCES, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/** A department of a government, whose stem a merged bureau names: 市卫健委 (卫健), 市体育局 (体育); not the party's (市委…). */
const DEPARTMENT = /^市(?!委|政府)([\u4e00-\u9fff]{2,8}?)(?:局|委|委员会)$/;
/**
 * An office of a government named by its work (市外事办, 市人防办), whose work a county merges into a
 * bureau as it does a department's (县商务经济合作和外事局: 商务, 经济合作 and 外事). Its whole stem
 * only: an office's first character (外, 人) is no department's short name, and reading it would
 * make a slip of a merged bureau's short name (县商外局) a merger.
 */
const OFFICE = /^市(?!委|政府)([\u4e00-\u9fff]{2,8}?)办$/;

/** The bodies that are no government's: the Party's (市委…, 团市委), the congress's and the CPPCC's. */
const NOT_GOVERNMENT = /^(?:市委|团市委|市纪委|市人大|市政协)/;

/** What joins a merged bureau's departments in its name (卫生健康和体育局, 经济、科技和信息化局). */
const JOINERS = /[和、]/g;

/** The names of the bureaus the reforms closed, without a level word (retired-names.json). */
const RETIRED_BUREAUS: ReadonlySet<string> = new Set((retiredTable as Array<{ retired: string[] }>).flatMap((entry) => entry.retired));

/**
 * A bureau a county merged from several departments, named by their stems in the order the
 * government lists them (which the registry's order keeps): 县卫体局 (卫健 and 体育),
 * 县教科体局, 县科工信局, 县卫生健康和体育局. Each stem is a registered bureau's or committee's
 * name without its level word and ending (卫健, 卫生健康, 体育), or its first character; two at
 * least, of different departments. Counties merge, so only at the level of a county (区, 县, 旗,
 * and 市 in a county-level city's registry). The order keeps typos reported: 县工科局 and
 * 县体卫局 are no merged bureau's names, nor is a stem no department has (县卫休局), nor a name
 * the reforms retired (工商局, units/retired.ts names its successor).
 */
export class MergedBureaus {
  /** The merged bureaus asked about, by each writing and by their departments. */
  private readonly merged = new Map<string, UnitEntry>();
  /** The departments' stems and two-part names they are read from, made on first use. */
  private stems: Map<string, number[]> | null = null;
  private parts: Map<number, readonly [string, string]> | null = null;

  constructor(
    /** The registry's entries in order (the same array, indexed before any name is read). */
    private readonly listed: readonly UnitEntry[],
    /** Whether 市 names a county's level (a county-level city's registry). */
    private readonly cityOfCountyLevel: boolean,
    /** The registry's reading of a name, for a merger the registry lists under another writing. */
    private readonly resolveName: (name: string) => ResolvedUnit | null = () => null,
  ) {}

  resolve(text: string): ResolvedUnit | null {
    const word = leadingLevelWord(text);
    if (word === null || !text.endsWith("局")) return null;
    const county = LEVEL_WORDS.get(word) === "县" || (this.cityOfCountyLevel && word === "市");
    if (!county && LEVEL_WORDS.get(word) !== "市") return null;
    // A bureau the reforms closed (工商局: 工信 and 商务's first characters) is a retired name, not a merger.
    if (RETIRED_BUREAUS.has(text.slice(word.length))) return null;
    let entry = this.merged.get(text);
    if (entry === undefined) {
      const departments: number[] = [];
      const rest = text.slice(word.length, -1);
      if (!county) return this.cityBureau(text, word, rest);
      const around = mergedStems(rest, this.departmentStems(), 0, -1, departments) ? null : this.interleavedStems(rest, departments);
      // Departments named by whole stems may come in another order than the list's (旗工信科技局,
      // 州科技工信局 alike): only a name shortened to first characters needs the order to be read.
      if (departments.length === 0 && around === null && wholeStems(rest, this.departmentStems(), 0, departments)) departments.sort((a, b) => a - b);
      if (departments.length === 0) return null;
      // One bureau, however its departments are written (县卫生健康和体育局, 县卫体局): its entry is
      // the departments', named by their first characters where that names them again.
      const key = around === null ? `${word}${departments.join(",")}` : `${word}${around.order}:${departments.join(",")}`;
      entry = this.merged.get(key);
      if (entry === undefined) {
        const name = around === null ? this.mergedName(word, departments) : `${word}${around.first}${departments.map((order) => this.stemOf(order).charAt(0)).join("")}${around.second}局`;
        entry = madeEntry(name, "县", true, SOURCES.merged);
        this.merged.set(key, entry);
      }
      this.merged.set(text, entry);
    }
    return { entry, canonical: entry.name, form: entry.name === text ? "canonical" : "alias", place: null };
  }

  /**
   * A bureau a prefecture merged from several departments (四川's cities: 南充市经济合作和外事局,
   * 市商务经济合作和外事局; the data's 市教育体育局). A city names such a bureau in full: its
   * departments' whole stems, each two characters at least, 和 before the last; it never shortens
   * them to first characters the way a county does (the short names a city uses, 市教体局, are the
   * registry's own): 市卫体局 stays a slip. Only the government's own departments merge: a
   * vertically managed body's stem (税务, 气象) or the congress's (人大) makes no merger
   * (市财政和税务局 stays unknown).
   */
  private cityBureau(text: string, word: string, rest: string): ResolvedUnit | null {
    const stems = this.departmentStems();
    // Named in full, 和 before the last department (经济合作和外事局): a name without it (市科技工业信息化局)
    // is a province's own (province-bodies.json) or a slip, which a city's merger reading would hide.
    const last = rest.lastIndexOf("和");
    if (last < 0 || !stems.has(rest.slice(last + 1))) return null;
    const departments: number[] = [];
    if (!wholeStems(rest, stems, 0, departments) || departments.some((order) => !this.isGovernmentDepartment(order))) return null;
    // A merger the registry lists (市教体局, alias 市教育体育局) is that entry, however its 和 is written.
    const joined = `${word}${rest.replace(JOINERS, "")}局`;
    const listed = joined === text ? null : this.resolveName(joined);
    if (listed !== null && listed.entry.source !== SOURCES.mergedCity) return { entry: listed.entry, canonical: listed.canonical, form: "alias", place: listed.place };
    departments.sort((a, b) => a - b);
    const key = `${word}${departments.join(",")}`;
    let entry = this.merged.get(key);
    if (entry === undefined) {
      entry = madeEntry(`${word}${departments.map((order) => this.stemOf(order)).join("")}局`, "市", true, SOURCES.mergedCity);
      this.merged.set(key, entry);
    }
    this.merged.set(text, entry);
    return { entry, canonical: entry.name, form: entry.name === text ? "canonical" : "alias", place: null };
  }

  /** Whether a listed body is the government's own (no vertically managed body, no Party, congress or CPPCC body: 市人大办's 人大). */
  private isGovernmentDepartment(order: number): boolean {
    const entry = this.listed[order]!;
    return !entry.vertical && !NOT_GOVERNMENT.test(entry.name);
  }

  /**
   * The name of a merged bureau of these departments (orders in the list): its level word, each
   * department's first character and 局 (县卫体局, 县教科体局), as counties shorten them, where that
   * reads back as the same departments; else each department's own stem (县卫健体育局). The same
   * name whichever writing was read first, so a plan's report never depends on what was asked before.
   */
  private mergedName(word: string, departments: readonly number[]): string {
    const stems = this.departmentStems();
    const listed = departments.map((order) => this.stemOf(order));
    const short = listed.map((stem) => stem.charAt(0)).join("");
    const read: number[] = [];
    if (mergedStems(short, stems, 0, -1, read) && read.join(",") === departments.join(",")) return `${word}${short}局`;
    return `${word}${listed.join("")}局`;
  }

  /** The stem a department's registered name gives (卫健 of 市卫健委), else its first alias's that gives one (外事 of 市外办's 市外事办). */
  private stemOf(order: number): string {
    const entry = this.listed[order]!;
    for (const name of [entry.name, ...entry.aliases]) {
      const stem = DEPARTMENT.exec(name)?.[1] ?? OFFICE.exec(name)?.[1];
      if (stem !== undefined) return stem;
    }
    return "";
  }

  /**
   * A merged bureau whose name puts the other departments inside the name of one written in two
   * parts joined by 和 (经济和信息化, 经信): 经济、科技和信息化局, 经科信局 (成都's districts) are 经信
   * and 科技 merged. `departments` gets the departments inside, in the list's order; the one around
   * them is returned with its parts' first characters (经, 信), or null.
   */
  private interleavedStems(rest: string, departments: number[]): { order: number; first: string; second: string } | null {
    for (const [order, parts] of this.departmentParts()) {
      for (const [first, second] of [parts, [parts[0].charAt(0), parts[1].charAt(0)]] as const) {
        if (rest.length <= first.length + second.length || !rest.startsWith(first) || !rest.endsWith(second)) continue;
        let inner = rest.slice(first.length, rest.length - second.length);
        if (inner.endsWith("和")) inner = inner.slice(0, -1);
        if (inner.startsWith("、")) inner = inner.slice(1);
        // The department around is found first: the ones inside are one at least besides it.
        const found = [order];
        if (!mergedStems(inner, this.departmentStems(), 0, -1, found) || found.indexOf(order, 1) > 0) continue;
        departments.push(...found.slice(1));
        return { order, first: parts[0].charAt(0), second: parts[1].charAt(0) };
      }
    }
    return null;
  }

  /** The departments whose name is two parts joined by 和 (市经济和信息化局: 经济, 信息化), by their place in the list. */
  private departmentParts(): Map<number, readonly [string, string]> {
    if (this.parts !== null) return this.parts;
    const parts = new Map<number, readonly [string, string]>();
    this.listed.forEach((entry, order) => {
      if (entry.level !== "市" || entry.pattern) return;
      for (const name of [entry.name, ...entry.aliases]) {
        const halves = DEPARTMENT.exec(name)?.[1]!.split("和");
        if (halves?.length === 2 && halves[0]!.length >= 2 && halves[1]!.length >= 2 && !parts.has(order)) parts.set(order, [halves[0]!, halves[1]!]);
      }
    });
    return (this.parts = parts);
  }

  /** Each registered department's stems (卫健, 卫生健康, and the first character 卫; 工业信息化, 工业和信息化 without its 和), and an office's whole stem (外事), with its place in the list. */
  private departmentStems(): Map<string, number[]> {
    if (this.stems !== null) return this.stems;
    const stems = new Map<string, number[]>();
    const add = (stem: string, order: number) => {
      const orders = stems.get(stem) ?? [];
      if (!orders.includes(order)) orders.push(order);
      stems.set(stem, orders);
    };
    this.listed.forEach((entry, order) => {
      if (entry.level !== "市" || entry.pattern) return;
      for (const name of [entry.name, ...entry.aliases]) {
        const office = OFFICE.exec(name);
        if (office !== null) add(office[1]!, order);
        const match = DEPARTMENT.exec(name);
        if (match === null) continue;
        add(match[1]!, order);
        add(match[1]!.charAt(0), order);
        // A stem of two parts joined by 和 loses it in a merged name, which has its own 和 before
        // the last department: 工业信息化 of 揭东区工业信息化和科技局, 经济信息化 of 县经济信息化和科技局.
        const halves = match[1]!.split("和");
        if (halves.length === 2 && halves[0]!.length >= 2 && halves[1]!.length >= 2) add(halves.join(""), order);
      }
    });
    return (this.stems = stems);
  }
}

/**
 * Whether `rest` is stems of departments listed after `after`, two at least in all (`found` so
 * far: their orders in the list, the departments read when it is), each maybe followed by 和
 * (卫生健康和体育局).
 */
function mergedStems(rest: string, stems: ReadonlyMap<string, readonly number[]>, at: number, after: number, found: number[]): boolean {
  if (at === rest.length) return found.length >= 2;
  // 和 before the last stem (卫生健康和体育局), 、 between two (经济、科技和信息化局: the full name lists its departments).
  if (found.length > 0 && (rest.charAt(at) === "和" || rest.charAt(at) === "、") && at + 1 < rest.length && mergedStems(rest, stems, at + 1, after, found)) return true;
  for (let end = rest.length; end > at; end--) {
    const orders = stems.get(rest.slice(at, end));
    if (orders === undefined) continue;
    for (const order of orders) {
      if (order <= after) continue;
      found.push(order);
      if (mergedStems(rest, stems, end, order, found)) return true;
      found.pop();
    }
  }
  return false;
}

/**
 * Whether `rest` is whole stems (two characters at least: 工信, 科技, 卫生健康) of two departments
 * or more, each once, in any order, maybe joined by 和 or 、 (`found`: their orders, as read). A
 * first character alone is read only in the list's order (mergedStems): 县工科局 and 县体卫局 stay
 * unknown, as slips of 县科工局 and 县卫体局.
 */
function wholeStems(rest: string, stems: ReadonlyMap<string, readonly number[]>, at: number, found: number[]): boolean {
  if (at === rest.length) return found.length >= 2;
  if (found.length > 0 && (rest.charAt(at) === "和" || rest.charAt(at) === "、") && at + 1 < rest.length && wholeStems(rest, stems, at + 1, found)) return true;
  for (let end = rest.length; end >= at + 2; end--) {
    const orders = stems.get(rest.slice(at, end));
    if (orders === undefined) continue;
    for (const order of orders) {
      if (found.includes(order)) continue;
      found.push(order);
      if (wholeStems(rest, stems, end, found)) return true;
      found.pop();
    }
  }
  return false;
}
