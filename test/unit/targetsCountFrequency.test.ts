import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const GOALS = "示例市质量强市建设实施方案（2025—2027年）\n一、总体要求\n（一）主要目标\n到2027年，";

describe("how often a count is made, written after its noun", () => {
  it("reads 年均 and 每年 after a count's noun as its comparator's, never the noun's", () => {
    const targets = targetsOf(`${GOALS}新增市级质量标杆企业年均5家以上，培育专精特新企业每年10家。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier])).toEqual([
      ["count", "市级质量标杆企业", "年均新增", 5, "家", "以上"],
      ["count", "专精特新企业", "每年培育", 10, "家", ""],
    ]);
  });

  it("reads 年均 just before a level's comparator as the comparator's, as 每年 is (质押融资额年均达到30亿元), and 惠及 as reaching whom it names", () => {
    const targets = targetsOf(`${GOALS}专利商标质押融资额年均达到30亿元，惠及企业500家次，食品抽检量每年不少于5000批次，PM2.5年均浓度控制在30微克/立方米以内。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["level", "专利商标质押融资额", "年均达到", 30, "亿元"],
      ["count", "惠及企业", "惠及", 500, "家次"],
      ["level", "食品抽检量", "每年不少于", 5000, "批次"],
      ["level", "PM2.5年均浓度", "控制在", 30, "微克/立方米"],
    ]);
  });

  it("reads who does the work or how, before how often and the verb, as no part of what is counted", () => {
    const read = (text: string) => targetsOf(`${GOALS}${text}\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit]);
    expect(read("组织专家团队每年服务中小企业不少于1000家次。")).toEqual(read("每年服务中小企业不少于1000家次。"));
    expect(read("依托检验检测机构每季度抽查重点产品不少于50批次。")).toEqual([["count", "重点产品", "每季度抽查不少于", 50, "批次"]]);
    // No frequency before the verb: the words are the indicator's, as before.
    expect(read("质量技术服务企业达到500家。").map((t) => t[1])).toEqual(["质量技术服务企业"]);
  });

  it("reads how often before a count's verb after its noun (对高风险企业每年检查…2次) as its comparator's, as with the verb first", () => {
    const read = (text: string) => targetsOf(`${GOALS}${text}\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier]);
    // Before: a level of 对高风险企业每年检查, 每年 in the indicator.
    expect(read("对高风险企业每年检查不少于2次。")).toEqual(read("每年检查高风险企业不少于2次。"));
    expect(read("对高风险企业每年检查不少于2次。")).toEqual([["count", "高风险企业", "每年检查不少于", 2, "次", ""]]);
    expect(read("对高风险企业每季度检查1次以上。")).toEqual([["count", "高风险企业", "每季度检查", 1, "次", "以上"]]);
    expect(read("对重点企业年均帮扶3次。")).toEqual([["count", "重点企业", "年均帮扶", 3, "次", ""]]);
    // 累计 after the noun: a total, not a word of the comparator.
    expect(targetsOf(`${GOALS}质量标杆企业累计培育不少于20家。\n`).map((t) => [t.indicator, t.comparator, t.cumulative])).toEqual([["质量标杆企业", "培育不少于", true]]);
    // A verb's noun at the end of a name, no frequency before it, stays the name's (质量技术帮扶).
    expect(read("开展质量技术帮扶不少于100次。").map((t) => t[1])).toEqual(["质量技术帮扶"]);
    // A measure is no count: 抽检量 keeps its name, how often its comparator's.
    expect(read("食品抽检量每年不少于4批次/千人。").map((t) => [t[1], t[2]])).toEqual([["每千人食品抽检量", "每年不少于"]]);
  });
});

describe("how often a 、 list's work is done, said once", () => {
  const TASKS = "示例市质量强市建设实施方案（2025—2027年）\n一、总体要求\n（一）主要目标\n到2027年，质量水平明显提升。\n二、主要任务\n（一）提升质量。";
  const read = (task: string) => targetsOf(`${TASKS}${task}\n`).filter((t) => t.kind === "count").map((t) => [t.indicator, t.comparator, t.value]);

  it("keeps the list's 每年 with an item's own verb of recurring work", () => {
    expect(read("每年开展质量培训50场次、培训人员5000人次；每年抽检食品3000批次、发放证书200张。")).toEqual([
      ["质量培训", "每年开展", 50],
      ["培训人员", "每年培训", 5000],
      ["抽检食品", "每年抽检", 3000],
      ["发放证书", "每年发放", 200],
    ]);
  });

  it("never gives it to what the list builds or adds", () => {
    expect(read("每年新增质量标杆企业5家、建设检测中心1个、新增品牌2个。")).toEqual([
      ["质量标杆企业", "每年新增", 5],
      ["检测中心", "建设", 1],
      ["新增品牌", "新增", 2],
    ]);
  });

  it("gives each figure of a list its own verb: how often and an inspection after a comma are the clause's, never the verb before", () => {
    const read = (text: string) => targetsOf(`${GOALS}${text}\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit]);
    expect(read("对重点企业每季度检查1次，每年监测2次。")).toEqual([
      ["count", "重点企业", "每季度检查", 1, "次"],
      ["count", "重点企业", "每年监测", 2, "次"],
    ]);
    expect(read("对高风险企业每月检查1次，每季度抽检1次。").map((t) => t[2])).toEqual(["每月检查", "每季度抽检"]);
  });
});

