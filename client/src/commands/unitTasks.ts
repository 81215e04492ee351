import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { UnitMatrixRowDto } from "../../../server/src/lsp/features/unitMatrix.js";
import { showPlanTable } from "./tableView.js";
import { unitTaskSummary } from "./unitTaskSummary.js";

const VIEW_TYPE = "policyPlan.unitTasks";

/**
 * 实施方案：列出某单位的任务 — one department's task list (the editor's `plancheck units --unit`):
 * the unit is the argument, or picked from the units the active plan names (the most tasks
 * first); the server returns the rows naming it under any writing, with its role and partners,
 * and the rows of the group terms it belongs to, with the group (units/unitTasks.ts).
 */
export async function showUnitTasks(client: LanguageClient, unit?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const uri = editor.document.uri;
  const asked = unit ?? (await pickUnit(client, uri));
  if (!asked) return;
  const rows = await client.sendRequest<UnitMatrixRowDto[]>("policyPlan/unitMatrix", { uri: uri.toString(), unit: asked });
  const roleName = { lead: vscode.l10n.t("牵头"), support: vscode.l10n.t("配合"), responsible: vscode.l10n.t("负责") };
  // A task given to a group term the unit belongs to (各镇人民政府 for a town) says which; "泛指" where it is the bodies concerned (各有关部门).
  const viaOf = (row: UnitMatrixRowDto) => (!row.via ? "" : row.reach === "concerned" ? vscode.l10n.t("{0}（泛指）", row.via) : row.via);
  const through = rows.filter((row) => row.via).length;
  showPlanTable(uri, {
    viewType: VIEW_TYPE,
    title: vscode.l10n.t("{0}的任务", asked),
    summary: unitTaskSummary(rows, vscode.l10n),
    header: [vscode.l10n.t("条目"), vscode.l10n.t("任务"), vscode.l10n.t("角色"), ...(through > 0 ? [vscode.l10n.t("经由统称")] : []), vscode.l10n.t("同任务的其他单位")],
    rows: rows.map((row) => ({ cells: [row.path.join(" › "), row.heading, row.role ? roleName[row.role] : "", ...(through > 0 ? [viaOf(row)] : []), (row.partners ?? []).join("、")], range: row.range })),
  });
}

/** The units the plan names, the most tasks first, for the user to pick one. */
async function pickUnit(client: LanguageClient, uri: vscode.Uri): Promise<string | undefined> {
  const rows = await client.sendRequest<UnitMatrixRowDto[]>("policyPlan/unitMatrix", { uri: uri.toString() });
  const counts = new Map<string, number>();
  for (const row of rows) for (const unit of new Set(row.units)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  if (counts.size === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t("本文没有写明责任单位"));
    return undefined;
  }
  const items = [...counts].sort((a, b) => b[1] - a[1]).map(([label, count]) => ({ label, description: vscode.l10n.t("{0} 处", count) }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t("选择责任单位") }))?.label;
}
