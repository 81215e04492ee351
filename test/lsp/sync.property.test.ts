import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic, DocumentSymbol } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { readSeed } from "../support/seeds";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { FRAGMENTS, soup } from "../support/tokenSoup";

/**
 * Issue 8: incremental sync. A random sequence of `didChange` edits, sent as an editor sends
 * them (ranges in UTF-16 positions, several changes per notification), must leave the server
 * with the diagnostics and the outline a fresh open of the final text gets. The final text is
 * computed with the same TextDocument the server uses, so both sides agree on what the edits
 * mean; what is tested is everything the server keeps between versions (incremental parser,
 * cached analyses, slow-rule findings carried through edits).
 */
const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000);

/**
 * Whole blocks a drafter pastes or deletes at once (round 3): a 任务分工表 pasted as tab-separated
 * rows, a clause, front matter, disable/enable directives around lines, lines ending in CRLF
 * among LF ones, a byte order mark.
 */
const BLOCKS = [
  "附件\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量品牌建设\t市市场监管局\t市工信局\n2\t推进计量基础建设\t市市场监管局\t市发展改革委、市科技局\n",
  "序号\t重点任务\t牵头单位\r\n1\t开展质量提升行动\t市工信局\r\n",
  "〔责任单位：市市场监管局、市工信局〕", "（牵头单位：市发展改革委；配合单位：市财政局）", "〔对应纲要：（七）〕",
  "---\n标题: 某市质量强市建设实施方案\n上位文件: 质量强国建设纲要\n---\n",
  "// plancheck-disable numbering/sequence\n", "// plancheck-enable numbering/sequence\n", "// plancheck-disable-next-line units/unknown\n",
  "<!-- plancheck-disable numbering/sequence -->\n",
  "二、主要任务\r\n（一）提升产品质量\r\n1.推进工作。〔责任单位：市工信局〕\r\n3.开展行动。\n",
  "\uFEFF", "\uFEFF一、总体要求\n",
];

const change = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  // Mostly a few characters; sometimes whole lines or a table's worth.
  length: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 12 }) }, { weight: 1, arbitrary: fc.nat({ max: 400 }) }),
  text: fc.oneof(
    { weight: 4, arbitrary: fc.oneof(fc.constantFrom(...FRAGMENTS, "", "\n", "\r\n"), fc.string({ maxLength: 4 })) },
    { weight: 1, arbitrary: fc.constantFrom(...BLOCKS) },
  ),
});
/** One notification carries one to three changes, applied in order (LSP 3.17 §didChange). */
const notification = fc.array(change, { minLength: 1, maxLength: 3 });

const seedHead = readSeed("ganzhou-2024").slice(0, 2000);
const tableFixture = readFileSync(join(__dirname, "..", "fixtures", "units-qa", "county-city-quality.plan"), "utf8");
const initial = fc.oneof(
  { weight: 3, arbitrary: soup },
  { weight: 1, arbitrary: soup.map((s) => seedHead + s) },
  // A plan with its 分工表, and one whose lines end in CRLF: the shapes whole-block edits cut into.
  { weight: 1, arbitrary: soup.map((s) => tableFixture.slice(-2500) + s) },
  { weight: 1, arbitrary: soup.map((s) => seedHead.replace(/\n/g, "\r\n") + s) },
);

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer();
});
afterAll(async () => {
  await server.dispose();
});

/** Diagnostics in a fixed order, so that two analyses compare by content. */
function normalised(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => JSON.stringify([d.range, d.severity, d.code, d.source, d.message, d.tags ?? null])).sort();
}

/**
 * Waits until the server has run every rule (slow ones too) on `version` and the diagnostics of
 * that run have arrived: a request sent after the run is answered after its notification.
 */
async function settled(uri: string, version: number): Promise<{ diagnostics: string[]; symbols: DocumentSymbol[] }> {
  for (;;) {
    const entry = server.session.get(uri);
    if (entry && entry.document.version === version && entry.speed === "all") break;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
  expect(server.publishedVersion(uri)).toBe(version);
  return { diagnostics: normalised(await server.diagnostics(uri)), symbols };
}

function close(uri: string): void {
  void server.client.sendNotification("textDocument/didClose", { textDocument: { uri } });
}

describe("incremental sync over LSP", () => {
  it("random didChange sequences end where a fresh open of the final text does", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(initial, fc.array(notification, { minLength: 1, maxLength: 6 }), async (text, notifications) => {
        run++;
        const edited = `file:///work/sync-${run}.plan`;
        const fresh = `file:///work/sync-${run}-fresh.plan`;
        let document = TextDocument.create(edited, "policy-plan", 1, text);
        server.open(edited, text, 1);
        for (const changes of notifications) {
          const contentChanges = changes.map((c) => {
            // Each change's range is read against the text left by the changes before it.
            const length = document.getText().length;
            const start = document.positionAt(Math.floor(c.from * length));
            const end = document.positionAt(Math.floor(c.from * length) + c.length);
            const contentChange = { range: { start, end }, text: c.text };
            document = TextDocument.update(document, [contentChange], document.version);
            return contentChange;
          });
          const version = document.version + 1;
          document = TextDocument.update(document, [], version);
          void server.client.sendNotification("textDocument/didChange", { textDocument: { uri: edited, version }, contentChanges });
        }
        // Saving runs the slow rules at once instead of after typing pauses.
        void server.client.sendNotification("textDocument/didSave", { textDocument: { uri: edited } });
        const afterEdits = await settled(edited, document.version);
        server.open(fresh, document.getText(), 1);
        const afterOpen = await settled(fresh, 1);
        close(edited);
        close(fresh);
        expect(afterEdits.diagnostics).toEqual(afterOpen.diagnostics);
        expect(afterEdits.symbols).toEqual(afterOpen.symbols);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
