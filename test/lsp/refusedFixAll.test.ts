import { afterEach, describe, expect, it, vi } from "vitest";
import { type CodeAction, type ShowMessageParams, type TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

vi.mock("../../server/src/core/rules/index", async (importOriginal) => (await import("../support/clauseBreakingRule")).withClauseBreakingRule(await importOriginal()));

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/** The text after the numbering fix-all the server offers for the open document. */
async function fixedByNumberingFixAll(uri: string, text: string): Promise<string> {
  const actions = (await server!.client.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ["source.fixAll.policyPlan.numbering"] },
  })) as CodeAction[];
  const fixAll = actions.find((a) => a.kind === "source.fixAll.policyPlan.numbering")!;
  return TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, text), fixAll.edit!.changes![uri] as TextEdit[]);
}

// `3.` after `1.` (numbering/sequence, a safe fix) and a clause the stand-in rule's fix would delete.
const PLAN = "一、主要任务\n1.任务甲。开展工作。\n3.任务乙。开展工作。〔责任单位：市工信局〕\n";

describe("the editor's numbering fix-all", () => {
  it("applies the safe fixes, leaves out a fix that would lose a clause, and says so", async () => {
    server = await startInProcessServer();
    const messages: ShowMessageParams[] = [];
    server.client.onNotification("window/showMessage", (params: ShowMessageParams) => void messages.push(params));
    const uri = "file:///work/refused.plan";
    server.open(uri, PLAN);
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/test-clause-breaker"));
    expect(diagnostics.map((d) => d.code)).toContain("numbering/sequence");
    const edited = await fixedByNumberingFixAll(uri, PLAN);
    expect(edited).toBe(PLAN.replace("3.任务乙", "2.任务乙"));
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]!.type).toBe(2);
    expect(messages[0]!.message).toBe("已跳过 1 处自动修复：应用后会使责任分工条款或其中的责任单位丢失（第 3 行 numbering/test-clause-breaker），请手动修改。");
  });
});

describe("the editor's fix-all of the whole document", () => {
  it("makes every safe fix, leaves out the one that would lose a clause, and says so when it is picked", async () => {
    server = await startInProcessServer(null, { textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ["edit"] } } } });
    const messages: ShowMessageParams[] = [];
    server.client.onNotification("window/showMessage", (params: ShowMessageParams) => void messages.push(params));
    const uri = "file:///work/refused.plan";
    server.open(uri, PLAN);
    await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/test-clause-breaker"));
    const actions = (await server.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as CodeAction[];
    expect(messages).toEqual([]);
    const fixAll = (await server.client.sendRequest("codeAction/resolve", actions.find((a) => a.kind === "source.fixAll.policyPlan")!)) as CodeAction;
    const edited = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, PLAN), fixAll.edit!.changes![uri] as TextEdit[]);
    expect(edited).toBe(PLAN.replace("3.任务乙", "2.任务乙"));
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]!.message).toBe("已跳过 1 处自动修复：应用后会使责任分工条款或其中的责任单位丢失（第 3 行 numbering/test-clause-breaker），请手动修改。");
  });
});

describe("the editor's numbering fix-all and references", () => {
  // Renumbering （五）任务1-0-0 carries 上述第（五）项 to （一）; the run's other half would make the
  // heading 二、总体要求2 an item above the other reference, which would then name it: refused, and
  // the first half with it (alone it leaves two （一）).
  const TANGLED = "示例市质量提升行动方案\n一、总体要求0\n（三）任务0-0-0\n六、总体要求1\n（五）任务1-0-0\n（一）任务1-1-0\n二、总体要求2\n落实上述第（三）项。\n（三）任务2-0-0\n（一）任务2-1-0\n落实上述第（五）项。\n";

  it("leaves out a fix that would make a reference name another item, and says why", async () => {
    server = await startInProcessServer();
    const messages: ShowMessageParams[] = [];
    server.client.onNotification("window/showMessage", (params: ShowMessageParams) => void messages.push(params));
    const uri = "file:///work/tangled.plan";
    server.open(uri, TANGLED);
    await server.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/sequence"));
    const edited = await fixedByNumberingFixAll(uri, TANGLED);
    expect(edited).toContain("落实上述第（三）项。");
    expect(edited).toContain("落实上述第（五）项。");
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]!.message).toMatch(/^已跳过 \d+ 处自动修复：应用后会使正文中对本方案某部分或某项的引用改指另一处（第 \d+ 行 numbering\/sequence/u);
  });
});

describe("the editor's quick fix of one finding", () => {
  const CLAUSE_LINE = { start: { line: 2, character: 12 }, end: { line: 2, character: 12 } };

  async function quickFixes(uri: string): Promise<CodeAction[]> {
    const diagnostics = await server!.diagnostics(uri, (d) => d.some((x) => x.code === "numbering/test-clause-breaker"));
    return (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: CLAUSE_LINE, context: { diagnostics, only: ["quickfix"] } })) as CodeAction[];
  }

  it("is not offered to a client that cannot resolve edits when it would lose a clause; the others are", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/refused-one.plan";
    server.open(uri, PLAN);
    const titles = (await quickFixes(uri)).map((a) => a.title);
    expect(titles).not.toContain("删除条款");
    // The same check leaves a harmless fix on the same line alone: the clause keeps its place.
    const gap = (await server.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } },
      context: { diagnostics: [], only: ["quickfix"] },
    })) as CodeAction[];
    const renumber = gap.find((a) => a.edit && a.title.includes("2."))!;
    expect(TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, PLAN), renumber.edit!.changes![uri] as TextEdit[])).toBe(PLAN.replace("3.任务乙", "2.任务乙"));
  });

  it("is checked when picked (codeAction/resolve): refused out loud, no edit", async () => {
    server = await startInProcessServer(null, { textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } });
    const messages: ShowMessageParams[] = [];
    server.client.onNotification("window/showMessage", (params: ShowMessageParams) => void messages.push(params));
    const uri = "file:///work/refused-resolve.plan";
    server.open(uri, PLAN);
    const breaker = (await quickFixes(uri)).find((a) => a.title === "删除条款")!;
    expect(breaker.edit).toBeUndefined();
    const resolved = (await server.client.sendRequest("codeAction/resolve", breaker)) as CodeAction;
    expect(resolved.edit).toBeUndefined();
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]!.type).toBe(2);
    expect(messages[0]!.message).toBe("“删除条款”未执行：应用后会使责任分工条款或其中的责任单位丢失（第 3 行），请手动修改。");
  });

  it("resolves a harmless quick fix to its edit, found again after the text above it changed", async () => {
    server = await startInProcessServer(null, { textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } });
    const uri = "file:///work/resolve-fix.plan";
    const text = "一、主要任务\n1.任务甲。开展工作，，加强监管。\n";
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    const finding = diagnostics.find((d) => d.range.start.line === 1)!;
    const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding], only: ["quickfix"] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.edit).toBeUndefined();
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "说明\n" }] });
    const resolved = (await server.client.sendRequest("codeAction/resolve", fix)) as CodeAction;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 2, `说明\n${text}`), resolved.edit!.changes![uri] as TextEdit[]);
    expect(fixed).toBe("说明\n一、主要任务\n1.任务甲。开展工作，加强监管。\n");
  });
});
