import { type CodeAction, CodeActionKind, MessageType, ShowMessageNotification, type WorkspaceEdit } from "vscode-languageserver";
import { fixAll } from "../../core/fixes/applyFixes.js";
import { changedSpan } from "../../core/text/changedSpan.js";
import { PositionMapper } from "../../core/text/positions.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import { canResolveEdits, type CodeActionProvider, type EditResolver, withDeferredEdit } from "./codeActions.js";
import { analysisOptionsOf, refusedFixesMessage } from "./fixGuard.js";
import { workspaceEdit } from "./workspaceEdits.js";

/**
 * The editor's `plancheck --fix`: every finding's fix in the document at once, pass after pass
 * until nothing fixable is left (core/fixes fixAll: a fix that only becomes possible once
 * another is made — a clause's brackets, then its separators — is made too, so that picking
 * it twice changes nothing), each pass guarded as the CLI guards it. VS Code's "Fix All" and
 * `editor.codeActionsOnSave: { "source.fixAll": … }` ask for this kind; without it they found
 * only the numbering fix-all and left every unit, punctuation and text fix to be picked one by one.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policyPlan`;

const RESOLVER = "fixAllDocument";

/**
 * Offered only when the request names the kind (or `source`, `source.fixAll` above it), never
 * for the light bulb: a client that cannot resolve edits gets the edit with the offer, and
 * passes of whole analyses have no place on every cursor move.
 */
export const documentFixAll: CodeActionProvider = (entry, params, session) => {
  if (!documentFixAllRequested(params.context.only)) return [];
  let fixable = 0;
  for (const finding of entry.analysis.findings) if (finding.fix) fixable++;
  if (fixable === 0) return [];
  const action: CodeAction = { title: `修正全文可自动修复的 ${fixable} 处问题`, kind: FIX_ALL_KIND };
  if (canResolveEdits(session)) return [withDeferredEdit(session, entry, action, { edit: RESOLVER }, DOCUMENT_FIX_ALL_RESOLVERS)];
  // Offered with its edit: nobody has picked it yet, so the fixes it leaves out are not
  // announced; their findings stay in the list.
  const edit = fixedDocumentEdit(entry, session, false);
  return edit ? [{ ...action, edit }] : [];
};

/** Whether a request's kinds take the document's fix-all: it, or a kind above it (`source`, `source.fixAll`). */
export function documentFixAllRequested(only: readonly string[] | undefined): boolean {
  return only?.some((asked) => FIX_ALL_KIND === asked || FIX_ALL_KIND.startsWith(`${asked}.`)) === true;
}

export const DOCUMENT_FIX_ALL_RESOLVERS: Readonly<Record<string, EditResolver>> = {
  [RESOLVER]: (entry, _data, session) => fixedDocumentEdit(entry, session, true),
};

/**
 * The fixed text as one replacement of the stretch from the first change to the last: fixes
 * made in later passes have offsets of texts the editor never had, and the stretch in between
 * is kept as it was by the replacement itself.
 */
function fixedDocumentEdit(entry: AnalyzedDocument, session: PlanSession, picked: boolean): WorkspaceEdit | undefined {
  const text = entry.analysis.plan.text;
  const result = fixAll(text, analysisOptionsOf(session, entry.document.uri));
  if (picked && result.refused.length > 0) {
    void session.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: refusedFixesMessage(result.refused, new PositionMapper(result.text)) });
  }
  if (result.text === text) return undefined;
  const span = changedSpan(text, result.text);
  return workspaceEdit(entry, [{ start: span.start, end: span.oldEnd, newText: result.text.slice(span.start, span.newEnd) }], session);
}
