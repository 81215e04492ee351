import * as vscode from "vscode";

/** A table the server computed, with the place in the plan each row reveals on click. */
export interface PlanTable {
  viewType: string;
  title: string;
  /** One line above the table (`共 21 项任务`). */
  summary: string;
  header: string[];
  rows: Array<{ cells: string[]; range: { start: { line: number; character: number } }; className?: string }>;
}

/**
 * Shows a table in a webview styled with the editor's theme colours; clicking a row reveals its
 * place in the plan `uri`. The unit matrix and the target table both open through here.
 */
export function showPlanTable(uri: vscode.Uri, table: PlanTable): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(table.viewType, table.title, vscode.ViewColumn.Beside, { enableScripts: true });
  panel.webview.html = tableHtml(panel.webview, table);
  panel.webview.onDidReceiveMessage(async (message: { reveal?: number }) => {
    const row = typeof message.reveal === "number" ? table.rows[message.reveal] : undefined;
    if (!row) return;
    const position = new vscode.Position(row.range.start.line, row.range.start.character);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  });
  return panel;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function tableHtml(webview: vscode.Webview, table: PlanTable): string {
  const nonce = Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
  const body = table.rows
    .map((row, index) => `<tr data-row="${index}"${row.className ? ` class="${escapeHtml(row.className)}"` : ""}>${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<title>${escapeHtml(table.title)}</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 4px 8px; text-align: left; vertical-align: top; }
  th { background: var(--vscode-editorWidget-background); position: sticky; top: 0; }
  tr[data-row] { cursor: pointer; }
  tr[data-row]:hover { background: var(--vscode-list-hoverBackground); }
  tr.weaker td:last-child { color: var(--vscode-editorWarning-foreground); }
  tr.stricter td:last-child, tr.meets td:last-child { color: var(--vscode-testing-iconPassed); }
</style>
</head>
<body>
<h2>${escapeHtml(table.title)}</h2>
<p>${escapeHtml(table.summary)}</p>
<table>
<thead><tr>${table.header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
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
