import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { TypingRehearsal } from "../../server/src/lsp/warmUp";
import { startRawServer } from "../support/rawServer";
import { readSeed, SEED_NAMES } from "../support/seeds";

const LARGE = SEED_NAMES.map((name) => readSeed(name)).join("\n");

describe("the typing rehearsal after a large plan is opened", () => {
  it("rehearses once, for a large plan only, every keystroke a complete analysis", async () => {
    const rehearsal = new TypingRehearsal(4);
    expect(rehearsal.start("一、总体要求\n1.开展工作。\n", {}, () => "step")).toBe(false);
    let asked = 0;
    expect(rehearsal.start(LARGE, {}, () => (++asked > 0 ? "step" : "stop"))).toBe(true);
    expect(rehearsal.start(LARGE, {}, () => "step")).toBe(false);
    expect(await rehearsal.finished).toBe(4);
    // One question per step: the model and each rule, four times over.
    expect(asked).toBeGreaterThan(4 * 10);
  });

  it("waits while the server is busy and goes on when it is idle again", async () => {
    const rehearsal = new TypingRehearsal(2);
    // Busy between the first steps and again later: each wait is a timer, then the rehearsal asks again.
    const turns: Array<"step" | "wait"> = ["step", "wait", "wait", "step", "step", "wait"];
    let asked = 0;
    rehearsal.start(LARGE, {}, () => turns[asked++] ?? "step");
    expect(await rehearsal.finished).toBe(2);
    expect(asked).toBeGreaterThan(turns.length);
  });

  it("stops when told and asks no more", async () => {
    const rehearsal = new TypingRehearsal(24);
    let asked = 0;
    rehearsal.start(LARGE, {}, () => (++asked < 3 ? "step" : "stop"));
    expect(await rehearsal.finished).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(3);
  });

  it("in the server: publishes nothing, gives way to a keystroke, whose diagnostics are a fresh analysis's, and goes on after it", async () => {
    const raw = startRawServer();
    const { session } = raw;
    const uri = "file:///work/rehearsal.plan";
    raw.write({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "policy-plan", version: 1, text: LARGE } } });
    await vi.waitFor(() => expect(session.analysedVersion(uri)).toBe(1), { timeout: 60_000, interval: 1 });
    const analyses = session.analysisCount;
    // The version analysed when the rehearsal's keystrokes are done: the keystroke's, not the opened one.
    const versionWhenRehearsed = session.rehearsal.finished.then(() => session.analysedVersion(uri));
    // The rehearsal has begun (its first step waits for a turn of the loop); type at once.
    const line = LARGE.split("\n").findIndex((text, index) => index > 100 && text.length > 10);
    raw.write({ method: "textDocument/didChange", params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: "的" }] } });
    await vi.waitFor(() => expect(session.analysedVersion(uri)).toBe(2), { timeout: 60_000, interval: 1 });
    expect(session.analysisCount).toBe(analyses + 1);
    // The keystroke was analysed before the rehearsal's keystrokes were done; they go on after it.
    expect(await session.rehearsal.finished).toBe(60);
    expect(await versionWhenRehearsed).toBe(2);
    await vi.waitFor(() => expect(raw.output()).toMatch(/"version":2/), { timeout: 60_000, interval: 5 });

    // Version 1 on open, then version 2 (and version 2 again with the slow rules, once typing
    // has paused): nothing of the rehearsal's. Version 2's first are the fresh analysis's.
    const published = [...raw.output().matchAll(/"method":"textDocument\/publishDiagnostics","params":(\{"uri":"[^"]+","version":(\d+),"diagnostics":\[.*?\]\})\}/g)].map((match) => JSON.parse(match[1]!) as { version: number; diagnostics: { code: string }[] });
    expect(published.map((p) => p.version).slice(0, 2)).toEqual([1, 2]);
    expect(published.every((p) => p.version === 1 || p.version === 2)).toBe(true);
    expect(published.filter((p) => p.version === 1)).toHaveLength(1);
    const lines = LARGE.split("\n");
    lines[line] = lines[line]!.slice(0, 2) + "的" + lines[line]!.slice(2);
    const fresh = analyze(lines.join("\n"), { speed: "fast" }).findings.map((finding) => finding.rule);
    expect(published[1]!.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expect.arrayContaining(fresh));
    expect(published[1]!.diagnostics.length).toBeGreaterThanOrEqual(fresh.length);
    raw.write({ id: 9, method: "shutdown" });
    await vi.waitFor(() => expect(raw.output()).toMatch(/"id":9/), { timeout: 60_000, interval: 5 });
    raw.end();
  }, 120_000);
});
