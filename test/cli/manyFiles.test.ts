import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonText } from "../../server/src/cli/format/printable";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { tempFolder } from "../support/tempFiles";

const CLI = resolve(__dirname, "../../out/cli.js");
const work = tempFolder("many");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A folder of plans is checked one plan at a time: the run holds one plan's text and analysis
 * and the totals, never every plan's text, bytes and report (issue 11: peak RSS over 1,000
 * plans). Asserted as a heap cap on the real CLI, not as a timing: 300 seed plans need about
 * 20 MB of old space this way and over 32 MB when every report is held to the end.
 */
const folder = join(work, "plans");
mkdirSync(folder);
for (let i = 0; i < 300; i++) writeFileSync(join(folder, `plan-${String(i).padStart(3, "0")}.plan`), readSeed(SEED_NAMES[i % SEED_NAMES.length]!));

describe("plancheck over many files", () => {
  it("checks 300 plans within a 28 MB heap, the output file by file", () => {
    const run = spawnSync(process.execPath, ["--max-old-space-size=28", CLI, "--no-config", folder], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Every file is reported, in order, and the summary counts them all.
    const files = run.stdout.split("\n").filter((line) => line.startsWith(folder));
    expect(files).toHaveLength(300);
    expect(files).toEqual([...files].sort());
    expect(run.stdout).toMatch(/已检查 300 个文件\n/);
  }, 120_000);

  // The CI formats too: JSON and SARIF are written file by file, with the text one stringify of
  // the whole report would give, and `--output` streams them into its temporary file (a pipe
  // to a slower reader holds the run back instead: slowReader.test.ts).
  it.each(["json", "sarif"])("writes --format %s -o FILE for 300 plans within the same heap", (format) => {
    const file = join(work, `report.${format}`);
    const run = spawnSync(process.execPath, ["--max-old-space-size=28", CLI, "--no-config", "--format", format, "-o", file, folder], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const text = readFileSync(file, "utf8");
    const output = JSON.parse(text);
    // The text the whole report's jsonText would give (it writes the invisible characters of a
    // rule's doc example as \u escapes, where JSON.stringify leaves them raw).
    expect(text).toBe(`${jsonText(output)}\n`);
    if (format === "json") {
      expect(output.files).toHaveLength(300);
      expect(output.summary.files).toBe(300);
    } else {
      const uris = new Set(output.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0]!.physicalLocation.artifactLocation.uri));
      expect(uris.size).toBe(300);
    }
  }, 120_000);
});
