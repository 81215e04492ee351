import { afterEach, describe, expect, it, vi } from "vitest";
import type { CompletionList } from "vscode-languageserver-protocol";
import type { PlanDocument } from "../../server/src/core/model/types";
import { withCursor, workspaceWith } from "../support/cursor";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { readSeed } from "../support/seeds";

// Every count the core makes, with the plan it counted: completion must not count a plan again per request.
const counted = vi.hoisted(() => [] as unknown[]);
vi.mock("../../server/src/core/units/matrix", async (original) => {
  const actual = await original<typeof import("../../server/src/core/units/matrix")>();
  return { ...actual, addUnitTaskCounts: (plan: PlanDocument, ...rest: [never, never, never]) => (counted.push(plan), actual.addUnitTaskCounts(plan, ...rest)) };
});

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const TASK = "一、主要任务\n1.加快区域质量创新发展。开展创建工作。";

describe("completion's task counts by unit", () => {
  it("counts each plan once per version: repeated completions reuse the counts, an edit counts the new version", async () => {
    const workspace = workspaceWith({ "ganzhou.plan": readSeed("ganzhou-2024") });
    server = await startInProcessServer(workspace.rootUri);
    const { text, position } = withCursor(`${TASK}〔责任单位：市工信局、<|>〕\n2.推进标准化。〔责任单位：市市场监管局〕\n`);
    const uri = workspace.uri("draft.plan");
    server.open(uri, text);
    const complete = async () => (await server!.client.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
    const first = await complete();
    counted.length = 0;
    const again = [await complete(), await complete(), await complete()];
    // The same offers with their counts, and no plan counted again.
    for (const list of again) expect(list.items.map((item) => [item.label, item.detail])).toEqual(first.items.map((item) => [item.label, item.detail]));
    expect(counted).toHaveLength(0);
    // The draft's own count orders its names: 市市场监管局, which it names, first.
    expect(first.items[0]!.label).toBe("市市场监管局");
    // An edit that leaves the cursor's place as it was: the new version is counted, once.
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace("2.推进标准化。", "2.推进标准化建设。") }] });
    await complete();
    await complete();
    const drafts = counted.filter((plan) => (plan as PlanDocument).clauses.length === 2);
    expect(drafts.length).toBeGreaterThan(0);
    expect(new Set(drafts).size).toBe(drafts.length);
    expect(counted).toHaveLength(new Set(counted).size);
  });
});
