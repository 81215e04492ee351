import { type CompletionItem, CompletionItemKind, type CompletionList } from "vscode-languageserver";
import { annotationParent, isAddressable } from "../../core/xref/annotations.js";
import type { NumberedItem } from "../../core/model/types.js";
import type { ParentDocument, ParentEntry } from "../../core/parents/index.js";
import { outOfScope, planScope, taskCredits } from "../../core/xref/coverage.js";
import { mapTaskAt, rankItem } from "../../core/xref/mapping.js";
import type { AnalyzedDocument } from "../session.js";

const OPEN_ANNOTATION = /〔(对应[^：:〕]*)[：:]([^〕]*)$/;

/** The open `〔对应纲要：…` before `offset` on its line: label and what follows the colon. */
function annotationBefore(text: string, offset: number): RegExpExecArray | null {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return OPEN_ANNOTATION.exec(text.slice(lineStart, offset));
}

/** Whether `offset` is inside an open annotation: a cheap text test before any analysis. */
export function inAnnotation(text: string, offset: number): boolean {
  return annotationBefore(text, offset) !== null;
}

/** A number written in an annotation: `（七）` (either bracket) or a section's `七`. */
const WRITTEN_NUMBER = /[（(][一二三四五六七八九十百零〇两]+[）)]|[一二三四五六七八九十百零〇两]+/g;
/** The number being typed: an opened `（二`, or bare numerals, after the last separator or closed number. */
const TYPED_NUMBER = /(?:[（(][^（()）、，,\s]*|[^（()）、，,\s]*)$/;

/** The numbers an annotation already holds, in the form the parent's labels take (full-width brackets). */
function writtenNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(WRITTEN_NUMBER)].map((m) => m[0].replace("(", "（").replace(")", "）")));
}

/**
 * Completion inside `〔对应纲要：` after the colon, a 、 or a number written before (several are
 * written side by side: `〔对应纲要：（七）（八）〕`): the parent's item numbers (`（七）`) and
 * section numbers (`七`) with their titles, but not those the annotation already holds. The
 * items the task matches best come first, with their similarity (matchedItems); then the items
 * to cover in the parent's order, then its sections; the items coverage does not count (the 总体要求's and the closing
 * safeguards', and in a sector plan the items of other sectors: see xref/coverage.ts outOfScope)
 * last, marked so. The editor filters on number
 * and title, so typing 品牌 finds （二十一）争创国内国际知名品牌.
 */
export function annotationCompletion(entry: AnalyzedDocument, offset: number): CompletionList | null {
  const text = entry.document.getText();
  const match = annotationBefore(text, offset);
  if (!match) return null;
  const { knownParents, parents } = entry.analysis;
  const parent = annotationParent({ label: match[1]! }, parents, knownParents);
  if (!parent) return null;
  const before = match[2]!;
  const prefix = TYPED_NUMBER.exec(before)![0];
  // What the annotation holds besides the number being typed: before it, and after the cursor up to its end.
  const lineEnd = text.indexOf("\n", offset);
  const rest = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
  const close = rest.indexOf("〕");
  const written = writtenNumbers(before.slice(0, before.length - prefix.length) + " " + (close < 0 ? "" : rest.slice(0, close)));
  const range = { start: entry.mapper.positionAt(offset - prefix.length), end: entry.mapper.positionAt(offset) };
  const item = (label: string, title: string, verified: boolean, kind: CompletionItemKind, sort: string, note = "", why = ""): CompletionItem => ({
    label,
    kind,
    detail: why === "" ? title : `${title}　${why}`,
    labelDetails: { description: `${title}${verified ? "" : "（未核实）"}${note}${why === "" ? "" : `　${why}`}` },
    documentation: `《${parent.title}》${label}${title}`,
    filterText: `${label}${title}`,
    sortText: sort,
    textEdit: { range, newText: label },
  });
  const open = <T extends { label: string }>(entries: readonly T[]) => entries.filter((e) => !written.has(e.label));
  const scope = planScope(entry.analysis.plan, parent);
  // The items the task under the cursor matches best, as coverage ranks it: first, best first.
  const matched = matchedItems(entry, parent, offset);
  const rank = new Map(matched.map((m, i) => [m.entry, i]));
  const items = [
    // Each number once, with the item it names (a parent whose numbering restarts repeats it).
    ...open(parent.items.filter((e) => isAddressable(parent, e))).map((e, i) =>
      {
        const reason = outOfScope(e, scope);
        const note = reason === null ? "" : reason === "other-sector" ? "（其他领域，不计入覆盖率）" : "（不计入覆盖率）";
        const ranked = rank.get(e);
        if (ranked !== undefined) return item(e.label, e.title, e.verified, CompletionItemKind.Reference, `0${String(ranked).padStart(3, "0")}`, note, matched[ranked]!.why);
        return item(e.label, e.title, e.verified, CompletionItemKind.Reference, `${reason === null ? 1 : 3}${String(i).padStart(3, "0")}`, note);
      },
    ),
    ...open(parent.sections).map((e, i) => item(e.label, e.title, e.verified, CompletionItemKind.Module, `2${String(i).padStart(3, "0")}`)),
  ];
  return { isIncomplete: false, items };
}

