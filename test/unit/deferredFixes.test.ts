import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";
import { deferredFix, lazyFix, spanFix } from "../../server/src/core/fixes/fix";
import type { Fix, TextEdit } from "../../server/src/core/rules/types";

describe("fixes that make their edits when read", () => {
  it("a span fix reads and serialises as the plain fix it stands for", () => {
    const fix = spanFix("改为全角", 3, 4, "，");
    expect(fix.description).toBe("改为全角");
    expect(fix.edits).toEqual([{ start: 3, end: 4, newText: "，" }]);
    expect(JSON.parse(JSON.stringify(fix))).toEqual({ description: "改为全角", edits: [{ start: 3, end: 4, newText: "，" }] });
  });

  it("a deferred fix makes its edits on the first read only, then keeps them", () => {
    let made = 0;
    const fix = deferredFix("两处", (): TextEdit[] => {
      made++;
      return [
        { start: 1, end: 2, newText: "，" },
        { start: 5, end: 6, newText: "；" },
      ];
    });
    expect(made).toBe(0);
    const first = fix.edits;
    expect(fix.edits).toBe(first);
    expect(JSON.parse(JSON.stringify({ fix }))).toEqual({ fix: { description: "两处", edits: first } });
    expect(made).toBe(1);
  });

  it("a lazy fix makes its description and edits on the first read of either, once", () => {
    let made = 0;
    const fix = lazyFix((): Fix => {
      made++;
      return spanFix("重新编号本组：改为“二、”，并更新 1 处引用", 4, 6, "二、");
    });
    expect(made).toBe(0);
    expect(fix.description).toBe("重新编号本组：改为“二、”，并更新 1 处引用");
    expect(fix.edits).toEqual([{ start: 4, end: 6, newText: "二、" }]);
    expect(fix.deletes).toBeUndefined();
    expect(JSON.parse(JSON.stringify({ fix }))).toEqual({ fix: { description: "重新编号本组：改为“二、”，并更新 1 处引用", edits: [{ start: 4, end: 6, newText: "二、" }] } });
    expect(made).toBe(1);
  });

  // The rules' deferred fixes read the analysed plan when asked: asked long after the analysis
  // (as the editor asks when the user picks the action), they make what an eager fix made.
  it("a plan's fixes, read after the analysis, change exactly what they describe", () => {
    const text =
      "一、主要任务\n1.开展质量提升行动,推进标准化建设;完善计量体系:加强认证认可。(责任部门:市市场监管局)\n2.加强监管,提升质量。〔责任单位：市工信局〕\n3.健全机制。〔责任单位：市质监局〕\n";
    const { findings } = analyze(text);
    const halfWidth = findings.find((finding) => finding.rule === "punct/half-width" && finding.start < 60)!;
    expect(halfWidth.fix!.edits.map((edit) => text.slice(edit.start, edit.end) + edit.newText)).toEqual([",，", ";；", ":："]);
    const style = findings.find((finding) => finding.rule === "units/clause-style")!;
    expect(applyEdits(text, style.fix!.edits).text).toContain("〔责任单位：市市场监管局〕");
    const retired = findings.find((finding) => finding.rule === "units/unknown")!;
    const at = text.indexOf("市质监局");
    expect(retired.suggestions![0]!.edits).toEqual([{ start: at, end: at + 4, newText: "市市场监管局" }]);
    // What JSON shows (the CLI's output and its cache) is the same plain fix.
    const plainFix = (fix: Fix) => ({ description: fix.description, edits: fix.edits });
    const plain = JSON.parse(JSON.stringify(findings)) as typeof findings;
    expect(plain.map((finding) => [finding.fix ?? null, finding.suggestions ?? null])).toEqual(
      findings.map((finding) => [finding.fix ? plainFix(finding.fix) : null, finding.suggestions ? finding.suggestions.map(plainFix) : null]),
    );
  });
});
