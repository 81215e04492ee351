import * as vscode from "vscode";

/**
 * 实施方案：插入责任单位 — moves the cursor to the end of the current item's line and asks the
 * server for completions there, where it offers the `〔责任单位：…〕` snippet in the style the
 * document already uses (bracket, label, colon). The server decides the form; the client only
 * positions the cursor.
 */
export async function insertResponsibilityClause(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const line = editor.document.lineAt(editor.selection.active.line);
  const end = line.range.end;
  editor.selection = new vscode.Selection(end, end);
  await vscode.commands.executeCommand("editor.action.triggerSuggest");
}
