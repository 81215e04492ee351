import { afterEach, describe, expect, it } from "vitest";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe("policyPlan.* settings that have no effect", () => {
  it("are reported once per distinct problem, in a message and in the output channel", async () => {
    server = await startInProcessServer();
    const shown: string[] = [];
    const logged: string[] = [];
    server.client.onNotification("window/showMessage", (params: { message: string }) => void shown.push(params.message));
    server.client.onNotification("window/logMessage", (params: { message: string }) => void logged.push(params.message));
    const configure = (rules: Record<string, unknown>) => server!.client.sendNotification("workspace/didChangeConfiguration", { settings: { policyPlan: { rules } } });
    await configure({ "punct/halfwidth": "off", "units/unknown": "warn", "numbering/sequence": "off" });
    await configure({ "punct/halfwidth": "off" });
    // A round trip: the notifications the server sent on the configuration changes arrive before its answer.
    await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri: "file:///none.plan" } }).catch(() => undefined);
    const expected = [
      "设置 policyPlan.rules 中的规则“punct/halfwidth”不存在（是否想用 punct/half-width？），该项不起作用",
      "设置 policyPlan.rules 中规则 units/unknown 的级别 \"warn\" 无效（可用 error、warning、info、hint、off），该项不起作用",
    ];
    expect(shown).toEqual(expected);
    expect(logged.filter((message) => message.startsWith("设置 policyPlan"))).toEqual(expected);
  });
});
