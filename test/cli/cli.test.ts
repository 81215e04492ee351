import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder } from "../support/tempFiles";

const ROOT = join(__dirname, "..", "..");

function workspace(): string {
  return tempFolder("cli");
}

describe("plancheck", () => {
  it("prints findings with file:line:column and a summary (--format text)", async () => {
    const { code, out } = await run(["--format", "text", join(SEEDS_DIR, "fuzhou-2023-draft.txt")]);
    expect(code).toBe(0);
    expect(out).toMatch(/fuzhou-2023-draft\.txt:100:1 {2}警告 {2}方案正文之后有网页残留文字/);
    expect(out).toContain("已检查 1 个文件");
  });

  it("emits the JSON contract of ../shared/spec/cli-json.md", async () => {
    const file = join(SEEDS_DIR, "jiangxi-2016.txt");
    const { code, out } = await run(["--format", "json", file]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    // A quotation split by a page break, and two ranges of years joined by a hyphen.
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 4, infos: 0, hints: 0 });
    const finding = report.files[0].findings.find((each: { rule: string }) => each.rule === "text/broken-sentence");
    expect(Object.keys(finding)).toEqual(["rule", "severity", "message", "range", "fix"]);
    expect(finding.rule).toBe("text/broken-sentence");
    expect(finding.range.start.line).toBe(35);
    expect(finding.fix.edits[0].newText).toBe("");
  });

  it("emits SARIF 2.1.0 with 1-based regions", async () => {
    const { out } = await run(["--format", "sarif", join(SEEDS_DIR, "jiangxi-2016.txt")]);
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe("2.1.0");
    const result = sarif.runs[0].results.find((each: { ruleId: string }) => each.ruleId === "text/broken-sentence");
    expect(result).toBeDefined();
    expect(result.locations[0].physicalLocation.region.startLine).toBe(36);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain("text/broken-sentence");
  });

  it("checks the .plan and .plan.txt files of a folder, recursively", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.plan"), "一、总体要求\n");
    writeFileSync(join(dir, "sub", "b.plan.txt"), "一、总体要求\n");
    writeFileSync(join(dir, "notes.md"), "# not a plan\n");
    const { out } = await run(["--format", "json", dir]);
    expect(JSON.parse(out).files.map((f: { file: string }) => f.file)).toEqual([join(dir, "a.plan"), join(dir, "sub", "b.plan.txt")]);
  });

  it("names the option whose value is missing or not allowed by its long form", async () => {
    const cases: Array<[string[], string]> = [
      [["examples", "--output"], "选项 --output 需要一个值"],
      [["examples", "-o"], "选项 --output 需要一个值"],
      [["examples", "--config"], "选项 --config 需要一个值"],
      [["examples", "-c"], "选项 --config 需要一个值"],
      [["examples", "--max-warnings", "-1"], "选项 --max-warnings 需要一个值（以“-”开头的值请写成 --max-warnings=-…）"],
      [["examples", "-o", "-q"], "选项 --output 需要一个值（以“-”开头的值请写成 --output=-…）"],
      [["examples", "--fix=1"], "选项 --fix 不接受值"],
      [["examples", "-x"], "未知的选项：-x"],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(err, args.join(" ")).toBe(`${message}\n用法见 plancheck --help\n`);
    }
  });

  it("takes --max-warnings only as a non-negative decimal integer", async () => {
    const file = join(SEEDS_DIR, "fuzhou-2023-draft.txt");
    for (const value of ["", " ", "0x10", "1e1", "-1", "1.5", "+3", "３"]) {
      const { code, err } = await run([`--max-warnings=${value}`, file]);
      expect(code, value).toBe(2);
      expect(err, value).toContain(`--max-warnings 的取值无效：“${value}”（应为非负整数，如 0 或 10）`);
    }
    expect((await run(["--max-warnings", "0", "--format", "text", file])).code).toBe(1);
    expect((await run(["--max-warnings", "1000", "--format", "text", file])).code).toBe(0);
  });

  it("exits 1 when findings reach --fail-on, 0 with --fail-on never", async () => {
    const file = join(SEEDS_DIR, "fuzhou-2023-draft.txt");
    expect((await run(["--fail-on", "warning", file])).code).toBe(1);
    expect((await run(["--fail-on", "error", file])).code).toBe(0);
    expect((await run(["--fail-on", "never", file])).code).toBe(0);
  });

  it("exits 2 with a Chinese message for a missing file, bad UTF-8 and bad options", async () => {
    const missing = await run(["/no/such/plan.plan"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("找不到文件或目录");
    const dir = workspace();
    writeFileSync(join(dir, "bad.plan"), Buffer.from([0x31, 0x2e, 0x80, 0xff, 0x0a])); // neither UTF-8 nor GB18030 text
    const bad = await run([join(dir, "bad.plan")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("不是有效的 UTF-8 文本（第 3 字节起）");
    expect((await run(["--format", "xml", join(dir, "bad.plan")])).code).toBe(2);
    expect((await run(["--bogus"])).code).toBe(2);
    const folder = await run(["outline", dir]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("是目录，这里需要一个文件");
  });

  it("exits 2 and names the JSON path of every problem in an invalid .plancheck.json", async () => {
    const dir = workspace();
    writeFileSync(join(dir, ".plancheck.json"), '{\n  // comment\n  "rules": { "text/broken-sentence": "loud" },\n  "unknownKey": 1,\n  "units": { "requireClauseAt": ["3"] },\n}\n');
    writeFileSync(join(dir, "a.plan"), "一、总体要求\n");
    const { code, err } = await run([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toContain("配置文件无效");
    expect(err).toMatch(/\.plancheck\.json:3:\d+ {2}rules\.text\/broken-sentence：/);
    expect(err).toMatch(/\.plancheck\.json:4:3 {2}unknownKey：未知的配置项：unknownKey/);
    expect(err).toMatch(/\.plancheck\.json:5:\d+ {2}units\.requireClauseAt\[0\]：类型错误/);
  });

  it("applies the configuration's severities", async () => {
    const dir = workspace();
    writeFileSync(join(dir, ".plancheck.json"), '{ "rules": { "structure/trailing-text": "error" } }');
    copyFileSync(join(SEEDS_DIR, "fuzhou-2023-draft.txt"), join(dir, "fuzhou.plan"));
    const { code, out } = await run(["--format", "json", join(dir, "fuzhou.plan")]);
    expect(code).toBe(1);
    expect(JSON.parse(out).summary.errors).toBe(1);
  });

  it("--fix writes the fixed text atomically, keeps the BOM, and is idempotent", async () => {
    const dir = workspace();
    const file = join(dir, "plan.plan");
    writeFileSync(file, "\uFEFF一、总体要求\r\n（一）推动外贸优进优出。开展“同线\r\n\r\n同标同质”帮扶活动。\r\n\r\n标签: 建设\r\n");
    expect((await run(["--fix", file])).code).toBe(0);
    const fixed = readFileSync(file, "utf8");
    expect(fixed).toBe("\uFEFF一、总体要求\r\n（一）推动外贸优进优出。开展“同线同标同质”帮扶活动。\r\n");
    await run(["--fix", file]);
    expect(readFileSync(file, "utf8")).toBe(fixed);
  });

  it("prints the outline as JSON per the contract", async () => {
    const { code, out } = await run(["outline", "--format", "json", join(SEEDS_DIR, "ganzhou-2024.txt")]);
    expect(code).toBe(0);
    const outline = JSON.parse(out);
    expect(outline.title).toBe("赣州市深化质量强市建设实施方案");
    const first = outline.items[0];
    expect(first).toMatchObject({ kind: "item", level: 1, marker: "一、", number: 1, title: "总体要求" });
    expect(first.children[0]).toMatchObject({ kind: "item", level: 2, marker: "（一）", number: 1, title: "指导思想", children: [] });
  });

  it("shows the title of a pasted page: never its furniture, with the period line under it", async () => {
    const { out } = await run(["outline", "--format", "json", join(ROOT, "test", "fixtures", "pasted", "prelude-breadcrumb-table.plan")]);
    expect(JSON.parse(out).title).toBe("示例市质量基础设施提升三年行动方案（2023—2025年）");
    const text = await run(["outline", join(ROOT, "test", "fixtures", "pasted", "prelude-breadcrumb-table.plan")]);
    expect(text.out.split("\n")[0]).toContain("示例市质量基础设施提升三年行动方案（2023—2025年）");
  });

  it("gives a document written in articles its articles as the outline, in JSON and as text", async () => {
    const file = join(workspace(), "办法.plan");
    writeFileSync(file, "示例市质量奖管理办法\n\n第一章　总则\n\n第一条　为规范质量奖评审工作，制定本办法。\n第二条　申报条件：\n（一）在本市依法登记注册；\n（二）近三年未发生重大质量事故。\n");
    const { code, out } = await run(["outline", "--no-config", "--format", "json", file]);
    expect(code).toBe(0);
    const [part] = JSON.parse(out).items;
    expect(part).toMatchObject({ kind: "part", level: 0, marker: "第一章", title: "总则" });
    expect(part.children[0]).toMatchObject({ kind: "article", level: 0, marker: "第一条", number: 1, title: "为规范质量奖评审工作，制定本办法", children: [] });
    expect(part.children[1].children.map((entry: { marker: string }) => entry.marker)).toEqual(["（一）", "（二）"]);
    const text = await run(["outline", "--no-config", file]);
    expect(text.out).toContain("  第二条　申报条件：  （第6行）\n    （一）在本市依法登记注册  （第7行）\n");
  });

  it("marks list entries as kind list without a number", async () => {
    const { out } = await run(["outline", "--format", "json", join(SEEDS_DIR, "fuzhou-2023-draft.txt")]);
    const entry = JSON.parse(out).items[0].children[1].children[0];
    expect(entry.kind).toBe("list");
    expect(entry).not.toHaveProperty("number");
    expect(entry.title).toBe("经济发展质量效益持续增强");
  });

  it("runs as the installed bin with the documented exit codes", async () => {
    // `npm test` builds first; this exercises the bundle users run.
    const bin = join(ROOT, "bin", "plancheck.js");
    const ok = spawnSync(process.execPath, [bin, join(ROOT, "examples")], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("示例市深化质量强市建设实施方案.plan");
    expect(spawnSync(process.execPath, [bin, "--fail-on", "warning", join(ROOT, "examples")]).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, "/no/such/file"]).status).toBe(2);
    expect(execFileSync(process.execPath, [bin, "rules"], { encoding: "utf8" })).toContain("text/broken-sentence");
    // Four process starts: generous on a shared, loaded CI machine.
  }, 90_000);
});
