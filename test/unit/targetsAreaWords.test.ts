import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

/** 县域内, 市域范围内 before an indicator say where the plan's figure is measured: the plan's own area, no part of the name. */
describe("the plan's own area before an indicator", () => {
  it("leaves 县域内 and 市域范围内 out of the indicator's name, and 县域 of a name its own", () => {
    const targets = targetsOf(`示例县质量提升行动计划\n一、工作目标\n到2025年，县域内规模以上工业企业首席质量官覆盖率达到60%，市域范围内食品抽检合格率达到98%，县域经济总量达到300亿元。\n`);
    expect(targets.map((t) => t.indicator)).toEqual(["规模以上工业企业首席质量官覆盖率", "食品抽检合格率", "县域经济总量"]);
  });
});
