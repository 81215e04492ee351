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
