import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";

// A duplicate unit (a fixable warning) in the third paragraph, after a heading and a section.
const PLAN = "一、重点任务\n（一）提升质量\n1.推进标准化。〔责任单位：市科技局、市科技局〕\n2.推进计量。〔责任单位：市市场监管局〕\n";

/** A .docx made by `plancheck export`, as a department keeps its plans beside the text ones. */
async function docxPlan(): Promise<{ dir: string; docx: string }> {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-converted-"));
  writeFileSync(join(dir, "a.plan"), PLAN);
  const docx = join(dir, "a.docx");
  expect((await runPlancheck(["export", join(dir, "a.plan"), "-o", docx])).code).toBe(0);
  return { dir, docx };
}

describe("a .docx in the formats CI reads", () => {
  it("names the Word paragraph in GitHub annotations, SARIF results and JUnit failures: the line is of text nobody sees", async () => {
    const { docx } = await docxPlan();
    const github = await runPlancheck(["--no-config", "--format", "github", docx]);
    expect(github.out).toMatch(/^::warning file=[^:]*a\.docx,line=\d+,.*title=plancheck units\/duplicate::（Word 第 \d+ 段）“市科技局”在同一处责任分工中重复出现$/m);
    const sarif = JSON.parse((await runPlancheck(["--no-config", "--format", "sarif", docx])).out);
    const result = sarif.runs[0].results.find((item: { ruleId: string }) => item.ruleId === "units/duplicate");
    expect(result.message.text).toMatch(/^（Word 第 \d+ 段）“市科技局”/);
    const junit = await runPlancheck(["--no-config", "--format", "junit", docx]);
    expect(junit.out).toMatch(/<failure message="（Word 第 \d+ 段）“市科技局”在同一处责任分工中重复出现"/);
  });

  it("offers no fix: --fix never writes a .docx back, and SARIF's edits would be applied to its bytes", async () => {
    const { docx } = await docxPlan();
    const stylish = await runPlancheck(["--no-config", docx]);
    expect(stylish.out).toContain("在同一处责任分工中重复出现");
    expect(stylish.out).not.toContain("可自动修复");
    expect(stylish.out).not.toContain("--fix");
    const json = JSON.parse((await runPlancheck(["--no-config", "--format", "json", docx])).out);
    expect(json.files[0].findings.some((finding: { fix?: unknown }) => finding.fix !== undefined)).toBe(false);
    const sarif = JSON.parse((await runPlancheck(["--no-config", "--format", "sarif", docx])).out);
    expect(sarif.runs[0].results.some((item: { fixes?: unknown }) => item.fixes !== undefined)).toBe(false);
  });

  it("--fix-dry-run gives no diff for it (as --fix writes nothing) and says so; the text plans' diff still applies", async () => {
    const { dir, docx } = await docxPlan();
    const run = await runPlancheck(["--no-config", "--fix-dry-run", docx, join(dir, "a.plan")]);
    expect(run.err).toContain("a.docx：提示：--fix 不写回此类文件，--fix-dry-run 不为其输出 diff");
    expect(run.out).not.toContain("a.docx");
    expect(run.out).toContain("-1.推进标准化。〔责任单位：市科技局、市科技局〕\n+1.推进标准化。〔责任单位：市科技局〕");
  });
});
