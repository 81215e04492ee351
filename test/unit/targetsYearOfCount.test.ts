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
