import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

/** One row of the unit × task matrix, as the server's `policyPlan/unitMatrix` request returns it. */
interface MatrixRow {
  file: string;
  path: string[];
  heading: string;
  label: string;
  units: string[];
  lead: string | null;
}

/**
 * 实施方案：显示责任单位×任务矩阵 — asks the server for the rows of the active plan and opens
 * them as a Markdown table in the preview, which follows the editor's theme.
 */
export async function showUnitMatrix(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return;
  }
  const rows = await client.sendRequest<MatrixRow[]>("policyPlan/unitMatrix", { uri: editor.document.uri.toString() });
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  const lines = [
    `# ${vscode.l10n.t("责任单位 × 任务")}`,
    "",
    `| ${vscode.l10n.t("条目")} | ${vscode.l10n.t("任务")} | ${vscode.l10n.t("牵头单位")} | ${vscode.l10n.t("责任单位")} |`,
    "|---|---|---|---|",
    ...rows.map((row) => `| ${escape(row.path.join(" › "))} | ${escape(row.heading)} | ${escape(row.lead ?? "")} | ${escape(row.units.join("、"))} |`),
  ];
  const document = await vscode.workspace.openTextDocument({ language: "markdown", content: lines.join("\n") + "\n" });
  await vscode.commands.executeCommand("markdown.showPreview", document.uri);
}
