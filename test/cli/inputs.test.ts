import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

const ROOT = join(__dirname, "..", "..");
const PLAN = "一、总体要求\n（一）指导思想\n";

function workspace(): string {
  return tempFolder("inputs");
}

function checkedFiles(out: string): string[] {
  return JSON.parse(out).files.map((file: { file: string }) => file.file);
}

describe("one bad file never stops the run", () => {
  it("reports each bad file once, checks every other file, and exits 2 at the end", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a-good.plan"), PLAN);
    writeFileSync(join(dir, "b-image.plan"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, "c-elf.plan"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    writeFileSync(join(dir, "d-bad.plan"), Buffer.from([0x31, 0x2e, 0x80, 0xff, 0x0a]));
    symlinkSync(join(dir, "nowhere.plan"), join(dir, "e-dangling.plan"));
    symlinkSync(join(dir, "f-loop.plan"), join(dir, "f-loop.plan"));
    execFileSync("mkfifo", [join(dir, "g-fifo.plan")]);
    writeFileSync(join(dir, "z-good.plan"), PLAN);
    const { code, out, err } = await runPlancheck(["--format", "json", dir, join(dir, "missing.plan")]);
    expect(code).toBe(2);
    expect(checkedFiles(out)).toEqual([join(dir, "a-good.plan"), join(dir, "z-good.plan")]);
    const lines = err.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^找不到文件或目录：.*missing\.plan$/),
      expect.stringMatching(/b-image\.plan：不是文本文件，看起来是PNG 图片$/),
      expect.stringMatching(/c-elf\.plan：不是文本文件，看起来是可执行文件（ELF）$/),
      expect.stringMatching(/d-bad\.plan：不是有效的 UTF-8 文本（第 3 字节起）/),
      expect.stringMatching(/e-dangling\.plan：符号链接指向的文件不存在$/),
      expect.stringMatching(/f-loop\.plan：符号链接形成循环$/),
      expect.stringMatching(/g-fifo\.plan：不是普通文件（命名管道 FIFO），已跳过$/),
    ]);
  });

  it("checks a file whose name is not UTF-8 (GBK from a Windows zip) by its bytes, shown with \\xHH for the bytes", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), PLAN);
    // 方案.plan with its name in GBK bytes, in a folder 草稿 named in GBK too.
    const folder = Buffer.concat([Buffer.from(`${dir}/`), iconv.encode("草稿", "gbk")]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), iconv.encode("方案", "gbk"), Buffer.from(".plan")]), PLAN);
    writeFileSync(Buffer.concat([folder, Buffer.from("/"), iconv.encode("方案", "gbk"), Buffer.from(".plan")]), "1.任务甲。\n3.任务乙。\n");
    const { code, out, err } = await runPlancheck(["--format", "json", dir]);
    expect(err).toBe("");
    expect(checkedFiles(out)).toEqual([join(dir, "\\xB2\\xDD\\xB8\\xE5", "\\xB7\\xBD\\xB0\\xB8.plan"), join(dir, "\\xB7\\xBD\\xB0\\xB8.plan"), join(dir, "a.plan")]);
    const findings = JSON.parse(out).files[0].findings as Array<{ rule: string }>;
    expect(findings.map((finding) => finding.rule)).toContain("numbering/sequence");
    expect(code).toBe(0);
  });

  it("applies the .plancheck.json of a folder whose name is not UTF-8, and the files it names there", async () => {
    const dir = workspace();
    // 草稿/方案.plan and its configuration, the folder named in GBK: the configuration extends a file beside it.
    const folder = Buffer.concat([Buffer.from(`${dir}/`), iconv.encode("草稿", "gbk")]);
    mkdirSync(folder);
    const inFolder = (name: string) => Buffer.concat([folder, Buffer.from(`/${name}`)]);
    writeFileSync(inFolder(".plancheck.json"), JSON.stringify({ extends: "./base.json" }));
    writeFileSync(inFolder("base.json"), JSON.stringify({ rules: { "numbering/sequence": "off" } }));
    writeFileSync(inFolder("a.plan"), "1.任务甲。\n3.任务乙。\n");
    const { out, err } = await runPlancheck(["--format", "json", dir]);
    expect(err).toBe("");
    const [file] = JSON.parse(out).files as Array<{ file: string; findings: Array<{ rule: string }> }>;
    expect(file!.file).toBe(join(dir, "\\xB2\\xDD\\xB8\\xE5", "a.plan"));
    expect(file!.findings.map((finding) => finding.rule)).not.toContain("numbering/sequence");
    // A bad configuration there is read, and said, too.
    writeFileSync(inFolder("base.json"), JSON.stringify({ rules: { "numbering/no-such-rule": "off" } }));
    const bad = await runPlancheck(["--format", "json", dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/numbering\/no-such-rule/);
  });

  it("writes a fix back to a file whose name is not UTF-8", async () => {
    const dir = workspace();
    const raw = Buffer.concat([Buffer.from(`${dir}/`), iconv.encode("方案", "gbk"), Buffer.from(".plan")]);
    writeFileSync(raw, "一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局、市工信局〕\n");
    const { code, err } = await runPlancheck(["--fix", dir]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(readFileSync(raw, "utf8")).toBe("一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局〕\n");
  });

  it("still says a name given on the command line that lost its bytes (U+FFFD) is not UTF-8", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), PLAN);
    const { code, out, err } = await runPlancheck(["--format", "json", join(dir, "a.plan"), join(dir, "\uFFFD\uFFFD.plan")]);
    expect(code).toBe(2);
    expect(checkedFiles(out)).toEqual([join(dir, "a.plan")]);
    expect(err).toMatch(/\.plan：文件名不是 UTF-8 编码（可能是 GBK 编码的文件名/);
  });

  it("names a dangling or looping symlink given on the command line", async () => {
    const dir = workspace();
    symlinkSync(join(dir, "nowhere.plan"), join(dir, "dangling.plan"));
    symlinkSync(join(dir, "loop.plan"), join(dir, "loop.plan"));
    const { code, err } = await runPlancheck([join(dir, "dangling.plan"), join(dir, "loop.plan")]);
    expect(code).toBe(2);
    expect(err).toContain("符号链接指向的文件不存在");
    expect(err).toContain("符号链接形成循环");
  });

  it("decodes GBK/GB18030 and UTF-16 (with or without BOM) with a note, and finds the same things", async () => {
    const dir = workspace();
    const text = "一、总体要求\n（一）指导思想\n1.任务甲。\n3.任务乙。\n";
    writeFileSync(join(dir, "utf8.plan"), text);
    writeFileSync(join(dir, "gbk.plan"), iconv.encode(text, "gbk"));
    writeFileSync(join(dir, "utf16le.plan"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]));
    writeFileSync(join(dir, "utf16be.plan"), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]));
    writeFileSync(join(dir, "utf16-nobom.plan"), iconv.encode(text, "utf-16le"));
    const { code, out, err } = await runPlancheck(["--format", "json", dir]);
    expect(code).toBe(0);
    const files = JSON.parse(out).files as Array<{ file: string; findings: Array<{ rule: string; range: unknown }> }>;
    expect(files).toHaveLength(5);
    const reference = files.find((file) => file.file.endsWith("utf8.plan"))!.findings;
    expect(reference.map((finding) => finding.rule)).toContain("numbering/sequence");
    for (const file of files) expect(file.findings).toEqual(reference);
    expect(err).toMatch(/gbk\.plan：提示：不是 UTF-8 编码，已按 GB18030（GBK）解码/);
    expect(err).toMatch(/utf16le\.plan：提示：按 UTF-16LE 解码/);
    expect(err).toMatch(/utf16be\.plan：提示：按 UTF-16BE 解码/);
    expect(err).toMatch(/utf16-nobom\.plan：提示：按 UTF-16LE 解码/);
  });

  it("checks a file named twice, or with its folder, once", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), PLAN);
    const { out } = await runPlancheck(["--format", "json", join(dir, "a.plan"), dir, `${dir}/./a.plan`]);
    expect(checkedFiles(out)).toEqual([join(dir, "a.plan")]);
    expect(JSON.parse(out).summary.files).toBe(1);
  });

  it("exits 2 when nothing matches, with a message (a mistyped CI step must not pass)", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "empty"));
    const folder = await runPlancheck([join(dir, "empty")]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("下没有可检查的文件");
    const glob = await runPlancheck([`${dir}/**/*.plan`]);
    expect(glob.code).toBe(2);
    expect(glob.err).toContain("没有与");
  });

  it("names the document files a folder without plans holds, and the option that takes them", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "drafts", "old"), { recursive: true });
    writeFileSync(join(dir, "drafts", "a.txt"), "一、总体要求\n");
    writeFileSync(join(dir, "drafts", "old", "b.TXT"), "一、总体要求\n");
    writeFileSync(join(dir, "drafts", "c.doc"), "");
    const result = await runPlancheck([join(dir, "drafts")]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("目录下有 2 个 .txt 文件、1 个 .doc 文件，要检查它们请加 --ext .txt；.doc 需先另存为 .docx");
    // With the ending taken, the hint names only what is still left out.
    const taken = await runPlancheck(["--ext", ".txt", join(dir, "drafts")]);
    expect(taken.code).not.toBe(2);
    expect(JSON.parse((await runPlancheck(["--ext", ".txt", "--format", "json", join(dir, "drafts")])).out).summary.files).toBe(2);
  });
});

