import { PlanMemo } from "../model/planMemo.js";
import { toChineseNumeral } from "../model/numerals.js";
import { partitionPoint, spanHolding } from "../text/sorted.js";
import type { NumberedItem, PlanDocument, PlanPart, Span } from "../model/types.js";
import { readArticleMentions } from "./articleMentions.js";
import { ARTICLE_WORD, articlesNumbered, articlesOf } from "./articles.js";
import { attachmentNote, attachmentTargets, shownLabel } from "./attachments.js";
import { readMentions } from "./mentions.js";
import { type ItemValue, type PartValue, SectionIndex, writtenPartValue, writtenValue } from "./sectionIndex.js";
import type { AttachmentReference, AttachmentTarget, InternalReference, InternalReferences, ReferenceTarget, SectionReference } from "./types.js";

export type * from "./types.js";
export type { ItemValue, PartValue } from "./sectionIndex.js";

const cache = new PlanMemo<InternalReferences>();

/**
 * The plan's references to its own attachments, parts, items and articles (第三条, where it
 * numbers by 条), its attachments and its 附件说明: one reading for the rules and the editor, made
 * once per plan. A plan without an outline refers to nothing of its own but its articles.
 */
export function internalReferences(plan: PlanDocument): InternalReferences {
  let found = cache.get(plan);
  if (found) return found;
  const bodyStart = plan.preamble?.start ?? plan.items[0]?.start ?? -1;
  // A plan numbered by 条 may have no items, or items only inside its articles: its articles start its body.
  const articles = articlesOf(plan);
  const articleMentions = readArticleMentions(plan, Math.min(bodyStart >= 0 ? bodyStart : Infinity, articles[0]?.start ?? Infinity), articles);
  if (bodyStart < 0) found = { references: articleMentions, attachments: [], note: null, articles };
  else {
    const mentions = readMentions(plan, bodyStart);
    const tables = mentions.some((reference) => reference.kind === "attachment" && reference.word === "附表");
    const attachments = attachmentTargets(plan, bodyStart, tables);
    const note = attachmentNote(plan, bodyStart);
    const kept = singleUnnumberedAttachment(attachments, note) ? mentions : mentions.filter((reference) => reference.kind !== "attachment" || reference.bare !== true);
    const references = articleMentions.length === 0 ? kept : [...kept, ...articleMentions].sort((a, b) => a.start - b.start);
    found = { references, attachments, note, articles };
  }
  cache.set(plan, found);
  return found;
}

/**
 * Whether `见附件` has one attachment to name: the file's only 附件 carries no number (`附件`
 * over its title), or the file holds none and its 附件说明 lists one without a number. Where
 * there are several, or the one is numbered, a bare 附件 says too little to be read as a reference.
 */
function singleUnnumberedAttachment(attachments: readonly AttachmentTarget[], note: InternalReferences["note"]): boolean {
  const annexes = attachments.filter((target) => target.word === "附件");
  if (annexes.length > 0) return annexes.length === 1 && annexes[0]!.number === null;
  return note !== null && note.entries.length === 1 && note.entries[0]!.number === null;
}

/** The reference at an offset (the editor's cursor), or null. */
export function referenceAt(plan: PlanDocument, offset: number): InternalReference | null {
  return internalReferences(plan).references.find((reference) => reference.start <= offset && offset <= reference.end) ?? null;
}

/** The attachments a reference to 附件N / 附表N may mean: those of its word and number. */
export function attachmentsOf(references: InternalReferences, reference: AttachmentReference): AttachmentTarget[] {
  return references.attachments.filter((target) => target.word === reference.word && (target.number === reference.number || (target.number === null && reference.number === 1 && references.attachments.filter((other) => other.word === target.word).length === 1)));
}

