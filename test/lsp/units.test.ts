import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CodeAction, DocumentHighlight, DocumentSymbol, Hover, Location, TextDocumentEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { unitTaskSummary } from "../../client/src/commands/unitTaskSummary";
import type { UnitMatrixRowDto } from "../../server/src/lsp/features/unitMatrix";
import { UnitKeys } from "../../server/src/lsp/unitUsage";
import { withCursor, workspaceWith } from "../support/cursor";
import { openInWorkspace, startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const A = "一、主要任务\n1.加快区域质量创新发展。开展创建工作。〔责任单位：市发展改革委、市工信局〕\n2.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局、市发展改革委〕\n";
/** Three tasks and, on a paragraph of its own after them, the clause of all three. */
const GROUP = "一、主要任务\n1.建立品牌培育库。开展工作。\n2.加强品牌指导服务。开展服务。\n3.打造区域品牌。开展宣传。\n〔责任单位：市市场监管局、市商务局〕\n";
const B = "一、主要任务\n1.守住农产品质量安全。深入实施三年行动。〔责任单位：市发改委、市农业农村局〕\n2.打造特色品牌。〔责任单位：市工信委〕\n";

async function open(files: Record<string, string>, marked: string, name?: string) {
  const opened = await openInWorkspace(files, marked, name);
  server = opened.server;
  return opened;
}

/** The hover's text at the <|> of a plan opened alone, the server closed after. */
async function hoverText(marked: string): Promise<string> {
  const { uri, position } = await open({}, marked);
  const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
  await server!.dispose();
  server = undefined;
  return (hover.contents as { value: string }).value;
}

describe("the outline of a plan with a group's clause", () => {
  it("shows the group's units on each task of the group", async () => {
    const { uri } = await open({}, `${GROUP}<|>`);
    const symbols = (await server!.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0]!.children!.map((task) => [task.name, task.detail])).toEqual([
      ["1.建立品牌培育库", "市市场监管局、市商务局"],
      ["2.加强品牌指导服务", "市市场监管局、市商务局"],
      ["3.打造区域品牌", "市市场监管局、市商务局"],
    ]);
  });
});

describe("the outline of a plan whose clauses a draft writes its own way", () => {
  it("shows the units of a clause in 〔〕 without a label, and of a clause whose first name carries a drafting note", async () => {
    const plan = "一、主要任务\n1.培育区域品牌。开展工作。〔县市场监管局（牵头）、县农业农村局〕\n2.推进标准化。开展工作。（责任单位：县市场监管局（排名第一的为牵头单位，下同）、县工信局）\n";
    const { uri } = await open({}, `${plan}<|>`);
    const symbols = (await server!.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0]!.children!.map((task) => [task.name, task.detail])).toEqual([
      ["1.培育区域品牌", "县市场监管局、县农业农村局"],
      ["2.推进标准化", "县市场监管局、县工信局"],
    ]);
  });
});

describe("hover on a unit", () => {
  it("shows the canonical and full name, the other names, and how the workspace uses it", async () => {
    const C = "各项任务中排在第一位的为牵头单位。\n一、主要任务\n1.推进改革。〔责任单位：市发改委、市财政局〕\n2.推进创新。〔牵头单位：市科技局；配合单位：市发改委〕\n";
    const { uri, position } = await open({ "a.plan": A, "b.plan": B, "c.plan": C }, "---\n标题: 赣州市实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：市发<|>改委、市科技局〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**市发展改革委**（赣州市发展和改革委员会）");
    expect(value).toContain("“市发改委”是别称");
    expect(value).toContain("别称：市发改委、市发展和改革委员会");
    // a.plan lists it in two tasks, b.plan and the draft in one each, none of which states a lead
    // (the first-listed unit is no lead by itself); c.plan declares that the first listed leads
    // (task 1) and names another lead in task 2.
    expect(value).toContain("工作区内 6 项任务列出该单位，其中 1 项为牵头单位");
  });

  it("counts a clause written after a group of tasks for every task of the group", async () => {
    const { uri, position } = await open({ "g.plan": GROUP }, "一、主要任务\n1.推进创新。〔牵头单位：市商<|>务局〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    // g.plan's three tasks (which state no lead) and the draft's one, which it leads.
    expect((hover.contents as { value: string }).value).toContain("工作区内 4 项任务列出该单位，其中 1 项为牵头单位");
  });

  it("reads names run together as the units they are, as units/run-together and the unit report do", async () => {
    const value = await hoverText("赣州市章贡区质量强区建设实施方案\n一、主要任务\n1.甲任务。开展工作。（责任单位：区住<|>建局区交通运输局、区应急管理局）\n");
    expect(value).toBe("**区住建局区交通运输局**\n\n连写在一起的 2 个单位：“区住建局”、“区交通运输局”，中间缺少分隔符；任务按各单位分别计入");
  });

  it("shows a name of another level with the place of that level and the 市 entry it is derived from", async () => {
    const { uri, position } = await open({}, "---\n标题: 扬州市江都区质量强区建设实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：区市场监<|>督管理局、区科技局〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**区市场监管局**（江都区市场监督管理局）");
    expect(value).toContain("“区市场监督管理局”是别称");
    expect(value).toContain("来源：内置市级单位名录中的“市市场监管局”，按层级推得");
  });

  it("fills a zone's plan's 区 body's full name with the zone, however its title writes it", async () => {
    const { uri, position } = await open({}, "---\n标题: 南京江北新区质量强区建设实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：区财<|>政局、区科技局〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("**区财政局**（南京江北新区财政局）");
  });

  it("shows a city bureau's district 分局 as derived from the bureau, not as listed", async () => {
    const { uri, position } = await open({}, "---\n标题: 南京市鼓楼区质量强区建设实施方案\n---\n一、主要任务\n1.推进治污。〔责任单位：区生态环<|>境分局、区科技局〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**区生态环境分局**");
    expect(value).toContain("来源：内置市级单位名录中的“市生态环境局”，按其在区里设立的分局推得");
  });

  // QA round 15: the hover named the city list as the source of every built-in entry.
  it("names the built-in table a zone's, a 直辖市's or a merged county bureau's entry is from", async () => {
    const sourceOf = async (marked: string) => (await hoverText(marked)).split("\n").find((line) => line.startsWith("来源："));
    expect(await sourceOf("---\n标题: 南京江北新区质量强区建设实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：区党政<|>办、区科技局〕\n")).toBe("来源：内置开发区（新区、园区）机构名录");
    expect(await sourceOf("---\n标题: 上海市质量强市建设实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：市经济信息<|>化委、市科委〕\n")).toBe("来源：内置直辖市委办局名录");
    expect(await sourceOf("---\n标题: 示例县质量强县建设实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：县卫<|>体局、县科技局〕\n")).toBe("来源：县级合并设置机构的读法（由内置名录中各部门的简称组成）");
    expect(await sourceOf("---\n标题: 示例市质量强市建设实施方案\n---\n一、主要任务\n1.推进创新。〔责任单位：市财<|>政局、市科技局〕\n")).toBe("来源：内置市级单位名录");
  });

  it("reads a name as its list does: the level word written once, an ending shared", async () => {
    const province = await hoverText("广西质量强区建设实施方案\n一、重点任务\n1.甲。开展。（责任单位：自治区住房城乡建设厅、交通运<|>输厅、水利厅）\n");
    expect(province).toContain("**自治区交通运输厅**");
    expect(province).toContain("“交通运输厅”在这一处分工中指“自治区交通运输厅”（与前后的单位共用层级字）");
    const places = await hoverText("示例市质量强市实施方案\n一、重点任务\n1.甲。开展。（责任单位：柯桥<|>区、诸暨市人民政府）\n");
    expect(places).toContain("“柯桥区”在这一处分工中指“柯桥区人民政府”（与前后的单位共用末尾的字）");
  });

  it("says when a name is not in the registry", async () => {
    // 市工信委 was this example until 工信委 became a retired name (its hover now names 市工信局).
    const { uri, position } = await open({ "b.plan": B.replace("市工信委", "市工信处") }, "一、主要任务\n1.推进创新。〔责任单位：市工<|>信处〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("不在责任单位名录中");
    expect((hover.contents as { value: string }).value).toContain("工作区内 2 项任务列出该单位");
  });

  it("gives the name units/unknown suggests for a slip, in the diagnostic's words", async () => {
    for (const [marked, said] of [
      // A slip of a registry name: the nearest names.
      ["一、主要任务\n1.推进创新。〔责任单位：市科技局、市市场监<|>官局〕\n", "“市市场监官局”不在责任单位名录中，是否应为“市市场监管局”？"],
      // Names equally near are all named.
      ["一、主要任务\n1.推进创新。〔责任单位：市科技局、市水<|>局〕\n", "“市水局”不在责任单位名录中，是否应为“市水利局”或“市水务局”？"],
      // A template's brackets round the place.
      ["一、主要任务\n1.推进创新。〔责任单位：市科技局、【县】市场<|>监管局〕\n", "“【县】市场监管局”中的“县”加了括号，疑为从模板照搬的待填地名标记，应写作“县市场监管局”"],
    ]) {
      const { uri, position } = await open({}, marked!);
      const diagnostic = (await server!.diagnostics(uri, (found) => found.some((one) => one.code === "units/unknown"))).find((found) => found.code === "units/unknown");
      const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
      expect(diagnostic?.message).toBe(said);
      expect((hover.contents as { value: string }).value).toContain(said);
      await server!.dispose();
      server = undefined;
    }
  });

  it("names the body that took over a retired name's duties, and says a placeholder is to be filled in", async () => {
    const marked = "章贡区质量强区建设实施方案\n一、主要任务\n1.推进创新。〔责任单位：区质<|>监局、区××局〕\n";
    const { uri, position, text } = await open({}, marked);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("2018年机构改革前的旧称：“质监局”的职责已划入“区市场监管局”，现行名称为“区市场监管局”");
    const lines = text.split("\n");
    const placeholder = { line: 2, character: lines[2]!.indexOf("区××局") + 1 };
    const onPlaceholder = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: placeholder })) as Hover;
    expect((onPlaceholder.contents as { value: string }).value).toContain("占位符：定稿前应填写实际的责任单位");
  });
});

