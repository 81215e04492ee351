import { type CompletionItem, CompletionItemKind, type CompletionList } from "vscode-languageserver";
import { citableDocuments } from "../../core/parents/documents.js";
import type { ModeledDocument } from "../session.js";

/**
 * How far back from the cursor an open `《` is looked for: a title far longer than any a plan
 * cites (the longest known, the 十四五 纲要's, is 37 characters) and a bound on the look-back,
 * so that a long line costs no more than a short one.
 */
const MAX_TITLE = 120;

/**
 * Where the title being typed after an open `《` starts, on the cursor's line, or -1: a `《` with
 * no `》` (and no sentence's end) between it and the cursor. A nested title's `〈` is left to the
 * drafter: the document cited inside another is not one this list can name.
 */
export function citationTitleStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - MAX_TITLE);
  for (let i = offset - 1; i >= floor; i--) {
    const ch = text[i]!;
    if (ch === "《") return i + 1;
    if (ch === "》" || ch === "\n" || ch === "〈" || ch === "〉" || ch === "。") return -1;
  }
  return -1;
}

/**
 * Inside `《` as a title is typed: the documents the checker knows the exact title of — the plan's
 * known parents first (the built-in outline, the configured and found parent files), then the other
 * documents plans cite (data/cited-documents.json) — so that the title written is the one
 * xref/title checks citations against. Each item closes the title, and where its 文号 is known a
 * second one writes it too (`《质量强国建设纲要》（中发〔2022〕17号）`), as a first citation does.
 * Where a `》` already follows, only the title is replaced. The titles are those that hold what was
 * typed, character by character in order.
 */
export function citationCompletion(entry: ModeledDocument, offset: number): CompletionList | null {
  const text = entry.analysis.plan.text;
  const start = citationTitleStart(text, offset);
  if (start < 0) return null;
  // The rest of the title being edited, up to its `》` on the line, is replaced too.
  let end = offset;
  const limit = Math.min(text.length, offset + MAX_TITLE);
  while (end < limit && !"》《\r\n。".includes(text[end]!)) end++;
  const closed = text[end] === "》";
  const range = { start: entry.mapper.positionAt(start), end: entry.mapper.positionAt(closed ? end + 1 : end) };
  const typed = text.slice(start, offset);
  const items: CompletionItem[] = [];
  citableDocuments(entry.analysis.knownParents).forEach((document, index) => {
    if (!inOrderIn(typed, document.title)) return;
    const detail = [document.issuer, document.docNumber].filter((part) => part !== null).join(" ") || undefined;
    // The titles that hold what was typed as written (质量强 in 质量强国建设纲要) before those that hold it apart.
    const rank = `${document.title.includes(typed.replace(/[ \u3000]/g, "")) ? 0 : 1}${String(index).padStart(3, "0")}`;
    const item = (label: string, newText: string, sort: string): CompletionItem => ({
      label,
      kind: CompletionItemKind.Reference,
      ...(detail ? { detail } : {}),
      // Filtered here (the list is marked incomplete), so the editor's own filter keeps all of it.
      filterText: typed,
      sortText: sort,
      textEdit: { range, newText },
    });
    items.push(item(document.title, `${document.title}》`, `${rank}0`));
    // An existing `》` may be followed by the 文号 already: only the bare title is offered there.
    if (document.docNumber !== null && !closed) items.push(item(`${document.title}》（${document.docNumber}）`, `${document.title}》（${document.docNumber}）`, `${rank}1`));
  });
  return { isIncomplete: true, items };
}

/** Whether every character typed is in the title, in order (`质强纲要` finds 质量强国建设纲要); spaces aside. */
function inOrderIn(typed: string, title: string): boolean {
  let at = 0;
  for (const ch of typed) {
    if (ch === " " || ch === "\u3000") continue;
    at = title.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}
