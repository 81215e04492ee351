import { describe, expect, it, vi } from "vitest";
import { startRawServer } from "../support/rawServer";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * Issue 8: the server keeps answering while a large document is analysed. The test shares the
 * server's event loop, so it can only write its request once the server has let go of it in
 * the middle of the analysis; the answer must then come before the large plan's diagnostics.
 */
describe("a language server busy with a large plan", () => {
  it("answers a request sent during the analysis before that analysis ends", async () => {
    const raw = startRawServer();
    const { session } = raw;
    const small = "file:///work/small.plan";
    const large = "file:///work/large.plan";
    // About 2 MB: the five seeds, twenty times over.
    const text = Array.from({ length: 20 }, () => SEED_NAMES.map((name) => readSeed(name)).join("\n")).join("\n");
    raw.write({ method: "textDocument/didOpen", params: { textDocument: { uri: small, languageId: "policy-plan", version: 1, text: "一、总体要求\n（一）主要目标\n" } } });
    await vi.waitFor(() => expect(session.analysedVersion(small)).toBe(1), { timeout: 60_000, interval: 1 });

    const started = session.analysisCount;
    raw.write({ method: "textDocument/didOpen", params: { textDocument: { uri: large, languageId: "policy-plan", version: 1, text } } });
    // The analysis has begun and handed the loop back (else this could not run before it ends).
    await vi.waitFor(() => expect(session.analysisCount).toBeGreaterThan(started), { timeout: 60_000, interval: 1 });
    expect(raw.output()).not.toContain(large);
    raw.write({ id: 2, method: "textDocument/documentSymbol", params: { textDocument: { uri: small } } });

    await vi.waitFor(() => expect(raw.output()).toContain(`"uri":"${large}"`), { timeout: 120_000, interval: 5 });
    await vi.waitFor(() => expect(raw.output()).toContain('"id":2'), { timeout: 60_000, interval: 5 });
    const output = raw.output();
    expect(output.indexOf('"id":2')).toBeLessThan(output.indexOf(`"uri":"${large}"`));
    raw.write({ id: 3, method: "shutdown" });
    await vi.waitFor(() => expect(raw.output()).toMatch(/"id":3/), { timeout: 60_000, interval: 5 });
    raw.end();
  }, 180_000);
});
