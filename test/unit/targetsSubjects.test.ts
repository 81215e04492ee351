import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { buildRegistry } from "../../server/src/core/units/registry";

/** A county's annual plan: its goals name who does the work before what is done. */
const PLAN = "某县2026年市场监管工作要点\n一、主要目标\n";
const read = (text: string, registry = buildRegistry(undefined)) =>
  extractTargets(buildPlan(`${PLAN}${text}\n二、重点任务\n（一）推进质量提升。\n`, undefined, registry)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit]);

describe("the responsible units opening a goal's clause are its subject, no word of the indicator", () => {
  it("reads a count's verb after the unit that does the work", () => {
    expect(read("县农业农村局完成食品安全监督抽检1200批次。")).toEqual([["食品安全监督抽检", "count", "完成", 1200, "批次"]]);
    expect(read("县卫生健康委开展食品安全风险监测300批次，县住房城乡建设局新建城市公园3个。")).toEqual([
      ["食品安全风险监测", "count", "开展", 300, "批次"],
      ["城市公园", "count", "新建", 3, "个"],
    ]);
  });

  it("reads several units, and a lead such as 全年 after them", () => {
    expect(read("县市场监管局、县农业农村局全年开展农产品快检5000批次。")).toEqual([["农产品快检", "count", "开展", 5000, "批次"]]);
    expect(read("县市场监管局和县公安局全年查处食品违法案件120起。")).toEqual([["食品违法案件", "count", "查处", 120, "起"]]);
  });

  it("reads for whom the unit works (为, 帮助) after it as the count's, no word of the indicator", () => {
    expect(read("县市场监管局为消费者挽回经济损失300万元，县科技局帮助企业解决技术难题50个。").map((row) => row.join(" "))).toEqual(["挽回经济损失 count 挽回 300 万元", "技术难题 count 解决 50 个"]);
  });

  it("reads a level's indicator after the unit", () => {
    expect(read("县市场监管局食品抽检合格率达到98%以上。")).toEqual([["食品抽检合格率", "level", "达到", 98, "%"]]);
  });

  it("keeps a body the clause makes, and a name the registry does not know", () => {
    expect(read("组建县消费者权益保护委员会分会3个。")).toEqual([["县消费者权益保护委员会分会", "count", "组建", 3, "个"]]);
    expect(read("县人民医院门诊满意度达到90%。")).toEqual([["县人民医院门诊满意度", "level", "达到", 90, "%"]]);
  });

  it("keeps a government named before a noun as a word of that noun's name", () => {
    expect(read("新增中国质量奖1个，省政府质量奖2个，县政府质量奖获奖企业达到5家。").map((row) => row[0])).toEqual(["中国质量奖", "省政府质量奖", "县政府质量奖获奖企业"]);
  });

  it("reads the configuration's own units as subjects too", () => {
    const registry = buildRegistry({ units: { registry: [{ name: "县食品检验所" }] } } as never);
    expect(read("县食品检验所完成食品检验2000批次。", registry)).toEqual([["食品检验", "count", "完成", 2000, "批次"]]);
  });

  it("reads a group of units as a subject as it reads a named unit", () => {
    // A bare figure is the group's (the plan's total shared among them); with a floor each is held to, each one's level.
    expect(read("各乡镇人民政府完成食用农产品快检3000批次，各乡镇（街道）全年开展农产品快检5000批次。")).toEqual([
      ["食用农产品快检", "count", "完成", 3000, "批次"],
      ["农产品快检", "count", "开展", 5000, "批次"],
    ]);
    // Said to be their sum, the places are the work's doer and the figure the group's.
    expect(read("各乡镇共完成食用农产品快检3000批次。")[0]![1]).toBe("count");
    expect(read("各县（市、区）要确保食品抽检合格率达到98%以上，各乡镇食品抽检合格率达到97%。")).toEqual([
      ["食品抽检合格率", "level", "达到", 98, "%"],
      ["食品抽检合格率", "level", "达到", 97, "%"],
    ]);
    expect(read("市直各部门完成食品安全培训200场次，市有关部门开展质量宣传活动20场次，各地各部门培训执法人员500人次。")).toEqual([
      ["食品安全培训", "count", "完成", 200, "场次"],
      ["质量宣传活动", "count", "开展", 20, "场次"],
      ["执法人员", "count", "培训", 500, "人次"],
    ]);
  });

  it("reads 要 or 将 before what a subject commits to as no word of the indicator", () => {
    expect(read("县市场监管局要确保食品抽检合格率达到98%以上。")).toEqual([["食品抽检合格率", "level", "达到", 98, "%"]]);
  });

  it("keeps words that open with 各 or 有关 but name no group", () => {
    expect(read("各类食品抽检合格率达到98%，有关标准制修订10项。").map((row) => row[0])).toEqual(["各类食品抽检合格率", "有关标准"]);
  });

  it("reads a measure named as an amount per head after a unit or a group (…食品抽检量达到每千人4批次)", () => {
    expect(read("县市场监管局食品抽检量达到每千人4批次。各乡镇食品抽检量达到每千人3批次。").map((row) => row[0])).toEqual(["每千人食品抽检量", "每千人食品抽检量"]);
  });
});
