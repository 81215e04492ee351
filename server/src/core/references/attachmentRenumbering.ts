import { hasFullwidthDigits, toChineseNumeral, toFullwidthDigits } from "../model/numerals.js";
import type { PlanDocument, Span } from "../model/types.js";
import type { TextEdit } from "../rules/types.js";
import { internalReferences } from "./index.js";
import { labelledTargets } from "./attachments.js";
import { numberOf, sameTitle } from "./numbers.js";
import type { AttachmentNote, AttachmentTarget } from "./types.js";

/**
 * A file's attachments (or tables) renumbered by the order they follow, as GB/T 9704 numbers
 * them: `附件2` before `附件1` (an attachment moved with its label), `附件1` `附件3` (one deleted).
 * Each label takes its position's number, and what names a label by its number follows it: every
 * reference of the body (`见附件2` → `见附件1` where 附件2 became 附件1), and the 附件说明, whose
 * entries keep their numbers and take the titles of the attachments in the new order.
 *
 * Only where that is exact, else null (the drafter renumbers): every label numbered, no number
 * twice; every reference naming a label the file holds (a reference to an attachment kept apart
 * or deleted would name another after); and a 附件说明, where there is one, listing exactly the
 * file's attachments, each entry's title one attachment's, each on its line.
 */
export interface AttachmentRenumbering {
  word: "附件" | "附表";
  /** The labels that change, in file order, as `附件2改为附件1`. */
  changes: string[];
  /** How many references (and 附件说明 entries) the renumbering rewrites. */
  carried: number;
  edits: TextEdit[];
}

export function attachmentRenumbering(plan: PlanDocument, word: "附件" | "附表"): AttachmentRenumbering | null {
  const read = internalReferences(plan);
  const labels = labelledTargets(read.attachments, word);
  // An attachment pasted with no label holds a place the labels' new numbers would have to count
  // (structure/attachment-label gives it its label first): no renumbering is exact until it has one.
  if (labels.length < 2 || labels.length < read.attachments.filter((target) => target.word === word).length) return null;
  const newNumber = new Map<number, number>();
  for (let index = 0; index < labels.length; index++) {
    const number = labels[index]!.number;
    if (number === null || newNumber.has(number)) return null;
    newNumber.set(number, index + 1);
  }
  if (labels.every((label, index) => label.number === index + 1)) return null;
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  for (const label of labels) {
    const to = newNumber.get(label.number!)!;
    if (to === label.number) continue;
    const edit = numeralEdit(label.label.text, label.label.start, to);
    if (edit === null) return null;
    edits.push(edit);
    changes.push(`${label.label.text}改为${word}${to}`);
  }
  let carried = 0;
  for (const reference of read.references) {
    if (reference.kind !== "attachment" || reference.word !== word) continue;
    const to = newNumber.get(reference.number);
    if (to === undefined) return null;
    if (to === reference.number) continue;
    const edit = numeralEdit(reference.written, reference.start, to);
    if (edit === null) return null;
    edits.push(edit);
    carried++;
  }
  for (const reference of read.references) {
    if (reference.kind !== "attachment" || reference.word !== word) continue;
    const continued = continuationEdits(plan.text, reference.end, reference.number, newNumber, edits);
    if (continued === null) return null;
    carried += continued;
  }
  if (word === "附件" && read.note !== null) {
    const noteEdits = noteInNewOrder(read.note, labels);
    if (noteEdits === null) return null;
    for (const edit of noteEdits) edits.push(edit);
    carried += noteEdits.length;
  }
  edits.sort((a, b) => a.start - b.start);
  return { word, changes, carried, edits };
}

/**
 * A list or a range that goes on after a reference with numbers alone: `附件1、2`, `附件2和3`,
 * `附件1至3`, `附件1至附件3`. A list's numbers name attachments as the reference does, so each is
 * renumbered with it (left alone, `附件1、2` with 1 and 2 swapped would read `附件2、2`). A range
 * names every attachment between its ends: it is renumbered only where those are still the ones
 * between its new ends, else the renumbering is not exact (null). The edits of bare numbers are
 * pushed to `edits`; the count returned is theirs.
 */
