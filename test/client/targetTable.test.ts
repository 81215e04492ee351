import { describe, expect, it, vi } from "vitest";
import { panels, webviewVscode } from "../support/webviewVscode";
import { analyze } from "../../server/src/core/analyze";
import { targetTableRows } from "../../server/src/core/targets/table";
import type { TargetTableRowDto } from "../../server/src/lsp/features/targetTable";

/** The target table against a stand-in for the `vscode` module: the webview's HTML is what is read. */
vi.mock("vscode", async () => (await import("../support/webviewVscode")).webviewVscode);
webviewVscode.window.activeTextEditor = { document: { languageId: "policy-plan", uri: { toString: () => "file:///plan.plan" } } };

/** The table's rows as the server sends them for `text` (ranges aside: the table only reveals them). */
function rowsOf(text: string): TargetTableRowDto[] {
  const analysis = analyze(text);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return targetTableRows(analysis.plan, analysis.parents, undefined).map(({ span: _span, ...row }) => ({ ...row, range }));
}

async function tableOf(text: string): Promise<string[]> {
  const { showTargetTable } = await import("../../client/src/commands/targetTable");
  const client = { sendRequest: async () => rowsOf(text) };
  await showTargetTable(client as never);
  return panels.at(-1)!.webview.html.match(/<tr data-row[^\n]*?<\/tr>/g) ?? [];
}

describe("the target table's verdict column", () => {
  it("says 数值空缺 for a blank figure whatever the parent, and counts it in no weaker total", async () => {
    // No parent document: the blank count is blank, not 无上位文件; a figure beside it is 无上位文件.
    const rows = await tableOf("示例县质量提升行动方案\n一、主要目标\n到2025年，新增认证企业 家，培育县级质量标杆企业5家。\n");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("数值空缺");
    expect(rows[1]).toContain("无上位文件");
  });

  it("says 数值空缺 for a blank figure where the parent has the indicator", async () => {
    const html = await tableOf("为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要目标\n到2025年，制造业产品质量合格率达到 %以上。\n");
    expect(html).toHaveLength(1);
    expect(html[0]).toContain("数值空缺");
    expect(panels.at(-1)!.webview.html).toContain("0 项低于上位文件");
  });
});