describe("a group term", () => {
  it("is hovered as a group, never as a town's government of a place called 各乡", async () => {
    const { uri, position } = await open({}, "某县质量强县实施方案\n一、主要任务\n1.推进创新。〔责任单位：县商务局、各乡镇人民<|>政府〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("统称：指多个单位，不是一个单位的名称");
    expect(value).not.toContain("各乡政府");
  });

  it("is hovered as the group its list makes of a kind under one 各, as the unit report counts it", async () => {
    const town = await hoverText("某县质量强县实施方案\n一、主要任务\n1.推进创新。〔责任单位：县商务局、各乡、镇人民<|>政府〕\n");
    expect(town).toContain("“镇人民政府”在这一处分工中指“各镇人民政府”（与前后的单位共用开头的“各”）");
    expect(town).toContain("统称：指多个单位，不是一个单位的名称");
    const township = await hoverText("某县质量强县实施方案\n一、主要任务\n1.推进创新。〔责任单位：县商务局、各<|>乡、镇人民政府〕\n");
    expect(township).toContain("“各乡”在这一处分工中指“各乡人民政府”（与前后的单位共用末尾的字）");
  });

  it("is hovered apart from the zones' committees after it, which its 各 reaches across a 、 or a conjunction", async () => {
    const plan = (clause: string) => `佛山市质量强市实施方案\n一、主要任务\n1.推进创新。${clause}\n`;
    const zones = await hoverText(plan("（市工业和信息化局，各区（县、市）政府、功能园区<|>管委会按职责分工负责）"));
    expect(zones).toContain("“功能园区管委会”在这一处分工中指“各功能园区管委会”（与前后的单位共用开头的“各”）");
    expect(zones).toContain("统称：指多个单位，不是一个单位的名称");
    const joined = await hoverText(plan("（责任单位：市商务局，各县（市、区）人民政府和开发区<|>管委会）"));
    expect(joined).toContain("“开发区管委会”在这一处分工中指“各开发区管委会”");
    const governments = await hoverText(plan("（责任单位：市商务局，各县（市、区）人民<|>政府和开发区管委会）"));
    expect(governments).toContain("**各县（市、区）人民政府**");
    expect(governments).not.toContain("开发区");
  });

  it("is hovered as a group where its level word lists the level's kinds (县（市）人民政府), never as the one government the name reads as without them", async () => {
    const hover = await hoverText("某某市质量强市实施方案\n一、主要任务\n1.推进创新。（责任单位：市商务局、县（市）人民<|>政府）\n");
    expect(hover).toContain("统称：指多个单位，不是一个单位的名称");
    expect(hover).not.toContain("**县人民政府**");
  });
});

describe("a closed office", () => {
  it("names the city's office that took its duties over, as units/unknown does", async () => {
    const marked = "赣州市章贡区质量强区建设实施方案\n一、主要任务\n1.推进创新。〔责任单位：区财政局、人民银行章<|>贡区支行〕\n";
    const { uri, position } = await open({}, marked);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("所指的机构已在2023年机构改革中撤销，职责上收至“人民银行赣州市分行”");
  });
});

describe("two units written together", () => {
  const TOGETHER = "一、主要任务\n1.推进创新。〔责任单位：市工信局市<|>财政局〕\n2.任务乙。〔责任单位：市财政局〕\n";

  it("are not hovered as the full name of the second", async () => {
    const { uri, position } = await open({}, TOGETHER);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).not.toContain("**市财政局**");
    expect(value).toContain("连写在一起的 2 个单位：“市工信局”、“市财政局”");
  });

  it("are not renamed with the second", async () => {
    const { uri } = await open({}, TOGETHER);
    const position = { line: 2, character: 12 };
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市审计局" })) as WorkspaceEdit;
    expect(edit.changes![uri]).toEqual([{ range: { start: position, end: { line: 2, character: 16 } }, newText: "市审计局" }]);
  });
});

