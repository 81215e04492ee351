import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const PLAN = "示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n到2027年，食品抽检合格率达到98%。\n二、重点任务\n（一）强化监管。";
const REQUIREMENTS = "\n三、工作要求\n（四）注重宣传总结。";

/** The targets a plan's task and its requirements hold, each as [indicator, comparator, figure, unit], the goals' one left out. */
const read = (task: string, requirement: string) =>
  targetsOf(`${PLAN}${task}${REQUIREMENTS}${requirement}\n`)
    .slice(1)
    .map((t) => [t.indicator, t.comparator, t.value, t.unit]);

describe("a duty to report on the work is no goal of the plan's", () => {
  it("reads no target in how the units report to the leading group (报送, 上报 … 信息, 简报, 动态)", () => {
    expect(read("", "加强信息报送，每季度末向领导小组办公室报送工作信息不少于1篇。")).toEqual([]);
    expect(read("", "各成员单位每月向领导小组办公室上报工作动态不少于2期。")).toEqual([]);
    expect(read("", "每半年报送工作总结不少于1份。")).toEqual([]);
  });

  it("keeps the plan's own work with its papers: reports issued, inspections done, results published", () => {
    expect(read("全年出具检验检测报告不少于8000份，每季度末向社会公布食品抽检结果不少于1次。", "")).toEqual([
      ["检验检测报告", "出具不少于", 8000, "份"],
      ["向社会公布食品抽检结果", "每季度末不少于", 1, "次"],
    ]);
  });
});

describe("the point of a period how often is said with (每季度末, 每年底)", () => {
  it("is the comparator's with its frequency, never a word the name opens on", () => {
    expect(read("每季度末向领导小组办公室报送质量分析报告不少于1篇，每年底组织质量提升培训不少于10场次。", "")).toEqual([
      ["向领导小组办公室报送质量分析报告", "每季度末不少于", 1, "篇"],
      ["组织质量提升培训", "每年底不少于", 10, "场次"],
    ]);
  });
});
