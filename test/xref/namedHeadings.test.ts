import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { COVERAGE_THRESHOLD, coverageOf } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";

/**
 * A task in the drafter's own words scores low for every item; where its heading writes the word
 * the outline names an item by (品牌 of 争创国内国际知名品牌, 诚信 of （二十七）'s 质量诚信) and names
 * the second-best item by none, that item counts though its score is under the threshold.
 */
const PLAN =
  "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n" +
  "1.擦亮县域品牌名片。围绕茶叶、脐橙、竹木家具，培育一批叫得响的县域公共品牌和企业品牌，组织企业参加展会推介，讲好家乡故事。〔责任单位：县市场监管局〕\n" +
  "2.打造诚信兴商环境。在商圈、集贸市场推行经营户亮照亮证、明码标价，建立商户诚信档案，开展诚信经营示范街区和放心市场创建，畅通消费投诉渠道。〔责任单位：县商务局〕\n" +
  "3.创新社区治理模式。推行网格化服务，组织志愿者开展邻里互助，完善居民议事会制度。〔责任单位：县民政局〕\n";

function analysed() {
  const { plan, parents, knownParents } = analyze(PLAN);
  const parent = parents[0]!.parent;
  return { mappings: mapTasks(plan, parent), coverage: coverageOf(plan, parent, parents, knownParents) };
}

describe("a heading that names its item by the item's own word", () => {
  it("counts the item it names under the threshold", () => {
    const { mappings, coverage } = analysed();
    for (const mapping of mappings.slice(0, 2)) expect(mapping.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    const by = (label: string) => coverage.items.find((i) => i.entry.label === label)!.by.map((b) => [b.item.heading.text, b.basis]);
    expect(by("（二十一）")).toEqual([["擦亮县域品牌名片", "best"]]);
    expect(by("（二十七）")).toEqual([["打造诚信兴商环境", "best"]]);
  });

  it("does not read a title's word many items write (创新 of （三）增强质量发展创新动能) as naming it", () => {
    const { coverage } = analysed();
    expect(coverage.unmatched.map((u) => u.item.heading.text)).toEqual(["创新社区治理模式"]);
  });
});
