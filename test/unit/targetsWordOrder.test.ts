import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { groupRestatements } from "../../server/src/core/targets/restatements";
import { orderlessName } from "../../server/src/core/targets/synonyms";
import { targetsOf } from "../support/targets";

const PLAN = (goal: string, cell: string) =>
  "示例县特种设备安全提升行动方案（2026—2028年）\n一、发展基础\n全县在用特种设备1.28万台。\n二、主要目标\n" +
  `到2028年，${goal}控制在0.1人以下。\n主要指标\n序号\t指标名称\t单位\t2025年基数\t2028年目标\n1\t万台特种设备死亡人数\t人\t0.12\t${cell}\n` +
  "三、重点任务\n（一）压实责任\n1.推进落实。开展安全检查。〔责任单位：县市场监管局〕\n";

const inconsistent = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "targets/inconsistent").map((finding) => finding.message);

describe("one indicator written with its words in another order", () => {
  it("is one indicator to targets/inconsistent: a measure word moved, a noun said once or twice", () => {
    expect(inconsistent(PLAN("特种设备万台设备死亡人数", "≤0.08"))).toHaveLength(1);
    expect(inconsistent(PLAN("特种设备万台死亡人数", "≤0.08"))).toHaveLength(1);
    expect(inconsistent(PLAN("特种设备万台设备死亡人数", "≤0.1"))).toEqual([]);
  });

  it("is one target restated, judged once", () => {
    const targets = targetsOf(PLAN("特种设备万台设备死亡人数", "≤0.1")).filter((t) => t.unit === "人");
    expect(targets).toHaveLength(2);
    expect(groupRestatements(targets.map((target) => ({ target })), () => true)).toHaveLength(1);
  });

  it("keeps names apart whose words differ, or whose measure differs", () => {
    expect(orderlessName("万台特种设备死亡人数")).toBe(orderlessName("特种设备万台设备死亡人数"));
    expect(orderlessName("特种设备事故死亡人数")).not.toBe(orderlessName("万台特种设备死亡人数"));
    expect(orderlessName("质量标准")).not.toBe(orderlessName("标准质量"));
    expect(orderlessName("企业标准化")).not.toBe(orderlessName("标准化企业"));
    expect(orderlessName("检验检测机构")).not.toBe(orderlessName("检验机构"));
  });
});