describe("references and rename across the workspace", () => {
  it("finds every task that lists a unit, in every plan and under every name", async () => {
    const { workspace, uri, position } = await open({ "a.plan": A, "b.plan": B }, "一、主要任务\n1.推进创新。〔责任单位：市发展改革<|>委〕\n");
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    const byFile = locations.map((l) => `${l.uri.slice(workspace.rootUri.length + 1)}:${l.range.start.line}:${l.range.start.character}`);
    expect(byFile.sort()).toEqual(["a.plan:1:26", "a.plan:2:33", "b.plan:1:27", "draft.plan:1:13"]);
  });

  it("tells two districts' bureaus of a city's plan apart, and finds each under its place (identity.ts)", async () => {
    const CITY = "---\n标题: 赣州市深化质量强市建设实施方案\n发文机关: 赣州市人民政府\n---\n一、主要任务\n";
    const other = `${CITY}1.甲。〔责任单位：南康区住建局、市财政局〕\n2.乙。〔责任单位：章贡区住房和城乡建设局〕\n`;
    const district = "---\n标题: 赣州市章贡区质量强区实施方案\n发文机关: 赣州市章贡区人民政府\n---\n一、主要任务\n1.丙。〔责任单位：区住建局〕\n";
    const { workspace, uri, position } = await open({ "a.plan": other, "d.plan": district }, `${CITY}1.推进创新。〔责任单位：章贡区住<|>建局、南康区住建局〕\n`);
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    const byFile = locations.map((l) => `${l.uri.slice(workspace.rootUri.length + 1)}:${l.range.start.line}`);
    // 章贡's bureau in the city's plans and the district's own 区住建局; never 南康's.
    expect(byFile.sort()).toEqual(["a.plan:6", "d.plan:5", "draft.plan:5"]);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("工作区内 3 项任务列出该单位");
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "章贡区住房城乡建设局" })) as WorkspaceEdit;
    expect(Object.values(edit.changes!).flat().length).toBe(3);
  });

  it("finds a city bureau's 分局 in a district's plan under the name the district writes it with 区 (identity.ts)", async () => {
    const DISTRICT = "---\n标题: 南京市鼓楼区质量强区建设实施方案\n---\n一、主要任务\n";
    const other = `${DISTRICT}1.甲。〔责任单位：市公安局鼓楼分局、区财政局〕\n2.乙。〔责任单位：鼓楼公安分局〕\n`;
    const { workspace, uri, position } = await open({ "a.plan": other }, `${DISTRICT}1.推进。〔责任单位：区公安<|>分局〕\n`);
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    expect(locations.map((l) => `${l.uri.slice(workspace.rootUri.length + 1)}:${l.range.start.line}`).sort()).toEqual(["a.plan:4", "a.plan:5", "draft.plan:4"]);
  });

  it("renames a unit nobody registered (市工信委 → 市工信局) in every plan", async () => {
    const { workspace, uri, position } = await open({ "b.plan": B }, "一、主要任务\n1.推进创新。〔责任单位：市科技局、市工信<|>委〕\n");
    const prepared = (await server!.client.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position })) as { placeholder: string };
    expect(prepared.placeholder).toBe("市工信委");
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市工信局" })) as WorkspaceEdit;
    expect(Object.keys(edit.changes!).sort()).toEqual([workspace.uri("b.plan"), uri].sort());
    expect(edit.changes![workspace.uri("b.plan")]).toEqual([{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 19 } }, newText: "市工信局" }]);
  });

  it("renames a name a page's edge cut in two over the name's own characters, the page's edge kept", async () => {
    // A PDF copy: the clause's 市场监管局 is on the next page, its page number between.
    const cut = "一、主要任务\n1.推进创新。开展工作。〔责任单位：市科技局、市\n\n—　３　—\n\n市场监管局、市工信局〕\n2.加强监管。〔责任单位：市市场<|>监管局〕\n";
    const { uri, position, text } = await open({}, cut);
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市市场监督管理局" })) as WorkspaceEdit;
    const renamed = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, text), edit.changes![uri]!);
    expect(renamed).toBe(text.replace("市\n\n—　３　—\n\n市场监管局", "市市场监督管理局\n\n—　３　—\n\n").replace("市市场监管局〕", "市市场监督管理局〕"));
  });

  it("names the version of each open plan a rename was computed for, for a client that takes documentChanges", async () => {
    const workspace = workspaceWith({ "b.plan": B });
    server = await startInProcessServer(workspace.rootUri, { workspace: { workspaceEdit: { documentChanges: true } } });
    const { text, position } = withCursor("一、主要任务\n1.推进创新。〔责任单位：市科技局、市工信<|>委〕\n");
    const uri = workspace.uri("draft.plan");
    server.open(uri, text, 7);
    // A keystroke at the end: the rename is computed for version 8, and says so.
    const end = { line: 2, character: 0 };
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 8 }, contentChanges: [{ range: { start: end, end }, text: "2" }] });
    const edit = (await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市工信局" })) as WorkspaceEdit;
    expect(edit.changes).toBeUndefined();
    const byUri = new Map((edit.documentChanges as TextDocumentEdit[]).map((change) => [change.textDocument.uri, change]));
    expect(byUri.get(uri)!.textDocument.version).toBe(8);
    expect(byUri.get(uri)!.edits).toEqual([{ range: { start: { line: 1, character: 18 }, end: { line: 1, character: 22 } }, newText: "市工信局" }]);
    // A plan read from disk has no version to name.
    expect(byUri.get(workspace.uri("b.plan"))!.textDocument.version).toBeNull();
  });

  it("renames a unit of a registry file there too, and every form of it in the plans", async () => {
    const files = {
      ".plancheck.json": '{ "units": { "registryFiles": ["units.json"] } }',
      "units.json": '[\n  { "name": "市工信委", "aliases": ["市工业和信息化委员会"] }\n]\n',
      "b.plan": B.replace("〔责任单位：市工信委〕", "〔责任单位：市工业和信息化委员会〕"),
    };
    const { workspace, uri, position } = await open(files, "一、主要任务\n1.推进创新。〔责任单位：市工<|>信委〕\n");
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市工信局" })) as WorkspaceEdit;
    expect(edit.changes![workspace.uri("b.plan")]![0]!.newText).toBe("市工信局");
    const registryEdit = edit.changes![workspace.uri("units.json")]!;
    expect(registryEdit).toHaveLength(1);
    expect(registryEdit[0]!.range.start.line).toBe(1);
    expect(registryEdit[0]!.newText).toBe('"市工信局"');
    const references = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: true } })) as Location[];
    expect(references[0]!.uri).toBe(workspace.uri("units.json"));
  });

  it("refuses a new name that another clause of the same tasks lists", async () => {
    // The group's two clauses assign all three tasks: 市工信局 renamed to 市财政局 would list it twice for each.
    const group = GROUP.replace("〔责任单位：市市场监管局、市商务局〕", "〔牵头单位：市工信局〕\n〔配合单位：市财政局〕");
    const { uri, position } = await open({ "g.plan": group }, "一、主要任务\n1.推进创新。〔责任单位：市工信<|>局〕\n");
    const rename = server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市财政局" });
    await expect(rename).rejects.toThrow(/“市财政局”已与“市工信局”列为同一任务的责任单位（g\.plan 第5行）/);
  });

  it("refuses a new name that a clause already lists beside the renamed unit", async () => {
    const { uri, position } = await open({ "o.plan": "一、主要任务\n2.乙。开展工作。〔牵头单位：市工信局；配合单位：市财政局〕\n" }, "一、主要任务\n1.推进创新。〔责任单位：市工信<|>局〕\n");
    const rename = server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市财政局" });
    await expect(rename).rejects.toThrow(/“市财政局”已与“市工信局”列在同一处责任分工中（o\.plan 第2行）/);
  });

  it("registers the new name when a built-in unit is renamed, so it stays known", async () => {
    const files = { ".plancheck.json": "{\n  // 本市配置\n  \"rules\": {}\n}\n", "a.plan": A };
    const { workspace, uri, position } = await open(files, "一、主要任务\n1.推进创新。〔责任单位：市工信<|>局〕\n");
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市工业和信息化委员会" })) as WorkspaceEdit;
    expect(edit.changes![workspace.uri("a.plan")]).toHaveLength(2);
    const config = edit.changes![workspace.uri(".plancheck.json")]!;
    expect(config.map((e) => e.newText).join("")).toContain('"name": "市工业和信息化委员会"');
  });
});

