import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";
import { partsDocx, wordCell, wordParagraph, wordTable } from "../support/docx";
import { tempFolder } from "../support/tempFiles";

// A duplicate unit (a fixable warning) in the third paragraph, after a heading and a section.
const PLAN = "一、重点任务\n（一）提升质量\n1.推进标准化。〔责任单位：市科技局、市科技局〕\n2.推进计量。〔责任单位：市市场监管局〕\n";

/** A .docx made by `plancheck export`, as a department keeps its plans beside the text ones. */
async function docxPlan(): Promise<{ dir: string; docx: string }> {
  const dir = tempFolder("converted");
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

  it("names the paragraph a reader counts on the page, past text boxes, deleted paragraphs and tables, the same in JSON and SARIF", async () => {
    const dir = tempFolder("placed");
    const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${wordParagraph("此件公开发布")}${wordParagraph("（联系人：张三）")}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${wordParagraph("此件公开发布")}${wordParagraph("（联系人：张三）")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body = [
      wordParagraph("示例市质量提升实施方案"),
      `<w:p><w:r><w:t>一、重点任务</w:t></w:r>${box}</w:p>`,
      // A paragraph a reviewer deleted, mark and all: not on the page, not counted.
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="审核人"/></w:rPr></w:pPr><w:del w:id="2" w:author="审核人"><w:r><w:delText>（删去的一段）</w:delText></w:r></w:del></w:p>`,
      wordTable([[wordCell([wordParagraph("序号")]), wordCell([wordParagraph("任务")])], [wordCell([wordParagraph("1")]), wordCell([wordParagraph("推进标准化")])]]),
      wordParagraph("1.推进标准化。〔责任单位：市科技局、市科技局〕"),
    ].join("");
    const docx = join(dir, "placed.docx");
    writeFileSync(docx, partsDocx(body));
    const json = JSON.parse((await runPlancheck(["--no-config", "--format", "json", docx])).out);
    const finding = json.files[0].findings.find((item: { rule: string }) => item.rule === "units/duplicate");
    // Title 1, heading 2, the box's two paragraphs 3 and 4, the table's four cells 5 to 8.
    expect(finding).toMatchObject({ paragraph: 9, range: { start: { line: 6 } } });
    const sarif = JSON.parse((await runPlancheck(["--no-config", "--format", "sarif", docx])).out);
    const result = sarif.runs[0].results.find((item: { ruleId: string }) => item.ruleId === "units/duplicate");
    expect(result.message.text).toMatch(/^（Word 第 9 段）/);
    expect(result.locations[0].physicalLocation.region.startLine).toBe(finding.range.start.line + 1);
  });

  it("checks a Word document by its bytes under any name (a download without an extension, a template), never as text and never written back", async () => {
    const { dir, docx } = await docxPlan();
    const bytes = readFileSync(docx);
    for (const name of ["方案", "plan.dotx", "plan.plan"]) writeFileSync(join(dir, name), bytes);
    const json = await runPlancheck(["--no-config", "--format", "json", join(dir, "方案"), join(dir, "plan.dotx"), join(dir, "plan.plan")]);
    const files = JSON.parse(json.out).files as { findings: { rule: string; paragraph?: number }[] }[];
    expect(files).toHaveLength(3);
    for (const file of files) expect(file.findings.find((finding) => finding.rule === "units/duplicate")).toMatchObject({ paragraph: expect.any(Number) });
    const fix = await runPlancheck(["--no-config", "--fix", join(dir, "plan.plan")]);
    expect(fix.err).toContain("plan.plan");
    expect(readFileSync(join(dir, "plan.plan"))).toEqual(bytes);
    // Standard input is read as text: --fix would print text in place of the document.
    expect((await runPlancheck(["--no-config", "--stdin"], bytes)).err).toContain("看起来是zip 压缩文件（若是 Word 文档，从标准输入读取时请用 --stdin-filename 给出以 .docx 结尾的文件名）");
    // As the message says: named as a .docx, standard input is read as one.
    const named = await runPlancheck(["--no-config", "--stdin", "--stdin-filename", "plan.docx", "--format", "json"], bytes);
    expect((JSON.parse(named.out) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.some((finding) => finding.rule === "units/duplicate")).toBe(true);
  });
});
