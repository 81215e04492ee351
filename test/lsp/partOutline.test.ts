import { afterEach, describe, expect, it } from "vitest";
import type { DocumentSymbol, FoldingRange, Range } from "vscode-languageserver-protocol";
import { jsonReport } from "../support/cli";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { tempPlan } from "../support/tempFiles";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

// A 规划 in 章 and 节: the first 章 holds only its 节s, the second its 节 and items after it.
const TEXT = [
  "某某县质量强县建设规划（2025—2030年）",
  "第一章　发展基础",
  "第一节　主要成效",
  "全县质量工作取得明显成效。",
  "第二节　面临形势",
  "质量发展面临新的机遇和挑战。",
  "第二章　重点任务",
  "第一节　产业质量",
  "一、实施质量提升行动",
  "开展质量攻关。〔责任单位：县工信局〕",
  "二、加强品牌建设",
  "培育区域品牌。〔责任单位：县市场监管局〕",
  "",
].join("\n");

const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

function* withParents(symbols: readonly DocumentSymbol[]): Generator<[DocumentSymbol, DocumentSymbol]> {
  for (const symbol of symbols) {
    for (const child of symbol.children ?? []) yield [symbol, child];
    yield* withParents(symbol.children ?? []);
  }
}

describe("a part that holds parts (第一章 › 第一节)", () => {
  it("spans its divisions in the outline, as every symbol spans its children", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/chapters.plan";
    server.open(uri, TEXT);
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    const chapter = symbols.find((symbol) => symbol.name === "第一章　发展基础")!;
    expect(chapter.children!.map((child) => child.name)).toEqual(["第一节　主要成效", "第二节　面临形势"]);
    expect(chapter.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 5, character: 14 } });
    // An editor's breadcrumbs and sticky scroll find a symbol by its range: a child outside it is lost.
    for (const [parent, child] of withParents(symbols)) expect(contains(parent.range, child.range), `${child.name} in ${parent.name}`).toBe(true);
  });

  it("folds with its divisions", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/chapters.plan";
    server.open(uri, TEXT);
    const ranges = (await server.client.sendRequest("textDocument/foldingRange", { textDocument: { uri } })) as FoldingRange[];
    const folds = ranges.map((range) => [range.startLine, range.endLine]);
    expect(folds).toContainEqual([1, 5]);
    expect(folds).toContainEqual([6, 11]);
    expect(folds).toContainEqual([2, 3]);
  });

  it("has the same range in `plancheck outline` as in the editor's outline", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/chapters.plan";
    server.open(uri, TEXT);
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    interface Entry { kind: string; marker: string; range: Range; children: Entry[] }
    const { items } = await jsonReport<{ items: Entry[] }>("outline", tempPlan("part-outline", "chapters.plan", TEXT));
    const partsOf = (entries: readonly Entry[]): Entry[] => entries.filter((entry) => entry.kind === "part").flatMap((entry) => [entry, ...partsOf(entry.children)]);
    const partSymbols = (found: readonly DocumentSymbol[]): DocumentSymbol[] => found.filter((symbol) => /^第.[章节]/.test(symbol.name)).flatMap((symbol) => [symbol, ...partSymbols(symbol.children ?? [])]);
    expect(partsOf(items).map((part) => part.range)).toEqual(partSymbols(symbols).map((symbol) => symbol.range));
    expect(partsOf(items)).toHaveLength(5);
  });
});
