import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import type { NumberedItem } from "../../server/src/core/model/types";

/**
 * Full-width digit markers (`１.` `２．` `（１）` `(１)` `１、`, U+FF10–FF19, pasted from WPS or
 * a web page) on a plan that uses them throughout: they are markers of their level with the
 * digits' value, the numbering rules count them by value, numbering/marker-style reports them
 * (once, where they are the paste's habit) with a fix that changes the marker's characters
 * only, and a full-width number inside a sentence is never a marker.
 */
const PLAN = [
  "某市质量提升行动实施方案",
  "一、总体要求",
  "（一）主要目标",
  "１.质量基础更加坚实。到2025年，第１.５条规定的产品质量合格率达到98%以上。",
  "２．品牌影响明显提升。",
  "３、质量治理体系更加完善。",
  "二、主要任务",
  "（一）推动质量变革创新",
  "１．加快区域质量创新发展。",
  "（１）推进工业绿色低碳转型。",
  "(２)推动能源清洁利用。",
  "（３）发展循环经济。",
  "２．增强产业质量竞争能力。",
  "（二）开展质量提升行动",
  "１．守住农产品质量安全底线。",
  "",
].join("\n");

type Tree = Array<string | [string, Tree]>;
function tree(items: readonly NumberedItem[]): Tree {
  return items.map((item) => {
    const label = `${item.marker.text}${item.heading.text}`;
    return item.children.length > 0 ? [label, tree(item.children)] : label;
  });
}

const halfWidth = (text: string) => text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));

describe("full-width digit markers", () => {
  it("are markers of their level, with the digits' value, in the right outline", () => {
    const { plan } = analyze(PLAN);
    expect(tree(plan.items)).toEqual([
      ["一、总体要求", [["（一）主要目标", ["１.质量基础更加坚实", "２．品牌影响明显提升", "３、质量治理体系更加完善"]]]],
      [
        "二、主要任务",
        [
          ["（一）推动质量变革创新", [["１．加快区域质量创新发展", ["（１）推进工业绿色低碳转型", "(２)推动能源清洁利用", "（３）发展循环经济"]], "２．增强产业质量竞争能力"]],
          ["（二）开展质量提升行动", ["１．守住农产品质量安全底线"]],
        ],
      ],
    ]);
    const values = plan.allItems.filter((item) => item.level >= 3).map((item) => [item.level, item.marker.value]);
    expect(values).toEqual([[3, 1], [3, 2], [3, 3], [3, 1], [4, 1], [4, 2], [4, 3], [3, 2], [3, 1]]);
  });

  it("are counted by value: only marker-style speaks, once per marker", () => {
    const findings = analyze(PLAN).findings;
    const rules = new Set(findings.map((finding) => finding.rule));
    // The odd forms (（１）, １．) are non-standard: marker-style's alone, not mixed-forms' too;
    // the full-width number inside a sentence (第１.５条) is text/full-width-alnum's, once.
    expect([...rules].sort()).toEqual(["numbering/marker-style", "text/full-width-alnum"]);
    expect(findings.filter((finding) => finding.rule === "text/full-width-alnum").map((finding) => PLAN.slice(finding.start, finding.end))).toEqual(["１.５"]);
    const styled = findings.filter((finding) => finding.rule === "numbering/marker-style");
    // Seven markers are only wider than their form (１. ２． （１）…), none half-width: the
    // paste's habit, one finding at the first; ３、 and (２) have another defect too, each its own.
    expect(styled.map((finding) => PLAN.slice(finding.start, finding.end))).toEqual(["１.", "３、", "(２)"]);
    expect(styled.every((finding) => finding.message.includes("全角数字"))).toBe(true);
    expect(styled[0]!.message).toContain("全文共7处编号");
  });

  it("as a paste's habit, are fixed all at once, each marker's characters only", () => {
    const habit = analyze(PLAN).findings.find((finding) => finding.rule === "numbering/marker-style")!;
    const edits = habit.fix!.edits;
    const markers = analyze(PLAN).plan.allItems.filter((item) => item.level >= 3).map((item) => item.marker);
    // Every edit lies inside a marker, and every marker whose width is its one defect is mended.
    expect(edits.every((edit) => markers.some((marker) => marker.start <= edit.start && edit.end <= marker.end))).toBe(true);
    expect(new Set(edits.map((edit) => markers.find((marker) => marker.start <= edit.start && edit.end <= marker.end)!.start)).size).toBe(7);
    expect(edits.every((edit) => !/[０-９．]/.test(edit.newText))).toBe(true);
  });

  it("a few among half-width markers are slips, each reported on its own", () => {
    // Five markers half-width in their form (1. （1）), three only wider (２． （３） 1．).
    const text = PLAN.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).replace(/(?<=\n[0-9])．/g, ".").replace("2.品牌", "２．品牌").replace("（3）", "（３）").replace("1.守住", "1．守住");
    const styled = analyze(text).findings.filter((finding) => finding.rule === "numbering/marker-style");
    expect(styled.map((finding) => text.slice(finding.start, finding.end))).toEqual(["２．", "3、", "(2)", "（３）", "1．"]);
  });

  it("report a gap or a repeat by value, and the fix keeps full-width digits for marker-style to change", () => {
    const text = PLAN.replace("３、质量治理", "５、质量治理");
    const gap = analyze(text).findings.filter((finding) => finding.rule === "numbering/sequence");
    expect(gap).toHaveLength(1);
    expect(gap[0]!.message).toContain("３、");
    expect(gap[0]!.fix!.edits.map((edit) => edit.newText)).toEqual(["３"]);
  });

  it("are fixed to the canonical half-width form, changing only the markers' characters", () => {
    const fixed = fixAll(PLAN).text;
    expect(analyze(fixed).findings).toEqual([]);
    const lines = fixed.split("\n");
    expect(lines.filter((line) => /^(?:[0-9]|[（(][0-9])/.test(line)).map((line) => line.slice(0, 3))).toEqual([
      "1.质", "2.品", "3.质", "1.加", "（1）", "（2）", "（3）", "2.增", "1.守",
    ]);
    // Everything after the markers is as it was but the full-width number in the sentence, which
    // is no marker and text/full-width-alnum writes half-width.
    const markerless = (text: string) => text.split("\n").map((line) => line.replace(/^(?:[0-9０-９]+[.．、]|[（(][0-9０-９]+[）)])/, "")).join("\n");
    expect(markerless(fixed)).toBe(markerless(PLAN).replace("第１.５条", "第1.5条"));
    expect(fixAll(fixed).text).toBe(fixed);
    expect(halfWidth(fixed)).toBe(fixed);
  });

  it("are never read inside a sentence or a number", () => {
    for (const line of ["第１.５条规定。", "１.５倍以上。", "１２.５%的企业。", "1５.混写的数字。"]) {
      const { plan } = analyze(`一、总体要求\n${line}\n`);
      expect(plan.allItems.map((item) => item.marker.text)).toEqual(["一、"]);
    }
  });

  it("start items inside a line pasted as one", () => {
    const text = "某市质量提升行动实施方案\n一、主要任务（一）推动质量变革创新。１．加快区域质量创新发展，第１.５条。２．增强产业质量竞争能力。\n";
    const flattened = analyze(text).findings.filter((finding) => finding.rule === "structure/flattened");
    expect(flattened).toHaveLength(1);
    expect(flattened[0]!.fix!.edits.map((edit) => text.slice(edit.end, edit.end + 3))).toEqual(["（一）", "１．加", "２．增"]);
  });
});
