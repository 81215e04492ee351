import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { analyze } from "../../server/src/core/analyze";
import { type PickedFix, problemsOfPicked, SUGGESTED_REWRITES } from "../support/fixAlone";
import { openAnalysed, startInProcessServer, type InProcessServer } from "../support/lspClient";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * The quick fixes and suggestions of the real plans as the editor gets them (issue 8): every
 * diagnostic's code actions asked with `textDocument/codeAction` as VS Code asks (the diagnostic
 * in the context, edits resolved on pick with `codeAction/resolve`), each picked alone and held
 * to test/support/fixAlone.ts — what the core's fixes are held to in test/unit/quickFixAlone.test.ts.
 * A fix and a suggestion look alike here (one code action each), so the rules whose suggestions
 * rewrite words by design are the allowance for both. The five seeds: every plan's fixes and
 * suggestions are the unit test's; what the editor's path adds (the guard on resolve, the edits
 * as ranges of a version) does not depend on the plan, and a seed asks hundreds of actions.
 */
const PLANS = SEED_NAMES.map((name): [string, string] => [name, readSeed(name)]);
/** A seed's hundreds of requests and re-analyses, on a loaded two-core machine. */
const PLAN_TIMEOUT = 180_000;

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer(null, {
    textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source"] } }, dataSupport: true, resolveSupport: { properties: ["edit"] } } },
    workspace: { workspaceEdit: { documentChanges: true } },
  });
});
afterAll(async () => {
  await server.dispose();
});

const sameDiagnostic = (a: Diagnostic, b: Diagnostic) =>
  a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;

describe("each code action of a real plan, asked, resolved and applied as the editor does", () => {
  for (const [name, text] of PLANS) {
    it(`adds no finding of another rule on its line and keeps the words in ${name}`, async () => {
      const uri = `file:///work/alone/${encodeURIComponent(name)}.plan`;
      const diagnostics = await openAnalysed(server, uri, text);
      const document = TextDocument.create(uri, "policy-plan", 1, text);
      const picked: PickedFix[] = [];
      const unresolved: string[] = [];
      for (const diagnostic of diagnostics) {
        const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], triggerKind: 1 } })) as CodeAction[];
        // The fixes and suggestions offered for this finding, not the directives that silence it.
        const offered = actions.filter((action) => action.kind === "quickfix" && (action.diagnostics ?? []).some((each) => sameDiagnostic(each, diagnostic)) && !/禁用|plancheck-disable|忽略/.test(action.title));
        for (const action of offered) {
          const resolved = action.edit ? action : ((await server.client.sendRequest("codeAction/resolve", action)) as CodeAction);
          // Refused when picked: the guard's answer, said to the user; nothing is applied.
          if (!resolved.edit) {
            unresolved.push(action.title);
            continue;
          }
          const edits = editsOf(resolved.edit, uri).map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }));
          picked.push({ rule: String(diagnostic.code), description: action.title, edits });
        }
      }
      expect(problemsOfPicked(text, analyze(text).findings, picked, SUGGESTED_REWRITES)).toEqual([]);
      // A seed has fixes to pick: a scenario that asked for none would hold nothing.
      expect(picked.length).toBeGreaterThan(0);
    }, PLAN_TIMEOUT);
  }
});

function editsOf(edit: WorkspaceEdit, uri: string): LspTextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).flatMap((change) => ("textDocument" in change && change.textDocument.uri === uri ? change.edits.filter((each): each is LspTextEdit => "range" in each) : []));
}