describe("usage errors in Chinese", () => {
  it("names an unknown option, a missing value and an unknown command", async () => {
    expect(await runPlancheck(["--bogus"])).toMatchObject({ code: 2, err: expect.stringContaining("未知的选项：--bogus") });
    expect(await runPlancheck(["--format"])).toMatchObject({ code: 2, err: expect.stringContaining("选项 --format 需要一个值") });
    expect(await runPlancheck(["outlin", "x.plan"])).toMatchObject({ code: 2, err: expect.stringContaining("未知的命令：outlin") });
    expect(await runPlancheck(["plans"])).toMatchObject({ code: 2, err: expect.stringContaining("找不到文件或目录，也没有这个命令：plans") });
    expect(await runPlancheck(["--rule", "no/such=off", "x.plan"])).toMatchObject({ code: 2, err: expect.stringContaining("--rule 中的规则不存在") });
  });

  it("lists every command of the table in --help", async () => {
    const { code, out } = await runPlancheck(["--help"]);
    expect(code).toBe(0);
    for (const name of ["check", "outline", "units", "rules"]) expect(out).toMatch(new RegExp(`^  ${name} `, "m"));
  });
});

describe("plancheck rules", () => {
  // Not a scenario folder: the list grows with every rule, and each must be in it.
  it("lists every rule, as text or as versioned JSON", async () => {
    const { ALL_RULES } = await import("../../server/src/core/rules/index");
    const json = JSON.parse((await runPlancheck(["rules", "--format", "json"])).out);
    expect(json.version).toBe(1);
    expect(json.rules.map((rule: { id: string }) => rule.id)).toEqual(ALL_RULES.map((rule) => rule.meta.id));
    expect(Object.keys(json.rules[0])).toEqual(["id", "family", "severity", "fixable", "description"]);
    const text = (await runPlancheck(["rules"])).out.trimEnd().split("\n");
    expect(text).toHaveLength(ALL_RULES.length);
  });
});

