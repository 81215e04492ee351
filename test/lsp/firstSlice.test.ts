import { describe, expect, it } from "vitest";
import type { Connection, TextDocuments } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { PlanSession } from "../../server/src/lsp/session";
import { readSeed } from "../support/seeds";

/**
 * A request sent with a keystroke (completion as one types, hover) is answered from the model
 * of the new version, never after the rules: an analysis hands the event loop back once its
 * model is read, before its first rule, however long its slices are.
 */
describe("an analysis in slices", () => {
  it("gives the event loop a turn after the model, before any rule", async () => {
    const document = TextDocument.create("file:///work/first-slice.plan", "policy-plan", 1, readSeed("ganzhou-2024"));
    const documents = { get: (uri: string) => (uri === document.uri ? document : undefined), all: () => [document], keys: () => [document.uri] };
    const session = new PlanSession({} as Connection, documents as unknown as TextDocuments<TextDocument>);
    const started = session.analysisCount;
    // A slice of a minute: only the turn after the model can hand the loop back here.
    const pending = session.analysedInSlices(document, "fast", 60_000);
    expect(session.analysisCount).toBe(started + 1);
    expect(session.analysedVersion(document.uri)).toBeUndefined();
    expect(session.modelOf(document.uri)?.analysis.plan.allItems.length).toBeGreaterThan(10);
    const analysed = await pending;
    expect(analysed?.analysis.findings.length).toBeGreaterThan(0);
    expect(session.analysedVersion(document.uri)).toBe(1);
  });
});
