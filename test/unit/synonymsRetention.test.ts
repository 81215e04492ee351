import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { analyzeChild } from "../support/bundle";
import { seedsOf } from "../support/generatedPlans";

/**
 * The indicator synonyms live as long as the process (the built-in table in a server), and
 * remember the keys of the names they are asked: keyed by the name as the plan's slice, each
 * entry kept the whole version of the plan it was cut from, so that typing in an indicator's
 * name kept one version of the plan per keystroke (targets/synonyms.ts keys by copies). Measured
 * as the heap left after a full GC: more versions, each naming a new indicator, against fewer.
 */
const work = mkdtempSync(join(tmpdir(), "plan-synonyms-"));
let child = "";

beforeAll(async () => {
  child = await analyzeChild(
    work,
    `const text = readFileSync(process.argv[2], "utf8");
const versions = Number(process.env.VERSIONS);
for (let version = 0; version < versions; version++) {
  // A name long enough that V8 cuts it out of the plan as a slice (13 characters or more).
  const name = "规模以上工业企业第" + (version + 1) + "类重点消费品质量合格率";
  analyze("到2025年，" + name + "达到95%以上。\\n" + text);
}
globalThis.gc();
globalThis.gc();
process.stdout.write(String(process.memoryUsage().heapUsed));
`,
  );
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function heapAfter(versions: number, file: string): number {
  const run = spawnSync(process.execPath, ["--expose-gc", child, file], { encoding: "utf8", env: { ...process.env, VERSIONS: String(versions) } });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout);
}

it("keeps no version of a plan for the indicator names asked of it", () => {
  const file = join(work, "plan.plan");
  const text = seedsOf(300_000);
  writeFileSync(file, text);
  // From 60 versions on, the bounded memos have met what they keep of such a plan and the code
  // the runs compile is in place (counted from 20, a run on a loaded machine compiled more between
  // them: 3.3 MB in CI against 1.2 MB on a quiet one): what the next 40 add is kept versions. Each
  // is the text again (UTF-16: two bytes a character), a third of them is the bound; a kept
  // version per name grew 9 MB.
  const grown = heapAfter(100, file) - heapAfter(60, file);
  const versionBytes = 2 * text.length;
  expect(grown, `heap grown over 40 versions, a version being ${versionBytes} bytes`).toBeLessThan((40 * versionBytes) / 3);
}, 180_000);
