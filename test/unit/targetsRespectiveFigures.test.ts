import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";
import { resolveParents } from "../../server/src/core/parents/resolve";

// A plan that implements the national outline, so that its targets are compared with the outline's.
const GOALS = "示例市质量提升实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，";
const plan = (text: string) => buildPlan(`${GOALS}${text}\n`);
const read = (text: string) => extractTargets(plan(text)).targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier, t.unpaired, t.horizon]);
const weaker = (text: string) =>
  analyze(`${GOALS}${text}\n`)
    .findings.filter((finding) => finding.rule === "targets/weaker-than-parent" || finding.rule === "targets/inconsistent")
    .map((finding) => finding.message);

describe("figures listed after one comparator", () => {
  it("pairs indicators joined by 、 or 和 with the figures given 分别, in order", () => {
    expect(read("主要农产品质量安全抽检合格率、食品抽检合格率分别不低于98%、99%。")).toEqual([
      ["主要农产品质量安全抽检合格率", 98, "%", "", "", 2025],
      ["食品抽检合格率", 99, "%", "", "", 2025],
    ]);
    expect(read("农产品质量安全抽检合格率和食品抽检合格率分别不低于百分之九十八、百分之九十九。").map((t) => t.slice(0, 3))).toEqual([
      ["农产品质量安全抽检合格率", 98, "%"],
      ["食品抽检合格率", 99, "%"],
    ]);
  });

  it("bounds each change of a list by its comparator, as it bounds one (不低于 is 以上 for every figure)", () => {
    expect(read("农业增加值增长率、工业增加值增长率分别不低于3%、6%。").map((t) => [t[0], t[1], t[3]])).toEqual([
      ["农业增加值", 3, "以上"],
      ["工业增加值", 6, "以上"],
    ]);
    expect(read("农业增加值增长率2024年、2025年分别不低于3%、4%。").map((t) => [t[1], t[3], t[5]])).toEqual([
      [3, "以上", 2024],
      [4, "以上", 2025],
    ]);
  });

  it("reads a bound written once after the last figure as the list's", () => {
    expect(read("农产品质量安全抽检合格率和食品抽检合格率分别稳定在98%和99%以上。").map((t) => t[3])).toEqual(["以上", "以上"]);
  });

  it("reads a year before 分别 as the targets' year, not a part of the last indicator", () => {
    expect(read("制造业产品质量合格率、食品抽检合格率2027年分别达到95%、98.5%。")).toEqual([
      ["制造业产品质量合格率", 95, "%", "", "", 2027],
      ["食品抽检合格率", 98.5, "%", "", "", 2027],
    ]);
  });

  it("compares each pair with the outline", () => {
    // 制造业产品质量合格率 91% is below the outline's 94%, 食品抽检合格率 99% above its 98%.
    const messages = weaker("制造业产品质量合格率、食品抽检合格率分别不低于91%、99%。");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("“制造业产品质量合格率”的目标“不低于91%”");
  });

  it("pairs nothing where indicators and figures are not one for one: no figure is any indicator's", () => {
    const text = "制造业产品质量合格率、食品抽检合格率、农产品质量安全抽检合格率分别达到91%、97%。";
    expect(read(text)).toEqual([
      ["制造业产品质量合格率", null, "", "", "91%、97%", 2025],
      ["食品抽检合格率", null, "", "", "91%、97%", 2025],
      ["农产品质量安全抽检合格率", null, "", "", "91%、97%", 2025],
    ]);
    // Before: 91% read for all three, below the outline's figures three times.
    expect(weaker(text)).toEqual([]);
    const parsed = plan(text);
    const rows = targetTableRows(parsed, resolveParents(parsed, undefined), undefined);
    expect(rows.map((row) => [row.figure, row.verdict, row.parentStatus])).toEqual(Array(3).fill(["91%、97%", "no-parent", "not-comparable"]));
    expect(rows[0]!.reason).toContain("指标与数值个数不一致（91%、97%）");
  });

  it("reads the first of several figures of one indicator without 分别, and shows the others", () => {
    expect(read("制造业产品质量合格率不低于94%、95%。")).toEqual([["制造业产品质量合格率", 94, "%", "", "95%", 2025]]);
    const parsed = plan("制造业产品质量合格率不低于94%、95%。");
    const rows = targetTableRows(parsed, resolveParents(parsed, undefined), undefined);
    expect(rows.map((row) => [row.figure, row.verdict])).toEqual([["94%", "meets"]]);
    expect(rows[0]!.reason).toContain("同一指标另写有“95%”，按第一个数值读取");
    expect(rows[0]!.note).toBe("同一指标另写有“95%”，按第一个数值读取");
    // A count given a second figure with no noun of its own: the first read, the other shown.
    expect(read("培育质量标杆企业5家、10家。").map((t) => t.slice(0, 5))).toEqual([["质量标杆企业", 5, "家", "", "10家"]]);
    // A comma ends the clause: the figure after it is none of this target's.
    expect(read("制造业产品质量合格率达到94%，95%以上的企业通过认证。").map((t) => t[4])).toEqual([""]);
  });
});
