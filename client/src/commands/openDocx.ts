import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { ReadDocxParams, ReadDocxResult } from "../../../server/src/lsp/features/readDocx.js";

/** What the command did, for callers that run it programmatically (and the e2e test). */
export type OpenDocxOutcome = { opened: string } | { failed: string } | { cancelled: true };

/**
 * 以实施方案打开 Word 文档（.docx）: the server reads the file through the same reader as
 * `plancheck file.docx` (one reader, a thin client); the text opens as an untitled plan, checked
 * like any other, to be saved as `.plan` where the person chooses. A refused file (not a Word
 * document, encrypted, a zip bomb, a .doc) gives its reason in Chinese.
 */
export async function openDocx(client: LanguageClient, target?: vscode.Uri): Promise<OpenDocxOutcome> {
  const uri = target ?? (await pickDocx());
  if (!uri) return { cancelled: true };
  const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
  const result = await client.sendRequest<ReadDocxResult>("policyPlan/readDocx", { uri: uri.toString() } satisfies ReadDocxParams);
  if (result.status === "failed") {
    void vscode.window.showErrorMessage(vscode.l10n.t("无法以实施方案打开 {0}：{1}", name, result.message));
    return { failed: result.message };
  }
  const document = await vscode.workspace.openTextDocument({ language: "policy-plan", content: result.text });
  await vscode.window.showTextDocument(document);
  return { opened: document.uri.toString() };
}

/** What the reader opens: a document, a macro-enabled one and their templates hold the same parts. */
const WORD_EXTENSIONS = ["docx", "docm", "dotx", "dotm"];

async function pickDocx(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t("Word 文档")]: WORD_EXTENSIONS }, openLabel: vscode.l10n.t("以实施方案打开") });
  return picked?.[0];
}
