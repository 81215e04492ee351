import { afterEach, describe, expect, it } from "vitest";
import type { Hover, InlayHint } from "vscode-languageserver-protocol";
import { withCursor, workspaceWith } from "../support/cursor";
import { openInWorkspace, startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const PLAN = "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，工业产品质量合格率达<|>94%以上，食品抽检合格率达到97%，城市品牌指数达到80。\n";

async function open(marked: string) {
  const workspace = workspaceWith({});
  server = await startInProcessServer(workspace.rootUri);
  const { text, position } = withCursor(marked);
  const uri = workspace.uri("draft.plan");
  server.open(uri, text);
  return { uri, position, text };
}

const hoverAt = async (uri: string, position: { line: number; character: number }) =>
  ((await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover | null);

describe("hover on a target", () => {
  it("shows its parts and the national figure with the comparison", async () => {
    const { uri, position } = await open(PLAN);
    const hover = await hoverAt(uri, position);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain("**工业产品质量合格率**　水平目标");
    expect(value).toContain("比较词：达　数值：94　单位：%　限定：以上　目标年份：2025年　位置：一、（一）（主要目标）");
    expect(value).toContain("纲要（2025年）：达到94%；本方案：94%以上，不低于纲要");
    expect(value).toContain("（《质量强国建设纲要》：制造业产品质量合格率达到94%）");
    expect(hover!.range).toEqual({ start: { line: 3, character: 7 }, end: { line: 3, character: 22 } });
  });

  it("names the parent's figure for a weaker target and says when there is no parent indicator", async () => {
    const { uri, text } = await open(PLAN);
    const lines = text.split("\n");
    const weaker = await hoverAt(uri, { line: 3, character: lines[3]!.indexOf("97") });
    expect((weaker!.contents as { value: string }).value).toContain("纲要（2025年）：达到98%以上；本方案：97%，低于纲要的98%以上");
    const none = await hoverAt(uri, { line: 3, character: lines[3]!.indexOf("80") });
    expect((none!.contents as { value: string }).value).toContain("上位文件中没有对应指标（《质量强国建设纲要》）");
  });
});

describe("hover on a target worded as the ministry reports it", () => {
  it("reads 例行监测总体合格率 as the outline's 例行监测合格率: the national figure, and no goal said missing", async () => {
    const { uri, position } = await open("青禾县质量强县建设实施方案（2025—2027年）\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2027年，农产品质量安全例行监测总体合格率稳定在<|>98%以上。\n");
    const value = ((await hoverAt(uri, position))!.contents as { value: string }).value;
    expect(value).toContain("**农产品质量安全例行监测总体合格率**　水平目标");
    expect(value).toContain("纲要（2025年）：达到98%以上；本方案：98%以上");
    expect(value).toContain("（《质量强国建设纲要》：农产品质量安全例行监测合格率");
    expect(value).not.toContain("上位文件中没有对应指标");
    const diagnostics = await server!.diagnostics(uri, (d) => d.some((x) => x.code === "targets/parent-not-localised"));
    expect(diagnostics.map((d) => d.message).join("\n")).not.toContain("农产品质量安全例行监测合格率");
  });
});

describe("hover on a target written in full-width digits (a PDF's or a web page's copy)", () => {
  it("shows the figure's digits half-width, as its unit, and agrees with the target table", async () => {
    const { uri, position } = await open("为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率稳定在<|>９８．５％以上。\n");
    const value = ((await hoverAt(uri, position))!.contents as { value: string }).value;
    expect(value).toContain("比较词：稳定在　数值：98.5　单位：%　限定：以上");
    expect(value).toContain("本方案：98.5%以上");
    expect(value).not.toMatch(/[０-９．]/);
    const [row] = (await server!.client.sendRequest("policyPlan/targetTable", { uri })) as Array<{ figure: string; value: number }>;
    expect(row).toMatchObject({ figure: "98.5%以上", value: 98.5 });
  });
});

describe("hover on a goals table's floor and on a change", () => {
  it("says the plan's figure with its bound (≥98%) and its verb, as the parent's is said with its", async () => {
    // A goals table as a work plan pastes it, and a change written in a sentence under it.
    const table =
      "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要目标\n2025年主要指标\n序号\t指标名称\t单位\t2024年完成\t2025年目标\n" +
      "1\t食品抽检合格率\t%\t97.5\t≥<|>98\n到2025年，工程质量抽查符合率较上年提高0.5个百分点。\n";
    const { uri, position, text } = await open(table);
    const floor = ((await hoverAt(uri, position))!.contents as { value: string }).value;
    expect(floor).toContain("纲要（2025年）：达到98%以上；本方案：≥98%，");
    const lines = text.split("\n");
    const change = await hoverAt(uri, { line: 5, character: lines[5]!.indexOf("0.5") });
    expect((change!.contents as { value: string }).value).toContain("纲要（2025年）：不断提高；本方案：较上年提高0.5个百分点，");
  });
});

describe("hover on a count whose name carries its verb", () => {
  it("shows the comparator alone, as the target table, the JSON and the CSV do (服务企业 | 不少于)", async () => {
    const { uri, position } = await open("青禾县质量强县建设实施方案（2026—2028年）\n一、重点任务\n（一）服务企业不少于<|>3000家次，每年服务企业不少于200家。\n");
    const value = ((await hoverAt(uri, position))!.contents as { value: string }).value;
    expect(value).toContain("**服务企业**　数量目标");
    expect(value).toContain("比较词：不少于　数值：3000　单位：家次");
    const rows = (await server!.client.sendRequest("policyPlan/targetTable", { uri })) as Array<{ indicator: string; comparator: string }>;
    expect(rows.map((row) => `${row.indicator}|${row.comparator}`)).toEqual(["服务企业|不少于", "服务企业|每年不少于"]);
    const yearly = await hoverAt(uri, { line: 2, character: 26 });
    expect((yearly!.contents as { value: string }).value).toContain("比较词：每年不少于　数值：200　单位：家");
  });
});

describe("target inlay hints", () => {
  it("are off by default and show the comparison when policyPlan.targets.inlayHints is on", async () => {
    const { uri } = await open(PLAN);
    const range = { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } };
    expect(await server!.client.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range })).toEqual([]);
    await server!.client.sendNotification("workspace/didChangeConfiguration", { settings: { policyPlan: { targets: { inlayHints: true } } } });
    const hints = (await server!.client.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range })) as InlayHint[];
    expect(hints.map((hint) => hint.label)).toEqual(["≥ 纲要 94%", "< 纲要 98%以上"]);
  });

  it("show one hint where indicators share one value, naming both in its tooltip", async () => {
    const { uri } = await open("示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，农产品质量安全例行监测合格率、食品抽检合格率均达到98%以上。\n<|>");
    await server!.client.sendNotification("workspace/didChangeConfiguration", { settings: { policyPlan: { targets: { inlayHints: true } } } });
    const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    const hints = (await server!.client.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range })) as InlayHint[];
    expect(hints.map((hint) => hint.label)).toEqual(["≥ 纲要 98%以上"]);
    expect(hints[0]!.tooltip).toMatch(/农产品质量安全例行监测合格率：[^\n]+\n食品抽检合格率：/);
  });
});

