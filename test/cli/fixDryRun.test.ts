import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../support/tempFiles";

/**
 * `--fix-dry-run` prints a diff a CI job applies with `patch -p1` or `git apply`: applied to the
 * file, it must give exactly what `--fix` writes. Runs the built bin in the plans' folder, as a
 * user would (relative paths in the headers).
 */
const BIN = join(__dirname, "..", "..", "bin", "plancheck.js");
const DRAFT = "一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局、市工信局〕\n";

function plancheck(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, "--no-config", ...args], { cwd, encoding: "utf8" });
}

function folderWith(name: string, bytes: string | Uint8Array): string {
  const dir = tempFolder("dry-run");
  writeFileSync(join(dir, name), bytes);
  return dir;
}

describe("--fix-dry-run's diff applies with patch -p1 and git apply", () => {
  const cases: Array<[string, string, string | Uint8Array]> = [
    ["a file with a UTF-8 BOM", "bom.plan", `\uFEFF${DRAFT}`],
    ["a name with a space", "plain name.plan", DRAFT],
    ["a Chinese name with a space", "方案 初稿.plan", DRAFT],
    ["CRLF line ends", "crlf.plan", DRAFT.replace(/\n/g, "\r\n")],
  ];
  for (const [what, name, bytes] of cases) {
    it(what, () => {
      const dir = folderWith(name, bytes);
      const dryRun = plancheck(dir, "--fix-dry-run", name);
      expect(dryRun.status).toBe(0);
      writeFileSync(join(dir, "fix.diff"), dryRun.stdout);
      const byPatch = tempFolder("patch");
      const byGit = tempFolder("git-apply");
      cpSync(dir, byPatch, { recursive: true });
      cpSync(dir, byGit, { recursive: true });
      const patched = spawnSync("patch", ["-p1", "--batch", "-i", "fix.diff"], { cwd: byPatch, encoding: "utf8" });
      expect(patched.status, patched.stdout + patched.stderr).toBe(0);
      const applied = spawnSync("git", ["apply", "fix.diff"], { cwd: byGit, encoding: "utf8" });
      expect(applied.status, applied.stderr).toBe(0);
      expect(plancheck(dir, "--fix", name).status).toBe(0);
      const fixed = readFileSync(join(dir, name));
      expect(fixed.equals(Buffer.from(bytes))).toBe(false);
      expect(readFileSync(join(byPatch, name)).equals(fixed)).toBe(true);
      expect(readFileSync(join(byGit, name)).equals(fixed)).toBe(true);
    }, 30_000);
  }

  it("says on stderr that a GB18030 file's diff is of the decoded text", () => {
    const dir = folderWith("gb.plan", iconv.encode(DRAFT, "gb18030"));
    const dryRun = plancheck(dir, "--fix-dry-run", "gb.plan");
    expect(dryRun.stdout).toContain("+1.任务甲。〔责任单位：市工信局〕");
    expect(dryRun.stderr).toContain("gb.plan：注意：此文件为 GB18030 编码，--fix-dry-run 输出的是解码后（UTF-8）文本的 diff");
  });
});
