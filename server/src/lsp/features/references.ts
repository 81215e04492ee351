import type { Location, ReferenceParams } from "vscode-languageserver";
import type { PlanSession } from "../session.js";
import { firstAnswer, type LanguageFeature } from "./feature.js";

/** A references provider answers for what is under the cursor, or returns null to pass. */
export type ReferencesProvider = (session: PlanSession, params: ReferenceParams) => Location[] | null;

/** The connection takes one references handler: units, parent items … are asked in turn. */
export function referencesFeature(providers: readonly ReferencesProvider[]): LanguageFeature {
  return {
    capabilities: { referencesProvider: true },
    register(session) {
      session.connection.onReferences((params) => firstAnswer(providers, session, params));
    },
  };
}
