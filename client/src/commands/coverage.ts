import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { CoverageDto } from "../../../server/src/lsp/features/coverage.js";

const VIEW_TYPE = "policyPlan.coverage";

type Reveal = { uri: string; line: number; character: number };

/**
 * 实施方案：显示纲要覆盖情况 — which tasks of the plan's parent (the national outline) the plan
 * takes up and which it leaves out, as a table in a webview that follows the theme. Clicking an
 * item opens it in the parent's document; clicking a covering task reveals it in the plan. The
 * code lens on the plan's title runs this command with the plan's URI.
 */
export async function showCoverage(client: LanguageClient, uriArg?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const uri = uriArg ?? (editor?.document.languageId === "policy-plan" ? editor.document.uri.toString() : undefined);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const [coverage] = await client.sendRequest<CoverageDto[]>("policyPlan/coverage", { uri });
  if (!coverage) {
    void vscode.window.showInformationMessage(vscode.l10n.t("找不到方案的上位文件：请在文首元数据写“上位文件: 质量强国建设纲要”，或在序言中引用"));
    return;
  }
  const title = vscode.l10n.t("纲要覆盖情况");
  const reveals: Reveal[] = [];
  const reveal = (target: Reveal) => reveals.push(target) - 1;
  // A credit that rests on a quotation (basis quoted: its score would not count) says so, not a
  // bare 0.13; one whose task names the item (落实纲要第（五）条: basis cited) counts by the
  // drafter's word, as an annotation does (its `how` is "annotation"), and says which word it is.
  const how = (b: CoverageDto["items"][number]["by"][number]) =>
    b.basis === "cited"
      ? vscode.l10n.t("写明条目")
      : b.how === "annotation"
        ? vscode.l10n.t("标注")
        : b.basis === "quoted"
          ? vscode.l10n.t("引用原文“{0}”", b.quote ?? "")
          : vscode.l10n.t("推断 {0}", b.score.toFixed(2));
  // A row of a task table is named by its 重点任务: its section's heading says only where it stands.
  const task = (b: { path: string[]; heading: string; range: CoverageDto["items"][number]["range"]; row: { task: string } | null }) =>
    `<a data-reveal="${reveal({ uri: coverage.file, ...b.range.start })}">${escapeHtml(b.path.join(" › "))} ${escapeHtml(b.row?.task ?? b.heading)}</a>`;
  const byCell = (by: CoverageDto["items"][number]["by"]) => by.map((b) => `${task(b)} <span class="how">${escapeHtml(how(b))}</span>`).join("<br>");
  const unverified = (verified: boolean) => (verified ? "" : ` <span class="how">${escapeHtml(vscode.l10n.t("（标题未核实）"))}</span>`);
  const rows = coverage.items
    .map((item) => {
      const open = reveal({ uri: coverage.parent.uri, ...item.range.start });
      return `<tr class="${item.covered ? "covered" : "uncovered"}"><td><a data-reveal="${open}">${escapeHtml(item.number)}</a></td><td><a data-reveal="${open}">${escapeHtml(item.title)}</a>${unverified(item.verified)}</td><td>${item.covered ? "✓" : escapeHtml(vscode.l10n.t("未覆盖"))}</td><td>${byCell(item.by)}</td></tr>`;
    })
    .join("\n");
  // The items outside the count, after the others: an annotation on one is listed, not dropped.
  const outside = coverage.outOfScope
    .map((item) => {
      const open = reveal({ uri: coverage.parent.uri, ...item.range.start });
      // An item of another sector than a sector plan's says why it does not count.
      const mark = item.reason === "other-sector" ? vscode.l10n.t("其他领域，不计入") : vscode.l10n.t("不计入");
      return `<tr class="outside"><td><a data-reveal="${open}">${escapeHtml(item.number)}</a></td><td><a data-reveal="${open}">${escapeHtml(item.title)}</a>${unverified(item.verified)}</td><td>${escapeHtml(mark)}</td><td>${byCell(item.by)}</td></tr>`;
    })
    .join("\n");
  // The plan's tasks that count for no item: a local addition or a match missed.
  const unmatched = coverage.unmatched
    .map((t) => `<tr class="outside"><td>—</td><td>${t.nearest ? escapeHtml(vscode.l10n.t("最接近 {0}{1}", t.nearest.number, t.nearest.title)) : ""}</td><td>${escapeHtml(vscode.l10n.t("无对应"))}</td><td>${task(t)}</td></tr>`)
    .join("\n");
  const counted =
    coverage.sectors !== null
      ? vscode.l10n.t("《{0}》{1}领域任务覆盖 {2}/{3}", coverage.parent.title, coverage.sectors.join("、"), coverage.covered, coverage.total)
      : vscode.l10n.t("《{0}》任务覆盖 {1}/{2}", coverage.parent.title, coverage.covered, coverage.total);
  const summary = `${counted}${coverage.scope ? ` ${coverage.scope}` : ""}`;
  const header = [vscode.l10n.t("编号"), vscode.l10n.t("标题"), vscode.l10n.t("覆盖"), vscode.l10n.t("对应任务")];
  openPanel(title, summary, header, [rows, unmatched, outside].filter(Boolean).join("\n"), reveals);
}

