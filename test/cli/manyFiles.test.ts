import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSeed, SEED_NAMES } from "../support/seeds";

const CLI = resolve(__dirname, "../../out/cli.js");
const work = mkdtempSync(join(tmpdir(), "plancheck-many-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A folder of plans is checked one plan at a time: the run holds one plan's text and analysis
 * and the totals, never every plan's text, bytes and report (issue 11: peak RSS over 1,000
 * plans). Asserted as a heap cap on the real CLI, not as a timing: 300 seed plans need about
 * 20 MB of old space this way and over 32 MB when every report is held to the end.
 */
describe("plancheck over many files", () => {
  it("checks 300 plans within a 28 MB heap, the output file by file", () => {
    const folder = join(work, "plans");
    mkdirSync(folder);
    for (let i = 0; i < 300; i++) writeFileSync(join(folder, `plan-${String(i).padStart(3, "0")}.plan`), readSeed(SEED_NAMES[i % SEED_NAMES.length]!));
    const run = spawnSync(process.execPath, ["--max-old-space-size=28", CLI, "--no-config", folder], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Every file is reported, in order, and the summary counts them all.
    const files = run.stdout.split("\n").filter((line) => line.startsWith(folder));
    expect(files).toHaveLength(300);
    expect(files).toEqual([...files].sort());
    expect(run.stdout).toMatch(/已检查 300 个文件\n/);
  }, 120_000);
});
