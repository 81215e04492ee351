import { afterAll, describe, expect, it } from "vitest";
import type { TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { PlanDocument } from "../../server/src/core/model/types";
import { PositionMapper } from "../../server/src/core/text/positions";
import { seedsAndNewPlans } from "../support/realPlans";
import { openInWorkspace, type InProcessServer } from "../support/lspClient";

/**
 * Renaming a unit, hunted on the real plans (issue 8): to another registry name, to a name that
 * holds the old one, to nothing, to a list, to a name with a bracket. Each rename is refused with a
 * Chinese message or its edits never overlap, replace only the unit's own characters, and leave
 * every clause a clause with as many units as it had.
 */
const PLANS = seedsAndNewPlans();

const NEW_NAMES = (old: string) => ["市财政局", `${old}办公室`, `${old.slice(0, 1)}${old}`, "", "  ", "市财政局、市商务局", "市财政局，市商务局", "市财政局）", "（市财政局", "市财政局〕", "市财政局（市国资委）", "市财政局和市商务局", "责任单位：市财政局", "市财政局】", "《市财政局"];

/** The edits of one document, as `changes` or as `documentChanges` (a registry file's creation beside them). */
function editsOf(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).flatMap((change) => ("textDocument" in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : []));
}

/** The clauses' unit counts, in order: what a rename must keep. */
function unitCounts(plan: PlanDocument): number[] {
  return plan.clauses.map((clause) => clause.units.length);
}

describe("renaming a unit of a real plan", () => {
  let server: InProcessServer | undefined;
  afterAll(async () => server?.dispose());

  for (const [name, text] of PLANS) {
    it(`keeps every clause of ${name} whatever the new name`, async () => {
      const plan = buildPlan(text);
      const unit = plan.clauses.flatMap((clause) => clause.units).find((candidate) => !/[\n\r]/.test(text.slice(candidate.start, candidate.end)));
      if (!unit) return;
      await server?.dispose();
      const opened = await openInWorkspace({}, `${text.slice(0, unit.start + 1)}<|>${text.slice(unit.start + 1)}`);
      server = opened.server;
      const { uri, position } = opened;
      const prepared = (await server.client.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position })) as { placeholder: string } | null;
      expect(prepared?.placeholder).toBe(unit.text);
      const mapper = new PositionMapper(text);
      for (const newName of NEW_NAMES(unit.text)) {
        let edit: WorkspaceEdit;
        try {
          edit = (await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName })) as WorkspaceEdit;
        } catch (error) {
          expect((error as Error).message, newName).toMatch(/[\u4e00-\u9fff]/u);
          continue;
        }
        const edits = editsOf(edit, uri);
        expect(edits.length, newName).toBeGreaterThan(0);
        const spans = edits.map((one) => ({ start: mapper.offsetAt(one.range.start), end: mapper.offsetAt(one.range.end) })).sort((a, b) => a.start - b.start);
        for (let k = 1; k < spans.length; k++) expect(spans[k]!.start, newName).toBeGreaterThanOrEqual(spans[k - 1]!.end);
        for (const span of spans) expect(text.slice(span.start, span.end), newName).not.toMatch(/[、，,；;：:〔〕（）()【】《》]/u);
        const renamed = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, text), edits);
        expect(unitCounts(buildPlan(renamed)), `${name}: ${newName}`).toEqual(unitCounts(plan));
      }
    });
  }
});

describe("a rename that would break a clause", () => {
  let server: InProcessServer | undefined;
  afterAll(async () => server?.dispose());

  it("is refused in Chinese: a closing bracket in the new name ends a （责任单位：…） clause early", async () => {
    const opened = await openInWorkspace({}, "一、主要任务\n1.推进工作。（责任单位：市工<|>信局、市财政局）\n2.开展行动。（责任单位：市工信局）\n");
    server = opened.server;
    const request = server.client.sendRequest("textDocument/rename", { textDocument: { uri: opened.uri }, position: opened.position, newName: "市商务局）" });
    await expect(request).rejects.toThrow(/改为“市商务局）”会破坏责任分工（draft\.plan：第2行的责任分工由 2 个单位变为 1 个/u);
  });
});
