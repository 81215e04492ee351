import { LEVEL_WORDS } from "./names.js";
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
