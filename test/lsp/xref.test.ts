import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, CodeLens, CompletionList, Hover, Location } from "vscode-languageserver-protocol";
import { builtinParents } from "../../server/src/core/parents/index";
import { PositionMapper } from "../../server/src/core/text/positions";
import { COVERAGE_THRESHOLD } from "../../server/src/core/xref/coverage";
import { openInWorkspace, type InProcessServer } from "../support/lspClient";
import { readSeed } from "../support/seeds";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const OUTLINE_URI = "plan-parent:/quality-power-outline-2023.plan";
const outline = () => builtinParents()[0]!;
const outlineRange = (start: number, end: number) => new PositionMapper(outline().text).rangeOf({ start, end });
const item = (value: number) => outline().items.find((i) => i.value === value)!;

const A = "---\n上位文件: 质量强国建设纲要\n---\n甲方案\n一、主要任务\n1.提升产业质量竞争力。培育质量竞争型产业。〔对应纲要：（七）〕\n2.打造品牌。争创知名品牌。〔对应纲要：（二十一）〕\n";
const B = "乙方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.增强产业质量竞争能力。分行业开展对标达标。〔对应纲要：（七）、八〕\n";

async function open(files: Record<string, string>, marked: string, name?: string) {
  const opened = await openInWorkspace(files, marked, name);
  server = opened.server;
  return opened;
}

describe("definition into the parent document", () => {
  it("goes from 《质量强国建设纲要》 to the outline's title in its virtual document", async () => {
    const { uri, position } = await open({}, "示例方案\n为贯彻落实《质量强国<|>建设纲要》，制定本方案。\n一、总体要求\n");
    const location = (await server!.client.sendRequest("textDocument/definition", { textDocument: { uri }, position })) as Location;
    expect(location.uri).toBe(OUTLINE_URI);
    const title = outline().plan.title!;
    expect(location.range).toEqual(outlineRange(title.start, title.end));
    expect(outline().text.slice(title.start, title.end)).toBe("质量强国建设纲要");
    const served = (await server!.client.sendRequest("policyPlan/parentDocument", { uri: location.uri })) as { text: string };
    expect(served.text).toBe(outline().text);
  });

  it("goes from 〔对应纲要：（七）〕 to item （七） of the outline", async () => {
    const { uri, position } = await open({}, "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。〔对应纲要：（<|>七）〕\n");
    const location = (await server!.client.sendRequest("textDocument/definition", { textDocument: { uri }, position })) as Location;
    expect(location.uri).toBe(OUTLINE_URI);
    expect(location.range).toEqual(outlineRange(item(7).span.start, item(7).headingSpan.end));
    const lines = outline().text.split("\n");
    expect(lines[location.range.start.line]!.startsWith("（七）提高产业质量竞争水平")).toBe(true);
  });
});

describe("a number cited in a task's words", () => {
  const PLAN = "示例方案\n为贯彻落实《质量强国建设纲要》（以下简称《纲要》），制定本方案。\n一、主要任务\n1.提升公共服务质量效率。落实《纲要》第（十<|>八）条，推进政务服务“一网通办”。\n";

  it("goes to the outline's item, as an annotation's number does", async () => {
    const { uri, position } = await open({}, PLAN);
    const location = (await server!.client.sendRequest("textDocument/definition", { textDocument: { uri }, position })) as Location;
    expect(location.uri).toBe(OUTLINE_URI);
    expect(location.range).toEqual(outlineRange(item(18).span.start, item(18).headingSpan.end));
  });

  it("shows the outline's item on hover, over the number as written", async () => {
    const { uri, position } = await open({}, PLAN);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value.split("\n")[0]).toBe("**（十八）提升公共服务质量效率**");
    expect(value).toContain("计入覆盖率");
    const line = PLAN.replace("<|>", "").split("\n")[hover.range!.start.line]!;
    expect(line.slice(hover.range!.start.character, hover.range!.end.character)).toBe("第（十八）条");
  });

  it("says the outline has no such item", async () => {
    const { uri, position } = await open({}, PLAN.replace("十<|>八", "三十<|>五"));
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    expect((hover.contents as { value: string }).value).toBe("《质量强国建设纲要》中没有“第（三十五）条”");
  });
});

