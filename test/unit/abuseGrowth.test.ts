import { describe, expect, it } from "vitest";
import { analyze, type PlanModel, readModel } from "../../server/src/core/analyze";
import { formatEdits } from "../../server/src/core/punct/format";
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

/** The CPU time of `work` on `large` over its time on `small`; `prepare`, untimed, runs before each. */
function growth(work: (text: string) => void, small: string, large: string, prepare: (text: string) => void = () => undefined): number {
  const times = [Infinity, Infinity];
  for (let run = 0; run < RUNS; run++) {
    [small, large].forEach((text, i) => {
      prepare(text);
      times[i] = Math.min(times[i]!, cpuMs(() => work(text)));
    });
  }
  return times[1]! / Math.max(times[0]!, 1);
}

/** One rule's growth, each run over a model read apart (what the rule reads lazily from the model is its own cost). */
function ruleGrowth(rule: string, small: string, large: string): number {
  const only = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.id === rule ? "warning" : "off"] as const));
  const models = new Map<string, PlanModel>();
  return growth((text) => analyze(text, { model: models.get(text), ruleOverrides: only }), small, large, (text) => models.set(text, readModel(text)));
}

const lines = (head: string, line: (i: number) => string, count: number) => head + Array.from({ length: count }, (_, i) => line(i)).join("");

describe("abuse cases: cost linear in the input", () => {
  it("10,000 and 40,000 lines of format characters only (each paragraph's end was read on through every invisible line after it)", () => {
    const plan = (count: number) => lines("一、主要任务\n", (i) => (i % 2 === 0 ? "\u200d\u200b\n" : "\ufeff\n"), count);
    expect(ruleGrowth("punct/sentence-end", plan(10_000), plan(40_000))).toBeLessThan(9);
  }, 60_000);

  it("10,000 and 40,000 footnotes in a row (each was read forward to the run's end to see whether a page's number ends it)", () => {
    const plan = (count: number) => lines("一、主要目标\n1.产品质量合格率①达到95%。\n", (i) => `${"①②③"[i % 3]} 指第${i}项指标。\n`, count);
    expect(growth((text) => readModel(text), plan(10_000), plan(40_000))).toBeLessThan(9);
  }, 60_000);

  it("formatting 1,500 and 6,000 lines with two marks to fix each (the edits were a character diff of the whole texts, its length times the changes)", () => {
    const plan = (count: number) => lines("一、主要任务\n", (i) => `${(i % 900) + 1}.推进第${i}项质量提升,加强标准建设.\n`, count);
    expect(growth((text) => formatEdits(text), plan(1_500), plan(6_000))).toBeLessThan(9);
  }, 120_000);
});