describe("unit names in a 任务分工表's cells", () => {
  const PLAN = "赣州市质量强市建设实施方案\n一、主要任务\n1.实施质量技术攻关行动。开展攻关。（责任单位：市科技局、市工信局）\n附件\n重点任务分工表\n";
  const TABS = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t实施质量技术攻关行动\t市科<|>技局\t市工信委、市市场监管局\t2025年底\n";
  // One cell a line, as a PDF copy pastes a table, and a Word cell's lines in quotes.
  const CELL_LINES = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n实施质量技术攻关行动\n市科技局\n市工<|>信委\n2025年底\n";
  const QUOTED = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t实施质量技术攻关行动\t市科技局\t\"市工信局\n市市场监<|>官局\"\t2025年底\n";

  it("are hovered, found and renamed in the lead column as in a clause", async () => {
    const { uri, position } = await open({}, PLAN + TABS);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("工作区内 1 项任务列出该单位，其中 1 项为牵头单位");
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: true } })) as Location[];
    expect(locations.map((l) => `${l.range.start.line}:${l.range.start.character}`).sort()).toEqual(["2:24", "6:13"]);
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市科学技术局" })) as WorkspaceEdit;
    const edits = (edit.documentChanges as TextDocumentEdit[] | undefined)?.find((change) => change.textDocument.uri === uri)?.edits ?? edit.changes![uri]!;
    expect(edits.map((one) => `${one.range.start.line}:${one.range.start.character}`).sort()).toEqual(["2:24", "6:13"]);
  });

  it("say what a retired name or a slip is in the support column, however the table was pasted", async () => {
    expect(await hoverText(PLAN + TABS.replace("市科<|>技局", "市科技局").replace("市工信委", "市工<|>信委"))).toContain("现行名称为“市工信局”");
    expect(await hoverText(PLAN + CELL_LINES)).toContain("现行名称为“市工信局”");
    expect(await hoverText(PLAN + QUOTED)).toContain("“市市场监官局”不在责任单位名录中，是否应为“市市场监管局”？");
  });

  it("are hovered in a cell that writes its own labels (牵头单位：…；配合单位：…)", async () => {
    const labelled = "序号\t重点任务\t责任单位\t完成时限\n1\t实施质量技术攻关行动\t牵头单位：市科技局；配合单位：市工<|>信委\t2025年底\n";
    expect(await hoverText(PLAN + labelled)).toContain("现行名称为“市工信局”");
  });
});

describe("the unit under the cursor highlighted in the plan", () => {
  const highlighted = async (marked: string, files: Record<string, string> = {}) => {
    const { uri, position, text } = await open(files, marked);
    const highlights = (await server!.client.sendRequest("textDocument/documentHighlight", { textDocument: { uri }, position })) as DocumentHighlight[] | null;
    const document = TextDocument.create(uri, "policy-plan", 1, text);
    return (highlights ?? []).map((h) => `${h.range.start.line}:${document.getText(h.range)}`);
  };

  it("marks every clause that lists it, under every name it is written, and no other text", async () => {
    const plan = "一、主要任务\n1.加快区域质量创新发展。由市发改委统筹。〔责任单位：市发展改<|>革委、市工信局〕\n2.增强产业质量竞争能力。〔责任单位：市工信局、市发改委〕\n3.打造特色品牌。（牵头单位：市市场监管局；配合单位：市发展改革委）\n";
    // Not 由市发改委统筹 in the task's text, nor the other plan's.
    expect(await highlighted(plan, { "a.plan": A })).toEqual(["1:市发展改革委", "2:市发改委", "3:市发展改革委"]);
  });

  it("marks a name in a clause still being typed with the closed clauses' ones; nothing off a clause", async () => {
    expect(await highlighted("一、主要任务\n1.甲。〔责任单位：市工信局〕\n2.乙。〔责任单位：市科技局、市工<|>信局\n")).toEqual(["1:市工信局", "2:市工信局"]);
    expect(await highlighted("一、主要任务\n1.甲。实施技<|>术改造。〔责任单位：市工信局〕\n")).toEqual([]);
  });

  it("keys the plan's names once per version: a cursor move keys the name under it, not every name again", async () => {
    const plan = "一、主要任务\n1.甲。〔责任单位：市发改委、市工信局〕\n2.乙。〔责任单位：市工信局、市科技局〕\n3.丙。〔责任单位：市发展改<|>革委、市财政局〕\n";
    const { uri, position } = await open({}, plan);
    const ask = async () => (await server!.client.sendRequest("textDocument/documentHighlight", { textDocument: { uri }, position })) as DocumentHighlight[];
    expect(await ask()).toHaveLength(2);
    const keyOf = vi.spyOn(UnitKeys.prototype, "keyOf");
    try {
      expect(await ask()).toHaveLength(2);
      expect(await ask()).toHaveLength(2);
      // The name under the cursor, once per move; the plan's six names were keyed by the first ask.
      expect(keyOf.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      keyOf.mockRestore();
    }
  });
});

describe("rename in a zone's plan", () => {
  it("registers no name the plan's rules know already (区经济发展局, a zone body's full name)", async () => {
    const ZONE = "南昌高新区深化质量强区建设实施方案\n南昌高新技术产业开发区管理委员会\n一、主要任务\n";
    const files = { ".plancheck.json": "{\n  \"rules\": {}\n}\n", "a.plan": `${ZONE}1.甲。〔责任单位：区经发局、财政金融局〕\n` };
    const { workspace, uri, position } = await open(files, `${ZONE}1.推进。〔责任单位：区经<|>发局〕\n`);
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "区经济发展局" })) as WorkspaceEdit;
    expect(Object.keys(edit.changes!).sort()).toEqual([workspace.uri("a.plan"), uri].sort());
  });
});

