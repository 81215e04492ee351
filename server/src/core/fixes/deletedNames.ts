import type { Span } from "../model/types.js";
import { isHanCode } from "../punct/chars.js";
import type { Fix } from "../rules/types.js";
import type { UnitRegistry } from "../units/registry.js";
import { isCollectiveName } from "../units/names.js";
import { splitRunTogether } from "../units/split.js";
import { UNIT_LABELS } from "../units/labels.js";

/**
 * The clause inventory (clauseInventory.ts) counts the units the model reads, so it cannot see a
 * unit the model never read as one: a clause pasted one unit a line whose repeated lines a reading
 * takes for a running head, names a reading sets apart as debris. A fix that deletes such lines
 * (structure/page-number's, another reading's) deletes departments and the count stays the same.
 * What a fix deletes is therefore read for names as the registry reads them, whatever the model
 * made of the lines: each run of Chinese characters the deletion holds whole, asked of the
 * registry (a name it knows, or known names written together). A fix may delete a name only where
 * it says so (`Fix.deletes`: units/duplicate's repeat, units/unknown's residue, the second copy
 * structure/repeated-paste deletes), or as many names as its own new text writes (a rename).
 *
 * Asked only when fixes are applied (--fix, fix-all, a picked quick fix), of edits that delete
 * text: a fix that inserts or changes punctuation has no run to read.
 */

/** The shortest unit name a run may be (县委, 市委): a run of one character is none. */
const SHORTEST_NAME = 2;

/**
 * Whether a fix deletes a unit's name it does not say it deletes: its edits delete more names than
 * they write (a name replaced by another, units/alias's rename, deletes none; nor do lines moved,
 * structure/leading-debris's metadata written again as front matter).
 */
export function deletesUnitName(text: string, fix: Fix, registry: UnitRegistry, tasks: Span): boolean {
  let deleted = 0;
  let written = 0;
  for (const edit of fix.edits) {
    // Only where tasks are written: a web page's lines before the plan (来源：示例市市场监督管理局)
    // or after it name the page's source, never a responsible unit.
    const start = Math.max(edit.start, tasks.start);
    const end = Math.min(edit.end, tasks.end);
    if (end > start) deleted += unitsNamedIn(text, start, end, fix.deletes, registry);
  }
  if (deleted === 0) return false;
  // A group written in a name's place (units/level's 各市市场监管局 for 市市场监管局) names its units.
  for (const edit of fix.edits) written += unitsNamedIn(edit.newText, 0, edit.newText.length, undefined, registry, true);
  return deleted > written;
}

/** How many units the runs of Chinese characters in text[start, end) name, the runs inside `declared` aside. */
function unitsNamedIn(text: string, start: number, end: number, declared: Span | undefined, registry: UnitRegistry, groups = false): number {
  let count = 0;
  let run = -1;
  for (let i = start; i <= end; i++) {
    if (i < end && isHanCode(text.charCodeAt(i))) {
      if (run < 0) run = i;
      continue;
    }
    if (run < 0) continue;
    const from = run;
    run = -1;
    if (i - from < SHORTEST_NAME || (declared !== undefined && from >= declared.start && i <= declared.end)) continue;
    if (afterOtherLabel(text, from)) continue;
    count += unitsOf(text.slice(from, i), registry, groups);
  }
  return count;
}

/**
 * Whether a run follows a label other than a clause's (`删除的内容: 市林业局`, a review balloon's
 * record of a deletion; `来源：`): a name a label introduces is what that label says, and a unit
 * only after a clause's own label (责任单位：).
 */
function afterOtherLabel(text: string, run: number): boolean {
  let at = run - 1;
  while (at >= 0 && text.charCodeAt(at) === 0x20) at--;
  const colon = text.charCodeAt(at);
  if (colon !== 0xff1a && colon !== 0x3a) return false;
  let label = at;
  while (label > 0 && isHanCode(text.charCodeAt(label - 1))) label--;
  const word = text.slice(label, at);
  return !UNIT_LABELS.some((unitLabel) => word.endsWith(unitLabel));
}

/** How many units a run of words names as the registry reads it: one name, names written together, or none (a group counted as one where `groups`). */
function unitsOf(words: string, registry: UnitRegistry, groups: boolean): number {
  if (isCollectiveName(words)) return groups ? 1 : 0;
  if (registry.resolveKnown(words) !== null) return 1;
  return splitRunTogether(words, registry)?.length ?? 0;
}
