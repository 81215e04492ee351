import { type CodeAction, CodeActionKind } from "vscode-languageserver";
import { renumberedValue } from "../../core/numbering/breaks.js";
import { markerWithValue, renumberDocumentEdits, renumberRunEdits } from "../../core/numbering/edits.js";
import { type NumberingRun, numberingOf } from "../../core/numbering/runs.js";
import type { Finding, TextEdit } from "../../core/rules/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import type { NumberedItem, PlanDocument, PlanPart } from "../../core/model/types.js";
import { partBreaks, renumberPartEdits } from "../../core/numbering/parts.js";
import { toChineseNumeral } from "../../core/model/numerals.js";
import { carriedReferenceEdits, uncertainNote, uncertainReferences } from "../../core/references/renumbering.js";
import { internalReferences } from "../../core/references/index.js";
import { toDiagnostic } from "../diagnostics.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import { type CodeActionProvider, type EditResolver, kindRequested, withDeferredEdit } from "./codeActions.js";
import { workspaceEdit } from "./workspaceEdits.js";
import { keptFixesEdit } from "./fixGuard.js";
import { documentFixAllRequested } from "./documentFixAll.js";

/** 重新编号整个文档: the client's renumber command asks for this kind (client/src/commands/renumber.ts). */
export const RENUMBER_DOCUMENT_KIND = `${CodeActionKind.Source}.renumber.policyPlan`;
/** Every numbering fix of the document at once; a `source.fixAll` kind so it can run on save. */
export const FIX_ALL_NUMBERING_KIND = `${CodeActionKind.SourceFixAll}.policyPlan.numbering`;

const MARKER_STYLE_RULE = "numbering/marker-style";
/** The rules whose findings are breaks of a run, fixed by renumbering it. */
const RENUMBER_RULES: ReadonlySet<string> = new Set(["numbering/sequence", "numbering/scope"]);

/** Source actions are computed only when the client asks for them (or asks for everything). */
function numberingFor(entry: AnalyzedDocument, session: PlanSession) {
  return numberingOf(entry.analysis.plan, session.configFor(entry.document.uri));
}

/** The run whose item has its marker at an offset, or null. */
function runAt(entry: AnalyzedDocument, session: PlanSession, markerStart: number): NumberingRun | null {
  const numbering = numberingFor(entry, session);
  for (const brk of numbering.breaks) if (brk.item.marker.start === markerStart) return brk.run;
  return null;
}

/** Edits of the actions below, recomputed from the current analysis when the person picks one. */
export const NUMBERING_EDIT_RESOLVERS: Record<string, EditResolver> = {
  renumberDocument: (entry, _data, session) => workspaceEdit(entry, documentRenumbering(entry, session).edits, session),
  renumberRun: (entry, data, session) => {
    const run = data.at === undefined ? null : runAt(entry, session, data.at);
    return run ? workspaceEdit(entry, runRenumbering(entry, run).edits, session) : undefined;
  },
  renumberPartRun: (entry, data, session) => {
    const run = data.at === undefined ? null : partRunAt(entry.analysis.plan, data.at);
    return run ? workspaceEdit(entry, partRunRenumbering(entry, run).edits, session) : undefined;
  },
  fixAllNumbering: (entry, data, session) => keptFixesEdit(entry, data.uri, session, numberingFindings(entry.analysis.findings)),
  markerStyleAll: (entry, data, session) => keptFixesEdit(entry, data.uri, session, entry.analysis.findings.filter((finding) => finding.fix && finding.rule === MARKER_STYLE_RULE)),
};

/**
 * A renumbering's edits with those of the references it carries (references/renumbering.ts:
 * `本方案第四部分` after 四、 became 三、, where that is exact), and how many those are, for the
 * action's title to say.
 */
function withCarried(plan: PlanDocument, edits: TextEdit[], renumbered: ReadonlyMap<NumberedItem, number>, renumberedParts?: ReadonlyMap<PlanPart, number>): { edits: TextEdit[]; carried: number; uncertain: number } {
  const carried = carriedReferenceEdits(plan, renumbered, renumberedParts);
  const uncertain = uncertainReferences(plan, renumbered, renumberedParts).length;
  if (carried.length === 0) return { edits, carried: 0, uncertain };
  return { edits: [...edits, ...carried].sort((a, b) => a.start - b.start), carried: carried.length, uncertain };
}

function documentRenumbering(entry: AnalyzedDocument, session: PlanSession) {
  const renumbered = new Map<NumberedItem, number>();
  const renumberedParts = new Map<PlanPart, number>();
  const edits = renumberDocumentEdits(numberingFor(entry, session), entry.analysis.plan, renumbered, renumberedParts);
  return withCarried(entry.analysis.plan, edits, renumbered, renumberedParts);
}

