import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { resolveParents } from "../../server/src/core/parents/resolve";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

const GOALS = "示例市深化质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，";
const read = (text: string) =>
  extractTargets(buildPlan(`${GOALS}${text}\n`)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.upper, t.unit, t.qualifier, t.sense, t.placeholder || t.blank, t.valueText]);
const rulesOn = (text: string) => analyze(`${GOALS}${text}\n`).findings.map((finding) => finding.rule).filter((rule) => rule !== "targets/parent-not-localised");

describe("figures a drafter left for later", () => {
  it("reads a figure only partly written as a placeholder, not as the digits written", () => {
    expect(read("工业产品质量合格率达到9X%以上，培育质量标杆企业不少于1××家。")).toEqual([
      ["工业产品质量合格率", "level", "达到", null, null, "%", "以上", "up", true, "9X"],
      ["质量标杆企业", "count", "培育不少于", null, null, "家", "", "up", true, "1××"],
    ]);
    // Before: a rate of 9 without its % (targets/implausible) and a leftover X (text/placeholder).
    expect(rulesOn("工业产品质量合格率达到9X%以上。")).toEqual(["targets/blank"]);
  });

  it("reads a single underscore, circles and question marks where the figure goes", () => {
    expect(read("覆盖率达到_%，新增地方标准不少于〇〇项，满意度达到？？%。").map((t) => [t[0], t[3], t[5], t[8], t[9]])).toEqual([
      ["覆盖率", null, "%", true, "_"],
      ["地方标准", null, "项", true, "〇〇"],
      ["满意度", null, "%", true, "？？"],
    ]);
    // One finding each, the question marks no repeated punctuation.
    expect(rulesOn("覆盖率达到_%，新增地方标准不少于〇〇项，满意度达到？？%。")).toEqual(["targets/blank", "targets/blank", "targets/blank"]);
  });

  it("reads a range of placeholders as one blank target, its sense kept", () => {
    // Its figure as written, both ends (before: ××, the upper end dropped) and the bound after it.
    expect(read("食品抽检合格率保持在××%—××%。")).toEqual([["食品抽检合格率", "level", "保持在", null, null, "%", "", "keep", true, "××%—××"]]);
    expect(read("食品抽检合格率保持在××%—××%以上。").map((t) => [t[6], t[9]])).toEqual([["以上", "××%—××"]]);
    expect(rulesOn("食品抽检合格率保持在××%—××%。")).toEqual(["targets/blank"]);
  });

  it("reads a range whose upper end is a placeholder as one blank target, its written figure shown", () => {
    expect(read("产品质量合格率达到90%—XX%以上，新增省级质量标杆企业5～××家。")).toEqual([
      ["产品质量合格率", "level", "达到", null, null, "%", "以上", "up", true, "90%—XX"],
      ["省级质量标杆企业", "count", "新增", null, null, "家", "", "up", true, "5～××"],
    ]);
    // Before: a figure of 90 below the outline's 94% and a leftover XX; now targets/blank's alone, once.
    expect(rulesOn("产品质量合格率达到90%—XX%，新增省级质量标杆企业5～××家。")).toEqual(["targets/blank", "targets/blank"]);
    const messages = analyze(`${GOALS}产品质量合格率达到90%—XX%。\n`).findings.filter((finding) => finding.rule === "targets/blank").map((finding) => finding.message);
    expect(messages).toEqual(["“产品质量合格率”的目标范围上限仍为占位符“XX”，定稿前应填写实际数值"]);
  });

  it("reads a figure per head left as a placeholder as the level per head it is", () => {
    expect(read("食品抽检量达到每千人X批次。")).toEqual([["每千人食品抽检量", "level", "达到", null, null, "批次", "", "up", true, "X"]]);
  });

  it("leaves figures as figures: 二〇〇〇年, 3×3, a range, 以上 and 左右", () => {
    expect(rulesOn("继续实施二〇〇〇年以来的质量工程，建设3×3米示范展板10个。")).toEqual([]);
    expect(read("合格率达到90%—95%，能耗下降15%左右，不合格率控制在2%以下。").map((t) => [t[0], t[3], t[4], t[6], t[7], t[8]])).toEqual([
      ["合格率", 90, 95, "", "up", false],
      ["能耗", 15, null, "左右", "down", false],
      ["不合格率", 2, null, "以下", "down", false],
    ]);
  });

  it("shows a placeholder's figure in the table with what it is written with (以上, 左右), as a figure's", () => {
    const plan = buildPlan(`${GOALS}主要农产品质量安全合格率达到95%～XX%以上，药品抽检合格率达到9X%以上，食品抽检合格率达到××%左右，工程质量合格率保持在××%—××%以上，新增企业XX家以上。\n`);
    const rows = targetTableRows(plan, resolveParents(plan, undefined), undefined);
    // Before: 95%～XX%, 9X%, ××%, ××%, XX家 — a floor still to be filled in shown as a bare figure.
    expect(rows.map((row) => row.figure)).toEqual(["95%～XX%以上", "9X%以上", "××%左右", "××%—××%以上", "XX家以上"]);
  });
});

describe("a blank target the clause after it goes on with", () => {
  it("gives a change or a later year with no indicator of its own the blank's indicator, not the figure's before it", () => {
    const named = (text: string) => read(text).map((t) => [t[0], t[1], t[3], t[8]]);
    expect(named("食品抽检合格率达到98%，消费者满意度XX%以上，较2020年提高2个百分点。")).toEqual([
      ["食品抽检合格率", "level", 98, false],
      ["消费者满意度", "level", null, true],
      ["消费者满意度", "delta", 2, false],
    ]);
    expect(named("食品抽检合格率达到98%，力争完成包保督导任务覆盖率××%，2024年达到96%。")).toEqual([
      ["食品抽检合格率", "level", 98, false],
      ["包保督导任务覆盖率", "level", null, true],
      ["包保督导任务覆盖率", "level", 96, false],
    ]);
    // A count left blank is named after it as one with a figure is: its parts still its own.
    expect(named("新增质量标杆企业20家，培育品牌××个以上，其中国家级5个。")).toEqual([
      ["质量标杆企业", "count", 20, false],
      ["培育品牌", "count", null, true],
      ["国家级品牌", "count", 5, false],
    ]);
  });
});
