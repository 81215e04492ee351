import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";

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

  it("does not count a phrase too short to tell items apart", () => {
    const covered = coveredBy("为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.加强食品安全监管。推进绿色低碳。〔责任单位：市市场监管局〕\n");
    expect(covered.get("（四）")).toBeUndefined();
  });
});
