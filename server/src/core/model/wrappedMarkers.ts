import type { ItemLineNode, LineNode } from "../syntax/cst.js";
import { CANNOT_END_LINE } from "../text/invisible.js";
import { codeUnitSet, isAnyDigitCode } from "../text/codeUnits.js";
import { isHanCode } from "../punct/chars.js";
import { fillsMeasure } from "./hardWrap.js";
import { textEndOf } from "./inline.js";
import { asTextLine } from "./misreadMarkers.js";
import type { HardWrap } from "./types.js";

/**
 * A marker a PDF's measure put at a line's start: the measure ends wherever it ends, so the
 * words after it may open with what reads as a marker — `按照《纲要》第` / `（十一）条要求`, an
 * enumeration inside a sentence (`重点抓好：（一）……，（二）……，` / `（三）……`), a range of years
 * cut after its first year (`规划（2023` / `—2035年）`, read as a `——` entry), two names a 一字线
 * joins cut before it (`青城山` / `—都江堰`). Where the line
 * above fills the document's measure (model/hardWrap.ts `fillsMeasure`) and stops in mid-phrase,
 * the line is that sentence going on, never an item or a list entry: it is read as plain text and
 * the line above as one of the wrap's lines (structure/hard-wrap's fix joins them).
 *
 * Mid-phrase is what no heading and no paragraph ends on: a comma, an enumeration comma, a word
 * that needs what follows (的, 和, 按, 第 …), a bracket, quote or title just opened; and a figure
 * whose range the line below goes on with (`2023` / `—2035`), or a word the next joins by one dash. A line that merely lacks its 。 is
 * not read so: a task whose sentence end was forgotten is followed by the next task.
 */

/** Words a phrase cannot stop on beyond CANNOT_END_LINE's: 第 wants its ordinal (第（十一）条). */
const NEEDS_WHAT_FOLLOWS = codeUnitSet("第（(“‘《〈〔【「『");

const EM_DASH = 0x2014;

/** Whether a line ending in `last` stops in mid-phrase before the marker line `line`. */
function stopsMidPhrase(last: number, line: ItemLineNode, text: string): boolean {
  if (CANNOT_END_LINE.has(last) || NEEDS_WHAT_FOLLOWS.has(last)) return true;
  // A range of figures cut after its first figure: one dash, right after it the second figure;
  // or two names a 一字线 joins (大熊猫、青城山 / —都江堰、……), cut before the dash: one dash
  // between words. A `——` entry is written with two dashes.
  const marker = line.marker;
  if (marker.end - marker.start !== 1 || text.charCodeAt(marker.start) !== EM_DASH) return false;
  const next = text.charCodeAt(marker.end);
  return (isAnyDigitCode(last) && isAnyDigitCode(next)) || (isHanCode(last) && isHanCode(next));
}

/**
 * Reads the marker lines that go on from a wrapped line above as plain text, in place, and
 * returns the wrap with the lines above them among its lines (in document order).
 */
export function readWrappedMarkers(lines: LineNode[], text: string, wrap: HardWrap | null): HardWrap | null {
  if (wrap === null) return null;
  let changed = false;
  const replaced = new Map<LineNode, LineNode>();
  const added = new Set<LineNode>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "item" && line.kind !== "list") continue;
    const above = lines[i - 1]!;
    if (above.kind !== "item" && above.kind !== "list" && !(above.kind === "text" && above.textKind === "plain")) continue;
    const end = textEndOf(above, text);
    // A trailing comment on the line above: the wrap would not join them (hardWrap.ts wrapJoins).
    if (end <= above.indentEnd || text.slice(end, above.contentEnd).trim() !== "") continue;
    if (!stopsMidPhrase(text.charCodeAt(end - 1), line, text) || !fillsMeasure(wrap, above, text)) continue;
    const read = asTextLine(line, "plain");
    lines[i] = read;
    replaced.set(line, read);
    added.add(above);
    changed = true;
  }
  if (!changed) return wrap;
  const wrapped = new Set<LineNode>();
  for (const line of wrap.lines) wrapped.add(replaced.get(line) ?? line);
  for (const line of added) wrapped.add(replaced.get(line) ?? line);
  // The lines' order is the document's: the new ones are placed among the others.
  return { measure: wrap.measure, lines: lines.filter((line) => wrapped.has(line)) };
}
