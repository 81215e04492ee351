import { describe, expect, it } from "vitest";
import { betterWayByName } from "../../server/src/core/targets/polarity";

describe("which way an indicator is better, by its name", () => {
  it("shares to be high, by how the name ends", () => {
    for (const name of ["产品质量合格率", "服务质量满意度", "农业标准化生产普及率", "质量投诉处理率", "安全隐患整改率"]) expect(betterWayByName(name), name).toBe("up");
  });

  it("consumption, accidents, complaints and what fails, to be low; 不合格率 though it ends as 合格率 does", () => {
    for (const name of ["万元GDP用水量", "单位GDP能耗", "质量安全事故起数", "亿元GDP生产安全事故死亡率", "消费投诉量", "产品不合格率", "行政审批办理时限"]) expect(betterWayByName(name), name).toBe("down");
  });

  it("a rate of change, by what changes: a fall of what is to be low is to be large", () => {
    for (const name of ["单位GDP能耗降低率", "质量安全事故起数下降幅度", "产品质量合格率提升幅度"]) expect(betterWayByName(name), name).toBe("up");
    for (const name of ["单位GDP能耗增长率", "消费投诉量增速"]) expect(betterWayByName(name), name).toBe("down");
    expect(betterWayByName("规上工业增加值增长率")).toBeNull();
  });

  it("the absence of a harm, counted, to be high: 无事故, 零伤亡, 无投诉 though 事故, 伤亡, 投诉 are to be low", () => {
    for (const name of ["安全生产无事故天数", "连续无重大质量安全事故年数", "零伤亡企业数", "无投诉商户占比"]) expect(betterWayByName(name), name).toBe("up");
    for (const name of ["重大质量安全事故起数", "无证经营投诉量"]) expect(betterWayByName(name), name).toBe("down");
  });

  it("a name that does not say", () => {
    for (const name of ["规上企业数量", "农药使用量", "研发投入强度", "质量竞争力", "空气质量优良天数", "食品抽检不合格发现率", "农药残留超标检出率"]) expect(betterWayByName(name), name).toBeNull();
  });
});
