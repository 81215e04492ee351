import { halfWidthDigits } from "../text/codeUnits.js";
import { canonicalMarker } from "../model/markers.js";
import { circledNumeralLike, hasFullwidthDigits, isCircledNumeral, toChineseNumeral, toFullwidthDigits } from "../model/numerals.js";
import type { ItemLevel, NumberMarker, NumberedItem, PlanDocument, PlanPart, RepeatedPaste, Span } from "../model/types.js";
import { partRuns, renumberPartEdits } from "./parts.js";
import type { LineNode } from "../syntax/cst.js";
import type { TextEdit } from "../rules/types.js";
import { withoutFormatCharacters } from "../text/invisible.js";
import { renumberedValue } from "./breaks.js";
import type { NumberingRun, PlanNumbering } from "./runs.js";

/**
 * Edits that renumber or restyle markers. They only ever replace the numeral of a marker or its
 * punctuation — never item text. The two kinds overlap only on a full-width numeral (`（１）`,
 * whose digits a style fix makes half-width); elsewhere they can be applied in one pass.
 */

/** The numeral inside a marker: `十一` in `（十一）`, `12` in `12.`. */
export function numeralSpan(marker: NumberMarker): Span {
  return { start: marker.numeralStart, end: marker.numeralStart + marker.numeral.length };
}

/**
 * A value written as its level writes numbers, or null when the markup cannot say it there
 * (Chinese numerals go to 九十九, Arabic ones to 999): such an item is left as it is rather
 * than turned into a marker of another level.
 */
export function numeralText(level: number, value: number): string | null {
  if (level === 1 || level === 2) return value >= 1 && value <= 99 ? toChineseNumeral(value) : null;
  return value >= 1 && value <= 999 ? String(value) : null;
}

/**
 * A value written as the marker writes its numeral: in full-width digits where the marker has
 * them, so a renumbering changes the number only (marker-style changes the digits' width).
 */
function numeralLike(level: ItemLevel, written: string, value: number): string | null {
  // A list entry's circled numeral (① ⑴) is renumbered in the same form: ④ → ③, never 3.
  if (isCircledNumeral(written)) return circledNumeralLike(written, value);
  const numeral = numeralText(level, value);
  return numeral !== null && hasFullwidthDigits(written) ? toFullwidthDigits(numeral) : numeral;
}

/** The marker as written, with another value: `(四)` → `(五)`, keeping the document's form. */
export function markerWithValue(marker: NumberMarker, value: number): string {
  // Another level's form (`(4)` read as （四）) or a mistyped one (`（西）`) is renumbered into its
  // level's form: a numeral written in place would make another level's marker (`4.` → `五.`).
  if (marker.style === "otherLevel" || marker.style === "mistyped") return canonicalMarker(marker.level, value);
  const numeral = numeralLike(marker.level, withoutFormatCharacters(marker.numeral), value) ?? String(value);
  const { open, close } = punctuationOf(marker);
  return open + numeral + close;
}

/**
 * The marker's text before and after its numeral. The text leaves out a format character the
 * numeral keeps (`(十<U+200C>一)`: text `(十一)`, numeral `十<U+200C>一`), so the numeral is looked
 * for as the text writes it: looked for as written, it was not found, and the brackets taken
 * from the text's ends were `(十` and `一)` (numbering/marker-style's fix deleted 十 and 一).
 */
function punctuationOf(marker: NumberMarker): { open: string; close: string } {
  const shown = withoutFormatCharacters(marker.numeral);
  const at = marker.text.indexOf(shown);
  return { open: marker.text.slice(0, at), close: marker.text.slice(at + shown.length) };
}

/**
 * The marker numbering/missing-numeral writes for a task whose whole marker was lost on paste
 * (model/lostMarkers.ts; the model's marker text is "", what the document holds): its number in
 * the form of its nearest sibling that has a marker as written (`2.` among `1.` `3.`, `2、` among
 * `1、` `3、`), the next one first; its level's canonical form where none has.
 */
export function restoredMarker(item: NumberedItem, siblings: readonly NumberedItem[]): string {
  const index = siblings.indexOf(item);
  const sibling = index < 0 ? null : (siblings[index + 1] ?? siblings[index - 1] ?? null);
  const value = item.marker.value!;
  const written = sibling !== null && sibling.marker.style !== "missingNumeral" && sibling.marker.style !== "mistyped" && sibling.marker.style !== "otherLevel";
  return written ? markerWithValue(sibling.marker, value) : canonicalMarker(item.level, value);
}

/**
 * An item's marker as a reader is shown it (the outline, a task's path): as written, or, where
 * the whole marker was lost, the one its fix will write, among the item's siblings in the
 * outline (`roots`, the top-level items, for one without a parent).
 */
