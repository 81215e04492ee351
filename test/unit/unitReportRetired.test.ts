import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * A name retired in the 2018 reform (县质监局), in a plan written after it, is the body that took
 * its duties over (县市场监管局), which units/unknown tells the drafter to write: the report counts
 * the two writings as one unit. A plan written before the reform named two bodies of its time.
 */
const registry = registryFor(undefined, undefined);

const unitsOf = (text: string) => unitReport(analyze(text, {}).plan, registry).units.map((tally) => [tally.unit, tally.writings, tally.tasks.length]);

const tasks = (date: string) =>
  [
    "示例县质量提升行动计划",
    "",
    "一、重点任务",
    "（一）强化质量安全监管。开展工业产品质量安全专项整治。〔责任单位：县质监局、县公安局〕",
    "（二）加强食品安全监管。开展食品安全抽检监测。〔责任单位：县市场监管局、县卫健委〕",
    "",
    "示例县人民政府办公室",
    date,
    "",
  ].join("\n");

describe("a retired name in the unit report", () => {
  it("counts it as its successor in a plan written after the reform", () => {
    expect(unitsOf(tasks("2024年5月16日"))).toEqual([
      ["县市场监管局", ["县质监局", "县市场监管局"], 2],
      ["县公安局", ["县公安局"], 1],
      ["县卫健委", ["县卫健委"], 1],
    ]);
  });

  it("keeps the two bodies apart in a plan written before it", () => {
    expect(unitsOf(tasks("2016年6月30日")).map(([unit]) => unit)).toEqual(["县公安局", "县市场监管局", "县卫健委", "县质监局"]);
  });
});
