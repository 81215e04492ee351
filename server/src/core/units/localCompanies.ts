import { LEVEL_WORDS } from "./names.js";
import { southernGridBodyMeant } from "./gridArea.js";
import { INSTITUTION_WORD } from "./placeNames.js";
import { madeEntry, SOURCES, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/** A local company by its form: level word, short name, company word. */
const LOCAL_COMPANY = /^(省|市|州|盟|区|县|旗)([\u4e00-\u9fff]{2,6}?)(?:集团有限公司|集团公司|集团|(?<=投)(?:有限责任公司|有限公司|公司))$/;

/**
 * A company named after its level (市城投集团, 县交投公司; after its place too: 赣州市城投集团,
 * the registry's resolveWithPlace), as the state-owned companies a government sets up are: the
 * level word, a short name and 集团, or an investment company's name (城投, 交投: ××投) and 公司.
 * Nothing registers these; a body's name with a company's word after it (县工信局公司) is none,
 * nor is a branch named by what it does (市供电公司: the 国网 company's, named after its place).
 */
export class LocalCompanies {
  /** One entry a name. */
  private readonly companies = new Map<string, UnitEntry>();

  constructor(private readonly registry: RegistryView) {}

  resolve(text: string): ResolvedUnit | null {
    const match = LOCAL_COMPANY.exec(text);
    if (match === null || INSTITUTION_WORD.test(match[2]!) || this.registry.namesUnit(match[1]! + match[2]!)) return null;
    let entry = this.companies.get(text);
    if (entry === undefined) {
      entry = madeEntry(text, LEVEL_WORDS.get(match[1]!)!, false, SOURCES.company);
      this.companies.set(text, entry);
    }
    return { entry, canonical: entry.name, form: "canonical", place: null };
  }
}

/**
 * An enterprise by its legal form: a short name or a full one and the form's word (江铜集团,
 * 江西铜业集团有限公司, 某某股份有限公司), or a bank by its name (赣州银行, 工商银行), as plans list the
 * state enterprises and the banks of a province or a city beside the departments. No list can hold every province's and city's enterprises, and the
 * form's word says what the name is; a department's name never ends in it. A bank's branch
 * (工商银行市分行) is its bank's; a central construction group's bureau (中建三局, 中铁十一局
 * 集团有限公司, 中铁大桥局) is no department's 局. Not a name that opens
 * with a level word (LocalCompanies), nor one with a body's word in it (县工信局公司, a 研究院's
 * company), nor a bare 公司 (市供电公司 is the 国网 company's, read after its place). Asked last,
 * after every reading of a place's company (赣州市城投集团 is the city's 市城投集团).
 */
const ENTERPRISE = /^[\u4e00-\u9fff（）()]{2,16}?(?:集团股份有限公司|集团有限责任公司|集团有限公司|集团股份公司|集团公司|股份有限公司|有限责任公司|股份公司|有限公司|集团|银行)$/;

export class Enterprises {
  /** One entry a name. */
  private readonly enterprises = new Map<string, UnitEntry>();

  constructor(private readonly registry: RegistryView) {}

  resolve(text: string): ResolvedUnit | null {
    // A bank's branch (工商银行市分行, 农业银行赣州分行) is its bank's, the place or level between no
    // department's: an enterprise where its bank is one.
    const whole = ENTERPRISE.test(text) || CENTRAL_BUREAU.test(text);
    const branch = whole ? null : BANK_BRANCH.exec(text);
    if ((!whole && (branch === null || !ENTERPRISE.test(branch[1]!))) || LEVEL_WORDS.has(text.charAt(0))) return null;
    // 国网广东省电力有限公司 has an enterprise's form, but 国家电网 has no company there (gridArea.ts).
    if (southernGridBodyMeant(text) !== null) return null;
    const stem = (branch === null ? text : branch[1]!).replace(FORM_WORDS, "");
    // 中建三局, 中铁十一局, 中交一航局, 中铁大桥局: a construction group's bureau, no department's 局.
    const bureau = CENTRAL_BUREAU.test(stem);
    if (stem === "" || (!bureau && INSTITUTION_WORD.test(stem.replace(NUMBERED_BUREAU, ""))) || GENERIC_STEM.test(stem) || this.namesOtherUnit(stem, text)) return null;
    let entry = this.enterprises.get(text);
    if (entry === undefined) {
      entry = madeEntry(text, null, false, SOURCES.enterprise);
      this.enterprises.set(text, entry);
    }
    return { entry, canonical: entry.name, form: "canonical", place: null };
  }

  /** Whether a name's stem is a unit's other than an enterprise's (县工信局 of 县工信局有限公司; not 中建三局 of 中建三局集团有限公司). */
  private namesOtherUnit(stem: string, text: string): boolean {
    return stem !== text && this.registry.namesUnit(stem) && this.registry.resolve(stem)!.entry.source !== SOURCES.enterprise;
  }
}

/**
 * A stem that names a kind of enterprise, not one (重点企业集团, 有关企业集团, 各商业银行, 村镇银行), or
 * only a form's word (集团股份有限公司: a tail, no enterprise of its own): a group of them, for
 * units/unknown to judge; and the central bank (人民银行), whose branches the registry names by
 * their place.
 */
const GENERIC_STEM = /企业|有关|相关|^各|^(?:中国)?人民$|^(?:商业|村镇|政策性|合作|金融|开发性|地方|城市商业|农村商业|集团|股份)$/;

/** A bank's branch: the bank (ENTERPRISE's), a place or a level word, and the branch's word. */
const BANK_BRANCH = /^([\u4e00-\u9fff]{2,12}?银行)(?:股份有限公司)?[\u4e00-\u9fff]{0,8}?(?:分行|支行|营业部)$/;

/** An engineering bureau of a construction group, by its number (三局, 十一局, 一航局). */
const NUMBERED_BUREAU = /[一二三四五六七八九十]{1,3}航?局/g;
/**
 * A central construction group's bureau named without its form: by its number after any 中X
 * group (中建三局, 中铁十一局, 中交一航局), or by what it builds after a group that names its bureaus
 * so (中铁大桥局, 中铁电气化局, 中铁隧道局, 中国铁建电气化局) — no department's name opens with such a
 * group's short name, and none's 局 follows a number.
 */
const CENTRAL_BUREAU = /^(?:中[\u4e00-\u9fff]{1,2}?[一二三四五六七八九十]{1,3}航?局|(?:中国中铁|中国铁建|中国建筑|中国交建|中国中冶|中国电建|中铁建?|中建|中交|中冶|中电建)[\u4e00-\u9fff]{2,3}?局)$/;

/** The legal form's words at a name's end (ENTERPRISE), taken off to read what is before them. */
const FORM_WORDS = /(?:集团股份有限公司|集团有限责任公司|集团有限公司|集团股份公司|集团公司|股份有限公司|有限责任公司|股份公司|有限公司|集团|银行)$/;
