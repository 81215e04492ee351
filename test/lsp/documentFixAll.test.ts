import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze } from "../../server/src/core/analyze";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/**
 * A county plan as a drafting team leaves it before review: one task typed in the middle of a
 * run (two 2.), one clause in round brackets where the rest are 〔〕, units apart by a comma, a
 * half-width comma in the prose. VS Code's "Fix All" and codeActionsOnSave ask for
 * `source.fixAll`; they should get every fix `plancheck --fix` makes, not the numbering ones alone.
 */
const PLAN = [
  "青禾县质量强县建设实施方案（2025—2027年）",
  "为深入贯彻落实《质量强国建设纲要》，加快推进质量强县建设，结合我县实际，制定本方案。",
  "一、重点任务",
  "（一）推动产业质量提升",
  "1.实施制造业质量攻关。聚焦竹木加工、电子信息等主导产业，开展质量攻关。〔责任单位：县工信局、县市场监管局〕",
  "2.推进质量品牌建设。实施品牌培育工程,培育区域品牌。〔责任单位：县市场监管局，县商务局〕",
  "2.提升农产品质量。推进农业标准化生产。〔责任单位：县农业农村局、县市场监管局〕",
  "3.推进服务业品质升级。开展服务质量监测。（责任单位：县商务局、县文广新旅局）",
  "（二）夯实质量基础设施",
  "1.加强标准化建设。鼓励企业参与制定国家标准。〔责任单位：县市场监管局〕",
  "2.提升计量检测能力。建设县级综合检验检测中心。〔责任单位：县市场监管局、县财政局〕",
  "",
].join("\n");

const UNITS = ["县工信局", "县市场监管局", "县商务局", "县农业农村局", "县文广新旅局", "县财政局"];
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function actions(uri: string, only?: string[]): Promise<CodeAction[]> {
  return (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: WHOLE, context: { diagnostics: [], ...(only ? { only } : {}) } })) as CodeAction[];
}

function applied(uri: string, text: string, action: CodeAction): string {
  const edits = (action.edit?.changes?.[uri] ?? []) as TextEdit[];
  expect(edits.length).toBeGreaterThan(0);
  return TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, text), edits);
}

const unitCount = (text: string, unit: string) => text.split(unit).length - 1;

describe("the editor's fix-all of the whole document", () => {
  it("answers source.fixAll with every fix, as plancheck --fix makes them: numbering, clause style, separators, punctuation; no word lost", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/qinghe.plan";
    server.open(uri, PLAN);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/sequence"));
    const fixable = analyze(PLAN).findings.filter((f) => f.fix).map((f) => f.rule);
    expect(fixable).toEqual(expect.arrayContaining(["numbering/sequence", "units/clause-style", "units/separator"]));
    expect(diagnostics.length).toBeGreaterThan(0);
    const fixAll = (await actions(uri, ["source.fixAll"])).find((a) => a.kind === "source.fixAll.policyPlan")!;
    expect(fixAll.title).toBe(`修正全文可自动修复的 ${fixable.length} 处问题`);
    const fixed = applied(uri, PLAN, fixAll);
    expect(fixed).toContain("3.提升农产品质量");
    expect(fixed).toContain("4.推进服务业品质升级");
    expect(fixed).toContain("〔责任单位：县商务局、县文广新旅局〕");
    expect(fixed).toContain("〔责任单位：县市场监管局、县商务局〕");
    expect(fixed).toContain("实施品牌培育工程，培育区域品牌");
    for (const unit of UNITS) expect(unitCount(fixed, unit)).toBe(unitCount(PLAN, unit));
    expect(analyze(fixed).findings.filter((f) => f.fix)).toEqual([]);
    // Idempotent: on the fixed text nothing is left to fix, and the action is not offered.
    const uri2 = "file:///work/qinghe-fixed.plan";
    server.open(uri2, fixed);
    await server.diagnostics(uri2);
    expect((await actions(uri2, ["source.fixAll"])).map((a) => a.kind)).not.toContain("source.fixAll.policyPlan");
  });

  it("is offered for the kinds above it only, never with the light bulb's quick fixes; a client that resolves edits gets the edit when it picks it", async () => {
    server = await startInProcessServer(null, { textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ["edit"] } } } });
    const uri = "file:///work/qinghe.plan";
    server.open(uri, PLAN);
    await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/sequence"));
    expect((await actions(uri)).map((a) => a.kind)).not.toContain("source.fixAll.policyPlan");
    expect((await actions(uri, ["quickfix"])).map((a) => a.kind)).not.toContain("source.fixAll.policyPlan");
    expect((await actions(uri, ["source.fixAll.policyPlan.numbering"])).map((a) => a.kind)).not.toContain("source.fixAll.policyPlan");
    for (const only of [["source"], ["source.fixAll"], ["source.fixAll.policyPlan"]]) expect((await actions(uri, only)).map((a) => a.kind)).toContain("source.fixAll.policyPlan");
    // One fix-all where Fix All or a save asks (a picker otherwise): the numbering one by its own kind, or the light bulb's.
    expect((await actions(uri, ["source.fixAll.policyPlan.numbering"])).map((a) => a.kind)).toContain("source.fixAll.policyPlan.numbering");
    expect((await actions(uri)).map((a) => a.kind)).toContain("source.fixAll.policyPlan.numbering");
    for (const only of [["source"], ["source.fixAll"], ["source.fixAll.policyPlan"]]) expect((await actions(uri, only)).map((a) => a.kind)).not.toContain("source.fixAll.policyPlan.numbering");
    const offered = (await actions(uri, ["source.fixAll.policyPlan"])).find((a) => a.kind === "source.fixAll.policyPlan")!;
    expect(offered.edit).toBeUndefined();
    const resolved = (await server.client.sendRequest("codeAction/resolve", offered)) as CodeAction;
    const fixed = applied(uri, PLAN, resolved);
    expect(fixed).toContain("4.推进服务业品质升级。开展服务质量监测。〔责任单位：县商务局、县文广新旅局〕");
  });
});
