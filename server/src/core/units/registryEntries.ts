import type { UnitLevel } from "./names.js";

/**
 * The registry's vocabulary: an entry as users and the built-in list write it (`UnitEntryInput`),
 * as the registry keeps it (`UnitEntry`), and a name's answer (`ResolvedUnit`). Here so the
 * registry and the readers it asks in turn (units/registry.ts `resolveSlow`) share it without
 * importing each other.
 */

/** Where a user's entry is written, so the server can edit it (rename, add a name). */
export interface RegistryOrigin {
  /** The registry file; null for the configuration file's own `units.registry`. */
  file: string | null;
  /** JSON path of the entry inside that file. */
  path: (string | number)[];
}

export interface UnitEntryInput {
  name: string;
  aliases?: string[];
  fullName?: string;
  level?: UnitLevel;
  constituent?: boolean;
  levels?: UnitLevel[];
  vertical?: boolean;
  origin?: RegistryOrigin;
}

export interface UnitEntry {
  name: string;
  aliases: string[];
  fullName: string | null;
  level: UnitLevel | null;
  builtin: boolean;
  origin: RegistryOrigin | null;
  /** True when the name holds `××`, a slot for a place name (`××海关` matches 赣州海关). */
  pattern: boolean;
  /** A government department (组成部门): a 厅 at the level of a province (otherLevels.ts). */
  constituent: boolean;
  /**
   * For a 市 entry, the levels of government the body exists at, null for every level. A vertically
   * managed body need not have one at each: the 人民银行 keeps a 分行 in each province and city
   * (人民银行××省分行, 人民银行××市分行) and, since the reforms of 2023, nothing in a 区 or 县,
   * whose plans name the city's 分行. No name is derived at a level not listed.
   */
  levels: readonly UnitLevel[] | null;
  /**
   * A vertically managed body (垂直管理: 税务, 气象, 海关, 人民银行 …), run from above and not one of
   * its government's own departments, so no 区直各部门 holds it (groupReach.ts). Named by its place
   * (××海关, 人民银行××市分行, 国家统计局××调查队), one per place: the editor offers it filled with
   * the plan's own place.
   */
  vertical: boolean;
  /** For a name derived at another level (区财政局), the 市 entry it was derived from. */
  base: UnitEntry | null;
  /**
   * For a built-in entry, the table it is from or how its name was read, as the hover names its
   * source (内置市级单位名录, 内置直辖市委办局名录 …); null for a user's entry, whose origin says where.
   */
  source: string | null;
}

/** The built-in tables and readings an entry may come from (UnitEntry `source`). */
export const SOURCES = {
  builtin: "内置市级单位名录",
  municipality: "内置直辖市委办局名录",
  zone: "内置开发区（新区、园区）机构名录",
  zoneDepartment: "开发区（新区、园区）所设机构的读法（已知开发区的名称加机构名称）",
  merged: "县级合并设置机构的读法（由内置名录中各部门的简称组成）",
  mergedCity: "市级合并设置机构的读法（由内置名录中各部门的名称组成）",
  mergedCentre: "合并设置的中心的读法（由内置名录中两个中心的名称组成）",
  institute: "内置市场监管技术机构名录",
  townOffice: "乡镇内设机构和站所的读法（“镇”或“乡”加办、所、站、中心等）",
  company: "地方国有企业名称的读法",
  fieldInstitution: "部门所属、按业务领域命名的事业单位的读法（层级字加业务领域和“事业发展中心”“质量安全监督站”“技术推广中心”“检测中心”等）",
  kindNamedZone: "本地按产业命名的园区的读法（层级字加产业名称和“产业园”“工业园”“集聚区”等）",
  enterprise: "企业名称的读法（以“集团”“有限公司”等企业组织形式或“银行”结尾，及银行的分行、支行，建筑央企的工程局）",
} as const;

/**
 * Whether an entry's name is one the registry made from its own entries' names (a merged bureau,
 * a merged centre), no name a government gave: no writing of the plan is less right than it.
 */
export function isMadeFromParts(entry: UnitEntry): boolean {
  return entry.source === SOURCES.merged || entry.source === SOURCES.mergedCity || entry.source === SOURCES.mergedCentre;
}

export type UnitForm = "canonical" | "alias" | "fullName";

/** Shared by every look-up of the name: readonly by type (not frozen: ARCHITECTURE.md, "Frozen arrays"). */
export interface ResolvedUnit {
  readonly entry: UnitEntry;
  /** The canonical name, with the place filled in for a pattern entry (人民银行赣州市分行). */
  readonly canonical: string;
  readonly form: UnitForm;
  /** The place that filled `××`, if any. */
  readonly place: string | null;
}

/** A pattern entry's written form split at its slot (`××海关`: prefix "", suffix 海关). */
export interface PatternForm {
  prefix: string;
  suffix: string;
  entry: UnitEntry;
  form: UnitForm;
}

/**
 * What the readers of names the exact forms miss ask the registry: a name's unit, and whether a
 * slot's text is a place (units/registry.ts `isPlace`) or names a unit.
 */
export interface RegistryView {
  resolve(name: string): ResolvedUnit | null;
  isPlace(place: string): boolean;
  namesUnit(text: string): boolean;
}

/** The slot for a place name in built-in and user entries. */
export const PLACE_SLOT = "××";

/** An entry the registry makes for a name it reads (a merged bureau, an institute …): every field, in one order. */
export function madeEntry(name: string, level: UnitLevel | null, constituent: boolean, source: string): UnitEntry {
  return { name, aliases: [], fullName: null, level, builtin: true, origin: null, pattern: false, constituent, levels: null, vertical: false, base: null, source };
}

/** A name with its place put in the slot, if it has one. */
export function placed(name: string, place: string | null): string {
  return place === null ? name : name.replace(PLACE_SLOT, place);
}

export function formsOf(entry: UnitEntry): Array<[string, UnitForm]> {
  const forms: Array<[string, UnitForm]> = [[entry.name, "canonical"]];
  for (const alias of entry.aliases) forms.push([alias, "alias"]);
  if (entry.fullName) forms.push([entry.fullName, "fullName"]);
  return forms;
}

export function toEntry(input: UnitEntryInput, builtin: boolean, source: string | null = builtin ? SOURCES.builtin : null): UnitEntry {
  return {
    name: input.name,
    aliases: input.aliases ?? [],
    fullName: input.fullName ?? null,
    level: input.level ?? (builtin ? "市" : null),
    builtin,
    origin: input.origin ?? null,
    pattern: input.name.includes(PLACE_SLOT),
    constituent: input.constituent ?? false,
    levels: input.levels ?? null,
    vertical: input.vertical ?? false,
    base: null,
    source,
  };
}
