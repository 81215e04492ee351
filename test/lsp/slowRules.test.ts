import { afterEach, describe, expect, it, vi } from "vitest";
import type { Rule } from "../../server/src/core/rules/types";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

// A slow rule (as coverage mapping will be): reports every 慢. Counting its runs shows when the
// server runs it.
const runs = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../server/src/core/rules/index", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/src/core/rules/index")>();
  const slow: Rule = {
    meta: { id: "text/test-slow", family: "text", severity: "warning", description: "测试用慢规则", fixable: false, speed: "slow", docs: { rationale: "", incorrect: "", correct: "" } },
    check({ plan, report }) {
      runs.count++;
      for (let at = plan.text.indexOf("慢"); at >= 0; at = plan.text.indexOf("慢", at + 1)) report({ start: at, end: at + 1, message: "慢" });
    },
  };
  const all = [...original.ALL_RULES, slow];
  return { ...original, ALL_RULES: all, RULES_BY_ID: new Map(all.map((rule) => [rule.meta.id, rule])) };
});

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const URI = "file:///work/slow.plan";

describe("slow rules in the language server", () => {
  it("run on open and when typing pauses, not on every keystroke; their findings stay in place meanwhile", async () => {
    server = await startInProcessServer();
    server.open(URI, "一、总体要求\n1.慢工作。\n");
    const opened = await server.diagnostics(URI, (d) => d.some((x) => x.code === "text/test-slow"));
    expect(opened.find((d) => d.code === "text/test-slow")!.range.start).toEqual({ line: 1, character: 2 });
    const afterOpen = runs.count;
    // Type two characters before the 慢: the finding moves with its text, the rule does not run.
    for (const version of [2, 3]) {
      void server.client.sendNotification("textDocument/didChange", {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: "很" }],
      });
    }
    const typed = await server.diagnostics(URI, (d) => d.some((x) => x.code === "text/test-slow" && x.range.start.character === 4));
    expect(typed.filter((d) => d.code === "text/test-slow")).toHaveLength(1);
    expect(runs.count).toBe(afterOpen);
    // After the pause the slow rule runs once on the latest version.
    await vi.waitFor(() => expect(runs.count).toBe(afterOpen + 1), { timeout: 10_000 });
  });
});
