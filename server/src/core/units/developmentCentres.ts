import { LEVEL_WORDS, leadingLevelWord } from "./names.js";
import { isOwnField } from "./ownFields.js";
import { madeEntry, SOURCES, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * A public institution a department runs for one field of its work, named by the level word, the
 * field and 事业发展中心 (省道路运输事业发展中心, 省港航事业发展中心, 市交通运输事业发展中心,
 * 县农机事业发展中心). The reforms of 2019–2021 turned the bureaus that ran roads, ports, farm
 * machinery, forestry … under a department (公路局, 运管局, 港航局, 农机局) into such centres, and
 * every place names its own by its fields: no registry lists them all, and the shape says what the
 * name is, as a park's does (kindNamedZones.ts). One unit per level and field.
 *
 * The field is words of its own: no body's word (市交通运输局事业发展中心 is two names run together),
 * no enterprise's, no group's (各, 有关), and not itself a unit with the level word.
 */
const DEVELOPMENT_CENTRE = "事业发展中心";

export class DevelopmentCentres {
  /** One entry a centre, by its name. */
  private readonly centres = new Map<string, UnitEntry>();

  /** `cityOfCountyLevel`: whether 市 names a county's level (a county-level city's registry). */
  constructor(
    private readonly registry: RegistryView,
    private readonly cityOfCountyLevel: boolean,
  ) {}

  resolve(text: string): ResolvedUnit | null {
    if (!text.endsWith(DEVELOPMENT_CENTRE)) return null;
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    const field = text.slice(word.length, text.length - DEVELOPMENT_CENTRE.length);
    if (!isOwnField(this.registry, word, field)) return null;
    let entry = this.centres.get(text);
    if (entry === undefined) {
      const level = this.cityOfCountyLevel && word === "市" ? "县" : LEVEL_WORDS.get(word)!;
      entry = madeEntry(text, level, false, SOURCES.developmentCentre);
      this.centres.set(text, entry);
    }
    return { entry, canonical: text, form: "canonical", place: null };
  }
}
