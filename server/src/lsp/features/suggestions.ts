import { type CodeAction, CodeActionKind } from "vscode-languageserver";
import { toDiagnostic } from "../diagnostics.js";
import type { CodeActionProvider } from "./codeActions.js";

/**
 * The suggestions of the findings under the cursor (ESLint's hasSuggestions): edits a person
 * chooses among — the nearest registry name for an unknown unit, the two readings of names run
 * together. Unlike a finding's fix they are never preferred and never applied in bulk.
 */
export const findingSuggestions: CodeActionProvider = ({ analysis, mapper }, params) => {
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const finding of analysis.findings) {
    if (!finding.suggestions || finding.end < start || finding.start > end) continue;
    for (const suggestion of finding.suggestions) {
      actions.push({
        title: suggestion.description,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, mapper)],
        edit: { changes: { [params.textDocument.uri]: suggestion.edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText })) } },
      });
    }
  }
  return actions;
};
