import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";
import { exportDocx, type ExportDocxArgs } from "./commands/exportDocx.js";
import { openDocx } from "./commands/openDocx.js";
import { insertResponsibilityClause } from "./commands/insertClause.js";
import { renumberDocument } from "./commands/renumber.js";
import { showTargetTable } from "./commands/targetTable.js";
import { showUnitMatrix } from "./commands/unitMatrix.js";
import { showUnitTasks } from "./commands/unitTasks.js";
import { showCoverage, showWorkspaceCoverage } from "./commands/coverage.js";
import { registerParentDocuments } from "./parentDocuments.js";
import { EDIT_APPLIED_COMMAND, FocusMode } from "./focusMode.js";
import { PlanStatusBar } from "./statusBar.js";

let client: LanguageClient | undefined;

/**
 * The extension starts the language server, forwards documents and `policyPlan.*` settings to
 * it, and adds what only an editor has: commands, the status bar and focus mode. Every check and
 * every edit is computed by the server, so the same features work in any LSP editor.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The installed command runs the server bundle with V8's code cache (server/src/node/compileCache.ts):
  // a window's server starts about a tenth sooner. Debugging runs the bundle itself.
  const serverOptions: ServerOptions = {
    run: { module: context.asAbsolutePath(path.join("bin", "plan-language-server.js")), transport: TransportKind.ipc },
    debug: { module: context.asAbsolutePath(path.join("out", "server.js")), transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const settings = () => vscode.workspace.getConfiguration("policyPlan");
  const focusMode = new FocusMode(() => settings().get<boolean>("focusMode", false));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "policy-plan" },
      { language: "json", pattern: "**/.plancheck.json" },
      { language: "jsonc", pattern: "**/.plancheck.json" },
    ],
    synchronize: { configurationSection: "policyPlan" },
    initializationOptions: { settings: settings() },
    middleware: focusMode.middleware(),
  };
  client = new LanguageClient("policyPlan", vscode.l10n.t("实施方案语言服务"), serverOptions, clientOptions);
  const languageClient = client;

  context.subscriptions.push(
    focusMode,
    new PlanStatusBar(),
    vscode.commands.registerCommand("policyPlan.renumberDocument", renumberDocument),
    vscode.commands.registerCommand("policyPlan.insertResponsibilityClause", insertResponsibilityClause),
    vscode.commands.registerCommand("policyPlan.showUnitMatrix", () => showUnitMatrix(languageClient)),
    vscode.commands.registerCommand("policyPlan.showUnitTasks", (unit?: unknown) => showUnitTasks(languageClient, typeof unit === "string" ? unit : undefined)),
    vscode.commands.registerCommand("policyPlan.showTargetTable", () => showTargetTable(languageClient)),
    vscode.commands.registerCommand("policyPlan.showCoverage", (uri?: string) => showCoverage(languageClient, typeof uri === "string" ? uri : undefined)),
    vscode.commands.registerCommand("policyPlan.showWorkspaceCoverage", () => showWorkspaceCoverage(languageClient)),
    registerParentDocuments(languageClient),
    vscode.commands.registerCommand("policyPlan.exportDocx", (args?: ExportDocxArgs) => exportDocx(languageClient, args)),
    // From the explorer's context menu with the file's URI; from the palette without (a dialog asks).
    vscode.commands.registerCommand("policyPlan.openDocx", (uri?: vscode.Uri) => openDocx(languageClient, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand("policyPlan.restartServer", () => languageClient.restart()),
    // Run by every code action after its edit (not in the palette): the edit is no typing.
    vscode.commands.registerCommand(EDIT_APPLIED_COMMAND, async (uri?: unknown, then?: vscode.Command) => {
      if (typeof uri === "string") focusMode.editApplied(uri);
      if (then) await vscode.commands.executeCommand(then.command, ...(then.arguments ?? []));
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("policyPlan.focusMode") && !settings().get<boolean>("focusMode", false)) focusMode.release();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
