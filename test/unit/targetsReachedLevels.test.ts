import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { spanOfTarget } from "../../server/src/core/targets/increments";

const GOALS = "示例市质量认证提升行动方案（2026—2028年）\n一、主要目标\n";
const rows = (text: string) => targetsOf(`${GOALS}到2028年，${text}\n`).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.cumulative, spanOfTarget(t)]);

describe("a verb that makes what stands before 达到: the total of what it made, a level reached", () => {
  it("reads 认证企业达到, 培育企业累计达到 as levels, as 获证企业达到 and …总数达到 are", () => {
    expect(rows("认证企业达到30家，培育企业累计达到50家，获证企业达到60家，认证企业总数达到80家。")).toEqual([
      ["认证企业", "level", "达到", 30, false, "level"],
      ["培育企业", "level", "达到", 50, true, "level"],
      ["获证企业", "level", "达到", 60, false, "level"],
      ["认证企业总数", "level", "达到", 80, false, "level"],
    ]);
  });

  it("leaves counts of what is new, of work done, of whom work reaches, and what a 累计 verb made", () => {
    expect(rows("新增认证企业达到30家。")).toEqual([["认证企业", "count", "新增达到", 30, false, "increment"]]);
    expect(rows("主导或参与制修订国家标准和行业标准达到20项以上。")).toEqual([["主导或参与制修订国家标准和行业标准", "count", "达到", 20, false, "increment"]]);
    expect(rows("指导企业建设质量管理体系达到100家。")).toEqual([["企业建设质量管理体系", "count", "指导达到", 100, false, "increment"]]);
    expect(rows("累计建成5G基站达到1.2万个。")).toEqual([["5G基站", "count", "建成达到", 1.2, true, "level"]]);
    expect(rows("培育质量标杆企业30家。")).toEqual([["质量标杆企业", "count", "培育", 30, false, "increment"]]);
  });
});
