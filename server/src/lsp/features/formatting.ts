import type { TextEdit as LspTextEdit } from "vscode-languageserver";
import { formatEdits } from "../../core/punct/format.js";
import type { PlanSession } from "../session.js";
import type { LanguageFeature } from "./feature.js";
import { lspEdits } from "./workspaceEdits.js";

/**
 * Format Document / Format Selection: the punctuation and spacing fixes (full-width marks in
 * Chinese text, doubled marks, spaces between Chinese characters) computed by the core, under
 * the plan's configuration and the editor's rule settings. Nothing but punctuation and spaces
 * changes, and formatting twice changes nothing the second time.
 */
function formatting(session: PlanSession, uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): LspTextEdit[] {
  const entry = session.get(uri);
  if (!entry) return [];
  const { document, mapper } = entry;
  const { config, registryEntries } = session.contextFor(uri);
  const span = range ? { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } : undefined;
  const edits = formatEdits(document.getText(), { config, registryEntries, ruleOverrides: session.settings.rules }, span);
  return lspEdits(edits, mapper);
}

export const formattingFeature: LanguageFeature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(session) {
    session.connection.onDocumentFormatting((params) => formatting(session, params.textDocument.uri));
    session.connection.onDocumentRangeFormatting((params) => formatting(session, params.textDocument.uri, params.range));
  },
};
