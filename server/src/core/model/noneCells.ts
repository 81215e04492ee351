import { codeUnitSet } from "../text/codeUnits.js";

/**
 * A 配合单位 cell that says the task has no supporting unit: a dash, a slash or 无 where the
 * names would be (`推广先进质量管理方法<TAB>质量发展处<TAB>—`). The cell is written — the table's drafter
 * filled it, so it is no cell merged down from the row above — yet it names no unit: read as
 * names, its dash was a body no registry knows (units/unknown on `—`).
 */
export function writesNoUnit(text: string, start: number, end: number): boolean {
  // A mark of none is one or two characters (—, ——, －, /, 无); a longer cell names something.
  if (end - start > MAX_LENGTH || end <= start) return false;
  for (let at = start; at < end; at++) if (!NONE_MARKS.has(text.charCodeAt(at))) return false;
  return true;
}

const MAX_LENGTH = 2;
/** The dashes (一字线, 两字线's halves, full-width hyphen, hyphen), the slashes and 无. */
const NONE_MARKS = codeUnitSet("—－-/／无");
