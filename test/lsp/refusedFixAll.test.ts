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
    const actions = (await server.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as CodeAction[];
    const fixAll = actions.find((a) => a.kind === "source.fixAll.policyPlan.numbering")!;
    const edited = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, PLAN), fixAll.edit!.changes![uri] as TextEdit[]);
    expect(edited).toBe(PLAN.replace("3.任务乙", "2.任务乙"));
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]!.type).toBe(2);
    expect(messages[0]!.message).toBe("已跳过 1 处自动修复：应用后会使责任分工条款或其中的责任单位丢失（第 3 行 numbering/test-clause-breaker），请手动修改。");
  });
});
