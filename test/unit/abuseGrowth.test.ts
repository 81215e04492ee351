import { describe, expect, it } from "vitest";
import { analyze, readModel } from "../../server/src/core/analyze";
import { ALL_RULES } from "../../server/src/core/rules/index";

/**
 * Hostile shapes whose cost grew faster than the input in one rule or in the model. A wall-clock
 * limit flakes on a loaded machine, so each case measures the same work at two sizes in the same
 * process, the sizes taking turns, and bounds the ratio of their CPU times: a linear reading
 * gives about 4 for 4× the input, a quadratic one 16. The least of a few runs of each size is
 * taken, which a busy machine can only make larger, never smaller.
 */
const RUNS = 3;

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The CPU time of one rule on `large` over its time on `small` (each over a model read apart). */
function ruleGrowth(rule: string, small: string, large: string): number {
  const only = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.id === rule ? "warning" : "off"] as const));
  const times = [Infinity, Infinity];
  for (let run = 0; run < RUNS; run++) {
    [small, large].forEach((text, i) => {
      // A fresh model each run: what the rule reads lazily from the model is its own cost.
      const model = readModel(text);
      times[i] = Math.min(times[i]!, cpuMs(() => analyze(text, { model, ruleOverrides: only })));
    });
  }
  return times[1]! / Math.max(times[0]!, 1);
}

/** The CPU time of reading the model of `large` over that of `small`. */
function modelGrowth(small: string, large: string): number {
  const times = [Infinity, Infinity];
  for (let run = 0; run < RUNS; run++) {
    [small, large].forEach((text, i) => {
      times[i] = Math.min(times[i]!, cpuMs(() => readModel(text)));
    });
  }
  return times[1]! / Math.max(times[0]!, 1);
}

const lines = (head: string, line: (i: number) => string, count: number) => head + Array.from({ length: count }, (_, i) => line(i)).join("");

describe("abuse cases: cost linear in the input", () => {
  it("10,000 and 40,000 lines of format characters only (each paragraph's end was read on through every invisible line after it)", () => {
    const plan = (count: number) => lines("一、主要任务\n", (i) => (i % 2 === 0 ? "\u200d\u200b\n" : "\ufeff\n"), count);
    expect(ruleGrowth("punct/sentence-end", plan(10_000), plan(40_000))).toBeLessThan(9);
  }, 60_000);

  it("10,000 and 40,000 footnotes in a row (each was read forward to the run's end to see whether a page's number ends it)", () => {
    const plan = (count: number) => lines("一、主要目标\n1.产品质量合格率①达到95%。\n", (i) => `${"①②③"[i % 3]} 指第${i}项指标。\n`, count);
    expect(modelGrowth(plan(10_000), plan(40_000))).toBeLessThan(9);
  }, 60_000);
});
