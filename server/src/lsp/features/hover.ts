import type { Hover, HoverParams } from "vscode-languageserver";
import type { ModeledDocument, PlanSession } from "../session.js";
import { firstAnswer, type LanguageFeature } from "./feature.js";

/**
 * A hover provider answers for the element under the cursor, or returns null to pass. Hover is
 * answered from the model of the current text (no findings), so it never waits for the rules.
 */
export type HoverProvider = (entry: ModeledDocument, offset: number, params: HoverParams, session: PlanSession) => Hover | null;

export function hoverFeature(providers: readonly HoverProvider[]): LanguageFeature {
  return {
    capabilities: { hoverProvider: true },
    register(session) {
      session.connection.onHover((params) => {
        const entry = session.modelOf(params.textDocument.uri);
        if (!entry) return null;
        return firstAnswer(providers, entry, entry.mapper.offsetAt(params.position), params, session);
      });
    },
  };
}
