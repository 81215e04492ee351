import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

/** The scheme of the server's read-only parent documents (server/src/lsp/parents.ts). */
export const PARENT_SCHEME = "plan-parent";

/**
 * Read-only parent documents (the built-in 《质量强国建设纲要》) in the editor: go to definition
 * on a citation or an annotation lands in `plan-parent:/<id>.plan`, whose text the server gives
 * (`policyPlan/parentDocument`). The `.plan` name makes VS Code open it as a plan, so hover,
 * outline and references work in it too.
 */
export function registerParentDocuments(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(PARENT_SCHEME, {
    async provideTextDocumentContent(uri) {
      const result = await client.sendRequest<{ text: string } | null>("policyPlan/parentDocument", { uri: uri.toString() });
      return result?.text ?? vscode.l10n.t("找不到上位文件：{0}", uri.toString());
    },
  });
}
