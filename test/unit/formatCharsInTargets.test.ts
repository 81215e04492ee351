import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A format character pasted into a goal (a web page's zero-width space, Word's U+2060, a soft
 * hyphen) between a figure's digits, inside its year or inside its indicator's name is read
 * through, as the grammar reads it through inside a marker: the goal is the one the plan
 * states, and only text/invisible-char speaks of the character, until its fix deletes it.
 */
const rows = (text: string) =>
  extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.value, target.unit, target.horizon]);
const rules = (text: string) => analyze(text).findings.map((finding) => finding.rule).filter((rule) => rule !== "targets/parent-not-localised");

const goals = (body: string) => `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${body}\n`;

describe("format characters inside a goal", () => {
  it("reads a figure whose digits a format character splits, and its unit", () => {
    const text = goals("到2025年，食用农产品监测合格率达到9\u200b8%以上，制造业质量竞争力指数达到8\u20606.\u200b5。");
    expect(rows(text)).toEqual([
      ["食用农产品监测合格率", 98, "%", 2025],
      ["制造业质量竞争力指数", 86.5, "", 2025],
    ]);
    expect(rules(text)).toEqual(["text/invisible-char", "text/invisible-char", "text/invisible-char"]);
  });

  it("reads a year whose digits a format character splits, and full-width figures alike", () => {
    const text = goals("到20\u200b25年，食用农产品监测合格率达到\u200b９\u00ad８％以上。");
    expect(rows(text)).toEqual([["食用农产品监测合格率", 98, "%", 2025]]);
  });

  it("compares an indicator whose name a format character splits with the parent's", () => {
    const text = goals("到2025年，全市食品抽检合\u200b格率达到97%。");
    expect(rules(text)).toEqual(["targets/weaker-than-parent", "text/invisible-char"]);
  });
});

describe("a format character or a line separator inside a comparator or a dash", () => {
  it("reads the comparator through it (达<U+200B>到, 稳定<U+2060>在, 提<U+200B>高到): the target and its indicator", () => {
    const text = goals("到2025年，制造业产品质量合格率达\u200b到94%以上，农产品抽检合格率稳定\u2060在98%以上，质量竞争力指数提\u200b高到86。");
    expect(rows(text)).toEqual([
      ["制造业产品质量合格率", 94, "%", 2025],
      ["农产品抽检合格率", 98, "%", 2025],
      ["质量竞争力指数", 86, "", 2025],
    ]);
    expect(extractTargets(analyze(text).plan).targets.map((target) => target.comparator)).toEqual(["达到", "稳定在", "提高到"]);
    expect(rules(text)).toEqual(["text/invisible-char", "text/invisible-char", "text/invisible-char"]);
  });

  it("reads a target a line separator (U+2028) cuts, and its fix deletes the separator there rather than break the line", () => {
    const text = goals("到2025年，制造业产品质量合格率达到\u202894%以上，万人发明专利拥有量达\u2028到10件，农产品抽检合格\u2028率稳定在98%以上。");
    expect(rows(text).map((row) => row[1])).toEqual([94, 10, 98]);
    const fixed = fixAll(text).text;
    expect(fixed).toBe(text.replaceAll("\u2028", ""));
    // Between two sentences it is still the line break the writer made.
    const between = goals("坚持质量第一。\u2028到2025年，制造业产品质量合格率达到94%以上。");
    expect(fixAll(between).text).toBe(between.replace("\u2028", "\n"));
  });

  it("reads —<U+200B>— as the list mark ——, not a single dash", () => {
    const text = "一、主要任务\n1.提升质量。开展工作：\n—\u200b—加强监管；\n——加强培育。\n〔责任单位：市市场监管局〕\n";
    expect(buildPlan(text).allItems.filter((item) => item.level === 5).map((item) => item.heading.text)).toEqual(["加强监管", "加强培育"]);
    expect(analyze(text).findings.map((finding) => finding.rule)).toEqual(["text/invisible-char"]);
  });
});

describe("the name of an indicator a paste split", () => {
  it("is shown without a line separator or a format character inside it", () => {
    const text = goals("到2025年，制造业产品\u2028质量合格率达到94%以上，食品抽检合格\u200b率达到98%以上，农产品\u2029抽检合格率达\u2028到99%。");
    expect(rows(text).map((row) => row[0])).toEqual(["制造业产品质量合格率", "食品抽检合格率", "农产品抽检合格率"]);
    // The text keeps them: text/invisible-char reports each, and its fix deletes them.
    expect(rules(text)).toEqual(Array(4).fill("text/invisible-char"));
    expect(rows(fixAll(text).text)).toEqual(rows(text));
  });
});