describe("references of a parent item", () => {
  it("lists the annotated items of two plan files, from an annotation and from the parent document", async () => {
    const { workspace, uri, position } = await open({ "a.plan": A, "b.plan": B }, "丙方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.任务。〔对应纲要：（<|>七）〕\n");
    const fromPlan = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    const files = fromPlan.map((l) => l.uri).sort();
    expect(files).toEqual([workspace.uri("a.plan"), workspace.uri("b.plan"), uri].sort());
    const inB = fromPlan.find((l) => l.uri === workspace.uri("b.plan"))!;
    expect(inB.range.start.line).toBe(3);
    const position7 = outlineRange(item(7).headingSpan.start + 2, item(7).headingSpan.start + 2).start;
    const fromParent = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri: OUTLINE_URI }, position: position7, context: { includeDeclaration: true } })) as Location[];
    expect(fromParent[0]).toEqual({ uri: OUTLINE_URI, range: outlineRange(item(7).span.start, item(7).headingSpan.end) });
    expect(fromParent.slice(1).map((l) => l.uri).sort()).toEqual(files);
  });
});

describe("hover on a short title the plan declares", () => {
  it("says which document it stands for, and describes that document", async () => {
    const { uri, position } = await open({}, "示例方案\n为贯彻落实《质量强国建设纲要》（以下简称《纲要》），制定本方案。\n一、主要任务\n1.提升质量。按照《纲<|>要》要求推进。\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const lines = (hover.contents as { value: string }).value.split("\n");
    expect(lines[0]).toBe("《纲要》是本文注明的简称，指《质量强国建设纲要》");
    expect(lines).toContain("**《质量强国建设纲要》**");
  });

  it("names a document the checker does not know", async () => {
    const { uri, position } = await open({}, "示例方案\n为贯彻落实《示例省质量发展规划》（以下简称《规划》），制定本方案。\n一、主要任务\n1.提升质量。按照《规<|>划》要求推进。\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value.split("\n")[0]).toBe("《规划》是本文注明的简称，指《示例省质量发展规划》");
    expect(value).toContain("**《示例省质量发展规划》**");
    expect(value).toContain("不是已知的上位文件");
  });
});

describe("hover on what the checker does not know, and on a 发文字号", () => {
  const hoverAt = async (files: Record<string, string>, marked: string) => {
    const { uri, position, text } = await open(files, marked);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover | null;
    return { hover, text };
  };
  const valueOf = (hover: Hover | null) => (hover!.contents as { value: string }).value;
  const covered = (text: string, hover: Hover | null) => {
    const line = text.split("\n")[hover!.range!.start.line]!;
    return line.slice(hover!.range!.start.character, hover!.range!.end.character);
  };

  it("says a cited document it does not know is no parent, and how to make it one", async () => {
    const { hover } = await hoverAt({}, "示例市质量强市建设实施方案\n为贯彻落实《XX省质量<|>强省建设实施方案》，制定本方案。\n一、主要任务\n");
    const value = valueOf(hover);
    expect(value).toContain("**《XX省质量强省建设实施方案》**");
    expect(value).toContain("不是已知的上位文件");
    expect(value).toContain("`.plan`");
    expect(value).toContain("`parents`");
  });

  it("says an annotation's item number is in a document it does not know, never an empty hover", async () => {
    const { hover, text } = await hoverAt({}, "示例县质量强县建设实施方案\n一、主要任务\n1.提升质量。开展工作。〔对应《省方案》第（<|>八）项〕\n");
    const value = valueOf(hover);
    expect(value).toContain("**《省方案》第（八）项**");
    expect(value).toContain("“省方案”不是已知的上位文件");
    expect(value).toContain("`parents`");
    expect(covered(text, hover)).toBe("第（八）项");
    await server!.dispose();
    // No document named and no parent: the plan has none to look the number up in.
    const bare = await hoverAt({}, "示例县质量强县建设实施方案\n一、主要任务\n1.提升质量。开展工作。〔对应：（<|>八）〕\n");
    expect(valueOf(bare.hover)).toContain("本方案没有已知的上位文件");
  });

  it("says a number cited in the text after a document it does not know cannot be looked up, as an annotation's", async () => {
    const { hover, text } = await hoverAt({}, "示例县质量强县建设实施方案\n一、主要任务\n1.提升质量。落实《省方案》第（<|>八）项要求。\n");
    const value = valueOf(hover);
    expect(value).toContain("**《省方案》第（八）项**");
    expect(value).toContain("“省方案”不是已知的上位文件");
    expect(covered(text, hover)).toBe("第（八）项");
    await server!.dispose();
    // The title keeps its own hover; a number the parent's name is before stays the parent's item.
    const title = await hoverAt({}, "示例县质量强县建设实施方案\n一、主要任务\n1.提升质量。落实《省方<|>案》第（八）项要求。\n");
    expect(valueOf(title.hover)).toContain("**《省方案》**");
    await server!.dispose();
    const parent = await hoverAt({}, "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.提升质量。落实《质量强国建设纲要》第（十<|>七）条要求。\n");
    expect(valueOf(parent.hover)).not.toContain("不是已知的上位文件");
  });

  it("describes a 发文字号 after a title: the document it belongs to and its parts", async () => {
    const { hover, text } = await hoverAt({}, "示例市质量强市建设实施方案\n为贯彻落实《XX省质量强省建设实施方案》（赣府发〔2023〕1<|>1号），制定本方案。\n一、主要任务\n");
    const value = valueOf(hover);
    expect(covered(text, hover)).toBe("赣府发〔2023〕11号");
    expect(value).toContain("《XX省质量强省建设实施方案》的文号");
    expect(value).toContain("- 机关代字：赣府发");
    expect(value).toContain("- 年份：2023");
    expect(value).toContain("- 序号：11");
  });

  it("describes a 发文字号 written alone by its parts, and the plan's own as the plan's", async () => {
    const alone = valueOf((await hoverAt({}, "示例方案\n按照赣府发〔2023〕<|>12号文件要求，制定本方案。\n一、主要任务\n")).hover);
    expect(alone).toContain("- 序号：12");
    expect(alone).not.toContain("的文号");
    await server!.dispose();
    const own = valueOf((await hoverAt({}, "示例市人民政府关于印发示例市质量强市建设实施方案的通知\n示府发〔2024〕<|>3号\n示例市质量强市建设实施方案\n一、主要任务\n")).hover);
    expect(own).toContain("本文");
    expect(own).toContain("- 机关代字：示府发");
  });

  it("shows no empty lines for a parent file that says no issuer, 文号 or date", async () => {
    const parent = "示例省质量提升方案\n一、总体要求\n二、主要任务\n（一）强化质量监管。\n";
    const files = { ".plancheck.json": '{ "parents": ["上位.plan"] }', "上位.plan": parent };
    const value = valueOf((await hoverAt(files, "示例市质量提升方案\n为贯彻落实《示例省质量<|>提升方案》，制定本方案。\n一、主要任务\n")).hover);
    expect(value).toContain("**《示例省质量提升方案》**");
    expect(value).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
    expect(value).not.toMatch(/^\s|\s$/);
  });
});

describe("references of a parent item cited in the text", () => {
  const C = "丁方案\n为贯彻落实《质量强国建设纲要》（以下简称《纲要》），制定本方案。\n一、主要任务\n1.提升产业质量竞争力。落实《纲要》第（七）条，培育质量竞争型产业。\n2.提升服务品质。落实纲要第（五）至（八）条。\n";
  // 《纲要》 here is the standardization outline: its 第（七）条 is not the quality outline's.
  const D = "戊方案\n为贯彻落实《质量强国建设纲要》和《国家标准化发展纲要》（以下简称《纲要》），制定本方案。\n一、主要任务\n1.完善标准体系。落实《纲要》第（七）条。\n";

  it("lists the numbers cited after the parent's name beside the annotations, from a cited number and from the parent", async () => {
    const { workspace, uri, position } = await open({ "a.plan": A, "c.plan": C, "d.plan": D }, "丙方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.任务。落实纲要第（<|>七）条。\n");
    const fromPlan = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    const lines = (text: string, file: string) => fromPlan.filter((l) => l.uri === file).map((l) => text.split("\n")[l.range.start.line]!.slice(l.range.start.character, l.range.end.character));
    expect(lines(C, workspace.uri("c.plan"))).toEqual(["第（七）条", "第（五）至（八）条"]);
    expect(lines(A, workspace.uri("a.plan"))).toEqual(["（七）"]);
    expect(fromPlan.filter((l) => l.uri === workspace.uri("d.plan"))).toEqual([]);
    expect(fromPlan.filter((l) => l.uri === uri)).toHaveLength(1);
    const position7 = outlineRange(item(7).headingSpan.start + 2, item(7).headingSpan.start + 2).start;
    const fromParent = (await server!.client.sendRequest("textDocument/references", { textDocument: { uri: OUTLINE_URI }, position: position7, context: { includeDeclaration: false } })) as Location[];
    expect(fromParent).toEqual(fromPlan);
  });
});

describe("completion after 对应纲要：", () => {
  it("lists item and section numbers with their titles", async () => {
    const { uri, position } = await open({}, "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。〔对应纲要：<|>\n");
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    const seven = list.items.find((i) => i.label === "（七）")!;
    // The item the task matches best: first, with its similarity, as the hover and the refactoring give it.
    expect(seven.detail).toMatch(/^提高产业质量竞争水平　相似度 0\.\d\d$/);
    expect([...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]).toBe(seven);
    expect(seven.textEdit).toMatchObject({ newText: "（七）" });
    expect(list.items.find((i) => i.label === "七")!.detail).toBe("增加优质服务供给");
    expect(list.items.filter((i) => /^（/.test(i.label))).toHaveLength(32);
  });

  it("leaves out the numbers already written, and lists the items coverage does not count last", async () => {
    const { uri, position } = await open({}, "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。〔对应纲要：（八）（<|>\n");
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    const ordered = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(ordered.map((i) => i.label)).not.toContain("（八）");
    // （一）（二） are the outline's 总体要求: last, and marked.
    // The task's best matches first (（八） is written), then the rest in the outline's order from （三）.
    expect(ordered.slice(0, 4).map((i) => i.label)).toEqual(["（七）", "（九）", "（六）", "（三）"]);
    const first = ordered.find((i) => i.label === "（一）")!;
    expect(ordered.indexOf(first)).toBeGreaterThan(ordered.findIndex((i) => i.label === "（二十八）"));
    expect(first.labelDetails!.description).toContain("（不计入覆盖率）");
    // Written side by side with （八）, the number being typed is `（` alone: （八） stays.
    const edit = first.textEdit as { range: { start: { character: number }; end: { character: number } } };
    expect(edit.range.end.character - edit.range.start.character).toBe(1);
  });

  it("in a sector plan, lists its sector's items and the common ones first, another sector's last and marked", async () => {
    const { uri, position } = await open({}, "---\n上位文件: 质量强国建设纲要\n---\n示例市建筑工程质量提升行动方案\n一、主要任务\n1.落实工程质量责任。〔对应纲要：<|>\n");
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    const ordered = [...list.items].filter((i) => /^（/.test(i.label)).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    // The items the task matches best first, as coverage ranks it (the lead's decision: no longer
    // the outline's order from the start), then the sector's and the common items in the outline's order.
    // (（二十九） by 责任 of its keywords 质量工作责任: its title is unconfirmed, xref/mapping.ts namesOfUnknownText;
    // （三十）'s 责任分工 no longer, the heading's 责任 being in （十三）'s own phrase 工程质量责任, othersPhraseGrams;
    // （二十） no longer by the 工程 of its 质量工程师, a person's word: xref/mapping.ts personsWordAt.)
    expect(ordered.slice(0, 2).map((i) => i.label)).toEqual(["（十三）", "（二十九）"]);
    expect(ordered.findIndex((i) => i.label === "（二十）")).toBeGreaterThan(2);
    expect(ordered[0]!.detail).toMatch(/^强化工程质量保障　相似度 0\.\d\d$/);
    expect(ordered.slice(3, 10).map((i) => i.label)).toEqual(["（十四）", "（十五）", "（二十三）", "（二十四）", "（二十五）", "（二十六）", "（二十七）"]);
    expect(ordered.find((i) => i.label === "（七）")!.labelDetails!.description).toContain("（其他领域，不计入覆盖率）");
    expect(ordered.find((i) => i.label === "（一）")!.labelDetails!.description).toMatch(/（不计入覆盖率）$/);
  });

  it("ranks the task under the cursor as the insert-annotation refactoring does, same scores, and the rest in the outline's order", async () => {
    const task = "1.加强标准化工作。推动标准化与科技创新互动发展，完善标准体系。";
    const { uri } = await open({}, `---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n${task}<|>\n`);
    const actions = (await server!.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 5, character: 2 }, end: { line: 5, character: 2 } },
      context: { diagnostics: [], only: ["refactor"] },
    })) as CodeAction[];
    const offered = actions.map((a) => /〔对应纲要：(（[^）]+）)〕[^（]*（(?:引用原文“[^”]*”，)?相似度 (0\.\d\d)）/.exec(a.title)).filter((m) => m !== null);
    expect(offered.length).toBeGreaterThan(0);
    server!.open(uri, `---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n${task}〔对应纲要：（\n`, 2);
    const position = { line: 5, character: task.length + "〔对应纲要：（".length };
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    const ordered = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    // The refactoring's best item is the completion's first, at the same similarity.
    expect(ordered[0]!.label).toBe(offered[0]![1]);
    expect(ordered[0]!.detail).toContain(`相似度 ${offered[0]![2]}`);
    // After the ranked ones, the outline's items in its order.
    const rest = ordered.filter((i) => /^（/.test(i.label) && !i.detail!.includes("相似度") && !i.labelDetails!.description!.includes("不计入"));
    const outlineOrder = outline().items.map((e) => e.label).filter((label) => rest.some((i) => i.label === label));
    expect(rest.map((i) => i.label)).toEqual(outlineOrder);
  });

  it("after a 、 replaces only the number being typed", async () => {
    const { uri, position } = await open({}, "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.任务。〔对应纲要：（七）、（二<|>\n");
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    const edit = list.items[0]!.textEdit as { range: { start: { character: number }; end: { character: number } } };
    expect(edit.range.end.character - edit.range.start.character).toBe(2);
  });
});

