import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const PLAN = "示例市深化质量强市建设实施方案（2026—2030年）\n";
const GOALS = `${PLAN}一、总体要求\n（一）主要目标\n`;
const rows = (text: string) => targetsOf(text).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.baseline ? "reported" : t.horizon]);

describe("a year before a count's verb and noun", () => {
  it("is the count's year within the plan's period, its verb the comparator", () => {
    expect(rows(`${GOALS}到2030年，消费环境持续改善。2026年建成放心消费示范街区3个，2028年培育省级质量标杆企业10家。\n`)).toEqual([
      ["放心消费示范街区", "count", "建成", 3, "个", 2026],
      ["省级质量标杆企业", "count", "培育", 10, "家", 2028],
    ]);
  });

  it("gives a list after it the same year and verb", () => {
    expect(rows(`${GOALS}2027年建成放心消费示范街区5个、放心消费示范店30家。\n`)).toEqual([
      ["放心消费示范街区", "count", "建成", 5, "个", 2027],
      ["放心消费示范店", "count", "建成", 30, "家", 2027],
    ]);
  });

  it("makes a task's count of its year a target, as 2026年底前建成… is", () => {
    const text = `${PLAN}一、重点任务\n（一）优化消费环境。2026年建成放心消费示范街区3个。\n`;
    expect(rows(text)).toEqual([["放心消费示范街区", "count", "建成", 3, "个", 2026]]);
  });

  it("leaves a year before the plan's period as it was read: no verb, no count of that year", () => {
    expect(rows(`${GOALS}到2030年，消费环境持续改善。2024年建成放心消费示范街区2个。\n`)).toEqual([["建成放心消费示范街区", "count", "", 2, "个", 2030]]);
    // A report of a year gone by stays a record of where things stood, no count of the plan's.
    expect(rows(`${PLAN}一、发展基础\n2025年建成放心消费示范街区2个，完成质量攻关项目8项。\n`)).toEqual([
      ["建成放心消费示范街区", "level", "", 2, "个", "reported"],
      ["质量攻关项目", "count", "完成", 8, "项", "reported"],
    ]);
  });

  it("reads no year of a plan with no period as the count's", () => {
    expect(rows("示例市放心消费建设实施方案\n一、主要目标\n2026年建成放心消费示范街区3个。\n").map((row) => row[2])).toEqual([""]);
  });
});

describe("a year striven for (力争) before a count's verb and noun", () => {
  it("is the count's year, 力争 its aim and no word of its verb or noun", () => {
    const striven = targetsOf(`${GOALS}力争2026年建成省级质量标杆企业5家。全市力争2027年新增地方标准20项，2028年力争新增团体标准30项。\n`);
    expect(striven.map((t) => [t.indicator, t.comparator, t.value, t.horizon, t.aspirational])).toEqual([
      ["省级质量标杆企业", "建成", 5, 2026, true],
      ["地方标准", "新增", 20, 2027, true],
      ["团体标准", "新增", 30, 2028, true],
    ]);
  });

  it("makes a task's count striven for in its year a target, as one without 力争 is", () => {
    const text = `${PLAN}一、重点任务\n（一）提升产品质量。力争2027年新增中国质量奖1个，力争在2028年培育省级质量标杆企业10家。\n`;
    expect(rows(text)).toEqual([
      ["中国质量奖", "count", "新增", 1, "个", 2027],
      ["省级质量标杆企业", "count", "培育", 10, "家", 2028],
    ]);
  });

  it("reads 力争在…年前， opening a sentence as the year of its targets", () => {
    expect(rows(`${GOALS}到2030年，制造业产品质量合格率达到96%。力争在2028年前，培育省级质量标杆企业10家。在2029年底前，食品抽检合格率达到99%。\n`)).toEqual([
      ["制造业产品质量合格率", "level", "达到", 96, "%", 2030],
      ["省级质量标杆企业", "count", "培育", 10, "家", 2028],
      ["食品抽检合格率", "level", "达到", 99, "%", 2029],
    ]);
  });

  it("never reads 在…年（的）基础上 as a year to reach", () => {
    expect(rows(`${GOALS}到2030年，在2025年基础上，培育省级质量标杆企业10家。\n`)).toEqual([["省级质量标杆企业", "count", "培育", 10, "家", 2030]]);
  });
});

describe("a count of its year whose noun ends on a verb of its own, and the list after it", () => {
  it("takes the verb after the year as the count's, the verb at the noun's end the noun's", () => {
    const text = `${PLAN}一、重点任务\n（一）推进企业标准化。2026年完成企业标准化示范创建12家，标准化试点项目终期评估8项。\n`;
    expect(rows(text)).toEqual([
      ["企业标准化示范创建", "count", "完成", 12, "家", 2026],
      // The list goes on after a comma with the year and the verb, as after 、.
      ["标准化试点项目终期评估", "count", "完成", 8, "项", 2026],
    ]);
  });

  it("carries the year and verb to the goals' list after a comma", () => {
    expect(rows(`${GOALS}到2030年，消费环境持续改善。2027年建成放心消费示范街区5个，放心消费示范店30家。\n`)).toEqual([
      ["放心消费示范街区", "count", "建成", 5, "个", 2027],
      ["放心消费示范店", "count", "建成", 30, "家", 2027],
    ]);
  });
});
