import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A 2026—2028 plan whose goals are set under year labels; each target as `heading indicator verb figure year`. */
const read = (goals: string, title = "示例市质量强市建设三年行动方案（2026—2028年）") =>
  extractTargets(buildPlan(`${title}\n一、工作目标\n（一）总体目标\n到2028年，全市质量整体水平明显提升。\n${goals}\n二、重点任务\n（一）推进质量提升。\n`)).targets.map(
    (t) => `${t.path.join("")} ${t.indicator} ${t.comparator} ${t.value} ${t.horizon}`,
  );

describe("a yearly figure under a goals heading that is only a year", () => {
  it("is set for every year of the period, not the label's year alone; the label's other figures are its year's", () => {
    expect(read("（二）2026年目标\n制造业产品质量合格率达到93.5%，全年培训质量管理人员2000人次，每年培育质量标杆企业5家，年均新增团体标准10项。\n（三）2027年目标\n每年培育质量标杆企业8家，新增省级质量标杆企业3家。")).toEqual([
      "一、（二） 制造业产品质量合格率 达到 93.5 2026",
      "一、（二） 质量管理人员 培训 2000 2026",
      "一、（二） 质量标杆企业 每年培育 5 2028",
      "一、（二） 团体标准 年均新增 10 2028",
      "一、（三） 质量标杆企业 每年培育 8 2028",
      "一、（三） 省级质量标杆企业 新增 3 2027",
    ]);
  });

  it("keeps a stage's year where the stage is one the plan reaches (到2027年), and an annual plan's own year", () => {
    expect(read("（二）阶段目标\n到2027年，每年培育质量标杆企业5家。")).toEqual(["一、（二） 质量标杆企业 每年培育 5 2027"]);
    expect(read("（二）2026年目标\n每年培育质量标杆企业5家。", "示例市2026年质量工作要点")).toEqual(["一、（二） 质量标杆企业 每年培育 5 2026"]);
  });
});