function runRenumbering(entry: AnalyzedDocument, run: NumberingRun) {
  const renumbered = new Map<NumberedItem, number>();
  const edits = renumberRunEdits(run, 0, run.items.length, renumbered);
  return withCarried(entry.analysis.plan, edits, renumbered);
}

/** The run of parts whose break is the part headed at an offset, or null. */
function partRunAt(plan: PlanDocument, headingStart: number): readonly PlanPart[] | null {
  for (const brk of partBreaks(plan)) if (brk.part.heading.start === headingStart) return brk.run;
  return null;
}

function partRunRenumbering(entry: AnalyzedDocument, run: readonly PlanPart[]) {
  const renumberedParts = new Map<PlanPart, number>();
  const edits = renumberPartEdits(entry.analysis.plan, run, 0, run.length, renumberedParts);
  return withCarried(entry.analysis.plan, edits, new Map(), renumberedParts);
}

/** `，并更新 2 处引用` after an action's title, where it carries references, and the references it leaves. */
function carriedNote({ carried, uncertain }: { carried: number; uncertain: number }): string {
  return `${carried > 0 ? `，并更新 ${carried} 处引用` : ""}${uncertainNote(uncertain)}`;
}

function numberingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.fix && finding.rule.startsWith("numbering/"));
}

/**
 * 重新编号整个文档: every run of every level (and of the parts, 第一章 …) renumbered 1…N in the scope the document uses
 * (or its configuration sets). It is offered only when something would change, so the
 * editor's "no action available" is the answer for a document already in order; whether it
 * would is known from the breaks, and the edit itself is computed when it is picked.
 */
export const renumberDocumentAction: CodeActionProvider = (entry, params, session) => {
  if (!kindRequested(params.context.only, RENUMBER_DOCUMENT_KIND)) return [];
  const plan = entry.analysis.plan;
  const partsBreak = plan.parts.length > 0 && partBreaks(plan).some((brk) => renumberPartEdits(plan, brk.run, brk.index, brk.index + 1).length > 0);
  if (!partsBreak && numberingFor(entry, session).breaks.every((brk) => renumberRunEdits(brk.run, brk.index, brk.index + 1).length === 0)) return [];
  // The whole renumbering is computed for the title only where the plan names its own sections (to say which references it carries and which it leaves).
  const names = internalReferences(entry.analysis.plan).references.some((reference) => reference.kind === "section");
  const title = `重新编号整个文档${names ? carriedNote(documentRenumbering(entry, session)) : ""}`;
  return [withDeferredEdit(session, entry, { title, kind: RENUMBER_DOCUMENT_KIND }, { edit: "renumberDocument" }, NUMBERING_EDIT_RESOLVERS)];
};

/**
 * 重新编号本组 on a break whose run has other breaks: a finding's own fix renumbers only up to
 * the next break (so that the findings of a run pasted as `1.` ×N stay linear), while a person
 * who moved an item wants the whole run settled in one step.
 */
export const renumberRunAction: CodeActionProvider = (entry, params, session) => {
  if (!kindRequested(params.context.only, CodeActionKind.QuickFix)) return [];
  const { analysis, mapper } = entry;
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const here = analysis.findings.filter((f) => RENUMBER_RULES.has(f.rule) && f.fix && f.end >= start && f.start <= end);
  if (here.length === 0) return [];
  const numbering = numberingFor(entry, session);
  const breaksOf = new Map<NumberingRun, number>();
  for (const brk of numbering.breaks) breaksOf.set(brk.run, (breaksOf.get(brk.run) ?? 0) + 1);
  const actions: CodeAction[] = [];
  const offered = new Set<NumberingRun>();
  for (const finding of here) {
    const brk = numbering.breaks.find((b) => b.item.marker.start === finding.start);
    if (!brk || offered.has(brk.run) || (breaksOf.get(brk.run) ?? 0) < 2) continue;
    offered.add(brk.run);
    const items = brk.run.items;
    const from = items.findIndex((item, index) => item.marker.value !== renumberedValue(brk.run, index));
    const last = items.length - 1;
    const first = `“${markerWithValue(items[from]!.marker, renumberedValue(brk.run, from))}”`;
    const range = from === last ? first : `${first}至“${markerWithValue(items[last]!.marker, renumberedValue(brk.run, last))}”`;
    const crosses = items.slice(from).some((item) => item.parent !== items[from]!.parent);
    const action: CodeAction = { title: `重新编号本组：改为${range}${crosses ? "（跨上级连续）" : ""}${carriedNote(runRenumbering(entry, brk.run))}`, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding, mapper)] };
    actions.push(withDeferredEdit(session, entry, action, { edit: "renumberRun", at: brk.item.marker.start }, NUMBERING_EDIT_RESOLVERS));
  }
  if (analysis.plan.parts.length > 0) actions.push(...renumberPartRunActions(entry, session, here));
  return actions;
};