/**
 * 实施方案：显示工作区纲要覆盖情况 — which plan of the workspace covers which item of the
 * parent: one row per item, one column per plan.
 */
export async function showWorkspaceCoverage(client: LanguageClient): Promise<void> {
  const plans = await client.sendRequest<CoverageDto[]>("policyPlan/coverage", { scope: "workspace" });
  if (plans.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t("工作区中没有写明上位文件的实施方案"));
    return;
  }
  const parent = plans[0]!.parent;
  const columns = plans.filter((p) => p.parent.id === parent.id);
  const reveals: Reveal[] = [];
  const reveal = (target: Reveal) => reveals.push(target) - 1;
  // One row per item any plan counts, in the parent's order: a sector plan counts its sectors'
  // items only (建设工程: （十三）–（十五） and the common ones), so plans' item lists differ.
  const counted = new Map<string, CoverageDto["items"][number]>();
  for (const plan of columns) for (const item of plan.items) if (!counted.has(item.number)) counted.set(item.number, item);
  const inOrder = [...counted.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const rows = inOrder
    .map((item) => {
      const open = reveal({ uri: parent.uri, ...item.range.start });
      const cells = columns.map((plan) => {
        const row = plan.items.find((each) => each.number === item.number);
        if (!row) return `<td class="outside">${escapeHtml(vscode.l10n.t("不计入"))}</td>`;
        const first = row.by[0];
        return row.covered && first ? `<td class="covered"><a data-reveal="${reveal({ uri: plan.file, ...first.range.start })}">✓ ${escapeHtml(first.path.join(" › "))}</a></td>` : `<td class="uncovered">—</td>`;
      });
      return `<tr><td><a data-reveal="${open}">${escapeHtml(item.number)}${escapeHtml(item.title)}</a></td>${cells.join("")}</tr>`;
    })
    .join("\n");
  const header = [vscode.l10n.t("《{0}》任务", parent.title), ...columns.map((p) => `${p.title ?? decodeURIComponent(p.file.replace(/^.*\//, ""))} ${p.covered}/${p.total}`)];
  openPanel(vscode.l10n.t("工作区纲要覆盖情况"), vscode.l10n.t("共 {0} 个方案", columns.length), header, rows, reveals);
}

function openPanel(title: string, summary: string, header: string[], rows: string, reveals: Reveal[]): void {
  const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, vscode.ViewColumn.Beside, { enableScripts: true });
  panel.webview.html = tableHtml(panel.webview, title, summary, header, rows);
  panel.webview.onDidReceiveMessage(async (message: { reveal?: number }) => {
    const target = typeof message.reveal === "number" ? reveals[message.reveal] : undefined;
    if (!target) return;
    const position = new vscode.Position(target.line, target.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { viewColumn: vscode.ViewColumn.One, preview: true });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function tableHtml(webview: vscode.Webview, title: string, summary: string, header: readonly string[], rows: string): string {
  const nonce = Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
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
  a { color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: none; }
  a:hover { text-decoration: underline; }
  tr.uncovered, td.uncovered { background: var(--vscode-inputValidation-warningBackground); }
  .how, tr.outside, td.outside { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h2>${escapeHtml(title)}</h2>
<p>${escapeHtml(summary)}</p>
<table>
<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.querySelector("tbody").addEventListener("click", (event) => {
    const link = event.target.closest("[data-reveal]");
    if (link) vscode.postMessage({ reveal: Number(link.dataset.reveal) });
  });
</script>
</body>
</html>`;
}