/**
 * What a reference to a part or item names: `第三部分` the part of that number where the plan is
 * divided so (第一部分 …), else its level-1 item 三、; `第（五）项` the level-2 items （五） of the
 * plan, within the part where one is named. Where the plan numbers afresh in each enclosing part
 * (the 节 of each 章, the （一） of each 一、) and the reference names none, the one in the scope
 * the reference stands in is meant (`上述第（二）项` under 二、 is 二、's （二）); where it stands in
 * none of theirs, or the plan numbers two alike in one scope (two 第二章 after one was inserted),
 * each is a candidate: the reference is ambiguous (xref/section-ref says so), never read as the
 * first. `第三条` the plan's article 第三条 where it numbers by 条 (references/articles.ts). `undefined` where the plan has no sections of the kind named at all (a 第三章 in a plan
 * of 一、 …), or where 上述 in an attachment means the attachment's own items, which number
 * apart: nothing to find, nothing missing.
 */
export function sectionsOf(plan: PlanDocument, reference: Pick<SectionReference, "part" | "item" | "relative" | "start">, valueOf: ItemValue = writtenValue, partValueOf: PartValue = writtenPartValue): ReferenceTarget[] | undefined {
  if (reference.part?.word === ARTICLE_WORD) {
    // 第三条: the plan's article of that number, where it numbers by 条 (none else reads such a reference).
    const { articles } = internalReferences(plan);
    return articles.length === 0 ? undefined : articlesNumbered(articles, reference.part.value).map((article) => ({ kind: "article", article }));
  }
  if (reference.relative && spanHolding(plan.attachments, reference.start, true) !== null) return undefined;
  const index = SectionIndex.of(plan, valueOf, partValueOf);
  let found: readonly NumberedItem[];
  if (reference.part !== null) {
    const { value, word } = reference.part;
    if (index.hasParts(word)) {
      const named = inScopeOf(plan, reference.start, reference.relative, index.partsNumbered(word, value), (part) => part.within);
      if (named.length === 0) return [];
      if (reference.item === null) return named.map((part) => ({ kind: "part", part }));
      found = named.flatMap((part) => index.levelTwoUnder(part, reference.item));
    } else {
      if (word !== "部分" || plan.parts.length > 0) return undefined;
      if (index.chapters().length === 0) return undefined;
      const named = index.chaptersNumbered(value);
      if (named.length === 0) return [];
      if (reference.item === null) return named.map((item) => ({ kind: "item", item }));
      found = named.flatMap((chapter) => index.levelTwoUnder(chapter, reference.item));
    }
  } else {
    if (!index.hasLevelTwo()) return undefined;
    found = index.levelTwoNumbered(reference.item);
  }
  const items = inScopeOf(plan, reference.start, reference.relative, found, (item) => item.parent ?? item.part);
  return items.map((item) => ({ kind: "item", item }));
}

/**
 * Of the candidates a reference at `offset` may name, the one of the scope it stands in, where
 * they number apart in different scopes (`scopeOf`: the part or item they are counted under) and
 * exactly one of those scopes encloses the reference; else all of them. What 上述 (`relative`)
 * names stands above it: the candidates after it are left out where any stands before.
 */
function inScopeOf<T extends Span>(plan: PlanDocument, offset: number, relative: boolean, found: readonly T[], scopeOf: (candidate: T) => PlanPart | NumberedItem | null): readonly T[] {
  if (found.length < 2) return found;
  const above = relative ? found.filter((candidate) => candidate.start < offset) : found;
  const candidates = above.length > 0 ? above : found;
  if (candidates.length < 2) return candidates;
  const scopes = new Set(candidates.map(scopeOf));
  // Alike in one scope: a numbering error, not a scope to choose by.
  if (scopes.size < 2) return candidates;
  const enclosing = candidates.filter((candidate) => encloses(plan, scopeOf(candidate), offset));
  return enclosing.length === 1 ? enclosing : candidates;
}

/** Whether `offset` lies in a part (from its heading to the next part of its rank or above) or an item. */
function encloses(plan: PlanDocument, scope: PlanPart | NumberedItem | null, offset: number): boolean {
  if (scope === null) return false;
  if ("children" in scope) return scope.start <= offset && offset <= scope.end;
  // The innermost part open at `offset`: the last to start before it (parts in order).
  const innermost: PlanPart | null = plan.parts[partitionPoint(plan.parts.length, (i) => plan.parts[i]!.start <= offset) - 1] ?? null;
  for (let part: PlanPart | null = innermost; part !== null; part = part.within) if (part === scope) return true;
  return false;
}

