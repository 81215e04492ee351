import type { AnnotationNode, AnnotationReferenceNode } from "../syntax/cst.js";
import type { Span } from "../model/types.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../parents/types.js";
import { findEntry } from "../parents/resolve.js";
import { parentLevel } from "../parents/level.js";
import { LEVEL_WORDS, type UnitLevel } from "../units/names.js";
import { withoutFormatCharacters } from "../text/invisible.js";

/**
 * The parent an annotation points into. `〔对应纲要：…〕` names its parent by a short name after
 * 对应: the plan's parent whose title contains it (纲要 → 质量强国建设纲要), else any known
 * parent whose title does; with no short name, the plan's first parent. A short name no title
 * contains may name the parent by its issuer's level, as a 区 plan names its city's plan
 * (`市方案`, `省意见`: the plan's one parent issued at that level), or as the plan's one parent
 * (`上位方案`, `上级文件`).
 */
export function annotationParent(annotation: Pick<AnnotationNode, "label">, parents: readonly ResolvedParent[], known: readonly ParentDocument[]): ParentDocument | null {
  const shortName = annotationDocumentName(annotation);
  if (!shortName) return parents[0]?.parent ?? null;
  return parents.find((p) => p.parent.title.includes(shortName))?.parent ?? known.find((p) => p.title.includes(shortName)) ?? parentByLevelWord(shortName, parents);
}

/**
 * The document an annotation's label names after 对应 (纲要 of 〔对应纲要：…〕, 省方案 of
 * 〔对应《省方案》第（八）项〕), or "" where it names none (〔对应：…〕, the plan's first parent).
 */
export function annotationDocumentName(annotation: Pick<AnnotationNode, "label">): string {
  // The label as written may hold a format character the grammar read through (对<U+200B>应纲要).
  // 对应《纲要》: the short name in title marks, as a title is cited, names the same document.
  return withoutFormatCharacters(annotation.label).replace(/^对应/, "").replace(TITLE_MARKS, "").trim();
}

const TITLE_MARKS = /[《》〈〉]/g;

/** The kinds of document a short name may end in after a level word: 市方案, 省级实施意见, 上位文件. */
const DOCUMENT_WORD = "(?:实施方案|方案|行动计划|计划|实施意见|意见|纲要|规划|文件)";
const LEVEL_NAME = new RegExp(`^(国家|自治区|自治州|省|市|州|盟|区|县|旗)级?${DOCUMENT_WORD}$`, "u");
const ABOVE_NAME = new RegExp(`^上[位级]${DOCUMENT_WORD}$`, "u");

/**
 * The parent a level word names: the only one of the plan's parents issued at that level
 * (parents/level.ts), or for 上位/上级, the plan's only parent. Null where none or several fit:
 * the annotation is then reported as naming no parent, never tied to a guess.
 */
function parentByLevelWord(shortName: string, parents: readonly ResolvedParent[]): ParentDocument | null {
  if (ABOVE_NAME.test(shortName)) return parents.length === 1 ? parents[0]!.parent : null;
  const level = levelOfShortName(shortName);
  if (level === null) return null;
  const atLevel = parents.filter((p) => parentLevel(p.parent) === level);
  return atLevel.length === 1 ? atLevel[0]!.parent : null;
}

/** The level a short name names its parent by (市方案 → 市, 国家纲要 → 国家), or null. */
function levelOfShortName(shortName: string): UnitLevel | null {
  const match = LEVEL_NAME.exec(shortName);
  if (!match) return null;
  return match[1] === "国家" ? "国家" : match[1] === "自治州" ? "市" : (LEVEL_WORDS.get(match[1]!) ?? null);
}

/** The level an annotation's label names its parent by (对应市方案 → 市), or null. */
export function annotationLevel(annotation: Pick<AnnotationNode, "label">): UnitLevel | null {
  return levelOfShortName(withoutFormatCharacters(annotation.label).replace(/^对应/, "").replace(TITLE_MARKS, "").trim());
}

/** A word that joins two references into a range: （十三）至（十五）, 三—五. */
const RANGE_WORD = /^(?:至|到|—{1,2}|–|-|－|~|～)$/;

/** A range an annotation writes: its two ends, of one level and rising, and the word between them. */
export interface AnnotationRange {
  from: AnnotationReferenceNode;
  to: AnnotationReferenceNode;
  word: AnnotationNode["junk"][number];
}

/**
 * The ranges of an annotation (`〔对应纲要：（十三）至（十五）〕`): a range word the grammar left
 * as junk, standing alone between two references of one level, the second above the first. The
 * ends are the references themselves; what a range adds is the entries between them.
 */
