import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A page's comment a clipboard leaves before a figure (`<!-- StartFragment -->21`): markup, whose
 * closing `>` is no comparison sign and whose words are no indicator's name.
 */
const PLAN = (goals: string) => `示例市质量强市建设实施方案（2024—2027年）\n一、总体要求\n（一）主要目标\n${goals}\n二、重点任务\n（一）推进质量创新。开展质量攻关。〔责任单位：市市场监管局〕\n`;
const read = (goals: string) => extractTargets(buildPlan(PLAN(goals))).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]);

describe("a page's comment before a figure", () => {
  it("reads no target of `>21` where a comment's or a tag's close stands before the figure", () => {
    expect(read("到2027年，全市质量整体水平进一步提升。\n<!-- StartFragment -->21\n<!--StartFragment-->21\n<span>21</span>")).toEqual([]);
  });

  it("reads the comparator's figure through a comment between them, and names no indicator by the comment", () => {
    expect(read("到2027年，全市检验检测机构达到<!-- StartFragment -->21家。")).toEqual([["检验检测机构", "达到", 21, "家"]]);
    expect(read("到2027年，<!--StartFragment-->食品抽检合格率达到98.5%。")).toEqual([["食品抽检合格率", "达到", 98.5, "%"]]);
  });

  it("still reads a half-width sign after words as the comparison it is", () => {
    expect(read("到2027年，制造业产品质量合格率>95%。")).toEqual([["制造业产品质量合格率", ">", 95, "%"]]);
    // After letters that no `<` opens as a tag's: a sign still.
    expect(read("到2027年，化学需氧量COD>50。")).toEqual([["化学需氧量COD", ">", 50, ""]]);
  });
});
