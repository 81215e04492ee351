import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";

/** The numbering findings of a text, by rule and marker. */
const numbering = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.rule.startsWith("numbering/"))
    .map((f) => [f.rule, text.slice(f.start, f.end)]);

/** The text after one marker-style quick fix, the one at `marker`, applied alone as a person picks it. */
function fixedAt(text: string, marker: string): string {
  const finding = analyze(text).findings.find((f) => f.rule === "numbering/marker-style" && text.slice(f.start, f.end) === marker);
  expect(finding?.fix).toBeDefined();
  return applyEdits(text, finding!.fix!.edits).text;
}

it("a level written in a variant throughout is one marker-style finding, whose fix alone leaves no mixed form (issue 8)", () => {
  const text = "一、总体要求\n(一)指导思想\n(二)主要目标\n二、主要任务\n(三)推动质量变革创新\n(四)增强产业质量竞争能力\n";
  expect(numbering(text)).toEqual([["numbering/marker-style", "(一)"]]);
  const fixed = fixedAt(text, "(一)");
  expect(fixed).toBe("一、总体要求\n（一）指导思想\n（二）主要目标\n二、主要任务\n（三）推动质量变革创新\n（四）增强产业质量竞争能力\n");
  expect(numbering(fixed)).toEqual([]);
});

it("a level mostly in variants, one of them another variant, is fixed whole with its standard marker left alone", () => {
  const text = "一、总体要求\n(一)指导思想\n（二)主要目标\n（三）基本原则\n(四)工作要求\n";
  expect(numbering(text)).toEqual([
    ["numbering/marker-style", "(一)"],
    ["numbering/mixed-forms", "（三）"],
  ]);
  expect(analyze(text).findings[0]!.message).toBe("第2级编号全文多写作“(一)”式（使用了半角括号，2处），另有“（一)”式（全角、半角括号混用，1处），共3处不是规范写法，应一并改为“（一）”式");
  expect(numbering(fixedAt(text, "(一)"))).toEqual([]);
});

it("a variant among standard markers keeps a finding of its own, whose fix alone settles the level", () => {
  const text = "一、总体要求\n（一）指导思想\n(二)主要目标\n（三）基本原则\n";
  expect(numbering(text)).toEqual([["numbering/marker-style", "(二)"]]);
  expect(numbering(fixedAt(text, "(二)"))).toEqual([]);
});

it("the level's finding describes the level's variant and how many markers it covers, not only its first marker", () => {
  // The first marker is the one odd variant (（一) with a half-width close); the level is written (一).
  const text = "一、总体要求\n（一)指导思想\n(二)主要目标\n(三)基本原则\n二、主要任务\n(四)推动质量变革创新\n(五)增强产业质量竞争能力\n";
  const finding = analyze(text).findings.find((f) => f.rule === "numbering/marker-style")!;
  expect(text.slice(finding.start, finding.end)).toBe("（一)");
  expect(finding.message).toBe("第2级编号全文多写作“(一)”式（使用了半角括号，4处），另有“（一)”式（全角、半角括号混用，1处），共5处不是规范写法，应一并改为“（一）”式");
  // A level written so but for one standard marker is written so mostly, not throughout.
  const mostly = "一、总体要求\n(一)指导思想\n(二)主要目标\n（三）基本原则\n(四)工作要求\n";
  expect(analyze(mostly).findings.find((f) => f.rule === "numbering/marker-style")!.message).toBe("第2级编号全文多写作“(一)”式（使用了半角括号），共3处，应一并改为“（一）”式");
});
