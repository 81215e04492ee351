import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { writtenFigure } from "../../server/src/core/targets/format";


describe("达到或超过", () => {
  it("reads 达到或超过, 达到或高于, 持平或高于 as one comparator, a floor, none of it the indicator's", () => {
    const text = "示例县质量提升行动方案（2024—2026年）\n一、总体要求\n（一）工作目标\n到2026年，工业产品质量合格率达到或超过95%，服务质量满意度达到或高于80分，质量投诉处理满意率持平或高于95%。\n";
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.sense, writtenFigure(t)])).toEqual([
      ["工业产品质量合格率", "达到或超过", 95, "up", "达到或超过95%"],
      ["服务质量满意度", "达到或高于", 80, "up", "达到或高于80分"],
      ["质量投诉处理满意率", "持平或高于", 95, "up", "持平或高于95%"],
    ]);
    for (const target of targets) expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe(target.indicator);
  });
});
