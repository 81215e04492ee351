import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeChild } from "../support/bundle";
import { generatedPlan, seedsOf } from "../support/generatedPlans";

/**
 * Issue 8's abuse cases under a heap cap: the core, bundled as the CLI bundles it, analyses each
 * input in a child process whose old space is limited to what the core needs loaded and warm
 * (BASE_MB) plus a multiple of the input's UTF-8 size. A run over the cap dies with "heap out
 * of memory", so the bound is on the peak, not on what is left at the end — and no timing is
 * involved. The issue asks for 10× everywhere; where a case is above that today, its guard is
 * its present bound and the comment says so (see docs/performance.md, "Memory").
 */
const BASE_MB = 16;
const work = mkdtempSync(join(tmpdir(), "plan-memory-"));
let child = "";

beforeAll(async () => {
  child = await analyzeChild(
    work,
    `analyze("一、总体要求\\n1.开展工作。〔责任单位：市市场监管局〕\\n");
const text = readFileSync(process.argv[2], "utf8");
// VERSIONS=n: n versions of the text analysed one after another, each with one more task line
// that states a count, as typing would make them (the caches keyed by text see each).
const versions = Number(process.env.VERSIONS ?? 1);
let findings = [];
for (let version = 0; version < versions; version++) {
  const edited = versions === 1 ? text : text + "\\n" + (version + 1) + ".创建质量示范企业" + (version + 1) + "家。〔责任单位：市市场监管局〕\\n";
  findings = analyze(edited).findings;
}
process.stdout.write(String(findings.length));
`,
  );
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Analyses `text` (`versions` edited versions of it) in a child capped at BASE_MB + factor × its size; the findings count on success. */
function analyzeWithin(name: string, text: string, factor: number, versions = 1): number {
  const file = join(work, `${name}.plan`);
  writeFileSync(file, text);
  const megabytes = Math.max(1, Buffer.byteLength(text) / 1e6);
  const cap = Math.ceil(BASE_MB + factor * megabytes);
  // One GC thread: V8 marks concurrently on helper threads, and on a loaded machine (CI's two
  // cores with the rest of the suite running) the marking can fall behind the allocation, so that
  // the run dies near the cap with memory to spare ("Ineffective mark-compacts"). The bound is on
  // the memory the analysis needs, which one thread measures with less of the machine's load in it.
  const run = spawnSync(process.execPath, ["--single-threaded-gc", `--max-old-space-size=${cap}`, child, file], { encoding: "utf8", env: { ...process.env, VERSIONS: String(versions) } });
  expect(run.stderr.split("\n").find((line) => /heap|memory|Error/.test(line)) ?? "", `${name} within ${cap} MB`).toBe("");
  expect(run.status, `${name} within ${cap} MB`).toBe(0);
  return Number(run.stdout);
}


describe("peak memory of the analysis, per byte of input", () => {
  it("10 MB of real plans: within 10× (about 5× today)", () => {
    expect(analyzeWithin("seeds", seedsOf(10_000_000), 10)).toBeGreaterThan(0);
  }, 120_000);

  // The per-process caches keyed by text (a run's targets, a paragraph's punctuation) must
  // never hold a slice of an analysed text: a slice keeps that whole version of the plan alive.
  // Forty versions with each kept needed over 80 MB. Today one version leaves 34 MB live (the
  // loaded core and the last analysis, which the next one runs beside) and forty 38 (more compiled
  // code). 48 MB (15×) was passed alone, at 40 MB even, but not in CI with the suite
  // running, where V8's timers and idle-time collection run late. Alone, with one GC thread, the
  // case needed 55 MB at 1d1be9f3 and 55–57 MB on 2026-12-05's main (the edge moves with GC timing,
  // run to run), so 56 MB (19×) failed one clean-clone CI in three: 60 MB (21×) still fails a
  // cache that keeps every version (over 80 MB). The creep is compiled code and a
  // larger model, not a cache (docs/performance.md, "Memory", measured by heap snapshots).
  it("forty edited versions of a 2 MB plan, one after another: within 21× of one", () => {
    expect(analyzeWithin("versions", seedsOf(2_000_000), 21, 40)).toBeGreaterThan(0);
    // Forty analyses of 2 MB in a child process: 45–50 s on a loaded machine, alone; with the
    // suite's other worker and other work beside it, one clean-clone run (session 53) passed 120 s.
    // What it asserts is memory; the bound on its time only stops a run that hangs.
  }, 300_000);

  it("a 1 MB single line and 10,000 nested 《: within 10×", () => {
    analyzeWithin("one-line", `一、主要任务\n1.${"开展质量提升行动，".repeat(110_000)}`, 10);
    analyzeWithin("nested", `一、主要任务\n1.学习${"《".repeat(10_000)}纲要${"》".repeat(10_000)}。\n`, 10);
  }, 120_000);

  // Short lines cost the model's objects per line whatever their length: about 1.6 KB a line
  // today (was 35× before the syntax tree and the model kept their arrays at size). Alone, with
  // one GC thread, the case ran within a 232 MB cap (21.6×) and not 245 before an item's marker
  // read its node through and the segments and units/alias's occurrences lost an object each
  // (6 Dec 2026, qa-46g); 24× leaves CI's load a tenth. The issue asks 10×.
  it("100,000 lines of one-line tasks: within 24×", () => {
    expect(analyzeWithin("tasks", generatedPlan(9, 50, 225), 24)).toBeLessThan(100);
  }, 120_000);

  // Every one of 100,000 lines draws the same finding (a half-width comma): its message is
  // one shared string (a TextMemo in core/analyze.ts), not a rope of template pieces per finding.
  // Needs about 160 MB here (a 51× cap is 176 MB); with a message per finding, 180.
  it("100,000 findings with one message: within 51×", () => {
    expect(analyzeWithin("same-message", `一、主要任务\n${"1.开展工作,推进落实。\n".repeat(100_000)}`, 51)).toBeGreaterThanOrEqual(100_000);
  }, 120_000);

  // 60,000 paragraphs with six half-width marks each: a finding per paragraph whose fix makes
  // its six edits only when read (core/fixes/fix.ts). The peak here is about 62 MB; with the
  // 360,000 edits made for every finding it is some 18 MB more, over the 71 MB a 12× cap gives.
  it("60,000 findings whose fixes have six edits each: within 12×", () => {
    // One paragraph 60,000 times (each read once: the punctuation is remembered by text), as the
    // prose of a 保障措施 chapter: no items, so neither structure/duplicate-task nor a numbering
    // finding per line (the case below measures those) adds to what this case measures. Numbered
    // （一） on every line, it peaked at 105–110 MB against a 108 MB cap, and failed under load.
    const text = `一、保障措施\n${"开展工作,推进落实;加强监管,提升质量:完善机制(试行)。\n".repeat(60_000)}`;
    expect(analyzeWithin("deferred-fixes", text, 12)).toBe(60_000);
  }, 120_000);

  // Each of 100,000 misnumbered lines (18–31 bytes) draws a finding: the finding, its line and its
  // item are over 1 KB whatever is done, so this case is measured against its own bound. Alone,
  // with one GC thread, it ran within 170 MB (53×) and not within 145 (6 Dec 2026): 64× leaves
  // CI's load a fifth.
  it("100,000 lines numbered 1.: within 64×", () => {
    const text = `一、主要任务\n${Array.from({ length: 100_000 }, (_, i) => `1.开展第${i + 1}项工作。\n`).join("")}`;
    expect(analyzeWithin("ones", text, 64)).toBeGreaterThanOrEqual(99_999);
  }, 120_000);
});
