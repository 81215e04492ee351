import { type CodeAction, CodeActionKind, type CodeActionParams, MessageType, ShowMessageNotification, type WorkspaceEdit } from "vscode-languageserver";
import { refusedAlone } from "../../core/fixes/applyFixes.js";
import type { Finding, Fix } from "../../core/rules/types.js";
import { toDiagnostic } from "../diagnostics.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import type { LanguageFeature } from "./feature.js";
import { analysisOptionsOf, refusedFixReason } from "./fixGuard.js";
import { workspaceEdit } from "./workspaceEdits.js";

/**
 * Code actions come from several providers (quick fixes of findings, renumbering, registry
 * edits …); the connection takes one handler, so this feature asks each provider in turn. Every
 * edit is computed in the server as a WorkspaceEdit, so the actions work in any LSP editor.
 */
export type CodeActionProvider = (entry: AnalyzedDocument, params: CodeActionParams, session: PlanSession) => CodeAction[];

/** A quick fix or suggestion offered for a finding, found again by these when it is picked. */
export interface OfferedFix {
  rule: string;
  /** The finding's length (its start is the deferred action's `at`). */
  length: number;
  /** The fix's description, the action's title. */
  title: string;
}

const FINDING_FIX = "findingFix";

interface Offer {
  finding: Finding;
  fix: Fix;
  isPreferred: boolean;
}

/**
 * The actions of the findings under the cursor: each finding's fix (preferred, and safe to apply
 * in bulk) and its suggestions (ESLint's hasSuggestions: edits a person chooses among, such as
 * the nearest registry name for an unknown unit; never preferred, never applied in bulk).
 * Each is applied as `plancheck --fix` applies it, only if it keeps every responsibility clause
 * and unit (core/fixes): checked when the person picks it (`codeAction/resolve`), or before it is
 * offered to a client that cannot resolve edits.
 */
export const findingActions: CodeActionProvider = (entry, params, session) => {
  const { analysis, mapper } = entry;
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const offers: Offer[] = [];
  // Findings of one group may carry one fix (xref/attachment-order's renumbering): offered once.
  const offeredFixes = new Set<Fix>();
  for (const finding of analysis.findings) {
    if (finding.end < start || finding.start > end) continue;
    if (finding.fix && !offeredFixes.has(finding.fix)) {
      offeredFixes.add(finding.fix);
      offers.push({ finding, fix: finding.fix, isPreferred: false });
    }
    for (const suggestion of finding.suggestions ?? []) offers.push({ finding, fix: suggestion, isPreferred: false });
  }
  if (offers.length === 0) return [];
  markPreferred(offers);
  const action = ({ finding, fix, isPreferred }: Offer): CodeAction => ({
    title: fix.description,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, mapper)],
    ...(isPreferred ? { isPreferred } : {}),
  });
  if (canResolveEdits(session)) {
    return offers.map((offer) =>
      withDeferredEdit(session, entry, action(offer), { edit: FINDING_FIX, at: offer.finding.start, fix: { rule: offer.finding.rule, length: offer.finding.end - offer.finding.start, title: offer.fix.description } }, FINDING_FIX_RESOLVERS),
    );
  }
  const refused = refusedAlone(analysis.plan.text, analysis, offers.map((offer) => offer.fix), analysisOptionsOf(session, params.textDocument.uri));
  return offers.filter((offer) => !refused.has(offer.fix)).map((offer) => ({ ...action(offer), edit: workspaceEdit(entry, offer.fix.edits, session) }));
};

/**
 * Auto Fix applies the preferred action only when exactly one is preferred: of findings that
 * overlap where the cursor is, one fix is — the finding's whose span is the narrowest, the one
 * most about the place (a unit's units/alias inside its clause's units/clause-style; of two on
 * one span, units/alias and units/clause-style …, the first). Findings apart from each other
 * in a selection keep one preferred fix each.
 */
function markPreferred(offers: Offer[]): void {
  const fixes = offers.filter((offer) => offer.fix === offer.finding.fix);
  const narrowestFirst = fixes.map((offer, order) => ({ offer, order })).sort((a, b) => a.offer.finding.end - a.offer.finding.start - (b.offer.finding.end - b.offer.finding.start) || a.order - b.order);
  const preferred: Finding[] = [];
  for (const { offer } of narrowestFirst) {
    const { finding } = offer;
    if (preferred.some((other) => (other.start === finding.start && other.end === finding.end) || (finding.start < other.end && other.start < finding.end))) continue;
    offer.isPreferred = true;
    preferred.push(finding);
  }
}