describe("units of plans of different places", () => {
  /** A city's plan, its issuer line naming the city: 市工信局 there is that city's. */
  const cityPlan = (city: string, task: string) => `${city}市深化质量强市建设实施方案\n${city}市人民政府\n一、主要任务\n1.${task}。开展工作。〔责任单位：市工信局、市科技局〕\n`;
  const GANZHOU = cityPlan("赣州", "推进产业集群建设");
  const FUZHOU = cityPlan("抚州", "推进数字化转型");
  const MARKED = "赣州市质量品牌提升行动方案\n赣州市人民政府\n一、主要任务\n1.打造品牌。〔责任单位：市工信<|>局〕\n";

  it("are other units of the same name: references, hover and rename stay at the plan's place", async () => {
    const { workspace, uri, position } = await open({ "ganzhou.plan": GANZHOU, "other/fuzhou.plan": FUZHOU }, MARKED);
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    expect(locations.map((l) => l.uri).sort()).toEqual([uri, workspace.uri("ganzhou.plan")].sort());
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toContain("工作区内 2 项任务列出该单位");
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市工业和信息化局" })) as WorkspaceEdit;
    expect(Object.keys(edit.changes!).filter((file) => file.endsWith(".plan")).sort()).toEqual([uri, workspace.uri("ganzhou.plan")].sort());
  });

  it("are counted apart in completion", async () => {
    const { uri, position } = await open({ "ganzhou.plan": GANZHOU, "other/fuzhou.plan": FUZHOU }, "赣州市质量品牌提升行动方案\n赣州市人民政府\n一、主要任务\n1.打造品牌。〔责任单位：市科技局、gx<|>〕\n");
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as { items: Array<{ label: string; detail?: string }> };
    expect(list.items.find((i) => i.label === "市工信局")!.detail).toContain("1 项任务");
  });

  it("take a plan that names no place for one of the place the workspace's other plans name", async () => {
    const draft = "质量强市建设实施方案（征求意见稿）\n一、主要任务\n1.推进创新。〔责任单位：市工信局〕\n";
    const { workspace, uri, position } = await open({ "ganzhou.plan": GANZHOU, "draft2.plan": draft }, MARKED);
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    expect(locations.map((l) => l.uri).sort()).toEqual([uri, workspace.uri("draft2.plan"), workspace.uri("ganzhou.plan")].sort());
  });

  it("keep a city bureau's district branch apart from another city's of the same name", async () => {
    const branch = (city: string) => `${city}市深化质量强市建设实施方案\n${city}市人民政府\n一、主要任务\n1.推进执法。〔责任单位：市公安局经开区分局〕\n`;
    const marked = "赣州市质量品牌提升行动方案\n赣州市人民政府\n一、主要任务\n1.打造品牌。〔责任单位：市公安局经开<|>区分局〕\n";
    const { workspace, uri, position } = await open({ "ganzhou.plan": branch("赣州"), "other/fuzhou.plan": branch("抚州") }, marked);
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    expect(locations.map((l) => l.uri).sort()).toEqual([uri, workspace.uri("ganzhou.plan")].sort());
  });

  it("keep a province's body named in cities' plans at the province their preambles cite", async () => {
    const plan = (city: string, province: string) =>
      `${city}市深化质量强市建设实施方案\n${city}市人民政府\n为贯彻落实《中共${province}省委 ${province}省人民政府关于深化质量强省建设的实施意见》，制定本方案。\n一、主要任务\n1.推进标准化。〔责任单位：市市场监管局、省市场监管局〕\n`;
    const marked = plan("赣州", "江西").replace("省市场监管局〕", "省市场<|>监管局〕").replace("深化质量强市建设实施方案", "质量品牌提升行动方案");
    const { workspace, uri, position } = await open({ "ganzhou.plan": plan("赣州", "江西"), "fuzhou.plan": plan("抚州", "江西"), "nanjing.plan": plan("南京", "江苏") }, marked);
    const locations = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    // 赣州's and 抚州's are 江西's one 省市场监管局; 南京's is 江苏's.
    expect(locations.map((l) => l.uri).sort()).toEqual([uri, workspace.uri("ganzhou.plan"), workspace.uri("fuzhou.plan")].sort());
  });

  it("keep a registry entry another place's plans use: renaming registers the new name beside it", async () => {
    const files = {
      ".plancheck.json": '{ "units": { "registryFiles": ["units.json"] } }',
      "units.json": '[\n  { "name": "市数据局" }\n]\n',
      "ganzhou.plan": GANZHOU.replace("市工信局", "市数据局"),
      "other/fuzhou.plan": FUZHOU.replace("市工信局", "市数据局"),
    };
    const { workspace, uri, position } = await open(files, MARKED.replace("市工信<|>局", "市数据<|>局"));
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市数据管理局" })) as WorkspaceEdit;
    expect(edit.changes![workspace.uri("other/fuzhou.plan")]).toBeUndefined();
    const registry = edit.changes![workspace.uri("units.json")]!;
    expect(registry.map((e) => e.newText)).toEqual([',\n  { "name": "市数据管理局" }']);
  });
});

describe("the preferred quick fix where a unit's finding lies inside its clause's", () => {
  // The clause in round brackets where the plan's others are 〔〕 (units/clause-style, the whole
  // clause) names 市工业和信息化局 where the plan writes 市工信局 (units/alias, the name).
  const PLAN = "一、主要任务\n1.推进技术改造。〔责任单位：市工信局、市科技局〕\n2.培育质量标杆。〔责任单位：市市场监管局〕\n3.提升服务品质。（牵头单位：市商务局；配合单位：市工业和信息化局）\n";

  async function preferredAt(marker: string, offset: number) {
    server = await startInProcessServer();
    const uri = "file:///work/preferred.plan";
    server.open(uri, PLAN);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "units/alias"));
    const position = TextDocument.create(uri, "policy-plan", 1, PLAN).positionAt(PLAN.indexOf(marker) + offset);
    const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: diagnostics.filter((d) => d.range.start.line === 3), only: ["quickfix"] } })) as CodeAction[];
    return { fixes: actions.filter((a) => !a.title.startsWith("在此行禁用")).map((a) => a.title), preferred: actions.filter((a) => a.isPreferred).map((a) => a.title) };
  }

  it("on the name: both fixes offered, the name's preferred, once, so that Auto Fix applies it", async () => {
    const { fixes, preferred } = await preferredAt("市工业和信息化局", 3);
    expect(fixes).toEqual(["将“（”改为“〔”、“）”改为“〕”", "改为“市工信局”"]);
    expect(preferred).toEqual(["改为“市工信局”"]);
  });

  it("on the bracket: the clause's fix alone, preferred", async () => {
    const { fixes, preferred } = await preferredAt("（牵头单位", 1);
    expect(fixes).toEqual(["将“（”改为“〔”、“）”改为“〕”"]);
    expect(preferred).toEqual(fixes);
  });
});