export function annotationRanges(annotation: Pick<AnnotationNode, "references" | "junk">): AnnotationRange[] {
  const ranges: AnnotationRange[] = [];
  for (const word of annotation.junk) {
    if (!RANGE_WORD.test(word.text.trim())) continue;
    let from: AnnotationReferenceNode | undefined;
    for (const reference of annotation.references) if (reference.end <= word.start) from = reference;
    const to = annotation.references.find((r) => r.start >= word.end);
    if (!from || !to || from.level !== to.level || from.value >= to.value) continue;
    // Nothing else stands between the ends: no other reference, no other junk.
    const between = (span: { start: number; end: number }) => span.start >= from.end && span.end <= to.start;
    if (annotation.junk.some((j) => j !== word && between(j))) continue;
    ranges.push({ from, to, word });
  }
  return ranges;
}

/** The entries strictly between a range's ends, of their level, that the parent has. */
export function entriesWithin(parent: ParentDocument, range: AnnotationRange): ParentEntry[] {
  const found: ParentEntry[] = [];
  for (let value = range.from.value + 1; value < range.to.value; value++) {
    const entry = findEntry(parent, range.from.level, value);
    if (entry) found.push(entry);
  }
  return found;
}

/** The section or item a reference names in the parent: `七` → section 七, `（七）` → item 7. */
export function referencedEntry(parent: ParentDocument, reference: AnnotationReferenceNode): ParentEntry | null {
  return findEntry(parent, reference.level, reference.value);
}

/**
 * Whether an annotation can name the entry: its number names the first entry of its level with
 * it (`findEntry`), so where a parent's numbering restarts — a city plan's 1. 2. under each of
 * its （一）（二） — only the first of each number can be annotated; writing the number for a
 * later one would name another task.
 */
export function isAddressable(parent: ParentDocument, entry: ParentEntry): boolean {
  return findEntry(parent, entry.level, entry.value) === entry;
}

/**
 * Entries as an annotation writes them side by side: `（八）（十九）`, `七（二十一）`; two bare
 * numbers of the third level with a 、 between them, `1、2`, which written together would read
 * as one number, 12.
 */
export function referencesText(entries: readonly ParentEntry[]): string {
  let text = "";
  entries.forEach((entry, i) => {
    if (i > 0 && entry.level === 3 && entries[i - 1]!.level === 3) text += "、";
    text += entry.label;
  });
  return text;
}

/**
 * What an annotation to the parent writes after 对应: 纲要 for the outline (and any 纲要, as
 * plans write it), else the parent's title, which `annotationParent` finds it by.
 */
export function annotationShortName(parent: ParentDocument): string {
  return parent.title.includes("纲要") ? "纲要" : parent.title;
}

/** A run of an annotation's junk, one piece after another with nothing between: what was written there. */
export interface JunkRun extends Span {
  text: string;
  pieces: AnnotationNode["junk"];
}

/**
 * The junk of an annotation joined where its pieces touch: the grammar leaves what is no number
 * a character at a time, and a title written in an annotation (〔对应纲要：（十二）提高建筑材料质量
 * 水平〕) is one thing written, to be read and reported as one.
 */
export function junkRuns(junk: AnnotationNode["junk"]): JunkRun[] {
  const runs: JunkRun[] = [];
  for (const piece of junk) {
    const last = runs[runs.length - 1];
    if (last && last.end === piece.start) {
      last.end = piece.end;
      last.text += piece.text;
      last.pieces.push(piece);
    } else runs.push({ start: piece.start, end: piece.end, text: piece.text, pieces: [piece] });
  }
  return runs;
}

/** The parent's item whose title a run of an annotation's junk is, word for word (spaces and a 、 or ， around it aside), else null. */
export function titledEntry(parent: ParentDocument, text: string): ParentEntry | null {
  const title = text.replace(/^[\s、，,：:]+|[\s、，,]+$/g, "").replace(/\s+/g, "");
  if (title.length < 4) return null;
  return parent.items.find((item) => item.title.replace(/\s+/g, "") === title) ?? null;
}

/**
 * The entries an annotation names, as coverage counts them: each reference's (a part's number
 * standing for the part), every entry within a range, and a title written in it — alone
 * (〔对应纲要：优化消费品供给品类〕), or after another item's number, where the title copied is
 * surer than the number typed (xref/unknown-section asks the drafter which is meant), as a number
 * cited in a task's text followed by a title is read (xref/coverage.ts citedEntries).
 */
export function annotatedEntries(text: string, parent: ParentDocument, annotation: AnnotationNode): Array<ParentEntry | null> {
  const runs = annotation.junk.length === 0 ? [] : junkRuns(annotation.junk).map((run) => ({ run, entry: titledEntry(parent, run.text) })).filter((each) => each.entry !== null);
  const used = new Set<JunkRun>();
  const named: Array<ParentEntry | null> = annotation.references.map((reference) => {
    const titled = runs.find(({ run }) => reference.end <= run.start && text.slice(reference.end, run.start).trim() === "");
    if (titled) used.add(titled.run);
    return titled ? titled.entry : referencedEntry(parent, reference);
  });
  for (const range of annotationRanges(annotation)) named.push(...entriesWithin(parent, range));
  for (const { run, entry } of runs) if (!used.has(run)) named.push(entry);
  return named;
}
