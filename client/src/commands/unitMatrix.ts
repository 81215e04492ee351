import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { UnitMatrixRowDto } from "../../../server/src/lsp/features/unitMatrix.js";
import { showPlanTable } from "./tableView.js";

// The request's row type, shared with the server (a type-only import: nothing of the server is bundled).
type MatrixRow = UnitMatrixRowDto;

const VIEW_TYPE = "policyPlan.unitMatrix";

/**
 * 实施方案：显示责任单位×任务矩阵 — asks the server for the rows of the active plan and shows
 * them as a table (`showPlanTable`: themed webview, a row click reveals the task in the plan).
 */
export async function showUnitMatrix(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const uri = editor.document.uri;
  const rows = await client.sendRequest<MatrixRow[]>("policyPlan/unitMatrix", { uri: uri.toString() });
  const header = [vscode.l10n.t("条目"), vscode.l10n.t("任务"), vscode.l10n.t("牵头单位"), vscode.l10n.t("配合单位"), vscode.l10n.t("责任单位")];
  // A lead only where the plan states one; the first-listed unit only where the plan declares that it leads, and marked so.
  const leadOf = (row: MatrixRow) => row.leads.join("、") + (row.leadBasis === "convention" ? vscode.l10n.t("（按排序）") : "");
  showPlanTable(uri, {
    viewType: VIEW_TYPE,
    title: vscode.l10n.t("责任单位 × 任务"),
    summary: vscode.l10n.t("共 {0} 项任务", rows.length),
    header,
    // A table row's sections (一、增强质量发展创新动能) before its 序号, as `plancheck units` shows them.
    rows: rows.map((row) => ({ cells: [[...row.path.slice(0, -1), ...row.sections, ...row.path.slice(-1)].join(" › "), row.heading, leadOf(row), row.supporting.join("、"), row.units.join("、")], range: row.range })),
  });
}
