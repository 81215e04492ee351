import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const FIXTURES = join(__dirname, "..", "rules", "fixtures");

/**
 * The rules added for text as users paste it and for annotations, in the editor: each fixture
 * (the one the rule's fixture test reads) opened in the real server gives the rule's diagnostic,
 * and a rule that fixes offers its fix as a quick fix on it.
 */
const CASES: Array<{ rule: string; fixture: string; fixTitle: string | null }> = [
  { rule: "structure/page-number", fixture: "structure/page-number.plan", fixTitle: "删除" },
  { rule: "structure/hard-wrap", fixture: "structure/hard-wrap.plan", fixTitle: "" },
  { rule: "structure/date-form", fixture: "structure/date-form.plan", fixTitle: "" },
  { rule: "numbering/marker-typo", fixture: "numbering/marker-typo.plan", fixTitle: "" },
  { rule: "units/clause-line-break", fixture: "units/clause-line-break.plan", fixTitle: "" },
  { rule: "xref/unrelated-section", fixture: "xref/unrelated-section.plan", fixTitle: null },
  { rule: "xref/short-title", fixture: "xref/short-title.plan", fixTitle: "以下简称" },
];

describe("the rules for pasted text and annotations in the language server", () => {
  for (const { rule, fixture, fixTitle } of CASES) {
    it(`${rule}: a diagnostic${fixTitle === null ? "" : " and its quick fix"}`, async () => {
      server = await startInProcessServer();
      const uri = `file:///work/${fixture.replace("/", "-")}`;
      server.open(uri, readFileSync(join(FIXTURES, fixture), "utf8"));
      // Slow rules (xref/unrelated-section) run on open too, after the fast ones.
      const diagnostics = await server.diagnostics(uri, (all) => all.some((d) => d.code === rule));
      const found = diagnostics.find((d) => d.code === rule)! as Diagnostic;
      expect(found.source).toBe("plancheck");
      expect(found.message).toMatch(/[\u4e00-\u9fff]/);
      if (fixTitle === null) return;
      const actions = (await server.client.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: found.range,
        context: { diagnostics: [found] },
      })) as Array<{ title: string; kind?: string; diagnostics?: Diagnostic[] }>;
      const fixes = actions.filter((action) => action.kind === "quickfix" && action.diagnostics?.some((d) => d.code === rule));
      expect(fixes.length, `${rule} offers a quick fix`).toBeGreaterThan(0);
      expect(fixes.some((action) => action.title.includes(fixTitle))).toBe(true);
    });
  }
});
