import { codeUnitSet } from "../text/codeUnits.js";
import { LEVEL_WORDS } from "./names.js";
import { isOwnField } from "./ownFields.js";
import { madeEntry, SOURCES, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * A park of the plan's own place named by the industry it is for after the level word of the
 * government that set it up (区文化产业园管委会, 县陶瓷工业园, 市物流产业园区, 区数字经济产业集聚区
 * 管委会): the level word, the industry, the park's kind and its committee or none. A district's
 * or a county's plan names its parks so, as it names its departments by its level word; no
 * registry can list every place's parks, and the shape says what the name is. The registry's
 * zones are named after a place (××产业园区, ××集聚区: zones.ts), where no level word goes.
 *
 * Only a park's kind ends the name, so a department (区市场监官局, a slip units/unknown reports)
 * is never one; and the industry is words of its own: no body's word (区市场监管局产业园, two
 * names run together), no enterprise's (区江铜集团产业园: a company's park is the company's), no
 * group's (各, 有关), and not itself a unit's name with the level word.
 */
const PARK_KIND = /((?:产业|工业|科技|物流|创业|创意|软件|电商|孵化)园区?|集聚区)(?:管委会|管理委员会)?$/;

/** The level words a park's name opens with (区 of 区文化产业园). */
const PARK_LEVEL_WORDS = codeUnitSet("市州盟区县旗");

/** The fewest characters of an industry: a park's kind starts after the level word and them. */
const SHORTEST_INDUSTRY = 2;

const PARK = "园";
const DISTRICT = "区";

export class KindNamedZones {
  /** One entry a park, by its name without its committee (区文化产业园 of 区文化产业园管委会). */
  private readonly parks = new Map<string, UnitEntry>();

  constructor(private readonly registry: RegistryView) {}

  resolve(text: string): ResolvedUnit | null {
    if (!PARK_LEVEL_WORDS.has(text.charCodeAt(0))) return null;
    // The first kind after the shortest industry, as the industry is the fewest words before one
    // (区软件产业园: 软件, not 软件产业's 园 of no kind); its characters are any Han ones, the
    // extensions' too (ownFields.ts).
    const from = 1 + SHORTEST_INDUSTRY;
    const match = PARK_KIND.exec(text.length > from ? text.slice(from) : "");
    if (match === null) return null;
    const word = text.charAt(0);
    const industry = text.slice(1, from + match.index);
    const kind = match[1]!;
    if (!isOwnField(this.registry, word, industry)) return null;
    const name = word + industry + kind;
    // 园 and 园区 are one park written two ways (区文化产业园, 区文化产业园区), as the registry's
    // ××产业园区 has ××产业园 for an alias: one entry, named by its 园区 form, so the matrix counts
    // one unit and units/alias reports the plan's two writings.
    const full = name.endsWith(PARK) ? name + DISTRICT : name;
    let entry = this.parks.get(full);
    if (entry === undefined) {
      entry = madeEntry(full, LEVEL_WORDS.get(word)!, false, SOURCES.kindNamedZone);
      if (full !== name) entry.aliases.push(name);
      this.parks.set(full, entry);
    }
    return { entry, canonical: full, form: full === text ? "canonical" : "alias", place: null };
  }
}