describe("a provincial parent in the hover and the inlay hint's tooltip", () => {
  const PROVINCE = "示例省质量强省建设实施意见\n一、总体要求\n（一）主要目标\n到2025年，制造业质量竞争力指数达到86.5。\n";
  const TITLE = "《示例省质量强省建设实施意见》";
  const times = (text: string) => text.split(TITLE).length - 1;

  it("name the parent once, as the targets messages do (parentWording)", async () => {
    const opened = await openInWorkspace(
      { "省实施意见.plan": PROVINCE },
      `示例市质量强市建设实施方案\n为贯彻落实${TITLE}，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业质量竞争力指数达到<|>85。\n`,
    );
    server = opened.server;
    const hover = await hoverAt(opened.uri, opened.position);
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain("上位文件（2025年）：达到86.5；本方案：85，低于《示例省质量强省建设实施意见》的86.5");
    expect(value).toContain("（原文：制造业质量竞争力指数达到86.5）");
    expect(times(value)).toBe(1);
    await server.client.sendNotification("workspace/didChangeConfiguration", { settings: { policyPlan: { targets: { inlayHints: true } } } });
    const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    const hints = (await server.client.sendRequest("textDocument/inlayHint", { textDocument: { uri: opened.uri }, range })) as InlayHint[];
    expect(hints.map((hint) => hint.tooltip)).toEqual(["制造业质量竞争力指数：低于《示例省质量强省建设实施意见》的86.5（原文：制造业质量竞争力指数达到86.5）"]);
  });
});

describe("hover on a target set from the failing end of a check", () => {
  it("weighs 不合格率 as the outline's 合格率, as the CLI's target table does", async () => {
    const { uri, position } = await open("为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，食品抽检不合格率控制在<|>2%以内。\n");
    const hover = await hoverAt(uri, position);
    expect((hover!.contents as { value: string }).value).toMatch(/本方案：2%以内，按“食品抽检合格率”98%以上比较，不低于纲要\s+（《质量强国建设纲要》：农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上）/);
  });
});