describe("annotating against a city plan, whose tasks 1. 2. restart under each group", () => {
  // The 区's parent, found in the folder by the title its preamble cites (parents/fromPlan.ts:
  // its items are its tasks, 1. 2. under （一） and 1. 2. under （二）).
  const CITY =
    "示例市深化质量强市建设实施方案\n一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。建立政产学研用深度融合的质量创新机制。\n2.筑牢绿色发展质量根基。推进工业绿色低碳转型，创建绿色园区。\n（二）开展质量提升行动\n1.保障食品药品安全。强化校园食品安全监管，开展排查整治。\n2.提升工程质量水平。执行工程质量终身责任制。\n";
  const DISTRICT = "示例区实施方案\n为贯彻落实《示例市深化质量强市建设实施方案》，制定本方案。\n一、主要任务\n";
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
  const inserts = async (uri: string, range: ReturnType<typeof at>) =>
    ((await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], only: ["refactor"] } })) as CodeAction[]).map((a) => a.title.replace(/（[^（）]*相似度[^（）]*）$/, ""));

  it("inserts a number that names the task it means, and writes several bare numbers apart", async () => {
    const { uri } = await open(
      { "示例市深化质量强市建设实施方案.plan": CITY },
      `${DISTRICT}1.加快区域质量创新发展。推进工业绿色低碳转型，创建绿色园区。\n2.保障食品药品安全。强化校园食品安全监管，开展排查整治。\n<|>`,
    );
    // 1 and 2 name 二、（一）'s tasks: the first two of the city's, both offered, written 1、2.
    const first = await inserts(uri, at(3, 3));
    expect(first[0]).toBe("插入〔对应示例市深化质量强市建设实施方案：1、2〕（本任务计入覆盖的全部 2 项）");
    // 保障食品药品安全 is （二）'s 1.: an annotation 1 would name （一）'s, so none is offered.
    expect(await inserts(uri, at(4, 3))).toEqual([]);
  });

  it("hovers a task with the city's tasks as 1. 2. and the annotation to write for them", async () => {
    const { uri } = await open({ "示例市深化质量强市建设实施方案.plan": CITY }, `${DISTRICT}1.加快区域质量创新发展。推进工业绿色低碳转型，创建绿色园区。\n<|>`);
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 3 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("- 1.加快区域质量创新发展");
    expect(value).toContain("插入〔对应示例市深化质量强市建设实施方案：…〕标注");
    // On an annotation: the task it names, numbered as the city's plan numbers it.
    await server!.dispose();
    const annotated = await open({ "示例市深化质量强市建设实施方案.plan": CITY }, `${DISTRICT}1.加快区域质量创新发展。〔对应实施方案：<|>2〕\n`);
    const onAnnotation = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri: annotated.uri }, position: annotated.position })) as Hover;
    expect((onAnnotation.contents as { value: string }).value).toContain("**2.筑牢绿色发展质量根基**");
  });

  it("completes each number once, with the task it names", async () => {
    const { uri, position } = await open({ "示例市深化质量强市建设实施方案.plan": CITY }, `${DISTRICT}1.任务。〔对应实施方案：<|>\n`);
    const list = (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    expect(list.items.filter((i) => i.kind !== 9).map((i) => [i.label, i.detail])).toEqual([
      ["1", "加快区域质量创新发展"],
      ["2", "筑牢绿色发展质量根基"],
    ]);
  });
});

