import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { builtinParents, knownParents, resolvePlanParents } from "../core/parents/index.js";
import type { ParentDocument, ParentEntry } from "../core/parents/index.js";
import { PositionMapper } from "../core/text/positions.js";
import { annotationParent, referencedEntry } from "../core/xref/annotations.js";
import type { AnnotationReferenceNode } from "../core/syntax/cst.js";
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

/** Every annotation reference in the workspace's plans that names this entry. */
export function annotationsOf(session: PlanSession, parent: ParentDocument, entry: ParentEntry): Array<{ plan: IndexedPlan; reference: AnnotationReferenceNode }> {
  const found: Array<{ plan: IndexedPlan; reference: AnnotationReferenceNode }> = [];
  for (const plan of session.workspace.plans()) {
    if (plan.plan.annotations.length === 0) continue;
    const context = session.contextFor(plan.uri);
    const { parents: resolved, loaded } = resolvePlanParents(plan.plan, context.config, context.parents, context.parentFiles);
    const known = knownParents(loaded);
    for (const annotation of plan.plan.annotations) {
      const target = annotationParent(annotation, resolved, known);
      if (!target || !sameParent(target, parent)) continue;
      for (const reference of annotation.references) {
        const named = referencedEntry(target, reference);
        if (named && named.level === entry.level && named.value === entry.value) found.push({ plan, reference });
      }
    }
  }
  return found;
}

