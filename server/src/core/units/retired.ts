import table from "./retired-names.json";
import { LEVEL_WORDS, normalizeUnitName } from "./names.js";
import type { UnitRegistry } from "./registry.js";

/**
 * Names of bodies abolished in the 2018 机构改革 (and 2023's 银保监), with the body that took
 * over their duties (`retired-names.json`, after ../shared/data/provincial-and-units.md): a plan
 * that still names 市质监局 means today's 市市场监管局, not the registry name that happens to
 * look most alike.
 */
interface RetiredEntry {
  retired: string[];
  /** The successor's short and full forms, tried in order (a full retired name has a full successor). */
  successor: string[];
  reform: string;
}

/** Every retired form with its successor, longest first so 质量技术监督局 wins over 质监局. */
const FORMS = (table as RetiredEntry[])
  .flatMap((entry) => entry.retired.map((retired) => ({ retired, successor: entry.successor, reform: entry.reform })))
  .sort((a, b) => b.retired.length - a.retired.length);

export interface Succession {
  /** The retired part of the name as written (质监局). */
  retired: string;
  /** The successor's canonical registry name (市市场监管局). */
  successor: string;
  reform: string;
}

/**
 * The current unit a retired name stands for: the retired part replaced (赣州市质监局 →
 * 赣州市市场监管局 → 市市场监管局, 区卫计委 → 区卫健委), named at the level the name is written
 * at (省经信委 → 省工信厅: a province's department is a 厅, see registry.ts "Other levels"; 章贡区
 * 食药监局 → 区市场监管局), and at the plan's level (`word`) for a name written with no place
 * (质监局 → 市市场监管局 in a 市 plan, 区市场监管局 in a 区 one). Where the registry has no such
 * body (a workspace that leaves the built-in list out), the successor is the same place's
 * (章贡区市场监管局): still the name to write, never the registry name that merely looks alike.
 * Null for any other name, and for a name that only contains a retired word (市人大农委 is the
 * people's congress's committee).
 */
export function successorOf(name: string, registry: UnitRegistry, word = "市"): Succession | null {
  const text = normalizeUnitName(name);
  for (const form of FORMS) {
    const at = text.indexOf(form.retired);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + form.retired.length);
    // Only a name with nothing before the retired part gets the plan's level word: the
    // replaced text cannot tell (市场监管局 starts with 市 itself).
    const level = before === "" ? word : trailingLevelWord(before);
    for (const successor of form.successor) {
      const resolved = registry.resolve(before + successor + after) ?? (level === null ? null : successorAtLevel(registry, `市${successor}${after}`, level));
      if (resolved) return { retired: form.retired, successor: resolved.canonical, reform: form.reform };
    }
    if (after === "" && PLACE_END.test(before)) return { retired: form.retired, successor: before + form.successor[0]!, reform: form.reform };
  }
  return null;
}

/** The level word a name's part before the retired words ends with (省 of 江西省, 区 of 章贡区), or null. */
function trailingLevelWord(before: string): string | null {
  if (before.endsWith("自治区")) return "自治区";
  const last = before.charAt(before.length - 1);
  return LEVEL_WORDS.has(last) ? last : null;
}

function successorAtLevel(registry: UnitRegistry, cityName: string, word: string) {
  const city = registry.resolve(cityName);
  return city === null ? null : registry.atLevel(city, word);
}

/** A place name's last character: 省, 市, 区, 县, 州, 旗, 盟. */
const PLACE_END = /[省市区县州旗盟]$/;

/**
 * The year of the earliest reform the table knows: the registry lists the bodies after it, so a
 * plan dated before it named bodies the registry does not describe.
 */
export const REGISTRY_SINCE = Math.min(...(table as RetiredEntry[]).map((entry) => Number(entry.reform)));
