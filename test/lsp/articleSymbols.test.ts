import { afterEach, describe, expect, it } from "vitest";
import type { DocumentSymbol } from "vscode-languageserver-protocol";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const TEXT =
  "示例市质量奖管理办法\n\n第一章　总则\n\n第一条　为规范质量奖评审工作，制定本办法。\n第二条　质量奖每两年评审一次。\n\n" +
  "第二章　评审\n\n第三条　申报质量奖应当具备下列条件：\n（一）在本市依法登记注册；\n（二）近三年未发生重大质量事故。\n第四条　本办法自发布之日起施行。\n";

const names = (symbols: readonly DocumentSymbol[]): unknown[] => symbols.map((s) => (s.children && s.children.length > 0 ? [s.name, names(s.children)] : s.name));

describe("documentSymbol of a document written in articles", () => {
  it("gives each 章 its articles, and each article the items it lists", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/articles.plan";
    server.open(uri, TEXT);
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    expect(names(symbols)).toEqual([
      "示例市质量奖管理办法",
      ["第一章　总则", ["第一条　为规范质量奖评审工作，制定本办法", "第二条　质量奖每两年评审一次"]],
      ["第二章　评审", [["第三条　申报质量奖应当具备下列条件：", ["（一）在本市依法登记注册", "（二）近三年未发生重大质量事故"]], "第四条　本办法自发布之日起施行"]],
    ]);
    const third = symbols[2]!.children![0]!;
    expect(third.detail).toBe("条");
    expect(third.selectionRange).toEqual({ start: { line: 9, character: 0 }, end: { line: 9, character: 3 } });
    expect(third.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 11, character: 16 } });
  });
});
