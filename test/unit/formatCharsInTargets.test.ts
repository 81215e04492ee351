import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
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
