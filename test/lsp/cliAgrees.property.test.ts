import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { runPlancheck } from "../support/cli";
import { readSeed } from "../support/seeds";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { soup } from "../support/tokenSoup";

/**
 * Issue 8: the two shells over one core report the same findings. Random documents go to
 * `plancheck --stdin --format json` and to the language server (opened, all rules run); the
 * rule, severity, range and message of every finding must match.
 *
 * The CLI reads bytes and decodes UTF-8, as it does from a file: a lone surrogate cannot
 * travel that way, so the text is made well-formed first; and a byte-order mark is what a
 * file reader removes (as the editor does when it opens the file), so none is generated.
 */
const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SEVERITY = ["", "error", "warning", "info", "hint"] as const;

const seedPart = fc.constantFrom(...(["ganzhou-2024", "fuzhou-2023-draft", "chengdu-2023-draft"] as const).map((name) => readSeed(name).slice(0, 2500)));
const documents = fc
  .oneof({ weight: 3, arbitrary: soup }, { weight: 1, arbitrary: fc.tuple(seedPart, soup).map(([seed, s]) => seed + s) })
  .map((text) => text.replace(LONE_SURROGATE, "\uFFFD").replace(/\uFEFF/g, ""));

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer();
});
afterAll(async () => {
  await server.dispose();
});

interface CliFinding {
  rule: string;
  severity: string;
  message: string;
  range: Diagnostic["range"];
}

async function serverFindings(uri: string, text: string): Promise<string[]> {
  server.open(uri, text, 1);
  for (;;) {
    const entry = server.session.get(uri);
    if (entry && entry.speed === "all") break;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  // Answered after the diagnostics of that analysis have been sent.
  await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  const diagnostics = await server.diagnostics(uri);
  void server.client.sendNotification("textDocument/didClose", { textDocument: { uri } });
  return diagnostics.map((d) => JSON.stringify([d.code, SEVERITY[d.severity ?? 1], d.range, d.message])).sort();
}

async function cliFindings(text: string): Promise<string[]> {
  // The editor always shows unused disable directives, as hints; the CLI only when asked.
  const { code, out, err } = await runPlancheck(["--stdin", "--no-config", "--format", "json", "--report-unused-disable-directives-severity", "hint"], text);
  expect(err).toBe("");
  expect([0, 1]).toContain(code);
  const findings = (JSON.parse(out) as { files: Array<{ findings: CliFinding[] }> }).files[0]!.findings;
  return findings.map((f) => JSON.stringify([f.rule, f.severity, f.range, f.message])).sort();
}

describe("the CLI and the language server", () => {
  it("report the same findings on random documents", async () => {
    let run = 0;
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        run++;
        const fromCli = await cliFindings(text);
        expect(await serverFindings(`file:///work/agree-${run}.plan`, text)).toEqual(fromCli);
        compared += fromCli.length;
      }),
      { numRuns: RUNS },
    );
    // Agreement on empty lists would prove nothing: the documents must draw findings.
    expect(compared).toBeGreaterThan(RUNS);
  }, 300_000);
});
