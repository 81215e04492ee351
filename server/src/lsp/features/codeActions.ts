import { type CodeAction, CodeActionKind, type CodeActionParams, type WorkspaceEdit } from "vscode-languageserver";
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
  // Auto Fix applies the preferred action only when exactly one is preferred: of two findings'
  // fixes on one span (units/alias and units/clause-style …) only the first is.
  const preferredSpans = new Set<string>();
  for (const finding of analysis.findings) {
    if (finding.end < start || finding.start > end) continue;
    if (finding.fix) {
      const span = `${finding.start}:${finding.end}`;
      actions.push(action(finding, finding.fix, !preferredSpans.has(span)));
      preferredSpans.add(span);
    }
    for (const suggestion of finding.suggestions ?? []) actions.push(action(finding, suggestion, false));
  }
  return actions;
};

/**
 * An action whose edit is computed only when the person picks it (`codeAction/resolve`): the
 * editor asks for actions on every cursor move, and a whole-document renumbering of 100,000
 * items must not be computed, converted to positions and sent for a light bulb. `data` says
 * how to recompute the edit from the document's current analysis.
 */
export interface DeferredEditData {
  uri: string;
  version: number;
  /** Which resolver recomputes the edit. */
  edit: string;
  /** Where in the document the action was asked for (an offset), for resolvers that need it. */
  at?: number;
}

export type EditResolver = (entry: AnalyzedDocument, data: DeferredEditData, session: PlanSession) => WorkspaceEdit | undefined;

/**
 * The action with its edit now, or with `data` for `codeAction/resolve` when the client can
 * resolve edits later (VS Code can; a client that cannot gets the edit at once).
 */
export function withDeferredEdit(
  session: PlanSession,
  entry: AnalyzedDocument,
  action: CodeAction,
  data: Omit<DeferredEditData, "uri" | "version">,
  resolvers: Readonly<Record<string, EditResolver>>,
): CodeAction {
  const full: DeferredEditData = { uri: entry.document.uri, version: entry.document.version, ...data };
  const canResolve = session.clientCapabilities.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
  if (canResolve) return { ...action, data: full };
  const edit = resolvers[data.edit]?.(entry, full, session);
  return edit ? { ...action, edit } : action;
}

/** Whether an action of `kind` answers a request for `only` (none: every kind; `refactor` takes `refactor.…`). */
export function kindRequested(only: readonly string[] | undefined, kind: string | undefined): boolean {
  return !only || only.some((asked) => kind === asked || kind?.startsWith(`${asked}.`) === true);
}

export function codeActionFeature(providers: readonly CodeActionProvider[], kinds: readonly string[], resolvers: Readonly<Record<string, EditResolver>> = {}): LanguageFeature {
  return {
    capabilities: { codeActionProvider: { codeActionKinds: [...kinds], resolveProvider: true } },
    register(session) {
      session.connection.onCodeActionResolve((action) => {
        const data = action.data as DeferredEditData | undefined;
        if (!data || typeof data.edit !== "string") return action;
        const entry = session.get(data.uri);
        // The document changed since the action was offered: its edit would land in the wrong place.
        if (!entry || entry.document.version !== data.version) return action;
        const edit = resolvers[data.edit]?.(entry, data, session);
        return edit ? { ...action, edit } : action;
      });
      session.connection.onCodeAction((params) => {
        const analysed = session.get(params.textDocument.uri);
        if (!analysed) return [];
        // While typing the slow rules' findings are carried over from the last complete analysis.
        const entry = { ...analysed, analysis: { ...analysed.analysis, findings: session.findingsOf(analysed) } };
        return providers.flatMap((provider) => provider(entry, params, session)).filter((action) => kindRequested(params.context.only, action.kind));
      });
    },
  };
}
