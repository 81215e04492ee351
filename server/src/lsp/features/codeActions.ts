import { type CodeAction, CodeActionKind } from "vscode-languageserver";
import { toDiagnostic } from "../diagnostics.js";
import type { LanguageFeature } from "./feature.js";

/**
 * Quick fixes for the findings under the cursor. Every edit is computed here, in the server, as
 * a WorkspaceEdit, so the fixes work in any LSP editor.
 */
export const quickFixFeature: LanguageFeature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(session) {
    session.connection.onCodeAction((params) => {
      const entry = session.get(params.textDocument.uri);
      if (!entry) return [];
      const { analysis, mapper } = entry;
      const start = mapper.offsetAt(params.range.start);
      const end = mapper.offsetAt(params.range.end);
      const actions: CodeAction[] = [];
      for (const finding of analysis.findings) {
        if (!finding.fix || finding.end < start || finding.start > end) continue;
        actions.push({
          title: finding.fix.description,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(finding, mapper)],
          isPreferred: true,
          edit: { changes: { [params.textDocument.uri]: finding.fix.edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText })) } },
        });
      }
      return actions;
    });
  },
};
