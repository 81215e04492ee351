import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder } from "../support/tempFiles";

/**
 * `--output FILE` is written as the report is made (into a temporary file beside FILE) and
 * replaces FILE only when the run completes: the same text as on stdout, no temporary file left
 * over, and a run that fails leaves FILE as it was.
 */
describe("plancheck -o FILE", () => {
  it("writes what stdout would show, and leaves no temporary file", async () => {
    const dir = tempFolder("output");
    const plans = [join(SEEDS_DIR, "fuzhou-2023-draft.txt"), join(SEEDS_DIR, "nanjing-2023.txt")];
    for (const format of ["json", "sarif", "stylish", "junit"]) {
      const file = join(dir, `report.${format}`);
      writeFileSync(file, "an older report");
      const written = await runPlancheck(["--format", format, "-o", file, ...plans]);
      const shown = await runPlancheck(["--format", format, ...plans]);
      expect(written.out).toBe("");
      expect(written.code).toBe(shown.code);
      expect(readFileSync(file, "utf8")).toBe(shown.out);
    }
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("never writes through a link planted at its temporary file's name", async () => {
    const dir = tempFolder("output");
    const victim = join(tempFolder("output"), "victim.txt");
    writeFileSync(victim, "原有内容\n");
    const file = join(dir, "report.json");
    symlinkSync(victim, join(dir, `.report.json.${process.pid}.tmp`));
    const written = await runPlancheck(["--format", "json", "-o", file, join(SEEDS_DIR, "nanjing-2023.txt")]);
    expect([0, 1]).toContain(written.code);
    expect(readFileSync(victim, "utf8")).toBe("原有内容\n");
    expect(JSON.parse(readFileSync(file, "utf8")).version).toBe(1);
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
  });

  it("leaves FILE as it was when the run fails", async () => {
    const dir = tempFolder("output");
    const file = join(dir, "report.json");
    writeFileSync(file, "the last good report");
    // A bad baseline is refused before the first plan is checked: exit 2, nothing written.
    writeFileSync(join(dir, "bad-baseline.json"), "{");
    const result = await runPlancheck(["--format", "json", "-o", file, "--baseline", join(dir, "bad-baseline.json"), join(SEEDS_DIR, "fuzhou-2023-draft.txt")]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("the last good report");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("says in Chinese when FILE cannot be written", async () => {
    const file = join(tmpdir(), "plancheck-no-such-folder", "deeper", "report.json");
    const result = await runPlancheck(["--format", "json", "-o", file, join(SEEDS_DIR, "fuzhou-2023-draft.txt")]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`无法写入输出文件 ${file}：文件或目录不存在（ENOENT）`);
    expect(existsSync(file)).toBe(false);
  });
});
