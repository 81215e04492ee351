import { afterEach, describe, expect, it } from "vitest";
import type { Hover, Location } from "vscode-languageserver-protocol";
import { openInWorkspace, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const PLAN = [
  "示例市质量强市建设实施方案",
  "一、总体要求",
  "（一）主要目标",
  "到2025年，产品质量合格率达到95%以上，指标见附件2，按照本方案第二部分推进。",
  "二、重点任务",
  "（二）提升产品质量",
  "落实上述第（二）项任务，推进附件3所列事项。",
  "附件：1.重点指标表",
  "      2.重点任务分工表",
  "附件1",
  "重点指标表",
  "一、指标",
  "附件2",
  "重点任务分工表",
  "一、任务",
].join("\n");

/** The plan with the cursor marked after the first occurrence of `before`. */
const at = (before: string) => PLAN.replace(before, `${before}<|>`);

async function definition(marked: string): Promise<Location | Location[] | null> {
  const opened = await openInWorkspace({}, marked);
  server = opened.server;
  return (await server.client.sendRequest("textDocument/definition", { textDocument: { uri: opened.uri }, position: opened.position })) as Location | Location[] | null;
}

async function hover(marked: string): Promise<string | null> {
  const opened = await openInWorkspace({}, marked);
  server = opened.server;
  const found = (await server.client.sendRequest("textDocument/hover", { textDocument: { uri: opened.uri }, position: opened.position })) as Hover | null;
  return found ? (found.contents as { value: string }).value : null;
}

const lineOf = (text: string) => PLAN.split("\n").indexOf(text);

describe("a plan's references to itself in the editor", () => {
  it("goes from 附件2 to its label's line", async () => {
    const location = (await definition(at("指标见附件"))) as Location;
    expect(location.range.start).toEqual({ line: lineOf("附件2"), character: 0 });
    expect(location.range.end).toEqual({ line: lineOf("附件2"), character: 3 });
  });

  it("goes from 本方案第二部分 to the heading 二、重点任务", async () => {
    const location = (await definition(at("按照本方案第"))) as Location;
    expect(location.range.start).toEqual({ line: lineOf("二、重点任务"), character: 0 });
  });

  it("goes from 上述第（二）项 to the item （二）", async () => {
    const location = (await definition(at("落实上述"))) as Location;
    expect(location.range.start.line).toBe(lineOf("（二）提升产品质量"));
  });

  it("hovers with the target's title, and says where the file has no such attachment", async () => {
    expect(await hover(at("指标见附件"))).toBe("**附件2　重点任务分工表**");
    expect(await hover(at("推进附件"))).toBe("本文件中没有“附件3”所指的内容");
    const listed = PLAN.replace("      2.重点任务分工表", "      2.重点任务分工表\n      3.联系人名单").replace("推进附件3", "推进附件<|>3");
    expect(await hover(listed)).toBe("**附件3　联系人名单**\n\n列于附件说明，不在本文件中（另行成文）");
  });

  it("says a number the 附件说明 does not list is no attachment of the file, though none is in it", async () => {
    // The annexes kept in other files, as drafts keep them: the list says which there are.
    const apart = PLAN.slice(0, PLAN.indexOf("\n附件1\n"));
    expect(await hover(apart.replace("推进附件", "推进附件<|>"))).toBe("本文件中没有“附件3”所指的内容");
    await server?.dispose();
    expect(await hover(apart.replace("指标见附件", "指标见附件<|>"))).toBe("**附件2　重点任务分工表**\n\n列于附件说明，不在本文件中（另行成文）");
    await server?.dispose();
    const unlisted = apart.slice(0, apart.indexOf("\n附件："));
    expect(await hover(unlisted.replace("推进附件", "推进附件<|>"))).toBe("本文件中没有附件（可能另行成文）");
  });

  it("goes from a bare 见附件 to the plan's one attachment, and hovers with its title", async () => {
    const single = ["示例市质量强市建设实施方案", "一、主要任务", "1.提升产品质量。任务分工详见附件。", "附件", "重点任务分工表", "一、任务"].join("\n");
    const marked = single.replace("详见附", "详见附<|>");
    const location = (await definition(marked)) as Location;
    expect(location.range.start).toEqual({ line: 3, character: 0 });
    await server!.dispose();
    expect(await hover(marked)).toBe("**附件　重点任务分工表**");
    await server!.dispose();
    const kept = ["示例市质量强市建设实施方案", "一、主要任务", "1.提升产品质量。任务分工详见附<|>件。", "附件：重点任务分工表"].join("\n");
    expect(await hover(kept)).toBe("**附件　重点任务分工表**\n\n列于附件说明，不在本文件中（另行成文）");
  });

  it("goes from each number of a list to its own heading, and hovers naming the one the file lacks", async () => {
    const listed = PLAN.replace("按照本方案第二部分推进", "按照本方案第一、二部分和第五部分推进");
    const second = (await definition(listed.replace("第一、二", "第一、<|>二"))) as Location;
    expect(second.range.start).toEqual({ line: lineOf("二、重点任务"), character: 0 });
    const first = (await definition(listed.replace("第一、二", "第<|>一、二"))) as Location;
    expect(first.range.start).toEqual({ line: lineOf("一、总体要求"), character: 0 });
    expect(await hover(listed.replace("第五部分", "第五<|>部分"))).toBe("本文件中没有“本方案第一、二部分和第五部分”中的第五部分所指的内容");
  });
});

describe("a bare reference, with no 本方案 or 上述 before it", () => {
  const BARE = [
    "示例市质量强市建设实施方案",
    "一、总体要求",
    "（一）主要目标",
    "到2025年，产品质量合格率达到95%以上。",
    "二、重点任务",
    "（一）提升产品质量",
    "落实第（一）项要求，按照第一部分的目标推进。",
    "（二）加强质量基础",
    "落实《纲要》第（一）条，落实纲要第（二）项，落实第（二）条。",
  ].join("\n");
  const lineIn = (text: string) => BARE.split("\n").indexOf(text);

  it("goes from 落实第（一）项 to the （一） of its own part, and from 按照第一部分 to the heading", async () => {
    expect(((await definition(BARE.replace("落实第", "落实第<|>"))) as Location).range.start.line).toBe(lineIn("（一）提升产品质量"));
    await server?.dispose();
    expect(((await definition(BARE.replace("按照第", "按照第<|>"))) as Location).range.start.line).toBe(lineIn("一、总体要求"));
    await server?.dispose();
    expect(await hover(BARE.replace("按照第", "按照第<|>"))).toBe("**一、总体要求**");
  });

  it("lists a bare reference among those to its item", async () => {
    const opened = await openInWorkspace({}, BARE.replace("（一）提升", "（一）<|>提升"));
    server = opened.server;
    const found = (await server.client.sendRequest("textDocument/references", { textDocument: { uri: opened.uri }, position: opened.position, context: { includeDeclaration: false } })) as Location[];
    expect(found.map((location) => location.range.start)).toEqual([{ line: lineIn("落实第（一）项要求，按照第一部分的目标推进。"), character: 2 }]);
  });

  it("never reads another document's number, nor a bare 第（二）条, as the plan's", async () => {
    expect(await definition(BARE.replace("》第", "》第<|>"))).toBeNull();
    await server?.dispose();
    expect(await definition(BARE.replace("纲要第", "纲要第<|>"))).toBeNull();
    await server?.dispose();
    expect(await definition(BARE.replace("，落实第（二）条", "，落实第（<|>二）条"))).toBeNull();
  });
});

describe("a reference in a plan that numbers afresh in each part", () => {
  const SCOPED = [
    "示例市质量强市建设实施方案",
    "第一章　总体要求",
    "第一节　主要目标",
    "一、产品质量",
    "（一）提高合格率。按照本方案第一节推进。",
    "（二）明确分工。",
    "第二章　重点任务",
    "第一节　提升产品质量",
    "一、加强质量监管",
    "（一）强化抽查。按照本方案第一节推进。",
    "（二）严格执法。与上述第（一）项同步开展。",
    "二、夯实质量基础",
    "（一）完善标准。落实上述第（二）项要求。",
  ].join("\n");
  const lineIn = (text: string) => SCOPED.split("\n").indexOf(text);

  it("goes to the 节 and the （一） of the part the reference stands in, not the first of that number", async () => {
    const second = SCOPED.indexOf("第二章");
    const marked = (before: string) => SCOPED.slice(0, second) + SCOPED.slice(second).replace(before, `${before}<|>`);
    expect(((await definition(marked("按照本方案第"))) as Location).range.start.line).toBe(lineIn("第一节　提升产品质量"));
    await server?.dispose();
    expect(((await definition(marked("与上述第"))) as Location).range.start.line).toBe(lineIn("（一）强化抽查。按照本方案第一节推进。"));
  });

  it("reads 上述 as what stands above it: its own part's （二） below it is not meant", async () => {
    const marked = SCOPED.replace("（一）强化抽查。按照本方案第一节推进。", "（一）强化抽查。与上述第<|>（二）项衔接。");
    expect(((await definition(marked)) as Location).range.start.line).toBe(lineIn("（二）明确分工。"));
  });

  it("lists every candidate, and hovers saying so, where the reference stands in none of their parts", async () => {
    const marked = SCOPED.replace("落实上述第", "落实上述第<|>");
    const locations = (await definition(marked)) as Location[];
    expect(locations.map((location) => location.range.start.line)).toEqual([lineIn("（二）明确分工。"), lineIn("（二）严格执法。与上述第（一）项同步开展。")]);
    await server?.dispose();
    const value = await hover(marked);
    expect(value).toContain("**（二）明确分工**\n\n**（二）严格执法**");
    expect(value).toContain("所指不唯一：本文件有 2 处可指");
  });
});

async function references(marked: string, includeDeclaration = false): Promise<Location[] | null> {
  const opened = await openInWorkspace({}, marked);
  server = opened.server;
  return (await server.client.sendRequest("textDocument/references", { textDocument: { uri: opened.uri }, position: opened.position, context: { includeDeclaration } })) as Location[] | null;
}

const startsOf = (locations: Location[] | null) => (locations ?? []).map((location) => location.range.start);

describe("who points at an attachment, a part or an item", () => {
  const REFERRED = [
    "示例县质量强县建设行动计划",
    "一、总体要求",
    "按照本方案第二部分的部署，详见附件2。",
    "二、重点任务",
    "（一）提升产品质量",
    "落实上述第（一）项任务，重点事项见附件2：重点任务分工表。",
    "（二）加强质量基础",
    "三、保障措施",
    "本方案第二部分所列任务按附件1报送。",
    "附件：1.重点指标表",
    "      2.重点任务分工表",
    "附件1",
    "重点指标表",
    "一、指标",
    "附件2",
    "重点任务分工表",
    "一、任务",
  ].join("\n");
  const line = (text: string) => REFERRED.split("\n").indexOf(text);
  const mark = (before: string) => REFERRED.replace(before, `${before}<|>`);

  it("lists every reference to an attachment from its label, and its 附件说明 entry", async () => {
    const found = startsOf(await references(mark("一、指标\n附件")));
    expect(found).toEqual([
      { line: 2, character: "按照本方案第二部分的部署，详见".length },
      { line: 5, character: "落实上述第（一）项任务，重点事项见".length },
      { line: line("      2.重点任务分工表"), character: 6 },
    ]);
  });

  it("lists the references to a part from its heading, and the heading itself when asked", async () => {
    expect(startsOf(await references(mark("二、重点")))).toEqual([
      { line: 2, character: 2 },
      { line: 8, character: 0 },
    ]);
    expect(startsOf(await references(mark("二、重点"), true))).toEqual([
      { line: 2, character: 2 },
      { line: line("二、重点任务"), character: 0 },
      { line: 8, character: 0 },
    ]);
  });

  it("lists the references to an item, and from a reference those to its target", async () => {
    expect(startsOf(await references(mark("（一）提升")))).toEqual([{ line: 5, character: 2 }]);
    expect(startsOf(await references(mark("按附件")))).toEqual([
      { line: 8, character: "本方案第二部分所列任务按".length },
      { line: line("附件：1.重点指标表"), character: "附件：".length },
    ]);
  });

  it("hovers on an attachment's own label or title with where the text refers to it", async () => {
    expect(await hover(mark("一、指标\n附件"))).toBe("**附件2　重点任务分工表**\n\n正文引用 2 处：第3、6行");
    await server?.dispose();
    expect(await hover(mark("附件1\n重点"))).toBe("**附件1　重点指标表**\n\n正文引用 1 处：第9行");
    await server?.dispose();
    expect(await hover(REFERRED.replace("按附件1报送", "按时报送").replace("附件1\n重点", "附件1\n重点<|>"))).toBe("**附件1　重点指标表**\n\n正文未引用此附件");
  });

  it("marks the part hovered, the title on a line of its own under the label or the label, never the other one", async () => {
    // A Word export: the title after a blank line under its label, as 附件 pages are set.
    const spaced = REFERRED.replace("附件1\n重点指标表", "附件1\n\n重点指标表");
    const rangeAt = async (marked: string) => {
      const opened = await openInWorkspace({}, marked);
      server = opened.server;
      const found = (await server.client.sendRequest("textDocument/hover", { textDocument: { uri: opened.uri }, position: opened.position })) as Hover | null;
      await server.dispose();
      server = undefined;
      return found?.range;
    };
    const titleLine = spaced.split("\n").indexOf("重点指标表");
    expect(await rangeAt(spaced.replace("\n\n重点指", "\n\n重点指<|>"))).toEqual({ start: { line: titleLine, character: 0 }, end: { line: titleLine, character: 5 } });
    expect(await rangeAt(spaced.replace("附件1\n\n", "附<|>件1\n\n"))).toEqual({ start: { line: titleLine - 2, character: 0 }, end: { line: titleLine - 2, character: 3 } });
  });

  it("answers an empty list for a heading nobody points at, and passes elsewhere", async () => {
    expect(await references(mark("（二）加强"))).toEqual([]);
    expect(await references(mark("重点指标表\n一、指"))).toBeNull();
    expect(await references(mark("按照本方案第二部分的部署，详"))).toBeNull();
  });
});

describe("a plan numbered by 条 in the editor", () => {
  const RULES = ["示例市质量奖管理办法", "", "第一条　为加强质量奖管理，制定本办法。", "第二条　市市场监管局负责组织评审。", "第三条　评审按照本办法第二条执行，申报条件见第九条。"].join("\n");
  const marked = (before: string) => RULES.replace(before, `${before}<|>`);

  it("goes from 本办法第二条 to the article's 第二条", async () => {
    const location = (await definition(marked("按照本办法第"))) as Location;
    expect(location.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 3 } });
  });

  it("shows the article on hover, and says a missing one is not in the file", async () => {
    expect(await hover(marked("按照本办法第"))).toBe("**第二条　市市场监管局负责组织评审**");
    expect(await hover(marked("申报条件见第"))).toBe("本文件中没有“第九条”所指的内容");
  });

  it("finds the references to an article from its heading", async () => {
    const opened = await openInWorkspace({}, RULES.replace("第二条　", "第二<|>条　"));
    server = opened.server;
    const found = (await server.client.sendRequest("textDocument/references", { textDocument: { uri: opened.uri }, position: opened.position, context: { includeDeclaration: false } })) as Location[];
    expect(found.map((location) => location.range.start)).toEqual([{ line: 4, character: 11 }]);
  });
});