/** The picked quick fix, recomputed from the current analysis and applied only if it keeps every clause. */
export const FINDING_FIX_RESOLVERS: Readonly<Record<string, EditResolver>> = {
  [FINDING_FIX]: (entry, data, session) => {
    const offered = data.fix;
    if (!offered || data.at === undefined) return undefined;
    let picked: { finding: Finding; fix: Fix } | undefined;
    for (const finding of session.findingsOf(entry)) {
      if (finding.start !== data.at || finding.rule !== offered.rule || finding.end - finding.start !== offered.length) continue;
      const fix = [finding.fix, ...(finding.suggestions ?? [])].find((candidate) => candidate?.description === offered.title);
      if (fix) {
        picked = { finding, fix };
        break;
      }
    }
    if (!picked) return undefined;
    const { analysis, mapper } = entry;
    const loss = refusedAlone(analysis.plan.text, analysis, [picked.fix], analysisOptionsOf(session, data.uri)).get(picked.fix);
    if (loss !== undefined) return { refused: refusedFixReason(picked.finding, loss, mapper) };
    return workspaceEdit(entry, picked.fix.edits, session);
  },
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
  /** For a finding's quick fix: which one. */
  fix?: OfferedFix;
  /**
   * The text from `at` to the end of its line (some of it), by which `at` is found again when
   * the document changed between offering the action and picking it.
   */
  anchor?: string;
}

/**
 * The edit, or nothing when what the action is about is gone, or why it is refused (a quick fix
 * that would lose a clause): the person is told either way.
 */
export type EditResolver = (entry: AnalyzedDocument, data: DeferredEditData, session: PlanSession) => WorkspaceEdit | { refused: string } | undefined;

function isRefusal(edit: WorkspaceEdit | { refused: string } | undefined): edit is { refused: string } {
  return edit !== undefined && "refused" in edit;
}

/** Whether the client computes an action's edit only when it is picked (VS Code does). */
export function canResolveEdits(session: PlanSession): boolean {
  return session.clientCapabilities.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
}

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
  const full: DeferredEditData = { uri: entry.document.uri, version: entry.document.version, ...data, ...(data.at !== undefined ? { anchor: anchorAt(entry.analysis.plan.text, data.at) } : {}) };
  if (canResolveEdits(session)) return { ...action, data: full };
  const edit = resolvers[data.edit]?.(entry, full, session);
  return edit && !isRefusal(edit) ? { ...action, edit } : action;
}

/** How far the text after `at` identifies the place: enough to tell one item's marker and heading from another's. */
const ANCHOR_LENGTH = 40;

function anchorAt(text: string, at: number): string {
  const lineEnd = text.indexOf("\n", at);
  return text.slice(at, Math.min(lineEnd < 0 ? text.length : lineEnd, at + ANCHOR_LENGTH));
}

/**
 * The action's data for the document's current version: as it is when the version is the one
 * it was offered for; else with `at` moved to where its anchor text now is (the occurrence
 * nearest to where it was), or null when that text is gone.
 */
function currentData(entry: AnalyzedDocument, data: DeferredEditData): DeferredEditData | null {
  if (entry.document.version === data.version || data.at === undefined) return data;
  if (!data.anchor) return null;
  const text = entry.analysis.plan.text;
  let best = -1;
  for (let found = text.indexOf(data.anchor); found >= 0; found = text.indexOf(data.anchor, found + 1)) {
    if (best < 0 || Math.abs(found - data.at) < Math.abs(best - data.at)) best = found;
  }
  return best < 0 ? null : { ...data, version: entry.document.version, at: best };
}

function editCount(edit: WorkspaceEdit): number {
  const inChanges = Object.values(edit.changes ?? {}).reduce((sum, edits) => sum + edits.length, 0);
  // A document's edits count one by one; a file created, renamed or deleted counts one.
  return inChanges + (edit.documentChanges ?? []).reduce((sum, change) => sum + ("edits" in change ? change.edits.length : 1), 0);
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
        const resolver = Object.hasOwn(resolvers, data.edit) ? resolvers[data.edit] : undefined;
        // The edit is computed for the document as it is now: the person may have typed between
        // the light bulb and the pick. What the action is about is found again in the current
        // text; where it is gone, the person is told, never left with an action that did nothing.
        const current = entry && resolver ? currentData(entry, data) : null;
        const edit = entry && resolver && current ? resolver(entry, current, session) : undefined;
        if (isRefusal(edit)) {
          void session.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `“${action.title}”未执行：${edit.refused}。` });
          return action;
        }
        if (edit && editCount(edit) > 0) return { ...action, edit };
        const why = !entry ? "文档已关闭" : entry.document.version !== data.version ? "文档在此期间已修改，该操作针对的内容已不存在或已无需修改" : "该操作针对的内容已不存在或已无需修改";
        void session.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `“${action.title}”未执行：${why}。` });
        return action;
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
