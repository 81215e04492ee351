import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { ExportDocxParams, ExportDocxResult } from "../../../server/src/lsp/features/exportDocx.js";

/** Arguments for scripting the command (and for tests): where to write, and whether to force. */
export interface ExportDocxArgs {
  /** The file to write (a URI string); without it a save dialog asks. */
  target?: string;
  /** Export even with error-level findings, without asking. */
  force?: boolean;
}

/** What the command did, for callers that run it programmatically. */
export type ExportDocxOutcome = { written: string } | { blocked: string } | { failed: string } | { cancelled: true };

/**
 * 实施方案：导出为公文（.docx） — the server lays out and packs the active plan (the same export
 * as `plancheck export`); this asks where to save it and writes the file. A plan with
 * error-level findings is exported only when the user chooses 仍然导出 after seeing them.
 */
export async function exportDocx(client: LanguageClient, args: ExportDocxArgs = {}): Promise<ExportDocxOutcome> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return { failed: "no plan" };
  }
  const document = editor.document;
  const settings = vscode.workspace.getConfiguration("policyPlan").get<ExportDocxParams["settings"]>("export") ?? {};
  const request = (force: boolean) => client.sendRequest<ExportDocxResult>("policyPlan/exportDocx", { uri: document.uri.toString(), force, settings } satisfies ExportDocxParams);
  let result = await request(args.force === true);
  if (result.status === "blocked") {
    // Scripted runs (a target given) do not stop at a dialog: they report and return.
    if (args.target !== undefined) return { blocked: result.message };
    const force = vscode.l10n.t("仍然导出");
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t("方案有 {0} 个错误级问题，确定要导出吗？", result.errors), { modal: true, detail: result.message }, force);
    if (choice !== force) return { cancelled: true };
    result = await request(true);
  }
  if (result.status === "failed") {
    void vscode.window.showErrorMessage(vscode.l10n.t("导出失败：{0}", result.message));
    return { failed: result.message };
  }
  if (result.status !== "exported") return { blocked: result.message };
  const target = args.target !== undefined ? vscode.Uri.parse(args.target) : await askForTarget(document.uri);
  if (!target) return { cancelled: true };
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, "base64"));
  const written = target.scheme === "file" ? target.fsPath : target.toString();
  if (args.target === undefined) void vscode.window.showInformationMessage(vscode.l10n.t("已导出：{0}", written));
  return { written };
}

/** The save dialog, starting beside the plan with its name: 方案.plan → 方案.docx. */
function askForTarget(plan: vscode.Uri): Thenable<vscode.Uri | undefined> {
  const name = plan.path.replace(/(\.plan\.txt|\.[^./]+)$/, "") + ".docx";
  return vscode.window.showSaveDialog({
    defaultUri: plan.with({ path: name }),
    filters: { [vscode.l10n.t("Word 文档")]: ["docx"] },
    saveLabel: vscode.l10n.t("导出"),
    title: vscode.l10n.t("导出为公文（.docx）"),
  });
}