function continuationEdits(text: string, end: number, number: number, newNumber: ReadonlyMap<number, number>, edits: TextEdit[]): number | null {
  let count = 0;
  let previous = number;
  for (;;) {
    const match = CONTINUATION.exec(text.slice(end, end + 16));
    if (match === null) return count;
    const value = numberOf(match[3]!);
    if (value === null) return count;
    const to = newNumber.get(value);
    if (to === undefined) return null;
    if (RANGE.test(match[1]!) && !rangeKept(previous, value, newNumber)) return null;
    // After 附件 the number is a reference of its own, renumbered as one.
    if (match[2] === undefined && to !== value) {
      const at = end + match[0].length - match[3]!.length;
      edits.push({ start: at, end: at + match[3]!.length, newText: numeralIn(match[3]!, to) });
      count++;
    }
    previous = value;
    end += match[0].length;
  }
}

/** A list's or a range's next number after a reference: its separator (1), 附件 written again (2), the numeral (3). */
const CONTINUATION = /^([、和及与或至到~～]|[—－-]{1,2})[ \t\u3000]*(附[ \t\u3000]*[件表][ \t\u3000]*)?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?![0-9０-９.．%％项条个份张页章部节点年月日号并览起同律般致样些直旦道齐式本套次])/u;
const RANGE = /^(?:[至到~～]|[—－-]{1,2})$/u;

/** Whether the attachments from `from` to `to` are, renumbered, those from the new `from` to the new `to`. */
function rangeKept(from: number, to: number, newNumber: ReadonlyMap<number, number>): boolean {
  if (from >= to) return false;
  const first = newNumber.get(from)!;
  const last = newNumber.get(to)!;
  if (last - first !== to - from) return false;
  for (let n = from; n <= to; n++) {
    const moved = newNumber.get(n);
    if (moved === undefined || moved < first || moved > last) return false;
  }
  return true;
}

/** `value` in the form of `numeral`: Arabic half or full width, or Chinese. */
function numeralIn(numeral: string, value: number): string {
  if (!/^[0-9０-９]+$/u.test(numeral)) return toChineseNumeral(value);
  return hasFullwidthDigits(numeral) ? toFullwidthDigits(String(value)) : String(value);
}

/** `附件 2` → `附件 1` in a label or a reference written at `start`: the numeral only, in its own form (二, ２, 2). */
function numeralEdit(written: string, start: number, value: number): TextEdit | null {
  const head = /^附[ \t\u3000]*[件表][ \t\u3000]*/u.exec(written);
  if (head === null) return null;
  const numeral = written.slice(head[0].length).replace(/[ \t\u3000:：]+$/u, "");
  if (numeral === "") return null;
  const newText = numeralIn(numeral, value);
  const at = start + head[0].length;
  return { start: at, end: at + numeral.length, newText };
}

/**
 * The 附件说明's entries given the titles of the attachments in their file order: entry k names
 * the k-th attachment. Null where the list is not exactly the file's attachments, one entry to
 * each by its title, or an entry's title is wrapped over lines (rewriting it would join them).
 */
function noteInNewOrder(note: AttachmentNote, labels: readonly AttachmentTarget[]): TextEdit[] | null {
  const entries = note.entries;
  if (entries.length !== labels.length) return null;
  const entryOf: number[] = [];
  for (const label of labels) {
    if (label.title === null) return null;
    const matching = entries.flatMap((entry, index) => (sameTitle(entry.title.text, label.title!.text) ? [index] : []));
    if (matching.length !== 1 || entryOf.includes(matching[0]!)) return null;
    entryOf.push(matching[0]!);
  }
  const edits: TextEdit[] = [];
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position]!;
    if (!onOneLine(entry.title)) return null;
    const named = entries[entryOf[position]!]!;
    if (named === entry) continue;
    edits.push({ start: entry.title.start, end: entry.title.end, newText: named.title.text });
  }
  return edits;
}

function onOneLine(title: Span & { text: string }): boolean {
  return title.end - title.start === title.text.length;
}

