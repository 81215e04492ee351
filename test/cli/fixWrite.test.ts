import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { writePlanBack } from "../../server/src/cli/writeBack";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

const DRAFT = "一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局、市工信局〕\n";
const FIXED = "一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局〕\n";

function workspace(): string {
  return tempFolder("fixwrite");
}

describe("--fix keeps the file system's promises", () => {
  it("writes through a symbolic link to its target; the link stays a link", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "target.plan"), DRAFT);
    symlinkSync("target.plan", join(dir, "link.plan"));
    await runPlancheck(["--fix", join(dir, "link.plan")]);
    expect(lstatSync(join(dir, "link.plan")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.plan"))).toBe("target.plan");
    expect(readFileSync(join(dir, "target.plan"), "utf8")).toBe(FIXED);
  });

  // The temporary file's name is known in advance (the plan's name and the process id): a link
  // planted there in a shared folder must not make the write land on the file it points to.
  it("never writes through a link planted at its temporary file's name", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), DRAFT);
    const victim = join(workspace(), "victim.txt");
    writeFileSync(victim, "原有内容\n");
    symlinkSync(victim, join(dir, `.a.plan.${process.pid}.tmp`));
    const { code } = await runPlancheck(["--fix", join(dir, "a.plan")]);
    expect(code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("原有内容\n");
    expect(readFileSync(join(dir, "a.plan"), "utf8")).toBe(FIXED);
    expect(lstatSync(join(dir, "a.plan")).isSymbolicLink()).toBe(false);
  });

  it("keeps the inode of a hard-linked file, so every name sees the fix", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), DRAFT);
    linkSync(join(dir, "a.plan"), join(dir, "b.plan"));
    const inode = statSync(join(dir, "a.plan")).ino;
    await runPlancheck(["--fix", join(dir, "a.plan")]);
    expect(statSync(join(dir, "a.plan")).ino).toBe(inode);
    expect(readFileSync(join(dir, "b.plan"), "utf8")).toBe(FIXED);
  });

  it("keeps the mode (0600 stays 0600, 0664 stays 0664 whatever the umask)", async () => {
    const dir = workspace();
    for (const mode of [0o600, 0o664]) {
      const file = join(dir, `m${mode.toString(8)}.plan`);
      writeFileSync(file, DRAFT);
      chmodSync(file, mode);
      await runPlancheck(["--fix", file]);
      expect(readFileSync(file, "utf8")).toBe(FIXED);
      expect(statSync(file).mode & 0o777).toBe(mode);
    }
  });

  it("does not overwrite a file changed on disk between read and write, and says so", () => {
    const dir = workspace();
    const file = join(dir, "a.plan");
    writeFileSync(file, DRAFT);
    const read = readFileSync(file);
    writeFileSync(file, DRAFT + "2.编辑器里刚保存的新任务。\n");
    const refusal = writePlanBack(file, Buffer.from(FIXED), read);
    expect(refusal).toBe("读取后文件已在磁盘上被修改，未写回修复（请重新运行）");
    expect(readFileSync(file, "utf8")).toContain("刚保存的新任务");
    expect(writePlanBack(file, Buffer.from(FIXED), readFileSync(file))).toBeNull();
    expect(readFileSync(file, "utf8")).toBe(FIXED);
  });

  it("writes a GBK file back in GBK", async () => {
    const dir = workspace();
    const file = join(dir, "gbk.plan");
    writeFileSync(file, iconv.encode(DRAFT, "gbk"));
    await runPlancheck(["--fix", file]);
    expect(iconv.decode(readFileSync(file), "gb18030")).toBe(FIXED);
  });
});

describe("--fix reports the plan as it is on disk", () => {
  it("a .docx, which --fix does not write back: its findings and exit code, not the fixed text's", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.plan"), DRAFT);
    const docx = join(dir, "a.docx");
    expect((await runPlancheck(["export", join(dir, "a.plan"), "-o", docx])).code).toBe(0);
    const run = await runPlancheck(["--fix", "--rule", "units/duplicate=error", "-q", "--format", "text", docx]);
    expect(run.err).toContain("--fix 不写回此类文件");
    expect(run.out).toContain("[units/duplicate]");
    expect(run.code).toBe(1);
  });
});

