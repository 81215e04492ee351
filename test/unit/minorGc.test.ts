import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { analyzeChild } from "../support/bundle";
import { SEED_NAMES, SEEDS_DIR } from "../support/seeds";

/**
 * What of a plan outlives the minor GCs after its analysis. A plan's model is garbage once its
 * findings are out; where something the scavenger takes for a root still reached it (a WeakMap
 * keyed by the plan whose value reached the plan back, an object literal's getter kept in its
 * hidden class, a function over the plan that shared code's call sites held), every plan of a
 * CLI run was promoted to the old generation and lived there until a full GC: some 90 KB per
 * seed-sized plan, and the peak RSS over 1,000 plans swung between 155 and 245 MB with when
 * the full GCs fell (ARCHITECTURE.md, "Garbage the scavenger keeps").
 *
 * Measured by what V8 reports it promoted (`--trace-gc-nvp`), as the difference between two runs
 * of the seed plans, one 200 plans longer than the other, so that start-up and warm-up cancel
 * out. Allocation-site pretenuring is off: it moves whole allocation sites to the old generation
 * by the luck of when a scavenge falls, which is no retention. No clock is read.
 */
const work = mkdtempSync(join(tmpdir(), "plan-minor-gc-"));
let child = "";
/** Bytes promoted per plan in steady state: about 8 KB where nothing keeps the model (strings V8 interns, caches by text); 107 KB before. */
const PROMOTED_PER_PLAN = 30 * 1024;

beforeAll(async () => {
  child = await analyzeChild(
    work,
    `const plans = ${JSON.stringify(SEED_NAMES.map((name) => join(SEEDS_DIR, `${name}.txt`)))}.map((file) => readFileSync(file, "utf8"));
// One configuration for the run, as the CLI has: the registry it makes is read once.
const config = {};
let findings = 0;
for (let i = 0; i < Number(process.argv[2]); i++) findings += analyze(plans[i % plans.length], { config }).findings.length;
process.stderr.write(String(findings));
`,
  );
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bytes the scavenges of a run of `plans` analyses promoted. */
function promotedOver(plans: number): number {
  const run = spawnSync(process.execPath, ["--trace-gc-nvp", "--no-allocation-site-pretenuring", child, String(plans)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  const scavenges = run.stdout.split("\n").filter((line) => line.includes(" gc=s "));
  expect(scavenges.length, "scavenges reported by --trace-gc-nvp").toBeGreaterThan(0);
  return scavenges.reduce((sum, line) => sum + Number(/ promoted=(\d+)/.exec(line)?.[1] ?? Number.NaN), 0);
}

it("a plan's model dies in the young generation once it is analysed", () => {
  const perPlan = (promotedOver(240) - promotedOver(40)) / 200;
  expect(Math.round(perPlan / 1024), "KB promoted per plan").toBeLessThan(PROMOTED_PER_PLAN / 1024);
}, 120_000);
