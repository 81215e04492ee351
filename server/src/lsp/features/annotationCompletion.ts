import { type CompletionItem, CompletionItemKind, type CompletionList } from "vscode-languageserver";
import { annotationParent, isAddressable } from "../../core/xref/annotations.js";
import { outOfScope, planScope } from "../../core/xref/coverage.js";
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
 * section numbers (`七`) with their titles, but not those the annotation already holds. Items
 * to cover come first; the items coverage does not count (the 总体要求's and the closing
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
  const item = (label: string, title: string, verified: boolean, kind: CompletionItemKind, sort: string, note = ""): CompletionItem => ({
    label,
    kind,
    detail: title,
    labelDetails: { description: `${title}${verified ? "" : "（未核实）"}${note}` },
    documentation: `《${parent.title}》${label}${title}`,
    filterText: `${label}${title}`,
    sortText: sort,
    textEdit: { range, newText: label },
  });
  const open = <T extends { label: string }>(entries: readonly T[]) => entries.filter((e) => !written.has(e.label));
  const scope = planScope(entry.analysis.plan, parent);
  const items = [
    // Each number once, with the item it names (a parent whose numbering restarts repeats it).
    ...open(parent.items.filter((e) => isAddressable(parent, e))).map((e, i) =>
      {
        const reason = outOfScope(e, scope);
        if (reason === null) return item(e.label, e.title, e.verified, CompletionItemKind.Reference, `0${String(i).padStart(3, "0")}`);
        return item(e.label, e.title, e.verified, CompletionItemKind.Reference, `2${String(i).padStart(3, "0")}`, reason === "other-sector" ? "（其他领域，不计入覆盖率）" : "（不计入覆盖率）");
      },
    ),
    ...open(parent.sections).map((e, i) => item(e.label, e.title, e.verified, CompletionItemKind.Module, `1${String(i).padStart(3, "0")}`)),
  ];
  return { isIncomplete: false, items };
}
