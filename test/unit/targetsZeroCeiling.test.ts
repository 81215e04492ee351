import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

const GOALS = "示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n";
const TASKS = "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n";

const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.sense]);

/**
 * A goal of none (重大质量安全事故 | 起 | 0): events and cases counted in 起 and 例, a ceiling
 * however it is written, since nothing is fewer than none.
 */
describe("a goal of none, in a table and in the text", () => {
  it("reads a table's row of 起 or 例 with a 0, as a ceiling", () => {
    const table = "序号\t指标名称\t单位\t2025年目标值\t指标属性\n1\t重大质量安全事故\t起\t0\t约束性\n2\t食源性疾病暴发事件\t例\t≤2\t约束性\n3\t食品抽检合格率\t%\t98.5\t约束性\n";
    expect(read(GOALS + table + TASKS)).toEqual([
      ["重大质量安全事故", "", 0, "起", "down"],
      ["食源性疾病暴发事件", "≤", 2, "例", "down"],
      ["食品抽检合格率", "", 98.5, "%", "up"],
    ]);
  });

  it("reads 控制在0起 and 不超过3起 in the text as ceilings", () => {
    expect(read(GOALS + "到2025年，重大质量安全事故控制在0起，较大质量安全事故不超过3起。\n" + TASKS)).toEqual([
      ["重大质量安全事故", "控制在", 0, "起", "down"],
      ["较大质量安全事故", "不超过", 3, "起", "down"],
    ]);
  });
});

/** A province's plan whose table holds 重大质量安全事故 to none, and 较大 ones to ten. */
const PROVINCE = parentFromPlanText(
  "示例省质量强省建设实施意见\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2025年，主要指标如下：\n序号\t指标名称\t单位\t2025年目标值\n1\t重大质量安全事故\t起\t0\n2\t较大质量安全事故\t起\t≤10\n",
  "省实施意见.plan",
);