/**
 * The parent items the task whose lines hold `offset` matches best, as coverage ranks it
 * (xref/mapping.ts `mapTaskAt`, the ranking the hover and the insert-annotation refactoring
 * show), each with why: its similarity, or the task's quotation of it or citation of its number
 * where coverage counts it for that (`taskCredits`). Only the one task is ranked, and only when
 * completion is asked: never while the plan is analysed.
 */
function matchedItems(entry: AnalyzedDocument, parent: ParentDocument, offset: number): Array<{ entry: ParentEntry; why: string }> {
  const { plan } = entry.analysis;
  const mapped = mapTaskAt(plan, parent, (item) => offset >= item.line.start && offset <= lastLineOf(item).contentEnd);
  if (!mapped) return [];
  // The annotation being typed is no annotation yet: the task's words hold it (〔对应纲要：（八）（),
  // which shifts every score. Ranked without it, the task scores as the hover and the refactoring show.
  const typed = openAnnotationText(plan.text, offset);
  const text = { heading: cut(mapped.text.heading, typed), body: cut(mapped.text.body, typed) };
  const mapping = text.heading === mapped.text.heading && text.body === mapped.text.body ? mapped : { ...mapped, text, candidates: rankItem(plan, parent, text) };
  const credits = taskCredits(parent, mapping);
  const shown = [...mapping.candidates.filter((c) => c.score > 0), ...credits.filter((c) => !mapping.candidates.some((m) => m.entry === c.entry && m.score > 0))];
  return shown.map((c) => {
    const credit = credits.find((k) => k.entry === c.entry);
    const similarity = `相似度 ${c.score.toFixed(2)}`;
    if (credit?.basis === "quoted") return { entry: c.entry, why: `${similarity}，引用原文“${credit.quote}”` };
    if (credit?.basis === "cited") return { entry: c.entry, why: "正文写明落实此条" };
    return { entry: c.entry, why: similarity };
  });
}

/** The open annotation around `offset` as written, from its bracket to the end of its line. */
function openAnnotationText(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "");
  return line.slice(annotationBefore(text, offset)!.index);
}

/** `words` without the last place it holds `part`. */
function cut(words: string, part: string): string {
  const at = words.lastIndexOf(part);
  return at < 0 ? words : words.slice(0, at) + words.slice(at + part.length);
}

/** The last line of an item's own text (its heading's, or its last body paragraph's): not its sub-items'. */
const lastLineOf = (item: NumberedItem) => item.bodyLines[item.bodyLines.length - 1] ?? item.line;
