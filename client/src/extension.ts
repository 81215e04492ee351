import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/**
 * The extension only starts the language server and forwards documents to it; every feature
 * (diagnostics, outline, folding, fixes) is computed by the server, so it works the same in
 * any LSP editor.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join("out", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "policy-plan" },
      { language: "json", pattern: "**/.plancheck.json" },
      { language: "jsonc", pattern: "**/.plancheck.json" },
    ],
  };
  client = new LanguageClient("policyPlan", "Policy Plan 实施方案", serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
