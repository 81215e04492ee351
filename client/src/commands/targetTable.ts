import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { TargetTableRowDto } from "../../../server/src/lsp/features/targetTable.js";
import { showPlanTable } from "./tableView.js";

const VIEW_TYPE = "policyPlan.targetTable";

/**
 * 实施方案：显示目标指标表 — every target of the active plan with the parent's figure and the
 * verdict, as the server computes them (the rows of `plancheck targets`). A row click reveals
 * the target.
 */
export async function showTargetTable(client: LanguageClient): Promise<vscode.WebviewPanel | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "policy-plan") {
    void vscode.window.showInformationMessage(vscode.l10n.t("请先打开一个实施方案文件"));
    return undefined;
  }
  const uri = editor.document.uri;
  const rows = await client.sendRequest<TargetTableRowDto[]>("policyPlan/targetTable", { uri: uri.toString() });
  const verdicts: Record<TargetTableRowDto["verdict"], string> = {
    stricter: vscode.l10n.t("高于上位"),
    meets: vscode.l10n.t("符合上位"),
    weaker: vscode.l10n.t("低于上位"),
    "no-parent": vscode.l10n.t("无上位指标"),
  };
  // No parent document is not the parent lacking the indicator, nor figures that cannot be compared.
  // A blank target (XX%, 新增认证企业 家) is said apart whatever the parent (core/targets/table.ts
  // BLANK_LABEL); a direction against the parent's figure is weaker, as the core's tables say.
  const label = (row: TargetTableRowDto): string =>
    row.blank
      ? vscode.l10n.t("数值空缺")
      : row.verdict !== "no-parent"
      ? verdicts[row.verdict]
      : row.parentStatus === "no-document"
        ? vscode.l10n.t("无上位文件")
        : row.parentStatus === "not-comparable"
          ? vscode.l10n.t("无法比较")
          : verdicts["no-parent"];
  const weaker = rows.filter((row) => row.verdict === "weaker" && !row.blank).length;
  return showPlanTable(uri, {
    viewType: VIEW_TYPE,
    title: vscode.l10n.t("目标指标表"),
    summary: vscode.l10n.t("共 {0} 项目标，{1} 项低于上位文件", rows.length, weaker),
    header: [vscode.l10n.t("条目"), vscode.l10n.t("指标"), vscode.l10n.t("目标值"), vscode.l10n.t("目标年份"), vscode.l10n.t("上位目标"), vscode.l10n.t("对比")],
    rows: rows.map((row) => ({
      cells: [
        row.path.join(" › "),
        row.indicator,
        `${row.kind === "direction" ? "" : row.comparator}${row.figure}${row.aspirational ? vscode.l10n.t("（力争）") : ""}${row.cumulative ? vscode.l10n.t("（累计）") : ""}`,
        row.horizon === null ? "" : String(row.horizon),
        row.parent ? `${row.parent.comparator}${row.parent.figure}` : "",
        label(row),
      ],
      range: row.range,
      className: row.verdict,
    })),
  });
}
