import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { UnitMatrixRowDto } from "../../../server/src/lsp/features/unitMatrix.js";

// The request's row type, shared with the server (a type-only import: nothing of the server is bundled).
type MatrixRow = UnitMatrixRowDto;

const VIEW_TYPE = "policyPlan.unitMatrix";

/**
 * 实施方案：显示责任单位×任务矩阵 — asks the server for the rows of the active plan and shows
 * them as a table in a webview styled with the editor's theme colours. Clicking a row reveals
 * the task in the plan.
 */
export async function showUnitMatrix(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const uri = editor.document.uri;
  const rows = await client.sendRequest<MatrixRow[]>("policyPlan/unitMatrix", { uri: uri.toString() });
  const title = vscode.l10n.t("责任单位 × 任务");
  const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, vscode.ViewColumn.Beside, { enableScripts: true });
  panel.webview.html = matrixHtml(panel.webview, title, rows);
  panel.webview.onDidReceiveMessage(async (message: { reveal?: number }) => {
    const row = typeof message.reveal === "number" ? rows[message.reveal] : undefined;
    if (!row) return;
    const position = new vscode.Position(row.range.start.line, row.range.start.character);
    const target = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    target.selection = new vscode.Selection(position, position);
    target.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function matrixHtml(webview: vscode.Webview, title: string, rows: readonly MatrixRow[]): string {
  const nonce = Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
  const header = [vscode.l10n.t("条目"), vscode.l10n.t("任务"), vscode.l10n.t("牵头单位"), vscode.l10n.t("责任单位")];
  const body = rows
    .map(
      (row, index) =>
        `<tr data-row="${index}"><td>${escapeHtml(row.path.join(" › "))}</td><td>${escapeHtml(row.heading)}</td><td>${escapeHtml(row.lead ?? "")}</td><td>${escapeHtml(row.units.join("、"))}</td></tr>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<title>${escapeHtml(title)}</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 4px 8px; text-align: left; vertical-align: top; }
  th { background: var(--vscode-editorWidget-background); position: sticky; top: 0; }
  tr[data-row] { cursor: pointer; }
  tr[data-row]:hover { background: var(--vscode-list-hoverBackground); }
</style>
</head>
<body>
<h2>${escapeHtml(title)}</h2>
<p>${escapeHtml(vscode.l10n.t("共 {0} 项任务", rows.length))}</p>
<table>
<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.querySelector("tbody").addEventListener("click", (event) => {
    const row = event.target.closest("tr[data-row]");
    if (row) vscode.postMessage({ reveal: Number(row.dataset.row) });
  });
</script>
</body>
</html>`;
}
