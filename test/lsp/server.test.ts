import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DocumentSymbol, FoldingRange } from "vscode-languageserver-protocol";
import { readSeed } from "../support/seeds";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const URI = "file:///work/ganzhou.plan";

describe("language server in process", () => {
  it("shows a pasted page's title first: the name with its period line, never the page's furniture", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/pasted.plan";
    server.open(uri, readFileSync(join(__dirname, "..", "fixtures", "pasted", "prelude-draft.plan"), "utf8"));
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0]).toMatchObject({ name: "示例市质量强市建设实施方案（2023—2027年）", detail: "标题 （征求意见稿）" });
    // The heading spans the name, its period line and the draft mark under them (lines 11–13).
    expect(symbols[0]!.range).toEqual({ start: { line: 10, character: 0 }, end: { line: 12, character: 7 } });
    expect(symbols.slice(1).map((s) => s.name)).toEqual(["一、总体要求", "二、主要任务", "三、组织保障"]);
  });

  it("answers documentSymbol with the outline tree of a seed", async () => {
    server = await startInProcessServer();
    server.open(URI, readSeed("ganzhou-2024"));
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri: URI } })) as DocumentSymbol[];
    const items = symbols.filter((s) => s.detail !== "标题");
    expect(symbols[0]!.name).toBe("赣州市深化质量强市建设实施方案");
    expect(items.map((s) => s.name)).toEqual(["一、总体要求", "二、主要任务", "三、保障措施"]);
    expect(items[1]!.children!.map((s) => s.name)).toEqual([
      "（一）推动质量变革创新，提高经济发展质量效益",
      "（二）开展质量提升行动，促进全市质量提档升级",
      "（三）落实质量主体责任，加快打造质量品牌标杆",
      "（四）夯实质量技术基础，构建高效质量发展环境",
      "（五）推动质量社会共治，提升现代质量治理水平",
    ]);
    const task = items[1]!.children![0]!.children![0]!;
    expect(task.name).toBe("1.加快区域质量创新发展");
    expect(task.detail).toBe("市市场监管局、市科技局、市工信局、市发展改革委");
    // Line 30 of the file (0-based 29) holds task 1.
    expect(task.range.start).toEqual({ line: 29, character: 0 });
    expect(task.selectionRange).toEqual({ start: { line: 29, character: 0 }, end: { line: 29, character: 12 } });
    // The (一) section spans its four tasks: lines 29..35 (1-based), the last task's text ending on line 35.
    expect(items[1]!.children![0]!.range.start.line).toBe(28);
    expect(items[1]!.children![0]!.range.end.line).toBe(34);
  });

  it("answers foldingRange for every item spanning lines", async () => {
    server = await startInProcessServer();
    server.open(URI, readSeed("ganzhou-2024"));
    const ranges = (await server.client.sendRequest("textDocument/foldingRange", { textDocument: { uri: URI } })) as FoldingRange[];
    // 一、总体要求 runs from line 17 to line 27 (1-based).
    expect(ranges).toContainEqual({ startLine: 16, endLine: 26, kind: "region" });
    // The 印发通知, title and preamble fold as one block.
    expect(ranges).toContainEqual({ startLine: 0, endLine: 15, kind: "imports" });
    // 二、主要任务 runs to the last task, line 73.
    expect(ranges).toContainEqual({ startLine: 27, endLine: 72, kind: "region" });
  });

  it("folds the front matter up to its closing ---, not the line after it", async () => {
    server = await startInProcessServer();
    server.open(URI, "---\n标题: 示例方案\n---\n一、任务\n1.甲。开展工作。\n2.乙。开展工作。\n");
    const ranges = (await server.client.sendRequest("textDocument/foldingRange", { textDocument: { uri: URI } })) as FoldingRange[];
    expect(ranges).toContainEqual({ startLine: 0, endLine: 2, kind: "comment" });
    expect(ranges).toContainEqual({ startLine: 3, endLine: 5, kind: "region" });
  });

  it("publishes parse problems as Chinese diagnostics and offers their fixes", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/fuzhou.plan";
    server.open(uri, readSeed("fuzhou-2023-draft"));
    const diagnostics = await server.diagnostics(uri);
    const debris = diagnostics.find((d) => d.code === "structure/trailing-text");
    expect(debris).toBeDefined();
    expect(debris!.source).toBe("plancheck");
    expect(debris!.message).toContain("网页残留文字");
    expect(debris!.range.start).toEqual({ line: 99, character: 0 });
    const actions = (await server.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: debris!.range,
      context: { diagnostics: [debris] },
    })) as Array<{ title: string; edit: { changes: Record<string, unknown[]> } }>;
    expect(actions.map((a) => a.title)).toContain("删除尾部网页残留文字");
  });

  it("names the spaces a half-width mark's quick fix deletes with it, and only where it deletes some", async () => {
    server = await startInProcessServer();
    const fixOf = async (uri: string, line: string) => {
      server!.open(uri, `一、总体要求\n${line}\n`);
      const [found] = (await server!.diagnostics(uri, (d) => d.some((one) => one.code === "punct/half-width"))).filter((d) => d.code === "punct/half-width");
      const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: found!.range, context: { diagnostics: [found] } })) as Array<{ title: string; kind: string; edit: { changes: Record<string, Array<{ newText: string; range: { start: { character: number }; end: { character: number } } }>> } }>;
      const fix = actions.find((action) => action.kind === "quickfix" && !action.title.startsWith("在此行禁用"))!;
      const [edit] = fix.edit.changes[uri]!;
      return { title: fix.title, replaced: line.slice(edit!.range.start.character, edit!.range.end.character), newText: edit!.newText };
    };
    expect(await fixOf("file:///work/spaced.plan", "坚持质量第一, 效益优先，推动质量变革。")).toEqual({ title: "改为全角标点并删除其前后的空格", replaced: ", ", newText: "，" });
    expect(await fixOf("file:///work/unspaced.plan", "坚持质量第一,效益优先，推动质量变革。")).toEqual({ title: "改为全角标点", replaced: ",", newText: "，" });
  });

  it("titles a clause's restyling quick fix with the marks and label it replaces", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/clauses.plan";
    server.open(uri, "一、主要任务\n1.加快区域质量创新发展。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。(责任部门:市发展改革委)\n");
    const [found] = (await server.diagnostics(uri, (d) => d.some((one) => one.code === "units/clause-style"))).filter((d) => d.code === "units/clause-style");
    const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: found!.range, context: { diagnostics: [found] } })) as Array<{ title: string; kind: string }>;
    const fix = actions.find((action) => action.kind === "quickfix" && !action.title.startsWith("在此行禁用"))!;
    expect(fix.title).toBe("将“(”改为“〔”、“)”改为“〕”、“责任部门”改为“责任单位”、“:”改为“：”");
  });

  it("updates diagnostics when the text changes", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/edit.plan";
    server.open(uri, "一、总体要求\n（一）主要目标\n到2025年，合格率达到94%以上。\n");
    expect(await server.diagnostics(uri)).toEqual([]);
    void server.client.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: "一、总体要求\n（一）主要目标\n到2025年，合格率达到94%以上。\n标签: 建设\n相关推荐\n" }],
    });
    const updated = await server.diagnostics(uri, (d) => d.length > 0);
    expect(updated.map((d) => d.code)).toEqual(["structure/trailing-text"]);
  });
});
