import table from "./retired-names.json";
import { normalizeUnitName } from "./names.js";
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
 * The current unit a retired name stands for, when the registry knows the successor: the
 * retired part replaced (赣州市质监局 → 赣州市市场监管局 → 市市场监管局), with 市 added for a
 * name written without it (卫计委 → 市卫健委). Null for any other name.
 */
export function successorOf(name: string, registry: UnitRegistry): Succession | null {
  const text = normalizeUnitName(name);
  for (const form of FORMS) {
    const at = text.indexOf(form.retired);
    if (at < 0) continue;
    for (const successor of form.successor) {
      const replaced = text.slice(0, at) + successor + text.slice(at + form.retired.length);
      const resolved = registry.resolve(replaced) ?? (replaced.startsWith("市") ? null : registry.resolve(`市${replaced}`));
      if (resolved) return { retired: form.retired, successor: resolved.canonical, reform: form.reform };
    }
  }
  return null;
}
