import type { PlanModel } from "../core/analyze.js";
import type { ParentDocument, ParentEntry } from "../core/parents/index.js";
import { findParent, parentOfCitation } from "../core/parents/index.js";
import type { AnnotationNode, AnnotationReferenceNode, CitationNode } from "../core/syntax/cst.js";
import { annotationParent, referencedEntry } from "../core/xref/annotations.js";
import { citableDocuments, citedDocument, type CitableDocument } from "../core/parents/documents.js";
import type { CitedNumber } from "../core/xref/citedNumbers.js";
import { planCitedNumbers } from "../core/xref/itemCitations.js";
import { declarationUsed } from "../core/xref/shortTitles.js";

/** What of a cross-reference is under the cursor in a plan. */
export type XrefTarget =
  | {
      kind: "citation";
      citation: CitationNode;
      document: CitableDocument | null;
      parent: ParentDocument | null;
      /** The citation a short title used here stands for, as the plan declares it (《纲要》 after 以下简称《纲要》), else null. */
      declared: CitationNode | null;
      span: { start: number; end: number };
    }
  | { kind: "reference"; annotation: AnnotationNode; reference: AnnotationReferenceNode; parent: ParentDocument | null; entry: ParentEntry | null; span: { start: number; end: number } }
  | { kind: "cited"; cited: CitedNumber; parent: ParentDocument; entry: ParentEntry | null; span: { start: number; end: number } }
  | { kind: "frontMatter"; parent: ParentDocument; span: { start: number; end: number } }
  /** An item's number cited after a document no parent is (落实《省方案》第（八）项): nothing to look it up in. */
  | { kind: "unknownCited"; title: string; number: string; parent: null; span: { start: number; end: number } };

export function xrefTargetAt(analysis: PlanModel, offset: number): XrefTarget | null {
  const { plan, knownParents, parents } = analysis;
  for (const annotation of plan.annotations) {
    if (offset < annotation.start || offset > annotation.end) continue;
    const parent = annotationParent(annotation, parents, knownParents);
    const under = annotation.references.find((r) => offset >= r.start && offset <= r.end);
    const reference = under ?? (annotation.references.length === 1 ? annotation.references[0]! : null);
    if (!reference) return null;
    // On the label (〔对应纲要：) of a one-item annotation the whole annotation is what is hovered:
    // a hover's range must hold the cursor.
    return { kind: "reference", annotation, reference, parent, entry: parent ? referencedEntry(parent, reference) : null, span: under ?? annotation };
  }
  // A number cited after the parent's name (落实《纲要》第（十七）条) names an item as an annotation's does.
  for (const parent of new Set(parents.map((p) => p.parent))) {
    const cited = planCitedNumbers(plan, parent).find((c) => offset >= c.start && offset <= c.end);
    if (cited) return { kind: "cited", cited, parent, entry: cited.titled?.entry ?? cited.numbered, span: cited };
  }
  for (const citation of plan.citations) {
    if (offset < citation.start || offset > citation.end) continue;
    const nested = citation.nested.find((n) => offset >= n.start && offset <= n.end);
    // A short title the plan declares (以下简称《纲要》) names the document its declaration abbreviates.
    const declared = nested ? null : (declarationUsed(plan, citation)?.full ?? null);
    const named = declared ?? citation;
    const parent = (nested ? findParent(nested.title, knownParents) : null) ?? parentOfCitation(named, knownParents);
    const documents = citableDocuments(knownParents);
    const document = parent ? (documents.find((d) => d.parent === parent) ?? null) : citedDocument((nested ?? named).title, documents);
    return { kind: "citation", citation, document, parent, declared, span: nested ?? citation };
  }
  const unknown = numberAfterUnknownDocument(analysis, offset);
  if (unknown) return unknown;
  const entry = plan.frontMatter?.entries.find((e) => e.canonicalKey === "上位文件" && offset >= e.valueSpan.start && offset <= e.valueSpan.end);
  if (entry) {
    const resolved = parents.find((p) => p.via === "frontMatter");
    if (resolved) return { kind: "frontMatter", parent: resolved.parent, span: entry.valueSpan };
  }
  return null;
}

/** How far after a citation's 》 its item's number may start (落实《省方案》 第（八）项): spaces only. */
const NUMBER_REACH = 4;
/** An item's or a part's number as a plan cites one after a title: 第（八）项, 第(十二)条, 第三部分. */
const CITED_NUMBER = /^[ \t\u3000]*(第\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*(?:条|项|款)?|[一二三四五六七八九十]+(?:条|项|款|部分)))/;

/**
 * The number cited right after a document that is no parent of the plan (落实《省方案》第（八）项,
 * with no 省方案 loaded): the hover says it cannot be looked up, as it says of the same number in
 * an annotation (〔对应《省方案》第（八）项〕) — before, the title had a hover and its number none.
 * A parent's numbers are planCitedNumbers', read before this.
 */
function numberAfterUnknownDocument(analysis: PlanModel, offset: number): XrefTarget | null {
  const { plan, knownParents } = analysis;
  for (const citation of plan.citations) {
    if (citation.end > offset || offset - citation.end > NUMBER_REACH + 12) continue;
    const number = CITED_NUMBER.exec(plan.text.slice(citation.end, citation.end + NUMBER_REACH + 16));
    if (number === null) continue;
    const start = citation.end + number[0].length - number[1]!.length;
    const end = citation.end + number[0].length;
    if (offset < start || offset > end) continue;
    const named = declarationUsed(plan, citation)?.full ?? citation;
    if (parentOfCitation(named, knownParents) !== null) return null;
    return { kind: "unknownCited", title: named.title, number: number[1]!, parent: null, span: { start, end } };
  }
  return null;
}
