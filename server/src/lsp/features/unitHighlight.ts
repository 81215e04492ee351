import { type DocumentHighlight, DocumentHighlightKind } from "vscode-languageserver";
import type { PlanSession } from "../session.js";
import { UnitKeys, unitAt } from "../unitUsage.js";
import type { LanguageFeature } from "./feature.js";

/**
 * The cursor on a unit of a clause highlights every clause of the plan that lists that unit,
 * in whatever form it is written (市发改委 with 市发展改革委), as find-all-references keys it
 * (unitUsage.ts UnitKeys), in this document only. Without it the editor highlights the
 * "word" under the cursor, and Chinese text has no spaces: the whole run of characters up to
 * the next mark, never the department. Asked on every cursor move: the clauses are read once,
 * the workspace's other plans not at all.
 */
export const unitHighlightFeature: LanguageFeature = {
  capabilities: { documentHighlightProvider: true },
  register(session) {
    session.connection.onDocumentHighlight((params) => unitHighlights(session, params.textDocument.uri, params.position));
  },
};

function unitHighlights(session: PlanSession, uri: string, position: { line: number; character: number }): DocumentHighlight[] | null {
  // The model only, as hover reads it: asked on every cursor move, also between keystrokes,
  // when no rule need have run on the version the cursor is in.
  const document = session.modelOf(uri);
  if (!document) return null;
  const plan = document.analysis.plan;
  const found = unitAt(plan, document.mapper.offsetAt(position));
  if (!found) return null;
  const keyed = { plan, registry: session.contextFor(uri).registry };
  const keys = new UnitKeys([keyed]);
  const key = keys.keyOf(keyed, found.unit.text);
  // A clause still being typed (no closing bracket yet) is not among the plan's clauses.
  const clauses = plan.clauses.includes(found.clause) ? plan.clauses : [...plan.clauses, found.clause];
  const highlights: DocumentHighlight[] = [];
  for (const clause of clauses) {
    for (const unit of clause.units) if (keys.keyOf(keyed, unit.text) === key) highlights.push({ range: document.mapper.rangeOf(unit), kind: DocumentHighlightKind.Text });
  }
  return highlights;
}
