import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

vi.mock("../../server/src/core/rules/index", async (importOriginal) => (await import("../support/clauseBreakingRule")).withClauseBreakingRule(await importOriginal()));

const PLAN = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局、市工信局〕\n";

function planFile(): string {
  const file = join(tempFolder("refused"), "plan.plan");
  writeFileSync(file, PLAN);
  return file;
}

describe("--fix says which fixes it refused", () => {
  it("fixAll returns the refused findings, placed in the fixed text", () => {
    const result = fixAll(PLAN);
    expect(result.text).toBe("一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局〕\n");
    expect(result.refused.map((f) => [f.rule, result.text.slice(f.start, f.end)])).toEqual([["numbering/test-clause-breaker", "〔责任单位：市工信局〕"]]);
  });

  it("stylish: a Chinese line naming the rule and the place, under the file; the other fixes are applied", async () => {
    const file = planFile();
    const run = await runPlancheck(["--fix", file]);
    expect(readFileSync(file, "utf8")).toBe("一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局〕\n");
    expect(run.out).toContain("  2:12  跳过  未自动修复：修复“删除条款”会使责任分工条款或其中的责任单位丢失，已跳过，请手动修改  numbering/test-clause-breaker");
    const text = await runPlancheck(["--fix", "--format", "text", file]);
    expect(text.out).toContain(`${file}:2:12  跳过  未自动修复：`);
  });

  it("json: a refusedFixes field on the file (absent when nothing was refused)", async () => {
    const run = await runPlancheck(["--fix", "--format", "json", planFile()]);
    const [report] = (JSON.parse(run.out) as { files: Array<{ refusedFixes?: unknown[] }> }).files;
    expect(report!.refusedFixes).toEqual([{ rule: "numbering/test-clause-breaker", description: "删除条款", reason: "clause", range: { start: { line: 1, character: 11 }, end: { line: 1, character: 22 } } }]);
    const unfixed = await runPlancheck(["--format", "json", planFile()]);
    expect((JSON.parse(unfixed.out) as { files: Array<Record<string, unknown>> }).files[0]).not.toHaveProperty("refusedFixes");
  });

  it("--fix-dry-run and --stdin --fix say it on stderr", async () => {
    const dry = await runPlancheck(["--fix-dry-run", planFile()]);
    expect(dry.err).toContain(":2:12（修复后的文本）：未自动修复：修复“删除条款”");
    const stdin = await runPlancheck(["--stdin", "--fix", "--no-config"], PLAN);
    expect(stdin.out).toBe("一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局〕\n");
    expect(stdin.err).toContain("<stdin>:2:12：未自动修复：");
  });
});
