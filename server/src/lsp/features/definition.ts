import type { DefinitionParams, Location } from "vscode-languageserver";
import type { PlanSession } from "../session.js";
import { firstAnswer, type LanguageFeature } from "./feature.js";

/**
 * A definition provider answers for the element under the cursor (a reference to the plan's own
 * attachment or part, a citation of a parent), or returns null to pass. One handler per
 * connection: the providers are asked in turn, as hover's are.
 */
export type DefinitionProvider = (session: PlanSession, params: DefinitionParams) => Location | Location[] | null;

export function definitionFeature(providers: readonly DefinitionProvider[]): LanguageFeature {
  return {
    capabilities: { definitionProvider: true },
    register(session) {
      session.connection.onDefinition((params) => firstAnswer(providers, session, params));
    },
  };
}
