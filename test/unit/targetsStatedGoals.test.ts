import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const PLAN = "示例市质量强市建设实施方案（2026—2030年）\n一、主要目标\n";
const read = (goals: string, tasks = "") =>
  extractTargets(buildPlan(`${PLAN}${goals}\n二、重点任务\n（一）提升质量。${tasks}（责任单位：市市场监管局）\n`))
    .targets.filter((t) => !t.baseline)
    .map((t) => [t.indicator, t.kind, t.comparator, t.value, t.qualifier, t.sense, t.horizon, t.inGoals]);

describe("a goal stated with 为", () => {
  it("reads 为 in the goals as the level to reach, bounded as 达到 bounds it", () => {
    expect(read("到2030年，全市制造业产品质量合格率为98%，食品抽检合格率为98.5%以上，特种设备检验平均用时为5天以内。")).toEqual([
      ["制造业产品质量合格率", "level", "为", 98, "", "up", 2030, true],
      ["食品抽检合格率", "level", "为", 98.5, "以上", "up", 2030, true],
      ["特种设备检验平均用时", "level", "为", 5, "以内", "down", 2030, true],
    ]);
  });

  it("reads no goal in 分为, 认定为, 作为, nor in a figure stated of a year before the goal's", () => {
    expect(read("到2030年，检验检测机构分为3类，标准化工作作为重点，制造业质量竞争力指数2020年为84.5，达到86。")).toEqual([
      ["制造业质量竞争力指数", "level", "达到", 86, "", "up", 2030, true],
    ]);
  });

  it("reads a figure stated with 为 that the next clause rises from as that target's base, no goal", () => {
    const targets = extractTargets(buildPlan(`${PLAN}到2030年，全市服务质量满意度为80分，达到85分以上。\n`)).targets;
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.baseValue])).toEqual([["服务质量满意度", "达到", 85, 80]]);
  });

  it("reads no goal in a figure stated with 为 outside the goals", () => {
    expect(read("到2030年，全市制造业产品质量合格率达到98%。", "到2028年，产品质量监督抽查合格率为97%。")).toEqual([
      ["制造业产品质量合格率", "level", "达到", 98, "", "up", 2030, true],
    ]);
  });
});
