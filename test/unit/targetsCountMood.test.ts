import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** The goals' and a task's targets, each as [indicator, verb, figure, unit, aspirational]. */
const read = (goals: string, task = "开展快检。") =>
  extractTargets(buildPlan(`示例县食品快检能力提升实施方案\n一、主要目标\n${goals}\n二、重点任务\n（一）加强快检。\n1.${task}〔责任单位：县市场监管局〕\n`)).targets.map((t) => [
    t.indicator,
    t.comparator,
    t.value,
    t.unit,
    t.aspirational,
  ]);

describe("a count's lead: how often, and the words that commit or strive before its verb", () => {
  it("reads a yearly count written figure first, 每年 before its verb, as it reads one written verb first", () => {
    const yearly = [["建成快检室", "每年建成", 5, "个", false]];
    expect(read("到2025年，全县每年建成5个快检室。")).toEqual(yearly);
    expect(read("到2025年，每年建成快检室5个。")).toEqual(yearly);
    expect(read("到2025年，每季度开展2次抽检。")).toEqual([["抽检", "每季度开展", 2, "次", false]]);
  });

  it("reads 确保, 要 and 要确保 before a count's verb as the comparator's mood, no word of what is counted", () => {
    const count = [["快检", "完成", 3000, "批次", false]];
    expect(read("到2025年，确保完成快检3000批次以上。")).toEqual(count);
    expect(read("到2025年，全县要确保完成快检3000批次以上。")).toEqual(count);
    expect(read("到2025年，全县要完成快检3000批次以上。")).toEqual(count);
    // A group of places before them is the work's doer, its figure the group's (subjects.ts).
    expect(read("到2025年，各乡镇要确保完成快检3000批次以上。")).toEqual(count);
    expect(read("到2025年，全县要力争培育10家品牌企业。")).toEqual([["品牌企业", "培育", 10, "家", true]]);
    // In a task's body as in the goals.
    expect(read("全县食品抽检合格率达到98%。", "开展快检。全县要确保完成快检3000批次以上。").slice(1)).toEqual(count);
  });
});

describe("an attachment that sets the standard each thing meets", () => {
  const plan = (title: string) =>
    `示例市一站式服务站建设实施方案\n一、工作目标\n到2025年，全市建成一站式服务站20个。\n二、重点任务\n（一）推进站点建设。\n1.建设服务站。配备专职服务人员不少于2名。〔责任单位：市市场监管局〕\n\n附件\n\n${title}\n\n一、有固定的办公场所，面积不少于50平方米。\n二、配备专职服务人员不少于2名。\n`;
  const kinds = (title: string) => extractTargets(buildPlan(plan(title))).targets.map((t) => [t.indicator, t.kind, t.path[0]]);

  it("reads its figures as levels per unit, the same words in a task's body as the plan's count", () => {
    expect(kinds("一站式服务站建设标准")).toEqual([
      ["一站式服务站", "count", "一、"],
      ["专职服务人员", "count", "二、"],
      ["面积", "level", "附件"],
      ["专职服务人员", "level", "附件"],
    ]);
  });

  it("leaves an attachment that lists tasks or targets as it reads", () => {
    expect(kinds("重点任务分工表").filter((row) => row[2] === "附件").map((row) => row[1])).toEqual(["level", "count"]);
  });
});
