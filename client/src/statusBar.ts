import * as vscode from "vscode";

/**
 * A status-bar item for the plan in the active editor: how many errors and warnings it has.
 * Clicking it opens the Problems panel.
 */
export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("policyPlan.status", vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t("实施方案检查");
    this.item.command = "workbench.actions.view.problems";
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== "policy-plan") {
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === "plancheck");
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    this.item.text = errors + warnings === 0 ? `$(check) ${vscode.l10n.t("方案无问题")}` : `$(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = vscode.l10n.t("实施方案：{0} 个错误，{1} 个警告，{2} 个提示", errors, warnings, diagnostics.length - errors - warnings);
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