describe("the installed bin", () => {
  it("exits quietly when its reader closes the pipe early (plancheck rules | head -1)", () => {
    const result = spawnSync("bash", ["-c", `set -o pipefail; node bin/plancheck.js rules --format json | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("status=0");
  });

  // Two hundred plans with warnings: far more output than a pipe holds, so the reader is gone
  // long before the run ends. The exit status is still the verdict on every plan.
  const many = tempFolder("pipe");
  for (let i = 0; i < 200; i++) writeFileSync(join(many, `p${i}.plan`), "一、总体要求\n（一）指导思想\n1.任务。〔责任单位：市工信局、市工信局〕\n");
  const bash = (script: string) => spawnSync("bash", ["-c", `set -o pipefail; ${script}`], { cwd: ROOT, encoding: "utf8" });

  for (const format of ["stylish", "text", "json", "sarif", "github", "junit"]) {
    it(`--format ${format} | head: quiet, and the exit status is the verdict (1 with --fail-on warning, 2 after an unreadable file)`, () => {
      const findings = bash(`node bin/plancheck.js --no-config --fail-on warning --format ${format} ${many} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
      expect([findings.stderr, findings.stdout.trim()]).toEqual(["", "status=1"]);
      const unreadable = bash(`node bin/plancheck.js --no-config --format ${format} ${many} ${join(many, "missing.plan")} 2>/dev/null | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
      expect(unreadable.stdout.trim()).toBe("status=2");
    });
  }

  it("keeps exit 2 when the reader of stderr goes away (plancheck … 2>&1 | head -1): exit 1 would say findings", () => {
    // Three thousand missing files: some 100 KB of messages, more than the pipe holds.
    const result = bash(`cd ${many} && node ${join(ROOT, "bin", "plancheck.js")} --no-config --format json p0.plan $(seq -f 'missing-%g.plan' 3000) 2>&1 >/dev/null | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(result.stdout.trim()).toBe("status=2");
  });
});

/**
 * No path the checker reads besides the plans themselves may stall it either: the start of every
 * plan file of a folder, read to find a parent by its title, and the files a configuration names.
 * Run as the installed bin with a time limit, since a stalled read would block the test's own process.
 */
describe("pipes and devices never stall a run", () => {
  const bin = (args: string[]) => spawnSync("node", [join(ROOT, "bin", "plancheck.js"), "--format", "json", ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  // Its preamble cites a document no built-in parent has, so the plan's folder is searched for a plan of that title.
  const CITING = "某市质量强市建设实施方案\n为贯彻落实《某省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）指导思想\n1.任务甲。\n3.任务乙。\n";

  it("a pipe beside a plan that names its parent is passed over by the parent search", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), CITING);
    execFileSync("mkfifo", [join(dir, "b-pipe.plan")]);
    const named = bin(["--no-config", join(dir, "a.plan")]);
    expect([0, 1], named.stderr).toContain(named.status);
    expect(checkedFiles(named.stdout)).toEqual([join(dir, "a.plan")]);
    const folder = bin(["--no-config", dir]);
    expect(folder.status).toBe(2);
    expect(checkedFiles(folder.stdout)).toEqual([join(dir, "a.plan")]);
    expect(folder.stderr).toMatch(/b-pipe\.plan：不是普通文件（命名管道 FIFO），已跳过/);
  });

  it("a configuration that names a pipe or an endless device is reported on its entry", () => {
    const dir = workspace();
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "a.plan"), PLAN);
    execFileSync("mkfifo", [join(dir, "pipe.json")]);
    for (const [config, place] of [
      ['{ "units": { "registryFiles": ["pipe.json"] } }', "units.registryFiles[0]"],
      ['{ "units": { "registryFiles": ["/dev/zero"] } }', "units.registryFiles[0]"],
      ['{ "extends": "./pipe.json" }', "extends"],
      ['{ "parents": ["pipe.json"] }', "parents[0]"],
    ] as const) {
      writeFileSync(join(dir, ".plancheck.json"), config);
      const run = bin([join(dir, "a.plan")]);
      expect(run.status, config).toBe(2);
      expect(run.stderr, config).toContain(`.plancheck.json:1:`);
      expect(run.stderr, config).toContain(`${place}：`);
    }
  });
});
