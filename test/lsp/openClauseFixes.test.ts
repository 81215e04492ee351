import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, DocumentSymbol, TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

// A clause being typed: its bracket not closed yet, its two names apart by a space.
const DRAFT = [
  "某某县质量强县建设实施方案",
  "一、重点任务",
  "1.推进标准化建设。主导制定地方标准10项。〔责任单位：县市场监管局 县发展改革局",
  "2.加强计量能力建设。建设社会公用计量标准5项。〔责任单位：县市场监管局〕",
  "",
].join("\n");

describe("the quick fixes on a clause whose bracket is still open", () => {
  it("never run its names into one: each fix applied leaves them apart", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/open-clause.plan";
    server.open(uri, DRAFT);
    const diagnostics = (await server.diagnostics(uri, (found) => found.length > 0)).filter((diagnostic) => diagnostic.range.start.line === 2);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("punct/unbalanced");
    const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } }, context: { diagnostics } })) as CodeAction[];
    const fixes = actions.filter((action) => action.kind === "quickfix" && action.edit);
    expect(fixes.map((action) => action.title)).toContain("在段末补上“〕”");
    for (const fix of fixes) {
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, DRAFT), (fix.edit!.changes![uri] ?? []) as TextEdit[]);
      expect(fixed, fix.title).not.toContain("县市场监管局县发展改革局");
    }
  });

  it("reads the clause up to a comment after it: its units are the task's in the outline", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/open-clause-comment.plan";
    server.open(uri, DRAFT.replace("县发展改革局\n", "县发展改革局 // plancheck-disable-line units/missing-clause\n"));
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    const task = symbols.find((symbol) => symbol.name === "一、重点任务")!.children![0]!;
    expect([task.name, task.detail]).toEqual(["1.推进标准化建设", "县市场监管局、县发展改革局"]);
  });
});
