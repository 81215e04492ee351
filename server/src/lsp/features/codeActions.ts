import { type CodeAction, CodeActionKind, type CodeActionParams } from "vscode-languageserver";
import type { Finding, Fix } from "../../core/rules/types.js";
import { toDiagnostic } from "../diagnostics.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import type { LanguageFeature } from "./feature.js";

/**
 * Code actions come from several providers (quick fixes of findings, renumbering, registry
 * edits …); the connection takes one handler, so this feature asks each provider in turn. Every
 * edit is computed in the server as a WorkspaceEdit, so the actions work in any LSP editor.
 */
export type CodeActionProvider = (entry: AnalyzedDocument, params: CodeActionParams, session: PlanSession) => CodeAction[];

/**
 * The actions of the findings under the cursor: each finding's fix (preferred, and safe to apply
 * in bulk) and its suggestions (ESLint's hasSuggestions: edits a person chooses among, such as
 * the nearest registry name for an unknown unit; never preferred, never applied in bulk).
 */
export const findingActions: CodeActionProvider = ({ analysis, mapper }, params) => {
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const action = (finding: Finding, fix: Fix, isPreferred: boolean): CodeAction => ({
    title: fix.description,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, mapper)],
    ...(isPreferred ? { isPreferred } : {}),
    edit: { changes: { [params.textDocument.uri]: fix.edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText })) } },
  });
  for (const finding of analysis.findings) {
    if (finding.end < start || finding.start > end) continue;
    if (finding.fix) actions.push(action(finding, finding.fix, true));
    for (const suggestion of finding.suggestions ?? []) actions.push(action(finding, suggestion, false));
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
