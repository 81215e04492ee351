import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { workspaceWith } from "../support/cursor";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const change = (uri: string, version: number, text: string) =>
  server!.client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
const close = (uri: string) => server!.client.sendNotification("textDocument/didClose", { textDocument: { uri } });
const halfWidth = (d: Diagnostic[]) => d.filter((x) => x.code === "punct/half-width").length;

describe("files other plans' checks read, edited in the editor", () => {
  it("a .plancheck.json closed without saving gives way to the disk's text", async () => {
    const workspace = workspaceWith({ ".plancheck.json": '{ "rules": {} }\n' });
    server = await startInProcessServer(workspace.rootUri);
    const plan = workspace.uri("a.plan");
    server.open(plan, "一、主要任务\n1.建设平台,开展试点。〔责任单位：市市场监管局〕\n");
    await server.diagnostics(plan, (d) => halfWidth(d) === 1);
    const config = workspace.uri(".plancheck.json");
    void server.client.sendNotification("textDocument/didOpen", { textDocument: { uri: config, languageId: "json", version: 1, text: '{ "rules": {} }\n' } });
    void change(config, 2, '{ "rules": { "punct/half-width": "off" } }\n');
    await server.diagnostics(plan, (d) => halfWidth(d) === 0);
    void close(config);
    expect(halfWidth(await server.diagnostics(plan, (d) => halfWidth(d) === 1))).toBe(1);
  });

  it("a parent .plan's unsaved edits apply to the plans measured against it, and closing without saving reverts them", async () => {
    const parentText = "示例省质量强省实施意见\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n二、主要任务\n（二）增强质量发展创新动能。建立质量创新协同机制。\n";
    const workspace = workspaceWith({ ".plancheck.json": '{ "parents": ["parents/省实施意见.plan"] }', "parents/省实施意见.plan": parentText });
    server = await startInProcessServer(workspace.rootUri);
    const plan = workspace.uri("shi.plan");
    server.open(plan, "示例市质量强市实施方案\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到94%以上。\n二、主要任务\n1.加快质量创新发展。建立质量创新协同机制。〔责任单位：市市场监管局〕\n");
    const weaker = (figure: string) => (d: Diagnostic[]) => d.some((x) => x.code === "targets/weaker-than-parent" && (x.message as string).includes(figure));
    await server.diagnostics(plan, weaker("95%以上"));
    const parent = workspace.uri("parents/省实施意见.plan");
    server.open(parent, parentText);
    void change(parent, 2, parentText.replace("95%", "97%"));
    await server.diagnostics(plan, weaker("97%以上"));
    void close(parent);
    await server.diagnostics(plan, weaker("95%以上"));
  });
});
