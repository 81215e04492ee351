import type { Hover, HoverParams } from "vscode-languageserver";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import type { LanguageFeature } from "./feature.js";

/** A hover provider answers for the element under the cursor, or returns null to pass. */
export type HoverProvider = (entry: AnalyzedDocument, offset: number, params: HoverParams, session: PlanSession) => Hover | null;

export function hoverFeature(providers: readonly HoverProvider[]): LanguageFeature {
  return {
    capabilities: { hoverProvider: true },
    register(session) {
      session.connection.onHover((params) => {
        const entry = session.get(params.textDocument.uri);
        if (!entry) return null;
        const offset = entry.mapper.offsetAt(params.position);
        for (const provider of providers) {
          const hover = provider(entry, offset, params, session);
          if (hover) return hover;
        }
        return null;
      });
    },
  };
}