export function shownMarker(item: NumberedItem, roots: readonly NumberedItem[] = []): string {
  const marker = item.marker;
  if (marker.text !== "" || marker.style !== "missingNumeral" || marker.value === null) return marker.text;
  const siblings = (item.parent?.children ?? roots).filter((other) => other.level === item.level && other.kind === item.kind);
  return restoredMarker(item, siblings);
}

function renumberEdit(item: NumberedItem, value: number): TextEdit | null {
  // A lost or mistyped numeral is restored by its own rule alone (numbering/missing-numeral,
  // numbering/marker-typo): two edits at one place would write it twice.
  // A marker in another level's form or mistyped is written whole in its level's form, also
  // where its number is right: renumbering counts it as that level's item, and leaving it as it
  // is would leave that reading to its neighbours, which renumbering changes. An unsettled one
  // is left as it is: its number is the drafter's to say.
  if (item.marker.style === "otherLevel" || (item.marker.style === "mistyped" && item.marker.valueCertain)) {
    return numeralText(item.level, value) === null ? null : { start: item.marker.start, end: item.marker.end, newText: canonicalMarker(item.level, value) };
  }
  if (item.marker.value === value || item.marker.style === "missingNumeral" || item.marker.style === "mistyped") return null;
  const numeral = numeralLike(item.marker.level, item.marker.numeral, value);
  if (numeral === null) return null;
  const span = numeralSpan(item.marker);
  return { start: span.start, end: span.end, newText: numeral };
}

/**
 * The edit of a `1.` marker's repeat (`1.1.`, model/markers.ts), which is one only while both
 * say the same number: renumbered with it, so that the line stays the task it is until
 * numbering/doubled-mark deletes the repeat. Other forms' repeats are theirs whatever the number.
 */
function repeatEdit(item: NumberedItem, edit: TextEdit): TextEdit | null {
  const numeral = item.marker.doubled?.numeral;
  if (!numeral || edit.start !== item.marker.numeralStart) return null;
  return { start: numeral.start, end: numeral.end, newText: edit.newText };
}

/**
 * Renumbers a run's items `from` … `to − 1` (by default to its end) to their positions 1…N, counted
 * on from the written number after an item whose number the neighbours do not settle
 * (`renumberedValue`): no renumbering decides a lost numeral for the drafter. `renumbered`, where
 * given, is told each item renumbered and its new number (the references it carries, references/renumbering.ts).
 */
export function renumberRunEdits(run: NumberingRun, from: number, to = run.items.length, renumbered?: Map<NumberedItem, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let index = Math.max(0, from); index < to; index++) {
    const item = run.items[index]!;
    const value = renumberedValue(run, index);
    const edit = joinedEntryEdit(run, index, value) ?? renumberEdit(item, value);
    // The lone copy of the item's marker over it (numbering/loneMarkers.ts) says the same number
    // after as before: a copy left at the old one would read as a sibling and break the run again.
    const lone = run.loneCopies.get(item);
    const loneEdit = lone === undefined ? null : renumberEdit(lone, value);
    if (loneEdit) edits.push(loneEdit);
    if (!edit) continue;
    edits.push(edit);
    renumbered?.set(item, value);
    const repeat = repeatEdit(item, edit);
    if (repeat) edits.push(repeat);
  }
  return edits;
}

/**
 * The edit of a numbered list entry counted in an item level's run (`3)` `（4）`, one sequence in
 * two forms: model/equivalentForms.ts) whose number changes: written whole in the form of the
 * run's item nearest it, as numbering/nesting's fix writes it. Renumbered in its own form, the
 * entry that opens such a run becomes a `1)` over a `（2）`, which the model reads as the run's
 * first item in another level's form (model/misreadMarkers.ts), and a second renumbering would
 * rewrite it: renumbering twice must equal renumbering once. Null for every other item.
 */
function joinedEntryEdit(run: NumberingRun, index: number, value: number): TextEdit | null {
  const entry = run.items[index]!;
  if (entry.kind !== "list" || run.level > 4 || entry.marker.value === value) return null;
  const form = nearestItem(run.items, index);
  if (form === null || form.marker.style === "otherLevel" || form.marker.style === "mistyped" || form.marker.style === "missingNumeral") return null;
  return { start: entry.marker.start, end: entry.marker.end, newText: markerWithValue(form.marker, value) };
}

/** The run's item (not a list entry) nearest the one at `index`, the one before first. */
function nearestItem(items: readonly NumberedItem[], index: number): NumberedItem | null {
  for (let distance = 1; distance < items.length; distance++) {
    const before = items[index - distance];
    if (before?.kind === "item") return before;
    const after = items[index + distance];
    if (after?.kind === "item") return after;
  }
  return null;
}

