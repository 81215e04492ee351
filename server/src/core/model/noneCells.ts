import { codeUnitSet } from "../text/codeUnits.js";
import type { Span } from "./types.js";

/**
 * A 配合单位 cell or label that says the task has no supporting unit: a dash, a slash, 无 or 暂无
 * where the names would be (`推广先进质量管理方法<TAB>质量发展处<TAB>—`, `（牵头单位：市市场监管局；
 * 配合单位：无）`). The cell is written — the table's drafter filled it, so it is no cell merged
 * down from the row above — yet it names no unit: read as names, its dash was a body no registry
 * knows (units/unknown on `—`). Under 牵头单位 or 责任单位 the same mark leaves a task with nobody,
 * which stays a finding: the callers ask only of a supporting group.
 */
export function writesNoUnit(text: string, start: number, end: number): boolean {
  // A mark of none is one or two characters (—, ——, －, /, 无, 暂无); a longer cell names something.
  if (end - start > MAX_LENGTH || end <= start) return false;
  // 暂无 ("none for now"): 暂 only before 无.
  const from = end - start === MAX_LENGTH && text.charCodeAt(start) === FOR_NOW && text.charCodeAt(start + 1) === NONE ? start + 1 : start;
  for (let at = from; at < end; at++) if (!NONE_MARKS.has(text.charCodeAt(at))) return false;
  return true;
}

/**
 * Whether a group of a clause or a cell names no unit but says there is none: its one name a
 * mark of none (writesNoUnit) with no 等 after it (配合单位：无, 配合单位：—). The table's labelled
 * cells and the prose's clauses read such a group alike: its label as written, no names
 * (clauseSegment.ts `NoneGroup`).
 */
export function namesNoUnit(names: readonly Span[], etc: Span | null, text: string): boolean {
  if (names.length !== 1 || etc !== null) return false;
  const name = names[0]!;
  return writesNoUnit(text, name.start, name.end);
}

const MAX_LENGTH = 2;
const FOR_NOW = 0x6682; // 暂
const NONE = 0x65e0; // 无
/** The dashes (一字线, 两字线's halves, full-width hyphen, hyphen), the slashes and 无. */
const NONE_MARKS = codeUnitSet("—－-/／无");
