/**
 * How a responsible unit's name is read, independent of any registry: the normal form used for
 * look-ups, collective names that no registry lists, and the administrative level a name's
 * prefix says.
 */

export type UnitLevel = "国家" | "省" | "市" | "县";

/**
 * The form used for look-ups: ASCII parentheses become full-width ones (web copies mix them:
 * `市委组织部(市委人才办)`) and spaces go, so a name is found however it was pasted.
 */
const NEEDS_NORMALISING = /[()\s]/;

export function normalizeUnitName(name: string): string {
  // Most names need nothing: one test instead of three replacements, on every look-up of
  // every rule (\s covers U+3000).
  if (!NEEDS_NORMALISING.test(name)) return name;
  return name.replace(/\(/g, "（").replace(/\)/g, "）").replace(/[\s\u3000]+/g, "");
}

/**
 * Collective names stand for many units at once (`各区（市）县`, `市有关部门`,
 * `市质量强市工作领导小组成员单位`); no registry lists them, so they are never unknown, and a
 * comma that sets such a group apart from the departments (`A、B，各县（市、区）人民政府`) is the
 * usual way to write it, not a wrong separator.
 */
export function isCollectiveName(name: string): boolean {
  return /^(各|相关|有关)/.test(name) || /(成员单位|有关部门|有关单位|相关部门|相关单位|牵头部门|各部门)$/.test(name);
}

/** The level a name's prefix says (`省发改委` → 省), or null when it says none (`赣州海关`). */
export function levelOfName(name: string): UnitLevel | null {
  if (name.startsWith("国家") || name.startsWith("中央")) return "国家";
  if (name.startsWith("省")) return "省";
  if (name.startsWith("市") || name.startsWith("团市委")) return "市";
  if (name.startsWith("县") || name.startsWith("区")) return "县";
  return null;
}

/**
 * `市委组织部（市委人才办）` — one body with two names (一个机构两块牌子): the outer name and the
 * name in brackets, or null when the name does not end in a bracketed part.
 */
export function bracketedParts(normalized: string): { outer: string; inner: string } | null {
  const match = /^([^（）]+)（([^（）]+)）$/.exec(normalized);
  return match ? { outer: match[1]!, inner: match[2]! } : null;
}