describe("hover, lens and quick action", () => {
  it("hover on a citation shows issuer, 文号 and the outline; on an annotation the item's title and keywords", async () => {
    const { uri, position } = await open({}, "示例方案\n为贯彻落实《质量强国<|>建设纲要》，制定本方案。\n一、主要任务\n1.任务。〔对应纲要：（七）〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("发文机关：中共中央、国务院");
    expect(value).toContain("文号：中发〔2022〕17号");
    expect(value).toContain("十一、加强组织保障（未核实）");
    const onAnnotation = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 12 } })) as Hover;
    const text = (onAnnotation.contents as { value: string }).value;
    expect(text).toContain("**（七）提高产业质量竞争水平**");
    expect(text).toContain("关键词：");
    // On the label 〔对应纲要： the hover's range is the annotation, which holds the cursor.
    const onLabel = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 7 } })) as Hover;
    expect((onLabel.contents as { value: string }).value).toContain("**（七）提高产业质量竞争水平**");
    expect(onLabel.range).toEqual({ start: { line: 3, character: 5 }, end: { line: 3, character: 15 } });
  });

  it("the title's code lens counts the covered tasks; a task without annotation gets the inferred one to insert", async () => {
    const { uri } = await open({}, "示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.促进生活服务品质升级。发展商贸消费和旅游。〔责任单位：市商务局〕\n2.打造品牌。〔对应纲要：（二十一）〕<|>\n");
    const lenses = (await server!.client.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as CodeLens[];
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.command).toMatchObject({ title: "覆盖纲要任务 2/26", command: "policyPlan.showCoverage", arguments: [uri] });
    expect(lenses[0]!.range.start).toEqual({ line: 0, character: 0 });
    const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 3, character: 3 }, end: { line: 3, character: 3 } }, context: { diagnostics: [] } })) as CodeAction[];
    const insert = actions.find((a) => a.title.startsWith("插入〔对应纲要：（十七）〕"))!;
    expect(insert.kind).toBe("refactor.annotate.policyPlan");
    const edits = insert.edit!.changes![uri]!;
    expect(edits).toEqual([{ range: { start: { line: 3, character: 23 }, end: { line: 3, character: 23 } }, newText: "〔对应纲要：（十七）〕" }]);
    const coverage = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ covered: number; items: Array<{ number: string; covered: boolean }> }>;
    expect(coverage[0]!.covered).toBe(2);
    expect(coverage[0]!.items.find((i) => i.number === "（十七）")!.covered).toBe(true);
  });

  it("the title's code lens of a plan that implements another document than its folder's parent says so, and offers no annotation", async () => {
    const files = { ".plancheck.json": '{ "parents": ["quality-power-outline-2023"] }' };
    const { uri } = await open(files, "某市2026年知识产权工作要点\n为贯彻落实《知识产权强国建设纲要（2021—2035年）》，制定本要点。\n一、重点工作\n1.加强品牌建设。支持企业注册商标，培育区域品牌。〔责任单位：市市场监管局〕<|>\n");
    const lenses = (await server!.client.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as CodeLens[];
    expect(lenses[0]!.command!.title).toBe("方案贯彻《知识产权强国建设纲要（2021—2035年）》，不按《质量强国建设纲要》推断覆盖");
    const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 3, character: 3 }, end: { line: 3, character: 3 } }, context: { diagnostics: [] } })) as CodeAction[];
    expect(actions.filter((a) => a.kind === "refactor.annotate.policyPlan")).toEqual([]);
    const coverage = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ covered: number; scope: string }>;
    expect(coverage[0]!.covered).toBe(0);
    expect(coverage[0]!.scope).toContain("方案序言写明贯彻的是《知识产权强国建设纲要（2021—2035年）》");
  });

  it("the hover marks the items coverage counts, a quoted best match under the threshold too, as the table does", async () => {
    const { uri } = await open(
      {},
      "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.支持企<|>业发展。深入实施“链主”企业培育计划，完善中小企业梯度培育机制，鼓励企业制定质量品牌战略，推动全员、全要素、全过程、全数据应用，评选一批市长奖。〔责任单位：市市场监管局〕\n",
    );
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    const lines = (hover.contents as { value: string }).value.split("\n").filter((l) => l.startsWith("- "));
    const counted = lines.filter((l) => l.includes("计入覆盖")).map((l) => /^- (（[^）]+）)/.exec(l)![1]);
    expect(lines[0]).toMatch(/^- （二十）.*计入覆盖（引用原文“全员、全要素、全过程、全数据”）$/);
    const coverage = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ items: Array<{ number: string; covered: boolean; by: Array<{ basis: string; quote: string }> }>; unmatched: unknown[] }>;
    expect(coverage[0]!.items.filter((i) => i.covered).map((i) => i.number)).toEqual(counted);
    // The table says the credit rests on the quotation, as the hover does.
    expect(coverage[0]!.items.find((i) => i.number === "（二十）")!.by[0]).toMatchObject({ basis: "quoted", quote: "全员、全要素、全过程、全数据" });
    expect(coverage[0]!.unmatched).toEqual([]);
  });

  it("in a sector plan, the hover marks a match with another sector's item as not counted", async () => {
    const { uri } = await open({}, "示例市建筑工程质量提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.推进施<|>工企业质量管理。推动施工企业导入卓越绩效管理模式，推动全员、全要素、全过程、全数据的质量管理。\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 3 } })) as Hover;
    const twenty = (hover.contents as { value: string }).value.split("\n").find((l) => l.startsWith("- （二十）"))!;
    expect(twenty).toMatch(/属其他领域，不计入覆盖率$/);
    expect(twenty).not.toContain("计入覆盖（");
  });

  it("a task or an annotation on the parent's 组织保障 items is shown outside the count, as the report lists it", async () => {
    const { uri } = await open({}, "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.加强质<|>量宣传引导。开展“质量月”活动，营造重视质量的舆论氛围。〔责任单位：市委宣传部〕\n2.打造品牌。〔对应纲要：（三十）（二十一）〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    const line = (hover.contents as { value: string }).value.split("\n").find((l) => l.startsWith("- （三十二）"))!;
    expect(line).toMatch(/属“十一、加强组织保障”，不计入覆盖率$/);
    const coverage = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ items: Array<{ number: string }>; outOfScope: Array<{ number: string; by: unknown[] }> }>;
    expect(coverage[0]!.items.map((i) => i.number)).not.toContain("（三十二）");
    expect(coverage[0]!.outOfScope.find((o) => o.number === "（三十二）")!.by).toHaveLength(1);
    const onThirty = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 13 } })) as Hover;
    expect((onThirty.contents as { value: string }).value).toContain("属“十一、加强组织保障”，不计入覆盖率：是上位文件的实施保障");
    const onBrand = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 18 } })) as Hover;
    expect((onBrand.contents as { value: string }).value).toMatch(/\n计入覆盖率$/);
  });

  it("the action that writes every credited item does not call one outside the count counted", async () => {
    const { uri } = await open({}, "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.打造知<|>名品牌和加强宣传引导。开展中国品牌创建行动，办好“质量月”活动，营造舆论氛围。\n");
    const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, context: { diagnostics: [], only: ["refactor"] } })) as CodeAction[];
    expect(actions[0]!.title).toBe("插入〔对应纲要：（二十一）（三十二）〕（本任务对应的全部 2 项，其中 1 项不计入覆盖率）");
  });

  it("the hover says an item the task cites by number counts because it is cited", async () => {
    const { uri } = await open({}, "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.支持企<|>业发展。落实纲要第（五）条，开展质量提升行动。〔责任单位：市市场监管局〕\n");
    const hover = (await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    const lines = (hover.contents as { value: string }).value.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.find((l) => l.startsWith("- （五）"))).toMatch(/计入覆盖（写明条目：正文写明落实此条）$/);
  });

  it("the coverage request lists the tasks that count for no item, with the nearest", async () => {
    const { uri } = await open({}, "示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.擦亮成都城市名片。推出城市宣传片。<|>\n");
    const [coverage] = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ unmatched: Array<{ path: string[]; heading: string; nearest: { number: string } | null }> }>;
    expect(coverage!.unmatched).toMatchObject([{ path: ["一、", "1."], heading: "擦亮成都城市名片", nearest: { number: "（三十二）" } }]);
  });

  it("the coverage request says which items are outside the count and lists an annotation to one", async () => {
    const { uri } = await open({}, "示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）加强组织领导〔对应纲要：（二十九）〕<|>\n1.坚持党的领导。\n");
    const [coverage] = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ total: number; scope: string; outOfScope: Array<{ number: string; section: string; by: Array<{ how: string; heading: string }> }> }>;
    expect(coverage!.total).toBe(26);
    expect(coverage!.scope).toMatch(/^不计入覆盖率：（一）（二）属“二、总体要求”/);
    const twentyNine = coverage!.outOfScope.find((i) => i.number === "（二十九）")!;
    expect(twentyNine.section).toBe("十一、加强组织保障");
    expect(twentyNine.by[0]).toMatchObject({ how: "annotation", heading: "加强组织领导" });
  });

  it("a sector plan's lens and table count its sector's items, the others another sector's", async () => {
    const { uri } = await open({}, "示例市建筑工程质量提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）落实工程质量主体责任。强化建设单位首要责任。〔对应纲要：（十三）〕<|>\n");
    const lenses = (await server!.client.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as CodeLens[];
    expect(lenses[0]!.command!.title).toBe("覆盖纲要建设工程领域任务 1/8");
    const [coverage] = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ sectors: string[] | null; total: number; scope: string; outOfScope: Array<{ number: string; reason: string }> }>;
    expect(coverage).toMatchObject({ sectors: ["建设工程"], total: 8 });
    expect(coverage!.outOfScope.find((i) => i.number === "（七）")!.reason).toBe("other-sector");
    expect(coverage!.scope).toContain("不属建设工程领域");
  });

  it("the workspace view lists every plan with a parent", async () => {
    const { workspace } = await open({ "a.plan": A, "b.plan": B, "c.plan": "无上位文件\n一、任务\n1.任务甲。\n" }, "丁方案\n一、主要任务<|>\n");
    const rows = (await server!.client.sendRequest("policyPlan/coverage", { scope: "workspace" })) as Array<{ file: string; covered: number }>;
    expect(rows.map((r) => r.file).sort()).toEqual([workspace.uri("a.plan"), workspace.uri("b.plan")].sort());
  });
});

