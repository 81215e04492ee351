import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf, taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A county's brand tasks in its own words (县域特色品牌, 区域公用品牌) implement the
 * outline's brand item （二十一）, whose text names only 中国品牌, 中国精品 and 老字号: the outline's
 * inferred keywords (quality-power-outline.json, after the attested ones) carry the words local
 * plans use for it.
 */
const PLAN = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、总体要求
（一）主要目标
到2025年，全县质量整体水平进一步提升。
二、重点任务
（一）打造县域特色品牌。围绕茶叶、竹木等特色产业，培育一批县域特色品牌，推进区域公用品牌建设，支持企业申报地理标志证明商标。（责任单位：县市场监管局、县农业农村局）
（二）加强区域品牌建设。实施商标品牌战略，培育“示例好茶”等区域公用品牌，推动地理标志产品保护和运用，支持企业争创省级以上知名品牌。（责任单位：县市场监管局）
`;

describe("coverage of a county's brand tasks", () => {
  it("counts 县域特色品牌 and 区域品牌 tasks for （二十一）争创国内国际知名品牌", () => {
    expect(creditsOfTasks(PLAN)).toEqual([
      ["打造县域特色品牌", ["（二十一）"]],
      ["加强区域品牌建设", ["（二十一）"]],
    ]);
  });
});

describe("a task that names only 区域品牌", () => {
  it("counts for （二十一）, and 区域 elsewhere still for （九）区域质量", () => {
    const credits = creditsOfTasks(`示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、主要任务
1.打造区域品牌。培育一批区域品牌，提升区域品牌影响力。（责任单位：县市场监管局）
2.推进区域质量协调发展。推动区域质量创新，加强区域质量合作。（责任单位：县发改局）
`);
    expect(credits).toEqual([
      ["打造区域品牌", ["（二十一）"]],
      ["推进区域质量协调发展", ["（九）"]],
    ]);
  });
});

describe("coverage of an item a task names by number", () => {
  it("counts 落实《质量强国建设纲要》第（五）条, 按照纲要第四条 and 纲要第八部分 for the items they name", () => {
    const outline = builtinParents()[0]!;
    const plan = buildPlan(`示例市计量发展行动计划（2024—2026年）
为贯彻落实《质量强国建设纲要》，制定本行动计划。
一、重点任务
（一）开展计量便民活动。落实《质量强国建设纲要》第（五）条要求，开展“计量服务进社区”活动。（责任单位：市市场监管局）
（二）推进能源计量。按照纲要第四条和第（二十二）条要求，开展重点用能单位能源计量审查。（责任单位：市市场监管局）
（三）开展计量比对。按照《计量发展规划》第（五）条，组织计量比对。（责任单位：市市场监管局）
`);
    const cited = mapTasks(plan, outline).map((mapping) => [
      mapping.item.heading.text,
      taskCredits(outline, mapping)
        .filter((credit) => credit.basis === "cited")
        .map((credit) => credit.entry.label),
    ]);
    expect(cited).toEqual([
      ["开展计量便民活动", ["（五）"]],
      ["推进能源计量", ["（二十二）", "（四）"]],
      // Another document's item (五) is not the outline's.
      ["开展计量比对", []],
    ]);
  });
});

/** Each task of a county's plan under the outline, with the items it counts for by a cited number. */
function citedCredits(tasks: string): Array<[string, string[]]> {
  const outline = builtinParents()[0]!;
  const plan = buildPlan(`示例县质量强县建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n${tasks}`);
  return mapTasks(plan, outline).map((mapping) => [mapping.item.heading.text, taskCredits(outline, mapping).filter((credit) => credit.basis === "cited").map((credit) => credit.entry.label)]);
}

describe("a cited number followed by the title of another item", () => {
  it("counts for the item whose title the drafter copied, not for the number typed beside it", () => {
    const cited = citedCredits(`1.强化农产品质量安全。落实纲要第（二十）条“提高农产品食品药品质量安全水平”，开展追溯。（责任单位：县农业农村局）
2.推动质量与绿色发展协同。落实纲要第（四）条“树立质量发展绿色导向”，推广绿色产品认证。（责任单位：县发改委）
3.开展质量管理培训。落实纲要第（二十）条“全面质量管理”有关要求，组织培训。（责任单位：县市场监管局）
`);
    expect(cited).toEqual([
      ["强化农产品质量安全", ["（十）"]],
      ["推动质量与绿色发展协同", ["（四）"]],
      // A quotation that is no item's title leaves the number as written.
      ["开展质量管理培训", ["（二十）"]],
    ]);
  });

  it("counts a part named together with an item of it for that item only: the part is where the item stands", () => {
    const cited = citedCredits(`1.争创知名品牌。按照纲要第八部分“提升企业质量和品牌发展能力”要求，落实第（二十一）项“争创国内国际知名品牌”。（责任单位：县市场监管局）
2.增强企业质量品牌能力。落实纲要第八部分和第（十三）条要求。（责任单位：县市场监管局）
`);
    expect(cited.map(([heading, labels]) => [heading, [...labels].sort()])).toEqual([
      ["争创知名品牌", ["（二十一）"]],
      // An item of another part leaves the part whole.
      ["增强企业质量品牌能力", ["（二十一）", "（二十）", "（十三）", "（十九）"].sort()],
    ]);
  });

  it("reads 第（八）部分 as the part (（十九）to（二十一）), each of its items, as 第八部分", () => {
    const cited = citedCredits("1.增强企业质量品牌能力。落实《质量强国建设纲要》第（八）部分，提升企业质量和品牌发展能力。（责任单位：县市场监管局）\n");
    expect(cited.map(([, labels]) => [...labels].sort())).toEqual([["（二十一）", "（二十）", "（十九）"].sort()]);
  });
});

describe("a heading over tasks that names the item its part carries out", () => {
  it("counts for the cited item, and for the item whose title it is where it types another number", () => {
    const text = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
（一）增强质量发展创新动能（落实纲要第（三）条）
1.加快质量技术创新。推动企业开展质量技术攻关。（责任单位：县科技局）
（二）提高产业质量竞争水平（落实纲要第（九）条）
1.提升纺织服装产业质量。打造产业集群品牌。（责任单位：县工信局）
`;
    const { plan, parents, knownParents } = analyze(text);
    const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
    const byHeading = (label: string) => coverage.items.find((item) => item.entry.label === label)!.by.filter((b) => b.basis === "cited").map((b) => b.item.heading.text);
    expect(byHeading("（三）")).toEqual(["增强质量发展创新动能（落实纲要第（三）条）"]);
    expect(byHeading("（七）")).toEqual(["提高产业质量竞争水平（落实纲要第（九）条）"]);
    expect(byHeading("（九）")).toEqual([]);
  });
});

describe("an annotation that writes an item's title", () => {
  it("counts for the titled item, alone or after another item's number", () => {
    const text = `示例市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、主要任务
1.提高建筑材料质量。推进绿色建材认证。〔对应纲要：（十二）提高建筑材料质量水平〕（责任单位：市住建局）
2.优化消费品供给。推动消费品标准提升。〔对应纲要：优化消费品供给品类〕（责任单位：市商务局）
3.强化工程质量保障。落实工程质量终身责任制。〔对应纲要：（十三）强化工程质量保障〕（责任单位：市住建局）
`;
    const { plan, parents, knownParents } = analyze(text);
    const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
    const annotated = coverage.items.filter((item) => item.by.some((b) => b.how === "annotation")).map((item) => item.entry.label);
    expect(annotated).toEqual(["（十一）", "（十三）", "（十四）"]);
  });
});
