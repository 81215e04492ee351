import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const read = (goals: string) =>
  extractTargets(buildPlan(`示例县2026年市场监管工作要点\n一、主要目标\n${goals}\n二、重点任务\n（一）推进监管。\n`)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit]);

// 监督抽检, 评价性抽检, 专项检查 name a kind of the work: the verb at their end is the work's name, and
// after 其中 they are parts of the whole's work, of its object.
it("names the kinds of a whole's work after 其中 with the whole's object", () => {
  expect(read("全年完成食品抽检5000批次，其中监督抽检3000批次、评价性抽检2000批次。")).toEqual([
    ["食品抽检", "count", "完成", 5000, "批次"],
    ["食品监督抽检", "count", "完成", 3000, "批次"],
    ["食品评价性抽检", "count", "完成", 2000, "批次"],
  ]);
  // A part that is no kind of the whole's doing keeps its own words.
  expect(read("建成质量基础设施一站式服务站30个，其中县级服务站10个。").map((row) => row[0])).toEqual(["质量基础设施一站式服务站", "县级服务站"]);
  expect(read("药品监督抽检800批次。")).toEqual([["药品监督抽检", "count", "", 800, "批次"]]);
});

// 总数 alone after a count (新增…40家，总数达到300家) is the total of that count's noun.
it("names a how-many word alone by the count before it", () => {
  expect(read("新增食品安全示范店40家，总数达到300家。")).toEqual([
    ["食品安全示范店", "count", "新增", 40, "家"],
    ["食品安全示范店总数", "level", "达到", 300, "家"],
  ]);
});