describe("the action that inserts an inferred annotation", () => {
  const PLAN = "示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.促进生活服务品质升级。发展商贸消费和旅游。\n加快培育新型消费业态。\n2.做好防汛抗旱。\n";
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
  const inserts = async (uri: string, range: ReturnType<typeof at>, only?: string[]) =>
    ((await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } })) as CodeAction[]).filter((a) =>
      a.title.startsWith("插入〔对应纲要"),
    );

  it("is a refactoring: never among the quick fixes, which light the bulb on every task", async () => {
    const { uri } = await open({}, `${PLAN}<|>`);
    expect((await inserts(uri, at(3, 3))).length).toBeGreaterThan(0);
    expect(await inserts(uri, at(3, 3), ["quickfix"])).toEqual([]);
    expect((await inserts(uri, at(3, 3), ["refactor"])).map((a) => a.kind)).toContain("refactor.annotate.policyPlan");
  });

  it("is offered on the task's heading line only, not in its body", async () => {
    const { uri } = await open({}, `${PLAN}<|>`);
    expect(await inserts(uri, at(4, 3))).toEqual([]);
  });

  it("offers only matches that would count as coverage", async () => {
    const { uri } = await open({}, `${PLAN}<|>`);
    const scores = (await inserts(uri, at(3, 3))).filter((a) => !a.isPreferred).map((a) => Number(/相似度 ([\d.]+)/.exec(a.title)![1]));
    // Nothing here is quoted: every offer is a match at the threshold.
    expect(scores.every((score) => score >= COVERAGE_THRESHOLD)).toBe(true);
    // A task the outline does not speak of gets no suggestion at all.
    expect(await inserts(uri, at(5, 3))).toEqual([]);
  });

  it("writes every item a task counts for in one preferred action, so annotating keeps the task's coverage", async () => {
    // Ganzhou's task 3 counts for （八） and, by its body, （十九）.
    const ganzhou = readSeed("ganzhou-2024");
    const { uri } = await open({}, `${ganzhou}<|>`);
    const line = ganzhou.split("\n").findIndex((l) => l.startsWith("3.打造产业集群质量引领。"));
    const actions = await inserts(uri, at(line, 3));
    expect(actions.map((a) => [a.title.replace(/（[^（）]*相似度[^（）]*）$/, ""), a.isPreferred ?? false])).toEqual([
      ["插入〔对应纲要：（八）（十九）〕（本任务计入覆盖的全部 2 项）", true],
      ["插入〔对应纲要：（八）〕提升产业集群质量引领力", false],
      ["插入〔对应纲要：（十九）〕加快质量技术创新应用", false],
    ]);
    const covered = async () => {
      const [coverage] = (await server!.client.sendRequest("policyPlan/coverage", { uri })) as Array<{ items: Array<{ number: string; by: Array<{ heading: string; how: string }> }> }>;
      return coverage!.items.filter((i) => i.by.some((b) => b.heading === "打造产业集群质量引领")).map((i) => [i.number, i.by.find((b) => b.heading === "打造产业集群质量引领")!.how]);
    };
    expect(await covered()).toEqual([["（八）", "inferred"], ["（十九）", "inferred"]]);
    const edit = actions[0]!.edit!.changes![uri]![0]!;
    const lines = ganzhou.split("\n");
    lines[line] = lines[line]!.slice(0, edit.range.start.character) + edit.newText + lines[line]!.slice(edit.range.start.character);
    void server!.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join("\n") }] });
    expect(await covered()).toEqual([["（八）", "annotation"], ["（十九）", "annotation"]]);
  });
});
