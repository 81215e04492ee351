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
        const hover = firstAnswer(providers, entry, entry.mapper.offsetAt(params.position), params, session);
        return hover === null ? null : withoutEmptyLines(hover);
      });
    },
  };
}

/**
 * A hover's Markdown with its paragraphs apart by one blank line, none before or after: providers
 * build their text from optional parts (a parent file with no issuer, 文号 or date), and a part
 * left out must not leave its blank line behind.
 */
function withoutEmptyLines(hover: Hover): Hover {
  const { contents } = hover;
  if (typeof contents !== "object" || !("kind" in contents)) return hover;
  const value = contents.value.replace(/^[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "");
  return value === contents.value ? hover : { ...hover, contents: { ...contents, value } };
}
