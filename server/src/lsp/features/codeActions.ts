import { type CodeAction, CodeActionKind, type CodeActionParams } from "vscode-languageserver";
import { toDiagnostic } from "../diagnostics.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import type { LanguageFeature } from "./feature.js";

/**
 * Code actions come from several providers (quick fixes of findings, renumbering, registry
 * edits …); the connection takes one handler, so this feature asks each provider in turn. Every
 * edit is computed in the server as a WorkspaceEdit, so the actions work in any LSP editor.
 */
export type CodeActionProvider = (entry: AnalyzedDocument, params: CodeActionParams, session: PlanSession) => CodeAction[];

/** The quick fix of every finding under the cursor that has one. */
export const findingFixes: CodeActionProvider = ({ analysis, mapper }, params) => {
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
};

export function codeActionFeature(providers: readonly CodeActionProvider[], kinds: readonly string[]): LanguageFeature {
  return {
    capabilities: { codeActionProvider: { codeActionKinds: [...kinds] } },
    register(session) {
      session.connection.onCodeAction((params) => {
        const entry = session.get(params.textDocument.uri);
        if (!entry) return [];
        const only = params.context.only;
        return providers
          .flatMap((provider) => provider(entry, params, session))
          .filter((action) => !only || only.some((kind) => action.kind === kind || action.kind?.startsWith(`${kind}.`)));
      });
    },
  };
}
