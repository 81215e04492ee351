import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { analyze } from "../../server/src/core/analyze";

/** A “十五五” plan dated 2026: its chapter looking back reports 2025's figures. */
const HEAD = "示例市“十五五”质量发展规划\n\n2026年10月12日\n\n";
const BODY = "全市制造业产品质量合格率达到94.6%。到2025年底，全市质量管理体系认证覆盖率达到85%。\n二、主要目标\n到2030年，制造业产品质量合格率达到96%以上，质量管理体系认证覆盖率达到83%。\n";

const reported = (heading: string) =>
  extractTargets(buildPlan(`${HEAD}${heading}\n${BODY}`))
    .targets.filter((t) => t.baseline)
    .map((t) => t.value);

describe("a chapter looking back on a period reports its figures", () => {
  it("a heading that ends on what the period achieved is history, however it is worded", () => {
    for (const heading of ["一、“十四五”时期质量发展成效", "一、“十四五”质量强市建设成就", "一、“十四五”工作回顾", "一、质量发展成效与面临形势", "一、“十四五”主要成果"]) {
      expect(reported(heading), heading).toEqual([94.6, 85]);
    }
  });

  it("results to come, a task on results and a noun the heading goes on past are no looking back", () => {
    for (const heading of ["一、预期成效", "一、巩固质量提升成效", "一、强化成效评估"]) {
      expect(reported(heading), heading).toEqual([]);
    }
  });

  it("its 到2025年底 is no expired goal, and its figures are the base the goals are weighed against", () => {
    const ids = (heading: string) => analyze(`${HEAD}${heading}\n${BODY}`).findings.map((f) => f.rule);
    const found = ids("一、“十四五”时期质量发展成效");
    expect(found).not.toContain("targets/horizon");
    expect(found).not.toContain("targets/inconsistent");
    expect(found).toContain("targets/weaker-than-baseline");
  });
});
