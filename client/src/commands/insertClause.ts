import * as vscode from "vscode";

/**
 * 实施方案：插入责任单位 — moves the cursor to the end of the item under it (the end of its last
 * body line) and asks the server for completions there, where it offers the `〔责任单位：…〕`
 * snippet in the style the document already uses. The server decides the form; the client only
 * finds the item's end, from the server's own outline.
 */
export async function insertResponsibilityClause(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const cursor = editor.selection.active;
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", editor.document.uri)) ?? [];
  const item = deepestContaining(symbols, cursor);
  const end = item ? item.range.end : editor.document.lineAt(cursor.line).range.end;
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(end, end));
  await vscode.commands.executeCommand("editor.action.triggerSuggest");
}

/** The innermost outline entry whose range holds the position: the item being edited. */
function deepestContaining(symbols: readonly vscode.DocumentSymbol[], position: vscode.Position): vscode.DocumentSymbol | undefined {
  for (const symbol of symbols) {
    if (!symbol.range.contains(position)) continue;
    return deepestContaining(symbol.children, position) ?? symbol;
  }
  return undefined;
}