describe("quick fixes for an unknown unit", () => {
  const UNKNOWN = "一、主要任务\n1.加强工程质量管理。〔责任单位：市住建局、<|>水利〕\n";

  async function actionsAt(files: Record<string, string>) {
    const { uri, position } = await open(files, UNKNOWN);
    const diagnostics = await server!.diagnostics(uri, (d) => d.some((x) => x.code === "units/unknown"));
    const unknown = diagnostics.find((d) => d.code === "units/unknown")!;
    const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [unknown] } })) as CodeAction[];
    return { actions, uri };
  }

  it("offers the nearest registry names, and adding the name to the registry file", async () => {
    const { actions } = await actionsAt({ ".plancheck.json": '{ "units": { "registryFiles": ["units.json"] } }', "units.json": '[\n  { "name": "市检验检测院" }\n]\n' });
    // Besides 在此行禁用 units/unknown, which every finding has (test/lsp/disable.test.ts).
    expect(actions.map((a) => a.title).filter((title) => !title.startsWith("在此行禁用"))).toEqual(["改为“市水利局”", "将“水利”加入工作区责任单位名录（units.json）"]);
    expect(actions[0]!.isPreferred).toBeFalsy();
    const added = Object.entries(actions[1]!.edit!.changes!)[0]!;
    expect(added[0]).toMatch(/units\.json$/);
    expect(added[1]).toEqual([{ range: { start: { line: 1, character: 22 }, end: { line: 1, character: 22 } }, newText: ',\n  { "name": "水利" }' }]);
  });

  // Which of two equally near names is meant only the drafter knows: both are offered, neither
  // preferred (so Auto Fix applies none), and the message names both, in the registry's order.
  it("offers both of two equally near names, neither preferred, and names both", async () => {
    const { uri, position } = await open({}, "一、主要任务\n1.加强水利工程质量管理。〔责任单位：市住建局、<|>市水局〕\n");
    const diagnostics = await server!.diagnostics(uri, (d) => d.some((x) => x.code === "units/unknown"));
    const unknown = diagnostics.find((d) => d.code === "units/unknown")!;
    expect(unknown.message).toBe("“市水局”不在责任单位名录中，是否应为“市水利局”或“市水务局”？");
    const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [unknown] } })) as CodeAction[];
    const renames = actions.filter((a) => a.title.startsWith("改为"));
    expect(renames.map((a) => a.title)).toEqual(["改为“市水利局”", "改为“市水务局”"]);
    expect(actions.filter((a) => a.isPreferred)).toEqual([]);
  });

  it("adds to .plancheck.json's units.registry when there is no registry file, keeping its comments", async () => {
    const { actions } = await actionsAt({ ".plancheck.json": '{\n  // 本市配置\n  "units": { "requireClauseAt": [3] }\n}\n' });
    const action = actions.find((a) => a.title.includes("加入工作区"))!;
    expect(action.title).toContain(".plancheck.json");
    const [file, edits] = Object.entries(action.edit!.changes!)[0]!;
    const text = readFileSync(new URL(file), "utf8");
    expect(edits.map((e) => e.newText).join("")).toContain('"registry"');
    expect(text).toContain("// 本市配置");
  });

  it("never offers to register a retired name or a placeholder", async () => {
    const { uri } = await open({}, "一、主要任务\n1.加强质量监管。〔责任单位：市质监局、市××局、待定单位、市XX局、水利<|>〕\n");
    // The retired name and 水利 are unknown; the placeholders are the clause's one units/blank finding.
    const about = (x: { code?: string | number }) => x.code === "units/unknown" || x.code === "units/blank";
    const diagnostics = await server!.diagnostics(uri, (d) => d.filter((x) => x.code === "units/unknown").length === 2 && d.some((x) => x.code === "units/blank"));
    const offered: string[] = [];
    for (const unknown of diagnostics.filter(about)) {
      const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } })) as CodeAction[];
      offered.push(...actions.map((a) => a.title).filter((title) => title.includes("加入工作区")));
    }
    expect(offered).toEqual(["将“水利”加入工作区责任单位名录（.plancheck.json）"]);
  });

  it("creates .plancheck.json at the workspace root when there is none", async () => {
    const { actions } = await actionsAt({});
    const action = actions.find((a) => a.title.includes("加入工作区"))!;
    const changes = action.edit!.documentChanges as Array<{ kind?: string; uri?: string; edits?: Array<{ newText: string }> }>;
    expect(changes[0]).toMatchObject({ kind: "create" });
    expect(changes[0]!.uri).toMatch(/\.plancheck\.json$/);
    expect(JSON.parse(changes[1]!.edits![0]!.newText)).toEqual({ units: { registry: [{ name: "水利" }] } });
  });
});

describe("registry changes without a restart", () => {
  it("re-checks open plans when a registry file changes on disk, and shows a broken one's problems in it", async () => {
    const files = { ".plancheck.json": '{ "units": { "registryFiles": ["units.json"] } }', "units.json": "[]\n" };
    const { workspace, uri } = await open(files, "一、主要任务\n1.建设平台。〔责任单位：市检验检测院<|>〕\n");
    await server!.diagnostics(uri, (d) => d.some((x) => x.code === "units/unknown"));
    writeFileSync(join(workspace.root, "units.json"), '[{ "name": "市检验检测院" }]\n');
    void server!.client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: workspace.uri("units.json"), type: 2 }] });
    await server!.diagnostics(uri, (d) => !d.some((x) => x.code === "units/unknown"));

    writeFileSync(join(workspace.root, "units.json"), '[{ "name": "市检验检测院", "alias": [] }]\n');
    void server!.client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: workspace.uri("units.json"), type: 2 }] });
    const problems = await server!.diagnostics(workspace.uri("units.json"), (d) => d.length > 0);
    expect(problems[0]!.message).toBe("[0].alias：未知的配置项：alias（是否想用 aliases？）");
    expect(problems[0]!.range.start).toEqual({ line: 0, character: 21 });
  });
  it("reads a closed plan again with the new registry: configured names joined by 和 become two units", async () => {
    const files = {
      ".plancheck.json": '{ "units": { "registryFiles": ["units.json"] } }',
      "units.json": "[]\n",
      "b.plan": "一、主要任务\n1.建设检测平台。〔责任单位：章贡检测站和赣南质检院〕\n",
    };
    const { workspace } = await open(files, "一、主要任务\n1.推进创新。〔责任单位：市科技局<|>〕\n");
    const unitsOfB = async () => {
      const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { scope: "workspace" })) as Array<{ file: string; units: string[] }>;
      return rows.filter((row) => row.file.endsWith("b.plan")).map((row) => row.units);
    };
    expect(await unitsOfB()).toEqual([["章贡检测站和赣南质检院"]]);
    writeFileSync(join(workspace.root, "units.json"), '[{ "name": "章贡检测站" }, { "name": "赣南质检院" }]\n');
    void server!.client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: workspace.uri("units.json"), type: 2 }] });
    await expect.poll(unitsOfB).toEqual([["章贡检测站", "赣南质检院"]]);
  });
});

