import { MessageType, ShowMessageNotification, type WorkspaceEdit } from "vscode-languageserver";
import type { AnalysisOptions } from "../../core/analyze.js";
import { partitionKeepingClauses, type RefusedFinding } from "../../core/fixes/applyFixes.js";
import { FIX_LOSS_TEXT, type FixLoss } from "../../core/fixes/fixLoss.js";
import type { Finding, TextEdit } from "../../core/rules/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import { workspaceEdit } from "./workspaceEdits.js";

/**
 * What the editor's fixes share with `plancheck --fix`'s guard (core/fixes/applyFixes.ts): the
 * options to re-analyse a fixed text with, and how a refusal is told.
 */

/** The options the document was analysed with, for re-checking a fix's result. */
export function analysisOptionsOf(session: PlanSession, uri: string): AnalysisOptions {
  const { config, registryEntries, parents, parentFiles } = session.contextFor(uri);
  return { config, registryEntries, parents, parentFiles, ruleOverrides: session.settings.rules };
}

/**
 * “已跳过 N 处修正 …”: which fixes a fix-all left out, why and where (1-based lines, as the
 * editor shows them), one sentence per reason.
 */
export function refusedFixesMessage(refused: readonly RefusedFinding[], mapper: PositionMapper): string {
  const reasons = [...new Set(refused.map((finding) => finding.loss))].map((loss) => {
    const these = refused.filter((finding) => finding.loss === loss);
    const places = these.slice(0, 5).map((finding) => `第 ${mapper.positionAt(finding.start).line + 1} 行 ${finding.rule}`);
    const more = these.length > 5 ? ` 等` : "";
    return `应用后${FIX_LOSS_TEXT[loss]}（${places.join("、")}${more}）`;
  });
  return `已跳过 ${refused.length} 处自动修复：${reasons.join("；")}，请手动修改。`;
}

/** Why one quick fix the person picked was not applied. */
export function refusedFixReason(finding: Finding, loss: FixLoss, mapper: PositionMapper): string {
  return `应用后${FIX_LOSS_TEXT[loss]}（第 ${mapper.positionAt(finding.start).line + 1} 行），请手动修改`;
}

/**
 * A fix-all's edit: the findings' fixes that keep every clause and unit (as `plancheck --fix`),
 * each edit once. The refused findings keep their diagnostics and the person is told why — a
 * notification (window/showMessage), not a request: nothing to answer, nothing to wait for.
 */
export function keptFixesEdit(entry: AnalyzedDocument, uri: string, session: PlanSession, findings: readonly Finding[]): WorkspaceEdit {
  const { kept, refused } = partitionKeepingClauses(entry.analysis.plan.text, entry.analysis, findings, analysisOptionsOf(session, uri));
  if (refused.length > 0) void session.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: refusedFixesMessage(refused, entry.mapper) });
  return workspaceEdit(entry, editsOnce(kept), session);
}

/** The findings' edits, each once (findings of one run share its renumbering edits), in order. */
function editsOnce(findings: readonly Finding[]): TextEdit[] {
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    for (const edit of finding.fix?.edits ?? []) {
      const key = `${edit.start}:${edit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(edit);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
