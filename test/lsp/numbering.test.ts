import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze } from "../../server/src/core/analyze";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { readSeed } from "../support/seeds";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = (action.edit?.changes?.[uri] ?? []) as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 0, text), edits);
}

async function codeActions(uri: string, range: Diagnostic["range"], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return (await server!.client.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  })) as CodeAction[];
}

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const TASKS = ["一、主要任务", "（一）推动质量变革创新", "1.加快区域质量创新发展。", "2.增强产业质量竞争能力。", "3.打造产业集群质量引领。", "4.筑牢绿色发展质量根基。", "5.守住农产品质量安全。", ""].join("\n");

describe("numbering in the language server", () => {
  it("offers 'renumber this run' on a gap, and its edit restores the sequence", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/gap.plan";
    const text = "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n4.筑牢绿色发展质量根基。\n5.守住农产品质量安全。\n";
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    const gap = diagnostics.find((d) => d.code === "numbering/sequence")!;
    expect(gap.message).toBe("编号不连续：“4.”前一项为“2.”，缺少“3.”");
    expect(gap.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 2 } });
    const actions = await codeActions(uri, gap.range, [gap]);
    const renumber = actions.find((a) => a.title.startsWith("重新编号本组"));
    expect(renumber?.kind).toBe("quickfix");
    expect(renumber!.title).toBe("重新编号本组：改为“3.”至“4.”");
    expect(applyAction(text, uri, renumber!)).toBe(text.replace("4.筑牢", "3.筑牢").replace("5.守住", "4.守住"));
  });

  it("renumbers across parents in a continuous run (Ganzhou's tasks)", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/ganzhou.plan";
    const seed = readSeed("ganzhou-2024");
    // Delete task 12: the quick fix renumbers 13.–21. to 12.–20., across （三）–（五）.
    const text = seed.replace(/^12\.打造赣州特色品牌。.*\n/m, "");
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/sequence"));
    const gap = diagnostics.find((d) => d.code === "numbering/sequence")!;
    const renumber = (await codeActions(uri, gap.range, [gap])).find((a) => a.title.startsWith("重新编号本组"))!;
    expect(renumber.title).toBe("重新编号本组：改为“12.”至“20.”（跨上级连续）");
    const fixed = applyAction(text, uri, renumber);
    expect(analyze(fixed).findings.filter((f) => f.rule.startsWith("numbering/"))).toEqual([]);
    expect(fixed).toContain("\n12.优化品牌建设环境。");
    expect(fixed).toContain("\n20.深化质量社会共治。");
  });

  it("renumbers the whole document with the source action, announced in the capabilities", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/renumber.plan";
    const text = "一、总体要求\n（一）指导思想\n（三）主要目标\n三、主要任务\n（一）推动质量变革创新\n2.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n（二）开展质量提升行动\n1.守住农产品质量安全。\n3.保障食品药品安全。\n";
    server.open(uri, text);
    await server.diagnostics(uri, (d) => d.length > 0);
    const actions = await codeActions(uri, WHOLE, [], ["source"]);
    const renumber = actions.find((a) => a.kind === "source.renumber.policyPlan")!;
    expect(renumber.title).toBe("重新编号整个文档");
    expect(applyAction(text, uri, renumber)).toBe(
      "一、总体要求\n（一）指导思想\n（二）主要目标\n二、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n（二）开展质量提升行动\n1.守住农产品质量安全。\n2.保障食品药品安全。\n",
    );
    // Quick-fix requests do not get source actions.
    expect((await codeActions(uri, WHOLE, [], ["quickfix"])).map((a) => a.kind)).not.toContain("source.renumber.policyPlan");
  });

  it("never renumbers past a lost numeral the neighbours do not settle, and the hover says it cannot tell", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/unsettled.plan";
    // 、主要任务 between 一、 and 四、: is 四、 wrong, or is the lost one 三、? Only the drafter knows.
    const text = "一、总体要求\n（一）指导思想\n、主要任务\n（一）推动质量变革创新\n四、保障措施\n（一）加强组织领导\n五、组织实施\n（一）明确责任分工\n七、工作要求\n（一）狠抓落实\n";
    const settled = text.replace("七、工作要求", "六、工作要求");
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/sequence"));
    const renumber = (await codeActions(uri, WHOLE, [], ["source"])).find((a) => a.kind === "source.renumber.policyPlan")!;
    expect(applyAction(text, uri, renumber)).toBe(settled);
    const gap = diagnostics.find((d) => d.code === "numbering/sequence")!;
    const run = (await codeActions(uri, gap.range, [gap], ["quickfix"])).find((a) => a.title.startsWith("重新编号本组"))!;
    expect(run.title).toBe("重新编号本组：改为“六、”");
    expect(applyAction(text, uri, run)).toBe(settled);
    const hoverAt = async (line: number) =>
      ((await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character: 0 } })) as Hover).contents as { value: string };
    expect((await hoverAt(4)).value).toContain("前一项“、主要任务”丢失的编号数字不能由前后编号确定，此项编号是否有误也不能确定");
    expect((await hoverAt(4)).value).not.toContain("此项应为");
    expect((await hoverAt(2)).value).toContain("不能确定此项应为第几项");
    expect((await hoverAt(8)).value).toContain("按本组顺序，此项应为“六、”");
  });

  it("offers marker-style's one fix of a level written in a variant, and a numbering fixAll source action (Nanjing's (一))", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/nanjing.plan";
    const text = readSeed("nanjing-2023");
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    const style = diagnostics.find((d) => d.code === "numbering/marker-style")!;
    const actions = await codeActions(uri, style.range, [style]);
    // The level's 28 (一) are one finding: its quick fix, picked alone, writes them all （一）.
    expect(diagnostics.filter((d) => d.code === "numbering/marker-style")).toHaveLength(1);
    expect(actions.map((a) => a.title)).toContain("将本级28处编号改为“（一）”式");
    const fixed = applyAction(text, uri, actions.find((a) => a.title === "将本级28处编号改为“（一）”式")!);
    expect(analyze(fixed).findings.filter((f) => f.rule.startsWith("numbering/"))).toEqual([]);
    expect(fixed.replace(/（/g, "(").replace(/）/g, ")")).toBe(text.replace(/（/g, "(").replace(/）/g, ")"));
    const fixAll = (await codeActions(uri, WHOLE, [], ["source.fixAll.policyPlan.numbering"])).find((a) => a.kind === "source.fixAll.policyPlan.numbering")!;
    expect(applyAction(text, uri, fixAll)).toBe(fixed);
  });

  it("counts the markers a paste's full-width habit rewrites in the fix-all's title, not its one finding", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/wps.plan";
    // Seven markers written full-width (one finding for the habit) and one （1） half-width-bracketed slip.
    const text = ["一、主要任务", "（一）提升质量", "１．开展攻关。", "２．加强抽查。", "３．推进认证。", "（二）夯实基础", "１．建设计量标准。", "２．推进检验检测。", "３．加强标准建设。", "４．强化品牌。", "(５)培育品牌。", ""].join("\n");
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/marker-style"));
    const style = diagnostics.filter((d) => d.code === "numbering/marker-style");
    expect(style.length).toBeLessThan(8);
    const actions = await codeActions(uri, style[0]!.range, [style[0]!]);
    const all = actions.find((a) => a.title.endsWith("处编号改为规范写法"));
    expect(all?.title).toBe("将全文 8 处编号改为规范写法");
    const fixed = applyAction(text, uri, all!);
    expect(fixed).not.toMatch(/[０-９．]/);
  });

  it("fixes a task's slipped markers ((3), 十二、, （十五）, 3 .) on their own lines only, in the numbering fixAll", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/ganzhou-slips.plan";
    const seed = readSeed("ganzhou-2024");
    const slips: [string, string][] = [
      ["\n3.打造产业集群", "\n(3)打造产业集群"],
      ["\n7.促进消费品", "\n7 .促进消费品"],
      ["\n12.打造赣州特色品牌", "\n十二、打造赣州特色品牌"],
      ["\n15.坚持标准创新引领", "\n（十五）坚持标准创新引领"],
    ];
    const text = slips.reduce((plan, [from, to]) => plan.replace(from, to), seed);
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => String(x.code).startsWith("numbering/")));
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length - 1;
    expect(diagnostics.filter((d) => String(d.code).startsWith("numbering/")).map((d) => [d.range.start.line, d.code])).toEqual([
      [lineOf("(3)打造"), "numbering/marker-style"],
      [lineOf("7 .促进"), "numbering/marker-typo"],
      [lineOf("十二、打造"), "numbering/marker-style"],
      [lineOf("（十五）坚持"), "numbering/marker-style"],
    ]);
    const fixAll = (await codeActions(uri, WHOLE, [], ["source.fixAll.policyPlan.numbering"])).find((a) => a.kind === "source.fixAll.policyPlan.numbering")!;
    expect(applyAction(text, uri, fixAll)).toBe(seed);
  });

  it("shows the item's path and its run on hover over a marker", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/ganzhou.plan";
    server.open(uri, readSeed("ganzhou-2024"));
    await server.diagnostics(uri);
    // Line 51 (1-based) is `11.引导企业实施质量品牌战略。…`.
    const hover = (await server.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 50, character: 1 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**二、主要任务 › （三）落实质量主体责任 › 11.引导企业实施质量品牌战略**");
    expect(value).toContain("第3级连续编号 1.–21.，跨（一）至（五）");
    // Every level alike: the item's marker and heading, after the items above it.
    const onLevel = async (line: number) => ((await server!.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character: 0 } })) as Hover).contents as { value: string };
    expect((await onLevel(27)).value).toMatch(/^\*\*二、主要任务\*\*/);
    expect((await onLevel(49)).value).toMatch(/^\*\*二、主要任务 › （三）落实质量主体责任\*\*/);
    expect(hover.range).toEqual({ start: { line: 50, character: 0 }, end: { line: 50, character: 3 } });
    // Not on a marker: no numbering hover (the heading's hover is the inferred parent item).
    const onHeading = (await server.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 50, character: 8 } })) as Hover | null;
    expect(JSON.stringify(onHeading?.contents ?? "")).not.toContain("连续编号");
  });

  it("follows a cut-and-paste (3. moved after 5.) and one renumber restores 1…5 without touching item text", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/move.plan";
    server.open(uri, TASKS);
    expect((await server.diagnostics(uri)).filter((d) => String(d.code).startsWith("numbering/"))).toEqual([]);
    // Cut line 5 (3.…) and paste it after line 7 (5.…), as two incremental changes.
    const moved = "3.打造产业集群质量引领。\n";
    void server.client.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: "" },
        { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: moved },
      ],
    });
    const pasted = TASKS.replace(moved, "").replace("5.守住农产品质量安全。\n", `5.守住农产品质量安全。\n${moved}`);
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    expect(diagnostics.map((d) => [d.range.start.line, d.code, d.message])).toEqual([
      [4, "numbering/sequence", "编号不连续：“4.”前一项为“2.”，缺少“3.”"],
      [6, "numbering/sequence", "编号顺序颠倒：“3.”排在“5.”之后，应为“5.”"],
    ]);
    const [renumber] = (await codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!])).filter((a) => a.title.startsWith("重新编号本组"));
    const restored = applyAction(pasted, uri, renumber!);
    expect(restored.split("\n").map((line) => line.slice(0, 2))).toEqual(["一、", "（一", "1.", "2.", "3.", "4.", "5.", ""]);
    // The item texts are those of the pasted order, untouched.
    expect(restored.replace(/^\d\./gm, "")).toBe(pasted.replace(/^\d\./gm, ""));
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: restored }] });
    expect(await server.diagnostics(uri, (d) => d.length === 0)).toEqual([]);
  });

  it("carries the references to the items it renumbers, and says how many in its title", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/references.plan";
    const text = "示例市质量提升行动方案\n一、总体要求\n（一）主要目标\n按本方案第四部分推进，落实上述第（三）项。\n（三）工作原则\n坚持问题导向。\n四、保障措施\n（一）加强组织领导\n";
    server.open(uri, text);
    await server.diagnostics(uri, (d) => d.length > 0);
    const renumber = (await codeActions(uri, WHOLE, [], ["source"])).find((a) => a.kind === "source.renumber.policyPlan")!;
    expect(renumber.title).toBe("重新编号整个文档，并更新 2 处引用");
    expect(applyAction(text, uri, renumber)).toBe(text.replace("（三）工作", "（二）工作").replace("四、保障", "二、保障").replace("第四部分", "第二部分").replace("第（三）项", "第（二）项"));
  });

  it("computes whole-document edits only when an action is picked, for clients that resolve code actions", async () => {
    server = await startInProcessServer(null, { textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } });
    const uri = "file:///work/ones.plan";
    const text = `一、主要任务\n${"1.开展工作。\n".repeat(500)}`;
    server.open(uri, text);
    await server.diagnostics(uri, (d) => d.length > 0);
    const actions = await codeActions(uri, WHOLE, [], ["source"]);
    const renumber = actions.find((a) => a.title === "重新编号整个文档")!;
    // Offered (something would change) but without its 499 edits until it is picked.
    expect(renumber.edit).toBeUndefined();
    const resolved = (await server.client.sendRequest("codeAction/resolve", renumber)) as CodeAction;
    const fixed = applyAction(text, uri, resolved);
    expect(fixed.split("\n").slice(1, -1).map((line) => line.slice(0, line.indexOf(".")))).toEqual(Array.from({ length: 500 }, (_, i) => String(i + 1)));
  });

  it("names the version it computed an edit for, for clients that take documentChanges, resolving or not", async () => {
    const uri = "file:///work/versioned.plan";
    const text = `一、主要任务\n${[1, 1, 3].map((n, i) => `${n}.开展第${i + 1}项工作。\n`).join("")}`;
    for (const resolve of [false, true]) {
      server = await startInProcessServer(null, { workspace: { workspaceEdit: { documentChanges: true } }, ...(resolve ? { textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } } : {}) });
      server.open(uri, text, 7);
      const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
      let action = (await codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!], ["quickfix"]))[0]!;
      if (resolve) action = (await server.client.sendRequest("codeAction/resolve", action)) as CodeAction;
      const changes = action.edit?.documentChanges as TextDocumentEdit[];
      expect(action.edit?.changes).toBeUndefined();
      expect(changes.map((change) => change.textDocument)).toEqual([{ uri, version: 7 }]);
      expect(TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 7, text), changes[0]!.edits as TextEdit[])).not.toBe(text);
      await server.dispose();
      server = undefined;
    }
  });

  it("resolves an action picked after the document changed against the current text, or says why it cannot", async () => {
    server = await startInProcessServer(null, { textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } });
    const messages: string[] = [];
    server.client.onNotification("window/showMessage", (params: { message: string }) => void messages.push(params.message));
    const uri = "file:///work/stale.plan";
    // Each task its own words: tasks repeated word for word are structure/duplicate-task's too.
    const text = `一、主要任务\n${[1, 2, 3, 4, 5].map((i) => `1.开展第${i}项工作。\n`).join("")}`;
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.length === 4);
    const run = (await codeActions(uri, diagnostics[1]!.range, [diagnostics[1]!], ["quickfix"])).find((a) => a.title.startsWith("重新编号本组"))!;
    expect(run.edit).toBeUndefined();
    // A line typed above the run before the action is picked: the edit follows the run down.
    const edited = `说明\n${text}`;
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: WHOLE, text: "说明\n" }] });
    const resolved = (await server.client.sendRequest("codeAction/resolve", run)) as CodeAction;
    expect(applyAction(edited, uri, resolved)).toBe(`说明\n一、主要任务\n${[1, 2, 3, 4, 5].map((i) => `${i}.开展第${i}项工作。\n`).join("")}`);
    expect(messages).toEqual([]);
    // The run renumbered by hand meanwhile: nothing left to do, and the person is told so.
    const fixed = `一、主要任务\n${[1, 2, 3, 4, 5].map((i) => `${i}.开展第${i}项工作。\n`).join("")}`;
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
    const gone = (await server.client.sendRequest("codeAction/resolve", run)) as CodeAction;
    expect(gone.edit).toBeUndefined();
    expect(messages).toEqual(["“重新编号本组：改为“2.”至“5.””未执行：文档在此期间已修改，该操作针对的内容已不存在或已无需修改。"]);
  });

  it("offers each break a fix up to the next break, and 重新编号本组 for the whole run", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/ones.plan";
    // Each task its own words: tasks repeated word for word are structure/duplicate-task's too.
    const text = `一、主要任务\n${[1, 2, 3, 4, 5].map((i) => `1.开展第${i}项工作。\n`).join("")}`;
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.length === 4);
    // Leaving out the 在此行禁用 action every finding also has (test/lsp/disable.test.ts).
    const actions = (await codeActions(uri, diagnostics[1]!.range, [diagnostics[1]!], ["quickfix"])).filter((a) => !a.title.startsWith("在此行禁用"));
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ["重新编号至下一处编号问题之前：改为“3.”", true],
      ["重新编号本组：改为“2.”至“5.”", false],
    ]);
    expect(applyAction(text, uri, actions[1]!)).toBe(`一、主要任务\n${[1, 2, 3, 4, 5].map((i) => `${i}.开展第${i}项工作。\n`).join("")}`);
  });

  it("marks only one of two fixes on one span as preferred, so Auto Fix can apply it", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/two-fixes.plan";
    // 3、 is both out of sequence (after 1.) and not in the canonical form: two fixes on one marker.
    server.open(uri, "一、主要任务\n1.加快区域质量创新发展。\n3、增强产业质量竞争能力。\n");
    const diagnostics = await server.diagnostics(uri, (d) => d.filter((x) => x.range.start.line === 2).length >= 2);
    const here = diagnostics.filter((d) => d.range.start.line === 2);
    const actions = await codeActions(uri, here[0]!.range, here, ["quickfix"]);
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);
  });
});