describe("the workspace index and the unit matrix", () => {
  it("parses a plan from disk once, and again only after it changed", async () => {
    const { workspace, uri, position } = await open({ "a.plan": A, "b.plan": B }, "一、主要任务\n1.推进创新。〔责任单位：市发展改革<|>委〕\n");
    const references = () => server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } }) as Promise<Location[]>;
    await references();
    expect(server!.session.workspace.parses).toBe(2);
    await references();
    expect(server!.session.workspace.parses).toBe(2);
    writeFileSync(join(workspace.root, "b.plan"), B.replace("市发改委、", ""));
    utimesSync(join(workspace.root, "b.plan"), new Date(), new Date(Date.now() + 5000));
    void server!.client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: workspace.uri("b.plan"), type: 2 }] });
    expect((await references()).length).toBe(3);
    expect(server!.session.workspace.parses).toBe(3);
  });

  it("answers policyPlan/unitMatrix with the rows of a document, or of the workspace", async () => {
    const { uri } = await open({ "a.plan": A, "b.plan": B }, "一、主要任务\n1.推进创新。〔牵头单位：市科技局；配合单位：市工信局<|>〕\n");
    const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri })) as Array<Record<string, unknown>>;
    expect(rows).toEqual([
      {
        file: uri,
        path: ["一、", "1."],
        heading: "推进创新",
        label: "牵头单位",
        units: ["市科技局", "市工信局"],
        lead: "市科技局",
        range: { start: { line: 1, character: 7 }, end: { line: 1, character: 28 } },
        leads: ["市科技局"],
        supporting: ["市工信局"],
        leadBasis: "clause",
        sections: [],
        deadline: null,
      },
    ]);
    const all = (await server!.client.sendRequest("policyPlan/unitMatrix", { scope: "workspace" })) as unknown[];
    expect(all).toHaveLength(5);
  });

  it("reads a bracket of the configuration's registry names as a task's clause, as the CLI does", async () => {
    const files = { ".plancheck.json": '{ "units": { "registry": [{ "name": "紫金山实验室" }] } }' };
    const { uri } = await open(files, "一、主要任务\n1.建设创新平台。开展关键技术攻关。（紫金山实验室、市科技局<|>）\n");
    const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri })) as UnitMatrixRowDto[];
    expect(rows.map((row) => row.units)).toEqual([["紫金山实验室", "市科技局"]]);
  });

  it("answers policyPlan/unitMatrix with one unit's rows, its role and partners, under any writing of it", async () => {
    const text = "一、主要任务\n1.推进创新。〔牵头单位：市科学技术局；配合单位：市工信局〕\n2.加强计量。〔牵头单位：市市场监管局；配合单位：市科技局<|>〕\n3.培育品牌。〔责任单位：市商务局〕\n";
    const { uri } = await open({}, text);
    const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit: "市科技局" })) as Array<Record<string, unknown>>;
    expect(rows.map(({ heading, role, partners }) => ({ heading, role, partners }))).toEqual([
      { heading: "推进创新", role: "lead", partners: ["市工信局"] },
      { heading: "加强计量", role: "support", partners: ["市市场监管局"] },
    ]);
    expect(await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit: "市海关" })).toEqual([]);
  });

  it("answers policyPlan/unitMatrix for a body's second name with the rows that write it in the body's brackets", async () => {
    const text = "一、主要任务\n1.加强知识产权保护。〔责任单位：市市场监管局（市知识产权局）、市公安局〕\n2.提升标准水平。〔责任单位：市市场监管局<|>、市工信局〕\n3.培育品牌。〔责任单位：市商务局〕\n";
    const { uri } = await open({}, text);
    for (const unit of ["市知识产权局", "市市场监管局"]) {
      const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit })) as Array<Record<string, unknown>>;
      expect(rows.map(({ heading, partners, reach }) => ({ heading, partners, reach }))).toEqual([
        { heading: "加强知识产权保护", partners: ["市公安局"], reach: "named" },
        { heading: "提升标准水平", partners: ["市工信局"], reach: "named" },
      ]);
    }
  });

  it("answers policyPlan/unitMatrix with the rows of a unit's group terms too, each with the group it is reached through", async () => {
    const text = "嘉定区质量提升行动方案\n一、主要任务\n1.推进镇域质量提升。〔牵头单位：区市场监管局；配合单位：各镇人民政府〕\n2.建设街道服务站。〔责任单位：各街道办事处〕\n3.建设镇级设施。〔责任单位：安亭镇人民政府<|>〕\n";
    const { uri } = await open({}, text);
    const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit: "安亭镇" })) as Array<Record<string, unknown>>;
    expect(rows.map(({ heading, role, partners, reach, via }) => ({ heading, role, partners, reach, via }))).toEqual([
      { heading: "推进镇域质量提升", role: "support", partners: ["区市场监管局"], reach: "member", via: "各镇人民政府" },
      { heading: "建设镇级设施", role: "responsible", partners: [], reach: "named", via: null },
    ]);
    // The editor's task list says, as `plancheck units --unit` does, how many come through a group term.
    const l10n = { t: (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])) };
    expect(unitTaskSummary(rows as unknown as UnitMatrixRowDto[], l10n)).toBe("共 2 项任务（牵头 0 项，配合 1 项，经由统称 1 项）");
    expect(unitTaskSummary([], l10n)).toBe("本文没有分配给该单位的任务");
  });

  it("answers for a 分局 its own bureau's plan names by place, with the rows of 各县（市、区）市场监管局 (a district's) and 各分局", async () => {
    const text = [
      "赣州市市场监督管理局关于印发《2026年质量工作要点》的通知",
      "各县（市、区）市场监管局，各分局，局机关各科室：",
      "现将《2026年质量工作要点》印发给你们，请认真贯彻落实。",
      "赣州市市场监督管理局",
      "2026年2月10日",
      "2026年质量工作要点",
      "一、重点工作",
      "1.推进计量惠民。开展民生计量专项检查。〔责任单位：计量科，各县（市、区）市场监管局〕",
      "2.加强食品安全监管。开展校园食品安全专项检查。〔责任单位：食品经营安全监督管理科，各分局〕",
      "3.加强价格监管。开展价格专项检查。〔责任单位：价格监督检查科，章贡分局、经开区分局<|>〕",
      "",
    ].join("\n");
    const { uri } = await open({}, text);
    const rowsOf = async (unit: string) =>
      ((await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit })) as Array<Record<string, unknown>>).map(({ heading, reach, via }) => ({ heading, reach, via }));
    expect(await rowsOf("章贡分局")).toEqual([
      { heading: "推进计量惠民", reach: "member", via: "各县（市、区）市场监管局" },
      { heading: "加强食品安全监管", reach: "member", via: "各分局" },
      { heading: "加强价格监管", reach: "named", via: null },
    ]);
    // A zone's 分局 is one of the bureau's branches, no county's bureau.
    expect(await rowsOf("经开区分局")).toEqual([
      { heading: "加强食品安全监管", reach: "member", via: "各分局" },
      { heading: "加强价格监管", reach: "named", via: null },
    ]);
  });

  it("answers for a county bureau its own system's plan names by place, with 各县（市、区）市场监管局's rows", async () => {
    const text = [
      "赣州市市场监督管理局关于印发《2025年质量工作要点》的通知",
      "各县（市、区）市场监管局，局机关各科室：",
      "现将《2025年质量工作要点》印发给你们，请认真贯彻落实。",
      "赣州市市场监督管理局",
      "2025年3月12日",
      "2025年质量工作要点",
      "一、重点工作",
      "1.推进计量惠民。开展民生计量专项检查。〔责任单位：计量科，各县（市、区）市场监管局〕",
      "2.加强价格监管。开展价格专项检查。〔责任单位：价格监督检查科，于都县局<|>〕",
      "",
    ].join("\n");
    const { uri } = await open({}, text);
    const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit: "于都县局" })) as Array<Record<string, unknown>>;
    expect(rows.map(({ heading, reach, via }) => ({ heading, reach, via }))).toEqual([
      { heading: "推进计量惠民", reach: "member", via: "各县（市、区）市场监管局" },
      { heading: "加强价格监管", reach: "named", via: null },
    ]);
  });

  it("lists the rows that name a body of its system by place or in full, asked either way", async () => {
    const text = `赣州市市场监督管理局
2025年3月12日
2025年质量工作要点
一、重点工作
1.推进计量惠民。开展民生计量专项检查。〔责任单位：计量科，章贡分局〕
2.加强价格监管。开展价格专项检查。〔责任单位：价格监督检查科，市市场监管局章贡分局<|>〕
3.强化执法。开展专项整治。〔责任单位：执法稽查局，各分局〕
`;
    const { uri } = await open({}, text);
    for (const unit of ["章贡分局", "市市场监管局章贡分局"]) {
      const rows = (await server!.client.sendRequest("policyPlan/unitMatrix", { uri, unit })) as Array<Record<string, unknown>>;
      expect(rows.map(({ heading, reach }) => ({ heading, reach }))).toEqual([
        { heading: "推进计量惠民", reach: "named" },
        { heading: "加强价格监管", reach: "named" },
        { heading: "强化执法", reach: "member" },
      ]);
    }
  });
});

