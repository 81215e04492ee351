import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { yearReported } from "../../server/src/core/targets/pastStatements";

/** The year the figure (its first digit) in `sentence` is reported of. */
const year = (sentence: string, figure: string) => yearReported(sentence, sentence.indexOf(figure));

describe("the year of a figure reported in a clause after the sentence's start", () => {
  it("is the five-year period's last year where its clause, or one before it, opens on the period", () => {
    expect(year("全市计量工作成效明显，“十四五”期间累计培育质量标杆企业120家，建成社会公用计量标准260项。", "质量标杆企业")).toBe(2025);
    expect(year("全市计量工作成效明显，“十四五”期间累计培育质量标杆企业120家，建成社会公用计量标准260项。", "社会公用计量标准")).toBe(2025);
    expect(year("目前，全市产品质量合格率为96.2%，十三五时期累计新增注册计量师200名。", "注册计量师")).toBe(2020);
    // A clause that opens on its own year keeps it.
    expect(year("“十四五”期间累计培育企业120家，2024年服务企业300家。", "服务企业")).toBe(2024);
    // A clause no earlier clause dates: the sentence's opening (目前: none).
    expect(year("目前，全市产品质量合格率为96.2%。", "产品质量合格率")).toBeNull();
  });

  it("gives the plan's reported counts that year, never the horizon", () => {
    const plan = buildPlan("示例市计量发展行动计划（2026—2030年）\n一、发展基础\n全市计量工作成效明显，“十四五”期间累计培育质量标杆企业120家。\n二、主要目标\n到2030年，全市质量标杆企业达到200家。\n");
    expect(extractTargets(plan).targets.map((t) => [t.indicator, t.value, t.horizon, t.baseline])).toEqual([
      ["质量标杆企业", 120, 2025, true],
      ["质量标杆企业", 200, 2030, false],
    ]);
  });
});
