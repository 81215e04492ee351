import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

// A plan that implements the national outline, so that its targets are compared with the outline's.
const GOALS = "示例市质量提升实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，";
const read = (text: string) => extractTargets(buildPlan(`${GOALS}${text}\n`)).targets.map((t) => [t.indicator, t.comparator, t.value, t.qualifier, t.sense]);
const findingsOn = (text: string) =>
  analyze(`${GOALS}${text}\n`)
    .findings.filter((finding) => finding.rule !== "targets/parent-not-localised")
    .map((finding) => [finding.rule, finding.message]);

describe("a figure held 左右: about the figure, neither a ceiling nor a floor", () => {
  it("reads 左右 as holding the figure whatever the comparator", () => {
    expect(read("制造业产品质量合格率控制在95%左右，服务质量满意度保持在82分左右，食品抽检合格率达到98.5%左右。")).toEqual([
      ["制造业产品质量合格率", "控制在", 95, "左右", "keep"],
      ["服务质量满意度", "保持在", 82, "左右", "keep"],
      ["食品抽检合格率", "达到", 98.5, "左右", "keep"],
    ]);
  });

  it("keeps the bounds and changes as they were: 以内 a ceiling, 以上 a floor, a fall about 5% a fall", () => {
    expect(read("产品不合格率控制在5%以内，合格率保持在95%以上，单位GDP能耗下降5%左右。").map((t) => t[4])).toEqual(["down", "up", "down"]);
  });

  it("compares a figure held 左右 with the outline's by its value, not as a ceiling the wrong way", () => {
    // Before: 控制在95%左右 read as a ceiling (“是上限，方向相反”) against the outline's 94%.
    expect(findingsOn("制造业产品质量合格率控制在95%左右。")).toEqual([]);
    const below = findingsOn("制造业产品质量合格率控制在92%左右。");
    expect(below.map(([rule]) => rule)).toEqual(["targets/weaker-than-parent"]);
    expect(below[0]![1]).not.toContain("方向相反");
  });
});
