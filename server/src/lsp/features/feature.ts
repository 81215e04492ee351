import type { ServerCapabilities } from "vscode-languageserver";
import type { PlanSession } from "../session.js";

/**
 * One language feature per file (after vscode-markdown-languageservice): the capabilities it
 * announces and the handlers it registers on the session's connection.
 */
export interface LanguageFeature {
  capabilities: ServerCapabilities;
  register(session: PlanSession): void;
}

/**
 * The answer of the first provider that has one, or null: hover, definition and references each
 * take one handler per connection and ask their providers in turn, most particular first.
 */
export function firstAnswer<A extends unknown[], R>(providers: readonly ((...args: A) => R | null)[], ...args: A): R | null {
  for (const provider of providers) {
    const answer = provider(...args);
    if (answer) return answer;
  }
  return null;
}
