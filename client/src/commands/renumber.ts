import * as vscode from "vscode";

/** The server's source action that renumbers every level of the document. */
export const RENUMBER_ACTION_KIND = "source.renumber.policyPlan";

/** 实施方案：重新编号整个文档 — runs the server's source action, so the edit is the server's. */
export async function renumberDocument(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  await vscode.commands.executeCommand("editor.action.sourceAction", { kind: RENUMBER_ACTION_KIND, apply: "first" });
}
