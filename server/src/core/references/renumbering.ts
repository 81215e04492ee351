import { toChineseNumeral } from "../model/numerals.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { TextEdit } from "../rules/types.js";
import { type ItemValue, internalReferences, sectionsOf } from "./index.js";
import type { SectionReference } from "./types.js";

/**
 * The references a renumbering carries: `本方案第四部分`, `上述第（五）项` whose item the
 * renumbering gives another number, rewritten to that number — only where it is exact: the
 * reference names exactly one item before (one chapter of its number, one item in its scope),
 * and written with the new numbers it names that same item, and only it, after. A reference that
 * names nothing, or more than one item, or would name another after, is left as written, for
 * xref/section-ref to report. `renumbered` holds the items the renumbering changes and their new
 * numbers; every other item keeps its own. Only the numerals are replaced, never a word. Each
 * edit says the item whose number it writes: a fix that renumbers part of a run takes the edits
 * of its items (rules/numbering/runFix.ts).
 */
export function carriedReferenceEdits(plan: PlanDocument, renumbered: ReadonlyMap<NumberedItem, number>): CarriedEdit[] {
  const edits: CarriedEdit[] = [];
  if (renumbered.size === 0) return edits;
  const references = internalReferences(plan).references;
  if (references.length === 0) return edits;
  const after: ItemValue = (item) => renumbered.get(item) ?? item.marker.value;
  for (const reference of references) {
    if (reference.kind !== "section") continue;
    const before = sectionsOf(plan, reference);
    if (before === undefined || before.length !== 1 || before[0]!.kind !== "item") continue;
    const target = before[0].item;
    // The chapter (level-1 item) the reference names by its part, where the plan has no parts of
    // that word (`本方案第三部分` names 三、): one of its number, before and after, or none is certain.
    const byChapter = reference.part !== null && !plan.parts.some((part) => part.word === reference.part!.word);
    const chapter = !byChapter ? null : reference.item === null ? target : chapterNamed(plan, reference.part!.value);
    if (byChapter && (chapter === null || !onlyChapterOf(plan, chapter, writtenValue))) continue;
    const part = chapter === null ? (reference.part?.value ?? null) : after(chapter);
    const item = reference.item === null ? null : after(target);
    if ((reference.part !== null && part === null) || (reference.item !== null && item === null)) continue;
    if (part === (reference.part?.value ?? null) && item === reference.item) continue;
    if (chapter !== null && !onlyChapterOf(plan, chapter, after)) continue;
    const moved = sectionsOf(plan, { part: reference.part === null ? null : { value: part!, word: reference.part.word }, item, relative: reference.relative, start: reference.start }, after);
    if (moved === undefined || moved.length !== 1 || moved[0]!.kind !== "item" || moved[0].item !== target) continue;
    if (part !== null && part !== reference.part!.value) edits.push(numeralEdit(partNumeralAt(reference), part, chapter!));
    if (item !== null && item !== reference.item) edits.push(numeralEdit(itemNumeralAt(reference), item, target));
  }
  return edits;
}

const writtenValue: ItemValue = (item) => item.marker.value;

/** The one chapter of a number as written, or null. */
function chapterNamed(plan: PlanDocument, value: number): NumberedItem | null {
  const chapters = chaptersOf(plan).filter((item) => item.marker.value === value);
  return chapters.length === 1 ? chapters[0]! : null;
}

/** Whether no other chapter has the item's number (as `valueOf` reads numbers): a `第三部分` names it alone. */
function onlyChapterOf(plan: PlanDocument, chapter: NumberedItem, valueOf: ItemValue): boolean {
  const value = valueOf(chapter);
  return chaptersOf(plan).every((other) => other === chapter || valueOf(other) !== value);
}

function chaptersOf(plan: PlanDocument): NumberedItem[] {
  return plan.items.filter((item) => item.level === 1 && item.box === null);
}

/** Where the part's numeral is written: after the reference's first 第 (本方案 has none). */
function partNumeralAt(reference: SectionReference): { start: number; end: number } {
  const at = reference.written.indexOf("第") + 1;
  return numeralFrom(reference, at);
}

/** Where the item's numeral is written: after the reference's last opening bracket. */
function itemNumeralAt(reference: SectionReference): { start: number; end: number } {
  const at = Math.max(reference.written.lastIndexOf("（"), reference.written.lastIndexOf("(")) + 1;
  return numeralFrom(reference, at);
}

const CHINESE_DIGIT = /[一二三四五六七八九十]/u;

function numeralFrom(reference: SectionReference, at: number): { start: number; end: number } {
  let end = at;
  while (end < reference.written.length && CHINESE_DIGIT.test(reference.written[end]!)) end++;
  return { start: reference.start + at, end: reference.start + end };
}

/** A reference's numeral rewritten, and the item whose new number it writes. */
export interface CarriedEdit extends TextEdit {
  item: NumberedItem;
}

function numeralEdit(span: { start: number; end: number }, value: number, item: NumberedItem): CarriedEdit {
  return { start: span.start, end: span.end, newText: toChineseNumeral(value), item };
}
