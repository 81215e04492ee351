import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const shown = (text: string) => text.replace(/[^\u0020-\u007e\u3000-\u9fff\uff00-\uffef]/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);

/**
 * A marker after characters the grammar does not take for indentation (model/reading.ts): a web
 * page's em spaces, a zero-width space or a BOM pasted at the line's start. The reader sees the
 * marker start the line, so it is the item: the outline has it, and numbering/sequence neither
 * reports the next item nor renumbers it (its fix would make two （二）).
 */
describe("a marker after indentation the grammar does not know", () => {
  for (const lead of ["\u2003\u2003", "\u2002", "\u200b", "\ufeff", "\u3000\u200b", "\u202f"]) {
    it(`${shown(lead)}（二）`, () => {
      const text = `一、总体要求\n（一）指导思想\n坚持质量第一。\n${lead}（二）工作要求\n推进质量强市建设。〔责任单位：市市场监管局〕\n（三）工作措施\n开展质量提升行动。\n`;
      const plan = buildPlan(text);
      expect(plan.allItems.map((item) => item.marker.text)).toEqual(["一、", "（一）", "（二）", "（三）"]);
      const second = plan.allItems[2]!;
      expect([second.heading.text, second.clauses.map((clause) => clause.units.map((unit) => unit.text))]).toEqual(["工作要求", [["市市场监管局"]]]);
      expect(analyze(text).findings.filter((f) => f.rule.startsWith("numbering/"))).toEqual([]);
    });
  }

  it("is no item where no marker follows, or what follows only looks like one (1.5亿元)", () => {
    const text = "一、总体要求\n（一）指导思想\n\u2003\u2003坚持质量第一。\n\u200b1.5亿元用于质量提升。\n";
    expect(buildPlan(text).allItems.map((item) => item.marker.text)).toEqual(["一、", "（一）"]);
  });
});
