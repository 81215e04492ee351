import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { COVERAGE_THRESHOLD, coverageOf, taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";

function coveredBy(text: string) {
  const { plan, parents, knownParents } = analyze(text);
  const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
  return new Map(coverage.items.filter((i) => i.covered).map((i) => [i.entry.label, i.by.map((b) => b.item.heading.text)]));
}

describe("coverage of the national outline", () => {
  it("counts an item a task quotes verbatim, besides the one its words are most like", () => {
    const covered = coveredBy(
      "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.加快区域质量创新发展。深入推进质量领域技术、管理、制度创新，创建国家质量创新先导区。〔责任单位：市市场监管局〕\n",
    );
    expect(covered.get("（三）")).toEqual(["加快区域质量创新发展"]);
    expect(covered.get("（九）")).toEqual(["加快区域质量创新发展"]);
  });

  it("counts an item whose confirmed title a task writes in its body (佛山: 提高建筑材料质量水平 in 强化工程质量保障)", () => {
    const covered = coveredBy(
      "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.强化工程质量保障。落实工程质量终身责任制，推行工程质量安全手册制度，提高建筑材料质量水平。〔责任单位：市住房城乡建设局〕\n",
    );
    expect(covered.get("（十三）")).toEqual(["强化工程质量保障"]);
    expect(covered.get("（十四）")).toEqual(["强化工程质量保障"]);
  });

  it("does not count a phrase too short to tell items apart", () => {
    const covered = coveredBy("为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.加强食品安全监管。推进绿色低碳。〔责任单位：市市场监管局〕\n");
    expect(covered.get("（四）")).toBeUndefined();
  });
});

describe("a quoted best match under the threshold", () => {
  // The task's best match is （二十） at under COVERAGE_THRESHOLD, and it writes （二十）'s
  // 全员、全要素、全过程、全数据 and （二十一）'s 质量品牌战略: both are quoted, so both count.
  const PLAN =
    "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.支持企业发展。深入实施“链主”企业培育计划，完善中小企业梯度培育机制，鼓励企业制定质量品牌战略，推动全员、全要素、全过程、全数据应用，评选一批市长奖。〔责任单位：市市场监管局〕\n";

  it("counts it, with the phrase it quotes, like any other quoted item", () => {
    const { plan, parents, knownParents } = analyze(PLAN);
    const parent = parents[0]!.parent;
    const [mapping] = mapTasks(plan, parent);
    expect(mapping!.candidates[0]!.entry.label).toBe("（二十）");
    expect(mapping!.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    const coverage = coverageOf(plan, parent, parents, knownParents);
    const twenty = coverage.items.find((i) => i.entry.label === "（二十）")!;
    expect(twenty.covered).toBe(true);
    expect(twenty.by[0]).toMatchObject({ how: "inferred", basis: "quoted", quote: "全员、全要素、全过程、全数据" });
    expect(coverage.items.find((i) => i.entry.label === "（二十一）")!.covered).toBe(true);
    expect(taskCredits(parent, mapping!).map((c) => c.entry.label)).toEqual(["（二十）", "（二十一）"]);
  });
});

describe("a phrase of another item named in passing", () => {
  // A task plainly about 质量监管 (（二十六）) that names （二十）'s 质量管理体系认证 in one clause of
  // its body: the phrase is the other item's, the task is not about it.
  const PLAN =
    "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.优化质量监管效能。全面推行“双随机、一公开”监管，加强信用监管和智慧监管，强化质量安全风险监测，加大产品质量监督抽查力度，严防质量安全事故，对通过质量管理体系认证的企业合理降低抽查频次。〔责任单位：市市场监管局〕\n" +
    "2.提升企业质量管理。推动企业开展质量管理体系认证，推行首席质量官制度，加强全员质量教育培训。〔责任单位：市市场监管局〕\n";

  it("does not count it beside the item the task is about", () => {
    const covered = coveredBy(PLAN);
    expect(covered.get("（二十六）")).toEqual(["优化质量监管效能"]);
    expect(covered.get("（二十）")).toEqual(["提升企业质量管理"]);
  });

  it("still counts the phrase where the task says more of that item (a second subject)", () => {
    const covered = coveredBy(
      "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.优化质量监管效能。全面推行“双随机、一公开”监管，加强信用监管和智慧监管。推动企业开展质量管理体系认证，推行首席质量官制度，加强全员质量教育培训。〔责任单位：市市场监管局〕\n",
    );
    expect(covered.get("（二十六）")).toEqual(["优化质量监管效能"]);
    expect(covered.get("（二十）")).toEqual(["优化质量监管效能"]);
  });
});
