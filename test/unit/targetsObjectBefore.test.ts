import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A task's targets, each as [indicator, comparator, figure, unit, kind]. */
const read = (task: string) =>
  extractTargets(buildPlan(`示例市质量强市建设实施方案\n一、主要目标\n到2025年，质量强市建设取得明显成效。\n二、重点任务\n（一）培育优质企业。${task}（责任单位：市市场监管局）\n`)).targets.map((t) => [
    t.indicator,
    t.comparator,
    t.value,
    t.unit,
    t.kind,
  ]);

describe("a figure whose clause names nothing counts the object of the clause before", () => {
  it("names the count by what the clause before makes, in the same sentence", () => {
    expect(read("培育专精特新企业，到2025年累计达到100家以上。")).toEqual([["专精特新企业", "达到", 100, "家", "level"]]);
    // A noun that names its own doing is counted whole, the subject and its part in the work with it
    // (鼓励 the means only): standards drafted are work done, a count with 达到 as well (modelTargets.ts).
    expect(read("鼓励企业主导或参与制修订国家、行业标准，到2025年累计达到25项以上。")).toEqual([["企业主导或参与制修订国家、行业标准", "达到", 25, "项", "count"]]);
    expect(read("加快培育专精特新企业，累计达到100家。")).toEqual([["专精特新企业", "达到", 100, "家", "level"]]);
    expect(read("打造区域公用品牌，力争到2027年达到3个。")).toEqual([["区域公用品牌", "达到", 3, "个", "level"]]);
  });

  it("looks back one clause of the same sentence only, and only at a count's verb and its object", () => {
    // Another sentence, a clause that is no count's, or one with a figure of its own: nothing borrowed.
    expect(read("培育专精特新企业。到2025年累计达到100家以上。")[0]![0]).toBe("");
    expect(read("加强质量品牌建设，到2025年累计达到100家以上。")[0]![0]).toBe("");
    expect(read("培育专精特新企业，完善梯度培育机制，到2025年累计达到100家以上。")[0]![0]).toBe("");
    // A rate's clause is not counted in 家.
    expect(read("培育专精特新企业，到2025年达到95%。")[0]![0]).toBe("");
  });

  it("names the count after a blank one by the blank's noun, never its gap nor its unit", () => {
    // 新建…  项: the clause before is a count whose figure was left blank (targets/blank's).
    expect(read("新建社会公用计量标准  项，累计达到150项。")).toEqual([
      ["社会公用计量标准", "新建", null, "项", "count"],
      ["社会公用计量标准", "达到", 150, "项", "level"],
    ]);
    expect(read("培育专精特新企业\u3000家，到2025年累计达到100家以上。").map((t) => t[0])).toEqual(["专精特新企业", "专精特新企业"]);
  });
});