/**
 * A reference as a message names it: `“本方案第三部分”`; one number of a list with its list,
 * `“本方案第二、四部分”中的第四部分`, so that the message says which number it means.
 */
export function referenceLabel(reference: InternalReference): string {
  if (reference.kind !== "section" || reference.list === null) return `“${reference.written}”`;
  const named = reference.part !== null && reference.item === null ? `第${toChineseNumeral(reference.part.value)}${reference.part.word}` : `第（${toChineseNumeral(reference.item!)}）项`;
  return `“${reference.list}”中的${named}`;
}

/**
 * The target under an offset, as a drafter asks "who points at this": an attachment's label or
 * title, a part's heading, an article's 第三条, a numbered item's marker and heading (levels 1 and 2, which references
 * name; not an attachment's or a box's), or a reference itself, whose target it is when it has exactly one. Null elsewhere.
 */
export function targetAt(plan: PlanDocument, offset: number): ReferenceTarget | null {
  const read = internalReferences(plan);
  const reference = referenceAt(plan, offset);
  if (reference !== null) {
    const targets = targetsOf(plan, reference);
    return targets !== undefined && targets.length === 1 ? targets[0]! : null;
  }
  for (const target of read.attachments) if ((target.label !== null && within(target.label, offset)) || (target.title !== null && within(target.title, offset))) return { kind: "attachment", target };
  for (const part of plan.parts) if (within(part.heading, offset) || within({ start: part.start, end: part.heading.end }, offset)) return { kind: "part", part };
  for (const article of read.articles) if (within(article.heading, offset)) return { kind: "article", article };
  for (const item of plan.allItems) {
    // An attachment's or a box's items number apart: no reference of the plan names them.
    if (item.kind !== "item" || item.level > 2 || item.attachment !== null || item.box !== null) continue;
    if (item.line.indentEnd > offset) break;
    if (within({ start: item.line.indentEnd, end: Math.max(item.marker.end, item.heading.end) }, offset)) return { kind: "item", item };
  }
  return null;
}

/** What a reference may point at: an attachment or table of its number, or the parts and items `sectionsOf` finds. */
export function targetsOf(plan: PlanDocument, reference: InternalReference): ReferenceTarget[] | undefined {
  if (reference.kind === "section") return sectionsOf(plan, reference);
  return attachmentsOf(internalReferences(plan), reference).map((target) => ({ kind: "attachment" as const, target }));
}

/** Every reference of the plan's text that may point at the target (one of its candidates). */
export function referencesTo(plan: PlanDocument, target: ReferenceTarget): InternalReference[] {
  return internalReferences(plan).references.filter((reference) => (targetsOf(plan, reference) ?? []).some((candidate) => sameTarget(candidate, target)));
}

function sameTarget(a: ReferenceTarget, b: ReferenceTarget): boolean {
  if (a.kind === "attachment") return b.kind === "attachment" && a.target.start === b.target.start;
  if (a.kind === "part") return b.kind === "part" && a.part === b.part;
  if (a.kind === "article") return b.kind === "article" && a.article.start === b.article.start;
  return b.kind === "item" && a.item === b.item;
}

function within(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** What the editor shows of a target: its label and title, or its heading. */
export function targetTitle(target: ReferenceTarget): string {
  if (target.kind === "attachment") return target.target.title ? `${shownLabel(target.target).text}　${target.target.title.text}` : shownLabel(target.target).text;
  if (target.kind === "part") return target.part.heading.text;
  if (target.kind === "article") return target.article.title ? `${target.article.heading.text}　${target.article.title}` : target.article.heading.text;
  return target.item.heading.text ? `${target.item.marker.text}${target.item.heading.text}` : target.item.marker.text;
}