describe("a city's goals against a province's goal of none", () => {
  function rows(goals: string) {
    const text = `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
    const { plan, parents } = analyze(text, { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
    return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.value, row.verdict]);
  }

  it("finds one a weaker goal and none meets it, at any level; a count of events above none compares only at one level", () => {
    expect(rows("重大质量安全事故控制在1起以内，较大质量安全事故不超过3起。")).toEqual([
      ["重大质量安全事故", 1, "weaker"],
      ["较大质量安全事故", 3, "no-parent"],
    ]);
    expect(rows("重大质量安全事故控制在0起。")).toEqual([["重大质量安全事故", 0, "meets"]]);
  });
});

/** A goal of none said in words or with a bare 0, in the goals, the tasks and the 发展基础. */
describe("a goal of none said in the text", () => {
  const PLAN = "示例县深化质量强县建设实施方案（2026—2030年）\n一、发展基础\n";
  const all = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.sense, t.inGoals, t.baseline]);

  it("reads a bare 0起, 零发生, 为零, 不发生 and 杜绝 in the goals as ceilings of none, one per event named in full", () => {
    const goals = "二、主要目标\n到2030年，全县较大以上质量安全事故0起，确保不发生区域性、系统性重大质量安全事件，药品安全事故零发生，特种设备事故起数为零，杜绝重大食品安全事故、重大特种设备安全事故，实现零事故。\n";
    expect(all(PLAN + "质量工作稳步推进。\n" + goals)).toEqual([
      ["较大以上质量安全事故", "", 0, "起", "down", true, false],
      ["区域性、系统性重大质量安全事件", "不发生", 0, "起", "down", true, false],
      ["药品安全事故", "零发生", 0, "起", "down", true, false],
      ["特种设备事故起数", "为零", 0, "起", "down", true, false],
      ["重大食品安全事故", "杜绝", 0, "起", "down", true, false],
      ["重大特种设备安全事故", "杜绝", 0, "起", "down", true, false],
      // 事故 alone is named as a reviewer names the row: of the field the title names (quality's, here).
      ["质量安全事故", "零", 0, "起", "down", true, false],
    ]);
  });

  it("names every form of none as the table's row names it: the field before 零, in quotes, one per piece of a list", () => {
    const goals = "二、主要目标\n到2030年，实现特种设备零事故，确保食品安全“零事故”，实现药品安全零事故、疫苗零事故，确保全年不发生较大及以上特种设备事故，确保零重大质量安全事故。\n";
    expect(all(PLAN + "质量工作稳步推进。\n" + goals).map((row) => [row[0], row[1]])).toEqual([
      ["特种设备事故", "零"],
      ["食品安全事故", "零"],
      ["药品安全事故", "零"],
      ["疫苗事故", "零"],
      ["较大及以上特种设备事故", "不发生"],
      ["重大质量安全事故", "零"],
    ]);
  });

  it("names 实现零事故 by the field of the plan's title: a 特种设备安全 plan's events, a 食品安全 plan's", () => {
    const zero = (title: string) => extractTargets(buildPlan(`${title}\n一、工作目标\n全年实现零事故。\n`)).targets.map((t) => t.indicator);
    expect(zero("示例县2026年特种设备安全工作要点")).toEqual(["特种设备安全事故"]);
    expect(zero("示例县2026年食品安全工作要点")).toEqual(["食品安全事故"]);
    expect(zero("示例县2026年安全生产工作要点")).toEqual(["安全事故"]);
  });

  it("never takes a reported none for a goal: 未发生 anywhere, and 实现零事故 where the plan reports", () => {
    const rows = all(PLAN + "“十四五”期间，全县未发生重大质量安全事故，实现零事故。\n二、主要目标\n到2030年，全县产品质量合格率达到98%以上，未发生较大质量安全事故。\n");
    expect(rows.filter((row) => row[2] === 0).every((row) => row[6] === true)).toBe(true);
    expect(rows.filter((row) => row[6] === false)).toEqual([["产品质量合格率", "达到", 98, "%", "up", true, false]]);
  });

  it("leaves a task's 确保不发生… as the work's bottom line, no target, and reads no none of what is not an event", () => {
    const tasks = "二、主要目标\n到2030年，全县产品质量合格率达到98%以上，守住不发生系统性风险底线。\n三、重点任务\n（一）强化安全监管。确保不发生系统性食品安全事件，全年查处质量违法案件120起。（责任单位：县市场监管局）\n";
    expect(all(PLAN + "质量工作稳步推进。\n" + tasks).map((row) => row[0])).toEqual(["产品质量合格率", "质量违法案件"]);
  });

  it("compares a goal of none with a parent's none as meeting it, and asks no year of it", () => {
    const text = "示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n全市重大质量安全事故零发生，较大质量安全事故0起。\n";
    const { plan, parents, findings } = analyze(text, { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
    expect(targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.value, row.verdict])).toEqual([
      ["重大质量安全事故", 0, "meets"],
      // As 不超过3起 is: a count of events compares only at the parent's own level of them.
      ["较大质量安全事故", 0, "no-parent"],
    ]);
    expect(findings.filter((finding) => finding.rule.startsWith("targets/"))).toEqual([]);
  });
});

describe("targets/horizon and a goal of none", () => {
  const horizonFindings = (goals: string) =>
    analyze(`示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）推进质量创新。\n`, {}).findings.filter((finding) => finding.rule === "targets/horizon");

  it("asks a year of a figure to reach, never of a bottom line of none", () => {
    expect(horizonFindings("全市重大质量安全事故零发生，确保不发生区域性、系统性重大质量安全事件。")).toEqual([]);
    expect(horizonFindings("全市重大质量安全事故零发生，产品质量合格率达到98%。").map((finding) => finding.message)).toEqual([
      "主要目标中有1项量化目标没有写明目标年份（如“到2025年”），方案标题和实施步骤也没有写明实施期",
    ]);
  });
});
