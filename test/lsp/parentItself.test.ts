import { afterEach, describe, expect, it } from "vitest";
import { workspaceWith } from "../support/cursor";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe("a parent file open in the editor", () => {
  it("is not its own parent, even untitled and edited so that its text is no longer the file's", async () => {
    const parent = "一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到98%以上。\n二、主要任务\n（二）强化质量监管。\n";
    const workspace = workspaceWith({ ".plancheck.json": '{ "parents": ["上位.plan"] }', "上位.plan": parent });
    server = await startInProcessServer(workspace.rootUri);
    // A plan under the same configuration is measured against it (and loads it as on disk).
    const plan = workspace.uri("方案.plan");
    server.open(plan, "一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到97%。\n");
    await server.diagnostics(plan, (d) => d.some((x) => x.code === "targets/weaker-than-parent"));
    // The parent opened with unsaved edits: the loaded parent still has 98%, and no title says it is this file.
    const uri = workspace.uri("上位.plan");
    server.open(uri, parent.replace("98%以上", "97%").replace("（二）强化质量监管。", "（二）强化质量监管。产品合格率达到 %。"));
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === "targets/blank"));
    expect(diagnostics.filter((d) => d.code === "targets/weaker-than-parent")).toEqual([]);
  });
});
