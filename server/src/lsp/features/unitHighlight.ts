import { type DocumentHighlight, DocumentHighlightKind } from "vscode-languageserver";
import { PlanMemo } from "../../core/model/planMemo.js";
import type { PlanDocument, ResponsibilityClause, UnitName } from "../../core/model/types.js";
import type { UnitRegistry } from "../../core/units/registry.js";
import type { PlanSession } from "../session.js";
import { clausesWithOpen, UnitKeys, unitAt } from "../unitUsage.js";
import type { LanguageFeature } from "./feature.js";

/**
 * The cursor on a unit of a clause highlights every clause of the plan that lists that unit,
 * in whatever form it is written (市发改委 with 市发展改革委), as find-all-references keys it
 * (unitUsage.ts UnitKeys), in this document only. Without it the editor highlights the
 * "word" under the cursor, and Chinese text has no spaces: the whole run of characters up to
 * the next mark, never the department. Asked on every cursor move: the plan's names are keyed
 * once per model version (`unitsByKey`), the workspace's other plans not at all.
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
  const index = unitsByKey(plan, session.contextFor(uri).registry);
  const key = index.keyOf(found.unit.text);
  const names = index.names.get(key) ?? [];
  return names.map((unit) => ({ range: document.mapper.rangeOf(unit), kind: DocumentHighlightKind.Text }));
}

/** A plan's unit names by the unit they stand for, and the keying that made them: one per model version and registry. */
export class UnitsByKey {
  readonly names = new Map<string, UnitName[]>();
  private readonly keys: UnitKeys;
  private readonly keyed: { plan: PlanDocument; registry: UnitRegistry };

  constructor(
    plan: PlanDocument,
    readonly registry: UnitRegistry,
    clauses: readonly ResponsibilityClause[],
  ) {
    this.keyed = { plan, registry };
    this.keys = new UnitKeys([this.keyed]);
    for (const clause of clauses) {
      for (const unit of clause.units) {
        const key = this.keyOf(unit.text);
        const list = this.names.get(key);
        if (list) list.push(unit);
        else this.names.set(key, [unit]);
      }
    }
  }

  keyOf(name: string): string {
    return this.keys.keyOf(this.keyed, name);
  }
}

// On the plan (model/planMemo.ts), so that it lives exactly as long as the version it keys; a
// configuration that changes the registry without a new model gets a new index.
const perPlan = new PlanMemo<UnitsByKey>();

/** The plan's names keyed once: a cursor move then costs one name's key and a look-up, not the plan's every name. */
export function unitsByKey(plan: PlanDocument, registry: UnitRegistry): UnitsByKey {
  const kept = perPlan.get(plan);
  if (kept !== undefined && kept.registry === registry) return kept;
  // With the clauses still being typed, as references and rename read them (unitUsage.ts occurrencesIn).
  return perPlan.set(plan, new UnitsByKey(plan, registry, clausesWithOpen(plan)));
}
