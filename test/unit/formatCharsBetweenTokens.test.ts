import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import type { NumberedItem } from "../../server/src/core/model/types";
import { outlineEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";

// Format characters pasted between the tokens of a marker or a label (grammar FormatChar): the
// plan is read as a reader sees it before text/invisible-char's fix deletes them.
const plan = (cf: string) =>
  [
    "示例市质量强市实施方案",
    `一${cf}、主要任务`,
    `（${cf}一${cf}）推动质量变革`,
    `1${cf}.提升产业质量竞争力。培育质量竞争型产业。〔${cf}责任${cf}单位${cf}：${cf}市市场监管局、市工信局〕`,
    `（${cf}1${cf}）开展对标。对标先进。`,
    `2.增强质量创新能力。实施质量攻关。〔牵${cf}头单位：市科技局；配合单位：市工信局〕`,
    "",
  ].join("\n");

const outline = (items: readonly NumberedItem[]): unknown[] => items.map((item) => [item.level, item.marker.value, item.heading.text, outline(item.children)]);
const expected = [[1, 1, "主要任务", [[2, 1, "推动质量变革", [[3, 1, "提升产业质量竞争力", [[4, 1, "开展对标", []]]], [3, 2, "增强质量创新能力", []]]]]]];

describe("format characters between the tokens of a marker or a clause label", () => {
  for (const [name, cf] of [["U+200B", "\u200b"], ["U+FEFF", "\ufeff"], ["U+2060", "\u2060"], ["U+00AD", "\u00ad"], ["two", "\u200b\u2060"]] as const) {
    it(`reads the outline and the clauses through ${name}`, () => {
      const { plan: model, findings } = analyze(plan(cf));
      expect(outline(model.items)).toEqual(expected);
      expect(model.clauses.map((clause) => clause.segments.map((segment) => [segment.label, segment.role, segment.units.map((unit) => unit.text)]))).toEqual([
        [["责任单位", "responsible", ["市市场监管局", "市工信局"]]],
        [
          ["牵头单位", "lead", ["市科技局"]],
          ["配合单位", "support", ["市工信局"]],
        ],
      ]);
      // text/invisible-char reports them; nothing else reads the plan wrongly for them.
      expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(["text/invisible-char", "targets/no-goals"]));
      const fixed = fixAll(plan(cf)).text;
      expect(fixed).toBe(plan(""));
    });
  }

  it("keeps a label's span as written, so a style fix replaces the whole label", () => {
    const text = "一、主要任务\n1.提升质量。培育产业。〔责任\u200b部门：市市场监管局〕\n2.增强能力。实施攻关。〔责任单位：市科技局〕\n3.加强品牌。培育品牌。〔责任单位：市商务局〕\n";
    const clause = analyze(text).plan.clauses[0]!;
    expect(clause.segments[0]!.label).toBe("责任部门");
    expect(text.slice(clause.segments[0]!.labelSpan!.start, clause.segments[0]!.labelSpan!.end)).toBe("责任\u200b部门");
  });

  it("names a marker without the format character inside it, its span as written", () => {
    const text = "示例方案\n一\u200b、主要任务\n（一\u200b）推进标准化。开展工作。\n（三）实施计划。开展工作。\n";
    const { plan: model, findings } = analyze(text);
    const group = model.items[0]!.children[0]!;
    expect([model.items[0]!.marker.text, group.marker.text, group.marker.numeral]).toEqual(["一、", "（一）", "一"]);
    expect(text.slice(group.marker.start, group.marker.end)).toBe("（一\u200b）");
    expect(outlineEntries(model, new PositionMapper(text)).map((entry) => [entry.marker, entry.children.map((child) => child.marker)])).toEqual([["一、", ["（一）", "（三）"]]]);
    expect(findings.find((finding) => finding.rule === "numbering/sequence")!.message).toContain("前一项为“（一）”");
    expect(findings.filter((finding) => finding.rule === "text/invisible-char")).toHaveLength(2);
  });

  it("restyles a marker's brackets where they stand, the format character inside left to its own rule", () => {
    const text = "示例方案\n一、主要任务\n(\u200b一)推进标准化。开展工作。\n(二\u200b)实施计划。开展工作。\n";
    const style = analyze(text).findings.filter((finding) => finding.rule === "numbering/marker-style");
    // The level is written (一) throughout: one finding, its fix the level's (numbering/levelForms.ts).
    expect(style.map((finding) => finding.message)).toEqual(["第2级编号全文写作“(一)”式（使用了半角括号），共2处，应一并改为“（一）”式"]);
    expect(fixAll(text).text).toBe("示例方案\n一、主要任务\n（一）推进标准化。开展工作。\n（二）实施计划。开展工作。\n");
    expect(fixAll(text, { ruleOverrides: { "text/invisible-char": "off" } }).text).toBe("示例方案\n一、主要任务\n（\u200b一）推进标准化。开展工作。\n（二\u200b）实施计划。开展工作。\n");
  });

  it("restyles a marker whose numeral holds a format character without touching the numeral", () => {
    // The marker's text leaves the character out (十一), its numeral keeps it (十<U+200C>一): the
    // brackets were found by the one in the other, not found, and the fix replaced `(十<U+200C>` by `（`.
    const text = "示例方案\n一、主要任务\n(十\u200c一)推进标准化。开展工作。\n(十二)实施计划。开展工作。\n１\u200b２．开展对标。对标先进。\n";
    const style = analyze(text).findings.filter((finding) => finding.rule === "numbering/marker-style");
    expect(style[0]!.message).toBe("第2级编号全文写作“(一)”式（使用了半角括号），共2处，应一并改为“（一）”式");
    // The level's fix restyles (十<U+200C>一) and (十二): the brackets of each, never a numeral.
    expect(style[0]!.fix!.edits.map((edit) => text.slice(edit.start, edit.end))).toEqual(["(", ")", "(", ")"]);
    const kept = fixAll(text, { ruleOverrides: { "text/invisible-char": "off", "numbering/sequence": "off", "numbering/nesting": "off", "numbering/scope": "off" } }).text;
    expect(kept).toContain("（十\u200c一）推进标准化");
    expect(kept).toContain("1\u200b2.开展对标");
    // All fixes together (the count starts at 十一: renumbered to （一）) lose no word either.
    expect(fixAll(text).text).toBe("示例方案\n一、主要任务\n（一）推进标准化。开展工作。\n（二）实施计划。开展工作。\n1.开展对标。对标先进。\n");
  });

  it("reads a multi-digit numeral and an annotation's label through one inside them", () => {
    const tasks = (cf: string) =>
      Array.from({ length: 12 }, (_, i) => `${i + 1 === 12 ? `1${cf}2` : i + 1}.提升质量${i + 1}。开展工作。〔责任单位：市市场监管局〕`).join("\n");
    const text = (cf: string) =>
      `示例市质量强市实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n十${cf}一、重点任务\n（十${cf}二）推动质量变革\n${tasks(cf)}\n（1${cf}1）开展对标。〔对${cf}应纲要：（十${cf}二）〕\n（12）实施攻关。【对${cf}应纲要：（四）】\n`;
    for (const cf of ["\u200b", "\ufeff", "\u00ad", "\u2060"]) {
      const { plan: model, findings } = analyze(text(cf));
      const section = model.items[0]!;
      const group = section.children[0]!;
      const last = group.children[group.children.length - 1]!;
      expect([section.marker.value, group.marker.value, group.children.map((item) => item.marker.value).join(",")]).toEqual([11, 12, "1,2,3,4,5,6,7,8,9,10,11,12"]);
      expect([last.marker.text, last.marker.numeral, last.heading.text]).toEqual(["12.", `1${cf}2`, "提升质量12"]);
      expect(last.children.map((item) => [item.marker.text, item.annotations.map((a) => a.references.map((r) => r.value).join(","))])).toEqual([
        ["（11）", ["12"]],
        ["（12）", ["4"]],
      ]);
      // Only the characters themselves are reported; the annotations name the outline's items.
      expect(findings.filter((finding) => finding.rule.startsWith("xref/") && finding.rule !== "xref/annotation-form" && finding.rule !== "xref/unrelated-section")).toEqual([]);
      expect(fixAll(text(cf)).text).toBe(fixAll(text("")).text);
    }
  });

  it("does not read a bidi override inside a marker through", () => {
    expect(analyze("一、主要任务\n（\u202e一）加强\n").plan.items[0]!.children).toEqual([]);
  });
});
