import { type CompletionItem, CompletionItemKind, type CompletionList } from "vscode-languageserver";
import { annotationParent } from "../../core/xref/annotations.js";
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

/**
 * Completion inside `〔对应纲要：` after the colon or a 、: the parent's section numbers (`七`) and
 * item numbers (`（七）`) with their titles. The editor filters on number and title, so typing
 * 品牌 finds （二十一）争创国内国际知名品牌.
 */
export function annotationCompletion(entry: AnalyzedDocument, offset: number): CompletionList | null {
  const match = annotationBefore(entry.document.getText(), offset);
  if (!match) return null;
  const { knownParents, parents } = entry.analysis;
  const parent = annotationParent({ label: match[1]! }, parents, knownParents);
  if (!parent) return null;
  const prefix = /[^、，,\s]*$/.exec(match[2]!)![0];
  const range = { start: entry.mapper.positionAt(offset - prefix.length), end: entry.mapper.positionAt(offset) };
  const item = (label: string, title: string, verified: boolean, kind: CompletionItemKind, sort: string): CompletionItem => ({
    label,
    kind,
    detail: title,
    labelDetails: { description: `${title}${verified ? "" : "（未核实）"}` },
    documentation: `《${parent.title}》${label}${title}`,
    filterText: `${label}${title}`,
    sortText: sort,
    textEdit: { range, newText: label },
  });
  const items = [
    ...parent.items.map((e, i) => item(e.label, e.title, e.verified, CompletionItemKind.Reference, `0${String(i).padStart(3, "0")}`)),
    ...parent.sections.map((e, i) => item(e.label, e.title, e.verified, CompletionItemKind.Module, `1${String(i).padStart(3, "0")}`)),
  ];
  return { isIncomplete: false, items };
}
