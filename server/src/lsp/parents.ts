import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { builtinParents, knownParents, resolvePlanParents } from "../core/parents/index.js";
import type { ParentDocument, ParentEntry } from "../core/parents/index.js";
import { PositionMapper } from "../core/text/positions.js";
import { annotationParent, referencedEntry } from "../core/xref/annotations.js";
import type { Span } from "../core/model/types.js";
import { type CitedNumber, citedEntriesOf } from "../core/xref/citedNumbers.js";
import { planCitedNumbers } from "../core/xref/itemCitations.js";
import type { IndexedPlan } from "./workspaceIndex.js";
import type { PlanSession } from "./session.js";
import { uriToPath } from "./uris.js";

/**
 * Parent documents in the editor. A parent written as a `.plan` file is that file; the built-in
 * outline (and a `.json` outline) is a read-only virtual document `plan-parent:/<id>.plan`,
 * whose text the client asks for with `policyPlan/parentDocument` (VS Code: a
 * TextDocumentContentProvider; other editors can do the same, or use `plancheck parent`).
 */
export const PARENT_SCHEME = "plan-parent";
export const PARENT_DOCUMENT_REQUEST = "policyPlan/parentDocument";

export function parentUri(parent: ParentDocument): string {
  if (/\.plan(\.txt)?$/i.test(parent.source) && isAbsolute(parent.source)) return pathToFileURL(parent.source).toString();
  return `${PARENT_SCHEME}:/${encodeURIComponent(parent.id)}.plan`;
}

/** Every parent the server knows: files the loaded configurations name, then the built-in ones. */
export function allParents(session: PlanSession): ParentDocument[] {
  const files = session.contexts.loadedParents().map((l) => l.parent);
  return [...files, ...builtinParents()];
}

/** The parent a document is, by its URI (virtual, or a parent's own .plan file). */
export function parentOfUri(session: PlanSession, uri: string): ParentDocument | null {
  if (uri.startsWith(`${PARENT_SCHEME}:`)) {
    const id = decodeURIComponent(uri.slice(PARENT_SCHEME.length + 1).replace(/^\/+/, "").replace(/\.plan$/, ""));
    return allParents(session).find((p) => p.id === id) ?? null;
  }
  const path = uriToPath(uri);
  return path ? (allParents(session).find((p) => p.source === path) ?? null) : null;
}

/** The entry (section or item) of a parent at an offset of its text. */
export function entryAtOffset(parent: ParentDocument, offset: number): ParentEntry | null {
  const all = [...parent.items, ...parent.sections];
  // Items before sections: an item's span lies inside its section's.
  return all.find((e) => offset >= e.span.start && offset <= e.headingSpan.end) ?? null;
}

/** Where an entry is in its parent: its marker and heading. */
export function entryLocation(parent: ParentDocument, entry: ParentEntry) {
  return { uri: parentUri(parent), range: new PositionMapper(parent.text).rangeOf({ start: entry.span.start, end: entry.headingSpan.end }) };
}

/** Two parent objects stand for the same document when their ids match (a configuration reload makes new objects). */
export function sameParent(a: ParentDocument, b: ParentDocument): boolean {
  return a === b || a.id === b.id;
}

/**
 * Every place in the workspace's plans that names this entry as the drafter's statement: an
 * annotation's reference (〔对应纲要：（七）〕), and a number cited in the text after the parent's
 * name (落实《纲要》第（七）条, xref/itemCitations.ts: a range's items and a part's count as its own
 * numbers do in coverage), read with the parents and short titles each plan declares.
 */
export function statementsOf(session: PlanSession, parent: ParentDocument, entry: ParentEntry): Array<{ plan: IndexedPlan; span: Span }> {
  const found: Array<{ plan: IndexedPlan; span: Span }> = [];
  for (const plan of session.workspace.plans()) {
    // Only a plan that cites a document or annotates its items names a parent's entry.
    if (plan.plan.annotations.length === 0 && plan.plan.citations.length === 0 && !plan.plan.text.includes("纲要")) continue;
    const context = session.contextFor(plan.uri);
    const { parents: resolved, loaded } = resolvePlanParents(plan.plan, context.config, context.parents, context.parentFiles);
    const known = knownParents(loaded);
    const named: Span[] = [];
    for (const annotation of plan.plan.annotations) {
      const target = annotationParent(annotation, resolved, known);
      if (!target || !sameParent(target, parent)) continue;
      for (const reference of annotation.references) {
        const entryNamed = referencedEntry(target, reference);
        if (entryNamed && entryNamed.level === entry.level && entryNamed.value === entry.value) named.push(reference);
      }
    }
    for (const { parent: target } of resolved) {
      if (!sameParent(target, parent)) continue;
      const cited = planCitedNumbers(plan.plan, target);
      cited.forEach((each, i) => {
        if (!citesEntry(target, each, entry)) return;
        // An item between a range's ends (（六） of 第（五）至（八）条) is named by the range as a whole.
        const between = each.rangeFrom !== null && i > 0 && (each.titled?.entry ?? each.numbered)?.value !== entry.value;
        named.push(between ? { start: cited[i - 1]!.start, end: each.end } : each);
      });
    }
    named.sort((a, b) => a.start - b.start);
    for (const span of named) found.push({ plan, span });
  }
  return found;
}

/** Whether a cited number names the entry: a part by its own number, an item as coverage counts it (its title copied, a range's, its part's). */
function citesEntry(parent: ParentDocument, cited: CitedNumber, entry: ParentEntry): boolean {
  if (entry.level === 1) return cited.part && (cited.titled?.entry ?? cited.numbered) === entry;
  return citedEntriesOf(parent, cited).some((each) => each.level === entry.level && each.value === entry.value);
}

