import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundleForTest } from "../support/bundle";
import { generatedPlan } from "../support/generatedPlans";

/**
 * What reading a large plan promotes to the old generation is what the tree and the model keep.
 * A temporary that lives until the whole text is read (a pair of a line break and a line per
 * line, a list grown by push and cut to its length once the outline was built) survives the
 * scavenges and is promoted, to be freed only by a full GC: on the bench's 25 MB plan the
 * parse and the model promoted some 23 MB of such garbage, which the analysis's peak carried
 * (docs/performance.md). Measured by what V8 reports it promoted (`--trace-gc-nvp`) while the
 * text is read, against what is left in the old generation after a full GC: the two are equal
 * where nothing read dies old. Allocation-site pretenuring is off (it moves whole allocation
 * sites to the old generation by the luck of when a scavenge falls), and one GC thread. No clock
 * is read.
 */
const work = mkdtempSync(join(tmpdir(), "plan-promoted-"));
let child = "";

beforeAll(async () => {
  const core = join(work, "core.mjs");
  const entry = join(work, "entry.ts");
  writeFileSync(entry, `export { parseSyntax } from ${JSON.stringify(join(__dirname, "../../server/src/core/syntax/parse.ts"))};\nexport { readModel } from ${JSON.stringify(join(__dirname, "../../server/src/core/analyze.ts"))};\n`);
  await bundleForTest(entry, core);
  child = join(work, "child.mjs");
  writeFileSync(
    child,
    `import { readFileSync } from "node:fs";
import v8 from "node:v8";
const { parseSyntax, readModel } = await import(${JSON.stringify(core)});
const read = process.argv[3] === "model" ? readModel : parseSyntax;
const text = readFileSync(process.argv[2], "utf8");
const old = () => v8.getHeapSpaceStatistics().filter((space) => space.space_name === "old_space" || space.space_name === "large_object_space").reduce((sum, space) => sum + space.space_used_size, 0);
read("一、总体要求\\n1.开展工作。〔责任单位：市市场监管局〕\\n");
gc();
const before = old();
console.log("READ");
globalThis.kept = read(text);
// Two scavenges promote what the young generation still holds of the tree: it is kept, not garbage.
gc({ type: "minor" });
gc({ type: "minor" });
console.log("READ END");
gc();
console.log("KEPT " + (old() - before));
`,
  );
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bytes the scavenges promoted while `text` was read, and bytes of the old generation it keeps. */
function promotion(name: string, text: string, read: "syntax" | "model"): { promoted: number; kept: number } {
  const file = join(work, `${name}.plan`);
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, ["--expose-gc", "--trace-gc-nvp", "--no-allocation-site-pretenuring", "--single-threaded-gc", child, file, read], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.split("\n");
  const during = lines.slice(lines.indexOf("READ"), lines.indexOf("READ END"));
  expect(during.some((line) => line.includes(" gc=mc")), "no full GC while reading").toBe(false);
  const promoted = during.filter((line) => line.includes(" gc=s ")).reduce((sum, line) => sum + Number(/ promoted=(\d+)/.exec(line)?.[1] ?? Number.NaN), 0);
  const kept = Number(lines.find((line) => line.startsWith("KEPT "))!.slice(5));
  return { promoted, kept };
}

// 100,000 short lines, a third blank. 12.6 MB of 30.2 promoted was garbage before the document
// rule stopped keeping a pair per line (17.6 MB kept); 18.2 MB is promoted now.
it("parsing 100,000 lines promotes what the tree keeps", () => {
  const lines = ["一、主要任务"];
  for (let i = 0; i < 100_000; i++) lines.push(i % 3 === 0 ? "" : "开展质量提升工作。");
  const { promoted, kept } = promotion("short-lines", `${lines.join("\n")}\n`, "syntax");
  expect(promoted / kept, `${(promoted / 1e6).toFixed(1)} MB promoted, ${(kept / 1e6).toFixed(1)} MB kept`).toBeLessThan(1.15);
}, 120_000);

// 22,500 one-line tasks with a clause each (22,594 lines): 39.5 MB promoted for 36.4 MB kept
// before, when each item's lists grew by push and were cut to their length at the end, and the
// clauses' lists of groups and names kept room for 17 (34.1 and 33.6 MB now). What the model
// keeps per line is bounded here too, as it is measured, exactly: the arrays it keeps are at
// their size (1,611 bytes a line before, 1,487 now).
it("reading a plan of one-line tasks into its model promotes what the model keeps", () => {
  const text = generatedPlan(3, 30, 250);
  const { promoted, kept } = promotion("tasks", text, "model");
  expect(promoted / kept, `${(promoted / 1e6).toFixed(1)} MB promoted, ${(kept / 1e6).toFixed(1)} MB kept`).toBeLessThan(1.05);
  expect(Math.round(kept / text.split("\n").length), "bytes kept per line").toBeLessThan(1_540);
}, 120_000);