describe("--cache", () => {
  it("reuses a file's findings while tool version, options and text are unchanged, and only then", async () => {
    const dir = workspace();
    const file = join(dir, "a.plan");
    const cache = join(dir, "cache.json");
    // A half-width comma: a fix that makes its edits when read, stored in the cache as JSON.
    writeFileSync(file, `${DRAFT}2.任务乙,推进落实。〔责任单位：市科技局〕\n`);
    const first = await runPlancheck(["--cache", "--cache-location", cache, "--format", "json", file]);
    expect(first.out).toMatch(/"newText": ?"，"/);
    // From the cache: the same report, fixes and all.
    expect((await runPlancheck(["--cache", "--cache-location", cache, "--format", "json", file])).out).toBe(first.out);
    const stored = JSON.parse(readFileSync(cache, "utf8"));
    const entry = Object.values(stored.entries)[0] as { findings: Array<{ message: string }> };
    expect(entry.findings.map((finding) => finding.message)).toEqual(JSON.parse(first.out).files[0].findings.map((f: { message: string }) => f.message));
    // Mark the cached finding: a run that reuses the cache shows the mark.
    entry.findings[0]!.message = "来自缓存";
    writeFileSync(cache, JSON.stringify(stored));
    const cached = await runPlancheck(["--cache", "--cache-location", cache, "--format", "json", file]);
    expect(JSON.parse(cached.out).files[0].findings[0].message).toBe("来自缓存");
    // Other options (a --rule override) or other text: analysed afresh.
    const otherOptions = await runPlancheck(["--cache", "--cache-location", cache, "--rule", "units/unknown=off", "--format", "json", file]);
    expect(JSON.parse(otherOptions.out).files[0].findings[0].message).not.toBe("来自缓存");
    writeFileSync(file, DRAFT + "\n");
    const edited = await runPlancheck(["--cache", "--cache-location", cache, "--format", "json", file]);
    expect(JSON.parse(edited.out).files[0].findings[0].message).not.toBe("来自缓存");
  });

  it("puts the cache file inside a folder --cache-location names, as ESLint does", async () => {
    const dir = workspace();
    const file = join(dir, "a.plan");
    writeFileSync(file, DRAFT);
    mkdirSync(join(dir, "existing"));
    const existing = await runPlancheck(["--cache", "--cache-location", join(dir, "existing"), file]);
    expect(existing.err).toBe("");
    expect(existsSync(join(dir, "existing", ".plancheck-cache.json"))).toBe(true);
    // A folder not there yet, written with a trailing slash: made, not taken for a file name.
    const missing = await runPlancheck(["--cache", "--cache-location", `${join(dir, "new", "cache")}/`, file]);
    expect(missing.err).toBe("");
    expect(existsSync(join(dir, "new", "cache", ".plancheck-cache.json"))).toBe(true);
  });

  /** Two plans of a folder checked with a cache: the folder, a run over `paths`, and the paths the cache then holds. */
  async function cachedPair() {
    const dir = workspace();
    const cache = join(dir, "cache.json");
    writeFileSync(join(dir, "a.plan"), DRAFT);
    writeFileSync(join(dir, "b.plan"), DRAFT);
    const run = (...paths: string[]) => runPlancheck(["--cache", "--cache-location", cache, ...paths]);
    await run(dir);
    return { dir, run, entries: () => Object.keys(JSON.parse(readFileSync(cache, "utf8")).entries) };
  }

  it("drops the entries of plans no longer on disk when it writes", async () => {
    const { dir, run, entries } = await cachedPair();
    expect(entries()).toHaveLength(2);
    rmSync(join(dir, "b.plan"));
    // Every remaining entry is a hit: the deleted plan's entry alone makes the write.
    await run(dir);
    expect(entries()).toEqual([join(dir, "a.plan")]);
  });

  it("keeps the plans of its last run, as ESLint's cache: one pruning from the files seen, no look at the others", async () => {
    const { dir, run, entries } = await cachedPair();
    // b.plan is still on disk; the run that checks a.plan alone holds a.plan's entry only.
    await run(join(dir, "a.plan"));
    expect(entries()).toEqual([join(dir, "a.plan")]);
  });

  it("leaves the cache as it is for a text on standard input", async () => {
    const { dir, entries } = await cachedPair();
    await runPlancheck(["--cache", "--cache-location", join(dir, "cache.json"), "--stdin"], DRAFT);
    expect(entries()).toEqual([join(dir, "a.plan"), join(dir, "b.plan")]);
  });

  it("keys on a parent file's text, not its parsed document, and forgets when the parent changes", async () => {
    const dir = workspace();
    const file = join(dir, "a.plan");
    const cache = join(dir, "cache.json");
    writeFileSync(join(dir, "parent.plan"), "质量强国建设纲要\n一、总体要求\n（一）指导思想\n");
    writeFileSync(join(dir, ".plancheck.json"), '{ "parents": ["parent.plan"] }');
    writeFileSync(file, DRAFT);
    const args = ["--cache", "--cache-location", cache, "--format", "json", file];
    // A parsed parent has cycles (items and their parents): the cache key is never its JSON.
    const first = await runPlancheck(args);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    const stored = JSON.parse(readFileSync(cache, "utf8"));
    (Object.values(stored.entries)[0] as { findings: Array<{ message: string }> }).findings[0]!.message = "来自缓存";
    writeFileSync(cache, JSON.stringify(stored));
    expect(JSON.parse((await runPlancheck(args)).out).files[0].findings[0].message).toBe("来自缓存");
    writeFileSync(join(dir, "parent.plan"), "质量强国建设纲要\n一、总体要求\n（一）指导思想\n（二）基本原则\n");
    expect(JSON.parse((await runPlancheck(args)).out).files[0].findings[0].message).not.toBe("来自缓存");
  });
});
