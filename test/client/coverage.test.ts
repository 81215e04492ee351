import { describe, expect, it, vi } from "vitest";
import { panels } from "../support/webviewVscode";
import type { CoverageDto } from "../../server/src/lsp/features/coverage";

/** The coverage table against a stand-in for the `vscode` module: the webview's HTML is what is read. */
vi.mock("vscode", async () => (await import("../support/webviewVscode")).webviewVscode);

const range = { start: { line: 5, character: 0 }, end: { line: 5, character: 12 } };
const credit = (how: "annotation" | "inferred", basis: CoverageDto["items"][number]["by"][number]["basis"], score: number, quote: string | null = null) => ({
  path: ["二、", "（一）"],
  heading: "提升产品质量",
  how,
  score,
  basis,
  quote,
  range,
  row: null as { number: string; task: string } | null,
});

function dto(by: CoverageDto["items"][number]["by"]): CoverageDto {
  return {
    file: "file:///plan.plan",
    title: "示例市质量强市建设实施方案",
    parent: { id: "quality-power-outline", title: "质量强国建设纲要", uri: "plan-parent:/quality-power-outline.plan", inferred: false },
    sectors: null,
    sectorsIssuer: null,
    covered: 1,
    total: 1,
    items: [{ number: "（五）", title: "强化质量发展利民惠民", verified: true, covered: true, range, by }],
    outOfScope: [],
    scope: "",
    unmatched: [],
  };
}

async function tableOf(coverage: CoverageDto): Promise<string> {
  const { showCoverage } = await import("../../client/src/commands/coverage");
  const client = { sendRequest: async () => [coverage] };
  await showCoverage(client as never, coverage.file);
  return panels.at(-1)!.webview.html;
}

describe("the coverage table's word for how a task counts", () => {
  it("shows a task that names the item (落实纲要第（五）条) as cited, not inferred with a likeness", async () => {
    const html = await tableOf(dto([credit("annotation", "cited", 1)]));
    expect(html).toContain("写明条目");
    expect(html).not.toContain("推断");
    expect(html).not.toContain("标注");
  });

  it("keeps 标注, 引用原文 and 推断 with its score for the other credits", async () => {
    const html = await tableOf(dto([credit("annotation", null, 1), credit("inferred", "quoted", 0.13, "质量惠民"), credit("inferred", "best", 0.42)]));
    expect(html).toContain("标注");
    expect(html).toContain("引用原文“质量惠民”");
    expect(html).toContain("推断 0.42");
  });
});

describe("a task table's row in the coverage table", () => {
  it("is named by its 重点任务, not by the heading of the section it stands in", async () => {
    const row = { ...credit("inferred", "best", 0.27), path: ["四、", "17"], heading: "加快产品、工程、服务质量提档升级", row: { number: "17", task: "推动工业品质量提升" } };
    const html = await tableOf({ ...dto([row]), unmatched: [{ path: ["四、", "18"], heading: "加快产品、工程、服务质量提档升级", nearest: null, range, row: { number: "18", task: "深化机关作风建设" } }] });
    expect(html).toContain("四、 › 17 推动工业品质量提升");
    expect(html).toContain("四、 › 18 深化机关作风建设");
    expect(html).not.toContain("提档升级");
  });
});

describe("the coverage of a sector plan", () => {
  const item = (number: string, title: string, line: number, by: CoverageDto["items"][number]["by"]) => ({
    number,
    title,
    verified: true,
    covered: by.length > 0,
    range: { start: { line, character: 0 }, end: { line, character: 8 } },
    by,
  });
  const sectorPlan = (): CoverageDto => ({
    ...dto([]),
    file: "file:///建筑.plan",
    title: "示例市建筑工程质量提升行动方案",
    sectors: ["建设工程"],
    items: [item("（十三）", "强化工程质量保障", 40, [credit("annotation", null, 1)])],
    outOfScope: [{ number: "（七）", title: "提高产业质量竞争水平", verified: true, section: "四、增强产业质量竞争力", reason: "other-sector", range, by: [] }],
  });

  it("names the sector in the summary and marks another sector's item so", async () => {
    const html = await tableOf(sectorPlan());
    expect(html).toContain("《质量强国建设纲要》建设工程领域任务覆盖 1/1");
    expect(html).toContain("其他领域，不计入");
  });

  it("lines the workspace view's rows up by item number, a sector plan's other items marked not counted", async () => {
    const { showWorkspaceCoverage } = await import("../../client/src/commands/coverage");
    const whole: CoverageDto = { ...dto([]), items: [item("（七）", "提高产业质量竞争水平", 20, []), item("（十三）", "强化工程质量保障", 40, [])], total: 2, covered: 0 };
    const client = { sendRequest: async () => [whole, sectorPlan()] };
    await showWorkspaceCoverage(client as never);
    const html = panels.at(-1)!.webview.html;
    const rows = html.split("\n").filter((line) => line.startsWith("<tr><td>"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("（七）提高产业质量竞争水平");
    expect(rows[0]).toContain('<td class="outside">不计入</td>');
    expect(rows[1]).toContain("（十三）强化工程质量保障");
    expect(rows[1]).toContain("✓ 二、 › （一）");
  });
});
