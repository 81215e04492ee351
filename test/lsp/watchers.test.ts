import { describe, expect, it } from "vitest";
import { startInProcessServer } from "../support/lspClient";

async function registrations(capabilities: object): Promise<string[]> {
  const methods: string[] = [];
  const server = await startInProcessServer(null, capabilities, (params) => {
    for (const registration of (params as { registrations: Array<{ method: string }> }).registrations) methods.push(registration.method);
  });
  // A round trip after `initialized`: any registration the server sends arrives before the answer.
  await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri: "file:///none.plan" } }).catch(() => undefined);
  await server.dispose();
  return methods;
}

describe("file watchers", () => {
  it("are registered only with a client that supports their dynamic registration", async () => {
    expect(await registrations({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } })).toContain("workspace/didChangeWatchedFiles");
    expect(await registrations({})).not.toContain("workspace/didChangeWatchedFiles");
    expect(await registrations({ workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } })).not.toContain("workspace/didChangeWatchedFiles");
  });
});