/**
 * A clause being typed has no closing bracket yet (`〔责任单位：市工信局、市科技局` at a line's end, the
 * next task below or run on after it): the editor reads its names as units all the same
 * (core/model/openClauses.ts), while punct/unbalanced still reports the bracket.
 */
describe("a clause whose bracket is not closed yet", () => {
  const TYPED = "一、主要任务\n（一）推动产业升级。实施技术改造。〔责任单位：市工<|>信局、市科技局\n（二）加强质量监管。强化抽查。〔责任单位：市市场监管局〕\n";

  it("gives a hover on its units and lists them in the outline, the unclosed bracket still reported", async () => {
    const { uri, position } = await open({}, TYPED);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover | null;
    expect((hover?.contents as { value: string } | undefined)?.value).toContain("**市工信局**");
    const symbols = (await server!.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0]!.children!.map((task) => [task.name, task.detail])).toEqual([
      ["（一）推动产业升级", "市工信局、市科技局"],
      ["（二）加强质量监管", "市市场监管局"],
    ]);
    const diagnostics = await server!.diagnostics(uri, (published) => published.some((diagnostic) => diagnostic.code === "punct/unbalanced"));
    expect(diagnostics.filter((diagnostic) => diagnostic.code === "punct/unbalanced")).toHaveLength(1);
  });

  it("at the document's end, and with a separator typed after the last name", async () => {
    const hover = await hoverText("一、主要任务\n（一）推动产业升级。实施技术改造。〔责任单位：市工信局、市科技<|>局、");
    expect(hover).toContain("**市科技局**");
  });

  it("renames and lists a name from it, its own name with the closed clauses' ones, and highlights it from a closed one", async () => {
    const typing = "一、主要任务\n（一）推动产业升级。实施技术改造，市工信局局长调度。〔责任单位：市工信局、市科技局〕\n（二）加强质量监管。强化抽查。〔责任单位：市市场监管局、市工<|>信局\n（三）推进标准化。〔责任单位：市工信局〕\n";
    const { uri, position, text } = await open({}, typing);
    const document = TextDocument.create(uri, "policy-plan", 1, text);
    const edit = (await server!.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "市经信局" })) as WorkspaceEdit;
    // Every clause's 市工信局, the one the cursor is on too; not the 市工信局局长 of the task's text.
    expect(TextDocument.applyEdits(document, edit.changes![uri]!)).toBe(text.replace("〔责任单位：市工信局、", "〔责任单位：市经信局、").replace("市市场监管局、市工信局", "市市场监管局、市经信局").replace("〔责任单位：市工信局〕", "〔责任单位：市经信局〕"));
    const references = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    expect(references.map((location) => location.range.start.line)).toEqual([1, 2, 3]);
    const fromClosed = document.positionAt(text.indexOf("〔责任单位：市工信局〕") + 7);
    const highlights = (await server!.client.sendRequest("textDocument/documentHighlight", { textDocument: { uri }, position: fromClosed })) as DocumentHighlight[];
    expect(highlights.map((highlight) => highlight.range.start.line)).toEqual([1, 2, 3]);
  });

  it("offers the registry's names where the next is typed", async () => {
    const { uri, position } = await open({}, "一、主要任务\n（一）推动产业升级。实施技术改造。〔责任单位：市工信局、市科<|>\n（二）加强质量监管。强化抽查。〔责任单位：市市场监管局〕\n");
    const completion = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as { items: { label: string }[] };
    expect(completion.items.map((item) => item.label)).toContain("市科技局");
  });
});

describe("hover on a name not yet written out", () => {
  const HEAD = "---\n标题: 赣州市质量强市实施方案\n---\n一、主要任务\n1.推进创新。开展工作。";
  const hoverOrNull = async (marked: string): Promise<string | null> => {
    const { uri, position } = await open({}, marked);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover | null;
    await server!.dispose();
    server = undefined;
    return hover === null ? null : (hover.contents as { value: string }).value;
  };

  it("says what the name may become, as completion offers it, in an open clause or one the editor closed", async () => {
    for (const marked of [`${HEAD}〔责任单位：市市场监<|>`, `${HEAD}〔责任单位：市市场监<|>〕`]) {
      const value = await hoverText(marked);
      expect(value).toContain("名称还没有写完，可能是：");
      expect(value).toContain("- 市市场监管局 · 赣州市市场监督管理局");
      expect(value).not.toContain("不在责任单位名录中");
      // Not a unit that tasks list: the name is its own only mention.
      expect(value).not.toContain("项任务列出该单位");
    }
    // An alias it begins offers the unit it names; a name elsewhere in the clause is left out.
    const alias = await hoverText(`${HEAD}〔责任单位：市科技局、市发改<|>〕`);
    expect(alias).toContain("- 市发展改革委 · 别称：市发改委");
    const begun = await hoverText(`${HEAD}〔责任单位：市科技局、市科<|>〕`);
    expect(begun).toContain("- 市科协");
    expect(begun).not.toContain("- 市科技局");
  });

  it("says nothing of the last name of an open clause that begins no name, and keeps the verdict on a finished one", async () => {
    expect(await hoverOrNull(`${HEAD}〔责任单位：市科技局、市搞笑<|>`)).toBeNull();
    expect(await hoverText(`${HEAD}〔责任单位：市科技局、市搞笑局<|>〕`)).toContain("不在责任单位名录中");
  });
});

describe("hover on a body of the issuing department's own, in its own plan", () => {
  const DEPARTMENT = "---\n发文机关: 赣州市市场监督管理局\n---\n一、主要任务\n1.加强执法稽查。开展专项行动。〔责任单位：";
  it("says whose it is, as units/unknown reads it, and keeps the verdict in a government's plan", async () => {
    for (const [name, said] of [
      ["执法稽<|>查局", "发文部门“市市场监管局”按职能称呼的所属单位：名录不收录"],
      ["计量<|>科", "发文部门“市市场监管局”的内设机构：名录不收录"],
      ["市局办<|>公室", "发文部门“市市场监管局”的内设机构：名录不收录"],
    ]) {
      const value = await hoverText(`${DEPARTMENT}${name}、市科技局〕\n`);
      expect(value).toContain(said);
      expect(value).not.toContain("不在责任单位名录中");
    }
    expect(await hoverText(`${DEPARTMENT.replace("市场监督管理局", "人民政府")}执法稽<|>查局、市科技局〕\n`)).toContain("不在责任单位名录中");
  });

  it("says a 分局 or a county bureau named by place is one of its system's bodies, with the name it stands for, not a division", async () => {
    const branch = await hoverText(`${DEPARTMENT}质量发展科，章贡<|>分局、经开区分局〕\n`);
    expect(branch).toContain("发文部门“市市场监管局”以所在地称呼的分局：即“市市场监管局章贡分局”，本文中不报告");
    const county = await hoverText(`${DEPARTMENT}特种设备安全监察科，于都<|>县局、瑞金市局〕\n`);
    expect(county).toContain("发文部门“市市场监管局”系统中以所在地称呼的县级局（不是其内设机构）：即“于都县市场监管局”");
    expect(county).not.toContain("内设机构或所属单位");
  });
});
