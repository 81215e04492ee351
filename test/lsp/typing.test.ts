import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { startRawServer } from "../support/rawServer";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const URI = "file:///work/typing.plan";

/** Sends one incremental change: insert or delete one character at the start of `line`. */
function change(server: InProcessServer, version: number, line: number, insert: boolean): void {
  const at = { line, character: 2 };
  const contentChanges = [insert ? { range: { start: at, end: at }, text: "的" } : { range: { start: at, end: { line, character: 3 } }, text: "" }];
  void server.client.sendNotification("textDocument/didChange", { textDocument: { uri: URI, version }, contentChanges });
}

async function analysedAt(server: InProcessServer, version: number): Promise<void> {
  await vi.waitFor(() => expect(server.session.analysedVersion(URI)).toBe(version), { timeout: 60_000, interval: 5 });
}

/** A raw server with a plan of about 1 MB (the five seeds, ten times over) open and analysed. */
async function openLargePlan(): Promise<ReturnType<typeof startRawServer>> {
  const raw = startRawServer();
  const text = Array.from({ length: 10 }, () => SEED_NAMES.map((name) => readSeed(name)).join("\n")).join("\n");
  raw.write({ method: "textDocument/didOpen", params: { textDocument: { uri: URI, languageId: "policy-plan", version: 1, text } } });
  await vi.waitFor(() => expect(raw.session.analysedVersion(URI)).toBe(1), { timeout: 60_000, interval: 5 });
  return raw;
}

describe("typing in the language server", () => {
  it("analyses only the latest version of a burst of edits to a large plan, and answers completion first", async () => {
    // Raw frames into the server's input, as a client process's pipe delivers them while the
    // server is busy: twenty keystrokes and a completion request in one chunk.
    const raw = await openLargePlan();
    const { session } = raw;
    const before = session.analysisCount;
    const burst: object[] = [];
    for (let version = 2; version <= 21; version++) {
      const at = { line: 500, character: 2 };
      const change = version % 2 === 0 ? { range: { start: at, end: at }, text: "的" } : { range: { start: at, end: { line: 500, character: 3 } }, text: "" };
      burst.push({ method: "textDocument/didChange", params: { textDocument: { uri: URI, version }, contentChanges: [change] } });
    }
    burst.push({ id: 2, method: "textDocument/completion", params: { textDocument: { uri: URI }, position: { line: 500, character: 2 } } });
    raw.write(...burst);
    await vi.waitFor(() => expect(raw.output()).toMatch(/"version":21/), { timeout: 60_000, interval: 5 });
    const output = raw.output();
    // Twenty keystrokes, one analysis (of the last version); completion was answered before it.
    expect(session.analysisCount - before).toBe(1);
    expect(output).not.toMatch(/"version":(?:[2-9]|1\d|20),/);
    expect(output.indexOf('"id":2')).toBeGreaterThan(-1);
    expect(output.indexOf('"id":2')).toBeLessThan(output.indexOf('"version":21'));
    // Ended as a client ends a session, so no paused slow-rule check publishes afterwards.
    raw.write({ id: 3, method: "shutdown" });
    await vi.waitFor(() => expect(raw.output()).toMatch(/"id":3/), { timeout: 60_000, interval: 5 });
    raw.end();
  }, 120_000);

  it("answers the outline and hover right after a keystroke from the model, which the analysis then reuses", async () => {
    const raw = await openLargePlan();
    const { session } = raw;
    const before = session.analysisCount;
    // A request that waited for the rules would ask for the whole analysis at once.
    const wholeAnalysis = vi.spyOn(session, "analysed");
    const at = { line: 500, character: 2 };
    raw.write(
      { method: "textDocument/didChange", params: { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: "的" }] } },
      { id: 2, method: "textDocument/documentSymbol", params: { textDocument: { uri: URI } } },
      { id: 3, method: "textDocument/hover", params: { textDocument: { uri: URI }, position: at } },
      { id: 4, method: "textDocument/foldingRange", params: { textDocument: { uri: URI } } },
    );
    await vi.waitFor(() => expect(raw.output()).toMatch(/"version":2/), { timeout: 60_000, interval: 5 });
    const output = raw.output();
    // The three requests were answered before version 2's diagnostics, and none of them ran the
    // rules: the one analysis of version 2 is the diagnostics', on the model the requests read.
    for (const id of ['"id":2', '"id":3', '"id":4']) {
      expect(output.indexOf(id)).toBeGreaterThan(-1);
      expect(output.indexOf(id)).toBeLessThan(output.indexOf('"version":2'));
    }
    expect(session.analysisCount - before).toBe(1);
    expect(wholeAnalysis).not.toHaveBeenCalled();
    expect(session.get(URI)!.analysis.plan).toBe(session.modelOf(URI)!.analysis.plan);
    raw.write({ id: 5, method: "shutdown" });
    await vi.waitFor(() => expect(raw.output()).toMatch(/"id":5/), { timeout: 60_000, interval: 5 });
    raw.end();
  }, 120_000);

  it("keeps its heap within 30 MB over 10,000 edits", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    server = await startInProcessServer();
    server.open(URI, readSeed("ganzhou-2024").slice(0, 3000));
    await analysedAt(server, 1);
    let version = 1;
    const edits = async (count: number) => {
      for (let i = 0; i < count; i++) {
        version++;
        // Type a character, then delete it again: the document stays the same size.
        change(server!, version, 8 + (Math.floor(i / 2) % 20), i % 2 === 0);
        // Let the server analyse now and then, as a typist's pauses do.
        if (version % 20 === 0) await analysedAt(server!, version);
      }
      await analysedAt(server!, version);
    };
    await edits(500);
    gc();
    const baseline = process.memoryUsage().heapUsed;
    await edits(9500);
    gc();
    const growth = process.memoryUsage().heapUsed - baseline;
    expect(growth).toBeLessThan(30 * 1024 * 1024);
  }, 300_000);
});
