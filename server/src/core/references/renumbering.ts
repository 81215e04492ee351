import { ARTICLE_WORD } from "./articles.js";
import { toChineseNumeral } from "../model/numerals.js";
import type { NumberedItem, PlanDocument, PlanPart } from "../model/types.js";
import type { TextEdit } from "../rules/types.js";
import { internalReferences, sectionsOf } from "./index.js";
import { type ItemValue, type PartValue, SectionIndex, writtenValue } from "./sectionIndex.js";
import type { SectionReference } from "./types.js";

/**
 * The references a renumbering carries: `本方案第四部分`, `上述第（五）项` whose item the
 * renumbering gives another number, rewritten to that number — only where it is exact: the
 * reference names exactly one item before (one chapter of its number, one item in its scope),
 * and written with the new numbers it names that same item, and only it, after. A reference that
 * names nothing, or more than one item, or would name another after, is left as written, for
 * xref/section-ref to report; so is a range's end (`第一至三部分`), which names the numbers
 * between too. `renumbered` holds the items the renumbering changes and their new
 * numbers; every other item keeps its own. Only the numerals are replaced, never a word. Each
 * edit says the item whose number it writes: a fix that renumbers part of a run takes the edits
 * of its items (rules/numbering/runFix.ts).
 */
export function carriedReferenceEdits(plan: PlanDocument, renumbered: ReadonlyMap<NumberedItem, number>, renumberedParts: ReadonlyMap<PlanPart, number> = NO_PARTS): CarriedEdit[] {
  const edits: CarriedEdit[] = [];
  if (renumbered.size === 0 && renumberedParts.size === 0) return edits;
  const references = internalReferences(plan).references;
  if (references.length === 0) return edits;
  const after: ItemValue = (item) => renumbered.get(item) ?? item.marker.value;
  const partAfter: PartValue = (part) => renumberedParts.get(part) ?? part.value;
  for (const reference of references) {
    // An article (第三条) is no item or part a renumbering moves.
    if (reference.kind !== "section" || reference.range || reference.part?.word === ARTICLE_WORD) continue;
    // A part the plan is divided into (第三章 where there are 第一章 …), or an item within one.
    if (reference.part !== null && SectionIndex.of(plan).hasParts(reference.part.word)) {
      partReferenceEdits(plan, reference, after, partAfter, edits);
      continue;
    }
    const before = sectionsOf(plan, reference);
    if (before === undefined || before.length !== 1 || before[0]!.kind !== "item") continue;
    const target = before[0].item;
    // The chapter (level-1 item) the reference names by its part, where the plan has no parts of
    // that word (`本方案第三部分` names 三、): one of its number, before and after, or none is certain.
    const byChapter = reference.part !== null && !SectionIndex.of(plan).hasParts(reference.part.word);
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

/**
 * The references a renumbering leaves as written because their number names two of what it
 * renumbers: `本方案第二部分` after a chapter 二、 was inserted above the old 二、, `上述第（三）项`
 * after a （三） was inserted before the old （三）. Which one the drafter meant is theirs to say;
 * after the renumbering the reference names the first, so the renumbering says how many it left
 * (the fix's description, the editor's action). Each with the renumbered items or parts it may name.
 */
export function uncertainReferences(plan: PlanDocument, renumbered: ReadonlyMap<NumberedItem, number>, renumberedParts: ReadonlyMap<PlanPart, number> = NO_PARTS): UncertainReference[] {
  const found: UncertainReference[] = [];
  if (renumbered.size === 0 && renumberedParts.size === 0) return found;
  for (const reference of internalReferences(plan).references) {
    if (reference.kind !== "section" || reference.part?.word === ARTICLE_WORD) continue;
    let candidates: (NumberedItem | PlanPart)[] = [];
    const part = reference.part;
    const index = SectionIndex.of(plan);
    if (part !== null && index.hasParts(part.word)) {
      candidates = [...index.partsNumbered(part.word, part.value)];
    } else if (part !== null && reference.item === null) {
      candidates = [...index.chaptersNumbered(part.value)];
    } else if (reference.item !== null) {
      // Two items of the number under one parent: a duplicate in one run, not a plan that numbers each part afresh.
      const items = (sectionsOf(plan, reference) ?? []).flatMap((target) => (target.kind === "item" ? [target.item] : []));
      const perParent = new Map<NumberedItem | null, number>();
      for (const item of items) perParent.set(item.parent, (perParent.get(item.parent) ?? 0) + 1);
      candidates = items.filter((item) => perParent.get(item.parent)! > 1);
    }
    if (candidates.length < 2) continue;
    const owners = candidates.filter((candidate) => renumberedParts.has(candidate as PlanPart) || renumbered.has(candidate as NumberedItem));
    if (owners.length > 0) found.push({ reference, owners });
  }
  return found;
}

/** A reference a renumbering leaves as written, and the renumbered items or parts it may name. */
export interface UncertainReference {
  reference: SectionReference;
  owners: (NumberedItem | PlanPart)[];
}

/** `，另有 1 处引用所指不唯一，未更新` after a renumbering's description, where it leaves some. */
export function uncertainNote(count: number): string {
  return count > 0 ? `，另有 ${count} 处引用所指不唯一，未更新` : "";
}

const NO_PARTS: ReadonlyMap<PlanPart, number> = new Map();

/**
 * The edits of a reference that names a part (`本方案第三章`, `本方案第二部分第（三）项`): exact
 * where one part has its word and number before, one has the new number after and it is that
 * part, and an item it names is the one named with the new numbers, as for an item.
 */
function partReferenceEdits(plan: PlanDocument, reference: SectionReference, after: ItemValue, partAfter: PartValue, edits: CarriedEdit[]): void {
  const { word, value } = reference.part!;
  const named = SectionIndex.of(plan).partsNumbered(word, value);
  if (named.length !== 1) return;
  const part = named[0]!;
  const newPart = partAfter(part);
  if (SectionIndex.of(plan, after, partAfter).partsNumbered(word, newPart).some((other) => other !== part)) return;
  const before = sectionsOf(plan, reference);
  if (before === undefined || before.length !== 1) return;
  let target: NumberedItem | null = null;
  let newItem: number | null = null;
  if (reference.item === null) {
    if (before[0]!.kind !== "part" || before[0].part !== part) return;
  } else {
    if (before[0]!.kind !== "item") return;
    target = before[0].item;
    newItem = after(target);
    if (newItem === null) return;
    const moved = sectionsOf(plan, { part: { value: newPart, word }, item: newItem, relative: reference.relative, start: reference.start }, after, partAfter);
    if (moved === undefined || moved.length !== 1 || moved[0]!.kind !== "item" || moved[0].item !== target) return;
  }
  if (newPart !== value) edits.push(numeralEdit(partNumeralAt(reference), newPart, part));
  if (target !== null && newItem !== reference.item) edits.push(numeralEdit(itemNumeralAt(reference), newItem!, target));
}

/** The one chapter of a number as written, or null. */
function chapterNamed(plan: PlanDocument, value: number): NumberedItem | null {
  const chapters = SectionIndex.of(plan).chaptersNumbered(value);
  return chapters.length === 1 ? chapters[0]! : null;
}

/** Whether no other chapter has the item's number (as `valueOf` reads numbers): a `第三部分` names it alone. */
function onlyChapterOf(plan: PlanDocument, chapter: NumberedItem, valueOf: ItemValue): boolean {
  return SectionIndex.of(plan, valueOf).chaptersNumbered(valueOf(chapter)).every((other) => other === chapter);
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

/** A reference's numeral rewritten, and the item or part whose new number it writes. */
export interface CarriedEdit extends TextEdit {
  owner: NumberedItem | PlanPart;
}

function numeralEdit(span: { start: number; end: number }, value: number, owner: NumberedItem | PlanPart): CarriedEdit {
  return { start: span.start, end: span.end, newText: toChineseNumeral(value), owner };
}