/**
 * Every run of every level, and of the parts, renumbered 1…N: the source action and the end state of `--fix`. A
 * block pasted twice (model/repeatedPaste.ts) is renumbered in its copy as in the block: the copy
 * stays a copy, which structure/repeated-paste still finds and deletes, rather than a stale
 * block whose old numbers would read as the plan's.
 */
export function renumberDocumentEdits(numbering: PlanNumbering, plan: Pick<PlanDocument, "lines" | "repeatedPastes" | "parts" | "text">, renumbered?: Map<NumberedItem, number>, renumberedParts?: Map<PlanPart, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const run of numbering.runs) for (const edit of renumberRunEdits(run, 0, run.items.length, renumbered)) edits.push(edit);
  // The parts (第一章 …) too, each run of them 1…N (numbering/parts.ts).
  for (const run of partRuns(plan)) for (const edit of renumberPartEdits(plan, run, 0, run.length, renumberedParts)) edits.push(edit);
  edits.sort(byStart);
  if (plan.repeatedPastes.length === 0) return edits;
  for (const paste of plan.repeatedPastes) mirrorInCopy(edits, paste, plan.lines);
  return edits.sort(byStart);
}

function byStart(a: TextEdit, b: TextEdit): number {
  return a.start - b.start;
}

/** Adds to `edits` (in document order) the copy's edit of each edit in the block a paste repeats, line for line. */
function mirrorInCopy(edits: TextEdit[], paste: RepeatedPaste, lines: readonly LineNode[]): void {
  const copy = paste.lines.filter(hasContent);
  const block: LineNode[] = [];
  for (const line of lines) {
    if (line.indentEnd > paste.of.end) break;
    if (line.indentEnd >= paste.of.start && hasContent(line)) block.push(line);
  }
  // The model found the copy line for line (blank lines and comments aside): the same count.
  if (block.length !== copy.length) return;
  const count = edits.length;
  for (let index = 0, at = 0; index < count; index++) {
    const edit = edits[index]!;
    if (edit.start < paste.of.start || edit.end > paste.of.end) continue;
    while (at < block.length && block[at]!.contentEnd < edit.start) at++;
    const line = block[at];
    if (line === undefined || edit.start < line.indentEnd || edit.end > line.contentEnd) continue;
    const shift = copy[at]!.indentEnd - line.indentEnd;
    edits.push({ start: edit.start + shift, end: edit.end + shift, newText: edit.newText });
  }
}

function hasContent(line: LineNode): boolean {
  return line.kind !== "blank" && line.kind !== "comment";
}

/** The canonical punctuation of each level: what goes before and after the numeral. */
const CANONICAL_PUNCTUATION: Record<number, { open: string; close: string }> = {
  1: { open: "", close: "、" },
  2: { open: "（", close: "）" },
  3: { open: "", close: "." },
  4: { open: "（", close: "）" },
};

/**
 * Edits that write a marker in its level's canonical form (GB/T 9704): only the punctuation
 * that differs is replaced, and the numeral only when its digits are full-width (`１` → `1`).
 * A renumbering edit of such a numeral overlaps that one; fix-all applies them in turn.
 */
export function canonicalFormEdits(marker: NumberMarker): TextEdit[] {
  // Written in another level's form, or mistyped: the numeral is wrong too (4 or 西 for 四).
  if (marker.style === "otherLevel" || marker.style === "mistyped") return [{ start: marker.start, end: marker.end, newText: marker.canonicalText }];
  if (marker.level === 5) return marker.style === "canonical" || marker.value !== null ? [] : [{ start: marker.start, end: marker.end, newText: "——" }];
  const canonical = CANONICAL_PUNCTUATION[marker.level]!;
  const numeral = numeralSpan(marker);
  // The marker's text leaves out a format character inside it (`(<U+200B>一)`): the bracket and
  // the mark are replaced where they stand, the character left to text/invisible-char.
  const { open, close } = punctuationOf(marker);
  const edits: TextEdit[] = [];
  if (open !== canonical.open) edits.push({ start: marker.start, end: marker.start + open.length, newText: canonical.open });
  if (hasFullwidthDigits(marker.numeral)) edits.push({ ...numeral, newText: halfWidthDigits(marker.numeral) });
  if (close !== canonical.close) edits.push({ start: marker.end - close.length, end: marker.end, newText: canonical.close });
  return edits;
}

/** The form of a marker without its value, to compare the forms a level is written in: `(一)`, `1、`. */
export function markerForm(marker: NumberMarker): string {
  if (marker.level === 5) return marker.value === null ? marker.text : markerWithValue(marker, 1);
  return markerWithValue(marker, 1);
}
