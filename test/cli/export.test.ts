import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { DocxPackage } from "../support/docxPackage";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder } from "../support/tempFiles";

const EXAMPLE = join(__dirname, "..", "..", "examples", "示例市深化质量强市建设实施方案.plan");

function scratch(): string {
  return tempFolder("export");
}

describe("plancheck export", () => {
  it("writes the .docx to -o, the same bytes as the core makes", async () => {
    const out = join(scratch(), "赣州.docx");
    const result = await run(["export", join(SEEDS_DIR, "ganzhou-2024.txt"), "--format", "docx", "-o", out]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(`已导出：${out}`);
    const docx = new DocxPackage(readFileSync(out));
    expect(docx.paragraphs().some((p) => p.text === "赣州市深化质量强市建设实施方案")).toBe(true);
    const again = join(scratch(), "again.docx");
    await run(["export", join(SEEDS_DIR, "ganzhou-2024.txt"), "-o", again]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  it("writes beside the plan by default: NAME.plan → NAME.docx", async () => {
    const dir = scratch();
    const plan = join(dir, "方案.plan");
    copyFileSync(EXAMPLE, plan);
    expect((await run(["export", plan])).code).toBe(0);
    expect(existsSync(join(dir, "方案.docx"))).toBe(true);
  });

  it("refuses a plan with error-level findings, listing them, unless --force", async () => {
    const dir = scratch();
    const out = join(dir, "out.docx");
    const refused = await run(["export", EXAMPLE, "--rule", "numbering/sequence=error", "-o", out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("方案有 1 个错误级问题，未导出");
    expect(refused.err).toMatch(/第26行第1列：编号不连续：“4\.”前一项为“2\.”，缺少“3\.”  \[numbering\/sequence\]/);
    expect(refused.err).toContain("--force");
    expect(existsSync(out)).toBe(false);
    const forced = await run(["export", EXAMPLE, "--rule", "numbering/sequence=error", "--force", "-o", out]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("含 1 个错误级问题");
    expect(existsSync(out)).toBe(true);
  });

  it("passes the options through and rejects bad values with a Chinese message", async () => {
    const out = join(scratch(), "draft.docx");
    const result = await run(["export", EXAMPLE, "-o", out, "--draft", "header", "--bold-headings", "--latin-digits", "--font", "title=方正小标宋_GBK", "--annotations", "comments"]);
    expect(result.code).toBe(0);
    const docx = new DocxPackage(readFileSync(out));
    expect(docx.text("word/header1.xml")).toContain("征求意见稿");
    expect(docx.text("word/document.xml")).toContain('w:eastAsia="方正小标宋_GBK"');
    expect(docx.text("word/comments.xml")).toContain("对应纲要：（三）");
    expect(await run(["export", EXAMPLE, "--draft", "red"])).toMatchObject({ code: 2, err: "导出选项 draftMark 的取值无效：red（可用 none、header、watermark）\n" });
    expect((await run(["export", EXAMPLE, "--font", "仿宋"])).err).toContain("--font 的写法应为");
    expect((await run(["export", EXAMPLE, "--format", "pdf"])).err).toContain("export 不支持的输出格式：pdf（可用 docx）");
    expect((await run(["export"])).code).toBe(2);
  });
});
