import { LEVEL_WORDS, leadingLevelWord } from "./names.js";
import { INSTITUTION_FIELD_MAX, isOwnField } from "./ownFields.js";
import { RETIRED_STATION } from "./retiredStations.js";
import { madeEntry, SOURCES, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * The kinds, a longer ending before the shorter one it ends with (检验检测中心 before 检测中心), so
 * that the field is what precedes the whole kind. A 质量监督站 or 安全监督站 is a construction, water
 * or transport works' supervisor (建设工程, 水利工程, 交通工程); a 推广站 or 推广中心 a farm
 * department's (农业技术, 农技, 水产技术); a 检测中心, 检验所 or 检验检测中心 any department's testing
 * institution (农产品质量安全, 建设工程质量, 食品).
 */
const KINDS: readonly string[] = [
  "事业发展中心",
  ...["质量安全监督总站", "质量安全监督站", "质量监督总站", "质量监督站", "安全监督站"],
  ...["推广总站", "推广中心", "推广站"],
  ...["检验检测中心", "检测中心", "检验所"],
];

/** The kind that names an institution with no field too: a place's comprehensive one (市检验检测中心). */
const KIND_OF_NO_FIELD = "检验检测中心";


/** The last code unit of every kind's word (心, 站, 所): a name ending otherwise is answered at once. */
const KIND_ENDS = new Set(KINDS.map((kind) => kind.charCodeAt(kind.length - 1)));

/** 级 after the level word (县级检验检测中心) makes the level an adjective: a class of institution, not one. */
const GRADE = "级".charCodeAt(0);

/**
 * A public institution a department runs for one field of its work, named by the level word, the
 * field and the institution's kind: 省道路运输事业发展中心, 市建设工程质量安全监督站, 市水利工程质量
 * 监督站, 市农业技术推广中心, 县农技推广站, 市农产品质量安全检测中心. The reforms of 2019–2021 turned
 * the bureaus that ran roads, ports, farm machinery … under a department into 事业发展中心, and every
 * department keeps stations and centres that supervise, extend or test in its field: every place
 * names its own by its fields, no registry lists them all, and the shape says what the name is, as
 * a park's does (kindNamedZones.ts). One unit per level, field and kind.
 *
 * The field is words of its own (ownFields.ts): no body's word (市交通运输局事业发展中心 is two names
 * run together), no enterprise's, no group's (各, 有关), and not itself a unit with the level word;
 * nor a station the 2018 reform merged away (市质量技术监督站, 市质监站: retiredStations.ts), which
 * units/unknown names the successor of.
 */
export class FieldInstitutions {
  /** One entry an institution, by its name. */
  private readonly institutions = new Map<string, UnitEntry>();

  /** `cityOfCountyLevel`: whether 市 names a county's level (a county-level city's registry). */
  constructor(
    private readonly registry: RegistryView,
    private readonly cityOfCountyLevel: boolean,
  ) {}

  resolve(text: string): ResolvedUnit | null {
    if (!KIND_ENDS.has(text.charCodeAt(text.length - 1))) return null;
    const kind = KINDS.find((candidate) => text.endsWith(candidate));
    if (kind === undefined) return null;
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    const field = text.slice(word.length, text.length - kind.length);
    if (!this.isField(word, field, kind)) return null;
    let entry = this.institutions.get(text);
    if (entry === undefined) {
      const level = this.cityOfCountyLevel && word === "市" ? "县" : LEVEL_WORDS.get(word)!;
      entry = madeEntry(text, level, false, SOURCES.fieldInstitution);
      this.institutions.set(text, entry);
    }
    return { entry, canonical: text, form: "canonical", place: null };
  }

  private isField(word: string, field: string, kind: string): boolean {
    if (field.length === 0) return kind === KIND_OF_NO_FIELD;
    if (field.charCodeAt(0) === GRADE) return false;
    return !RETIRED_STATION.test(field) && isOwnField(this.registry, word, field, INSTITUTION_FIELD_MAX);
  }
}