/** 重新编号本组 on a part's break (第三章 above 第二章) whose run has other breaks: the parts settled in one step, as items are. */
function renumberPartRunActions(entry: AnalyzedDocument, session: PlanSession, here: readonly Finding[]): CodeAction[] {
  const plan = entry.analysis.plan;
  const breaks = partBreaks(plan);
  const actions: CodeAction[] = [];
  const offered = new Set<readonly PlanPart[]>();
  for (const finding of here) {
    const brk = breaks.find((b) => b.part.heading.start === finding.start);
    if (!brk || offered.has(brk.run) || breaks.filter((b) => b.run === brk.run).length < 2) continue;
    offered.add(brk.run);
    const from = brk.run.findIndex((part, index) => part.value !== index + 1);
    const named = (index: number) => `“第${toChineseNumeral(index + 1)}${brk.run[index]!.word}”`;
    const last = brk.run.length - 1;
    const range = from === last ? named(from) : `${named(from)}至${named(last)}`;
    const action: CodeAction = { title: `重新编号本组：改为${range}${carriedNote(partRunRenumbering(entry, brk.run))}`, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding, entry.mapper)] };
    actions.push(withDeferredEdit(session, entry, action, { edit: "renumberPartRun", at: brk.part.heading.start }, NUMBERING_EDIT_RESOLVERS));
  }
  return actions;
}
/**
 * Fix-alls. Next to a marker-style finding: "将全文 N 处编号改为规范写法". As a source action
 * (`source.fixAll.policyPlan.numbering`): every numbering finding's fix at once — canonical
 * markers and renumbered runs. Marker fixes replace punctuation and renumbering replaces
 * numerals, so the edits never overlap and one application settles everything.
 */
/**
 * How many markers the marker-style findings' fixes rewrite: markers, not findings — a paste's
 * full-width markers are one finding whose fix rewrites them all, a marker a line (a finding of
 * one marker may edit two places of it: the brackets of `(一)`).
 */
function markersRewritten(findings: readonly Finding[], mapper: PositionMapper): number {
  let markers = 0;
  for (const finding of findings) markers += Math.max(1, new Set(finding.fix!.edits.map((edit) => mapper.positionAt(edit.start).line)).size);
  return markers;
}

export const numberingFixAll: CodeActionProvider = (entry, params, session) => {
  const { analysis, mapper } = entry;
  const actions: CodeAction[] = [];
  const findings = analysis.findings;
  if (kindRequested(params.context.only, CodeActionKind.QuickFix)) {
    const start = mapper.offsetAt(params.range.start);
    const end = mapper.offsetAt(params.range.end);
    const styleFindings = findings.filter((f) => f.rule === MARKER_STYLE_RULE && f.fix);
    const here = styleFindings.filter((f) => f.start <= end && f.end >= start);
    if (here.length > 0 && styleFindings.length > 1) {
      const action = { title: `将全文 ${markersRewritten(styleFindings, mapper)} 处编号改为规范写法`, kind: CodeActionKind.QuickFix, diagnostics: here.map((f) => toDiagnostic(f, mapper)) };
      actions.push(withDeferredEdit(session, entry, action, { edit: "markerStyleAll" }, NUMBERING_EDIT_RESOLVERS));
    }
  }
  // Fix All and a save's source.fixAll take the document's fix-all (documentFixAll.ts), which
  // makes the numbering fixes too: this one offered beside it made VS Code ask which to apply.
  // It answers a request for its own kind, and the light bulb's (no kind asked).
  const only = params.context.only;
  const askedByName = only?.some((asked) => asked === FIX_ALL_NUMBERING_KIND || asked.startsWith(`${FIX_ALL_NUMBERING_KIND}.`)) === true;
  if (askedByName || (kindRequested(only, FIX_ALL_NUMBERING_KIND) && !documentFixAllRequested(only))) {
    if (findings.some((f) => f.fix && f.rule.startsWith("numbering/"))) {
      actions.push(withDeferredEdit(session, entry, { title: "修正全文编号（规范写法、重新编号）", kind: FIX_ALL_NUMBERING_KIND }, { edit: "fixAllNumbering" }, NUMBERING_EDIT_RESOLVERS));
    }
  }
  return actions;
};
