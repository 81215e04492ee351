import { type CodeAction, CodeActionKind, type CodeActionParams, type TextEdit as LspTextEdit } from "vscode-languageserver";
import { renumberDocumentEdits } from "../../core/numbering/edits.js";
import { numberingOf } from "../../core/numbering/runs.js";
import type { Finding, TextEdit } from "../../core/rules/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { toDiagnostic } from "../diagnostics.js";
import type { CodeActionProvider } from "./codeActions.js";

/** 重新编号整个文档: the client's renumber command asks for this kind (client/src/commands/renumber.ts). */
export const RENUMBER_DOCUMENT_KIND = `${CodeActionKind.Source}.renumber.policyPlan`;
/** Every numbering fix of the document at once; a `source.fixAll` kind so it can run on save. */
export const FIX_ALL_NUMBERING_KIND = `${CodeActionKind.SourceFixAll}.policyPlan.numbering`;

const MARKER_STYLE_RULE = "numbering/marker-style";

/** Source actions are computed only when the client asks for them (or asks for everything). */
function wanted(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function workspaceEdit(uri: string, edits: readonly TextEdit[], mapper: PositionMapper): CodeAction["edit"] {
  const changes: LspTextEdit[] = edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText }));
  return { changes: { [uri]: changes } };
}

/**
 * 重新编号整个文档: every run of every level renumbered 1…N in the scope the document uses
 * (or its configuration sets). It is offered only when something would change, so the
 * editor's "no action available" is the answer for a document already in order.
 */
export const renumberDocumentAction: CodeActionProvider = ({ analysis, mapper, document }, params, session) => {
  if (!wanted(params, RENUMBER_DOCUMENT_KIND)) return [];
  const edits = renumberDocumentEdits(numberingOf(analysis.plan, session.configFor(document.uri)));
  if (edits.length === 0) return [];
  return [{ title: "重新编号整个文档", kind: RENUMBER_DOCUMENT_KIND, edit: workspaceEdit(params.textDocument.uri, edits, mapper) }];
};

/** The edits of every finding of the given rules, each edit once (the findings of one run share their fix). */
function findingEdits(findings: readonly Finding[], rules: (rule: string) => boolean): TextEdit[] {
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (!finding.fix || !rules(finding.rule)) continue;
    for (const edit of finding.fix.edits) {
      const key = `${edit.start}:${edit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(edit);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * Fix-alls. Next to a marker-style finding: "将全文 N 处编号改为规范写法". As a source action
 * (`source.fixAll.policyPlan.numbering`): every numbering finding's fix at once — canonical
 * markers and renumbered runs. Marker fixes replace punctuation and renumbering replaces
 * numerals, so the edits never overlap and one application settles everything.
 */
export const numberingFixAll: CodeActionProvider = ({ analysis, mapper }, params) => {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  const findings = analysis.findings;
  if (wanted(params, CodeActionKind.QuickFix)) {
    const start = mapper.offsetAt(params.range.start);
    const end = mapper.offsetAt(params.range.end);
    const styleFindings = findings.filter((f) => f.rule === MARKER_STYLE_RULE && f.fix);
    const here = styleFindings.filter((f) => f.start <= end && f.end >= start);
    if (here.length > 0 && styleFindings.length > 1) {
      actions.push({
        title: `将全文 ${styleFindings.length} 处编号改为规范写法`,
        kind: CodeActionKind.QuickFix,
        diagnostics: here.map((f) => toDiagnostic(f, mapper)),
        edit: workspaceEdit(uri, findingEdits(styleFindings, () => true), mapper),
      });
    }
  }
  if (wanted(params, FIX_ALL_NUMBERING_KIND)) {
    const edits = findingEdits(findings, (rule) => rule.startsWith("numbering/"));
    if (edits.length > 0) actions.push({ title: "修正全文编号（规范写法、重新编号）", kind: FIX_ALL_NUMBERING_KIND, edit: workspaceEdit(uri, edits, mapper) });
  }
  return actions;
};
