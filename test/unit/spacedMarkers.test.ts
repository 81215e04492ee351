import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { NumberedItem } from "../../server/src/core/model/types";

/**
 * Markers pasted from a web page with spaces inside them (`（ 一 ）指导思想`, `( 1 )`, `（一 ）`,
 * `一 、总体要求`; ASCII, full-width or no-break spaces) are the markers they look like (the
 * grammar's MarkerGap): the outline keeps the item, its marker as written and its value right,
 * and numbering/marker-typo reports the spaces with a fix to the marker without them. A bracketed
 * aside (`（ 见附件 ）`) is no marker.
 */
type Tree = Array<string | [string, Tree]>;
function tree(items: readonly NumberedItem[]): Tree {
  return items.map((item) => {
    const label = `${item.marker.text}|${item.marker.value}|${item.heading.text}`;
    return item.children.length > 0 ? [label, tree(item.children)] : label;
  });
}

const numberingFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("numbering/"))
    .map((finding) => ({ rule: finding.rule, line: text.slice(0, finding.start).split("\n").length, message: finding.message, fixed: finding.fix !== undefined }));

describe("markers with spaces inside them", () => {
  it("reads a whole plan of spaced markers as its outline, each marker as written with its value", () => {
    const text = [
      "一 、总体要求",
      "（ 一 ）指导思想。坚持质量第一。",
      "（\u3000二\u3000）主要目标。到2025年，质量明显提升。",
      "二\u00a0、主要任务",
      "（一 ）推动质量变革。",
      "1.加强创新。",
      "( 1 )甲任务。开展工作。",
      "（ 2）乙任务。开展工作。",
      "（ 二）提升产业质量。",
      "",
    ].join("\n");
    expect(tree(buildPlan(text).items)).toEqual([
      ["一 、|1|总体要求", ["（ 一 ）|1|指导思想", "（\u3000二\u3000）|2|主要目标"]],
      ["二\u00a0、|2|主要任务", [["（一 ）|1|推动质量变革", [["1.|1|加强创新", ["( 1 )|1|甲任务", "（ 2）|2|乙任务"]]]], "（ 二）|2|提升产业质量"]],
    ]);
  });

  it("keeps a spaced task's responsibility clause its own, not the task's above it", () => {
    const text = "一、主要任务\n（ 一 ）甲任务。开展工作。（市科技局负责）\n（ 二 ）乙任务。开展工作。（市商务局负责）\n";
    const [chapter] = buildPlan(text).items;
    const units = (item: NumberedItem) => item.clauses.map((clause) => clause.units.map((unit) => unit.text));
    expect([units(chapter!), chapter!.children.map((task) => [task.marker.value, units(task)])]).toEqual([[], [[1, [["市科技局"]]], [2, [["市商务局"]]]]]);
  });

  it("reports each spaced marker once and fixes it to the marker without spaces, idempotently", () => {
    const text = "一、总体要求\n（ 一 ）指导思想。坚持质量第一。\n（二）主要目标。质量提升。\n";
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-typo", line: 2, message: "编号“（ 一 ）”中夹有空格，应为“（一）”：后一项为“（二）”", fixed: true },
    ]);
    const fixed = fixAll(text).text;
    expect(fixed).toBe(text.replace("（ 一 ）", "（一）"));
    expect(fixAll(fixed).text).toBe(fixed);
    // The form is marker-style's, in turn: `( 1 )` ends as the canonical （1）.
    expect(fixAll("一、甲\n（一）乙\n1.丙\n( 1 )丁。\n").text).toBe("一、甲\n（一）乙\n1.丙\n（1）丁。\n");
  });

  it("reads a run of tasks all spaced (1 . 2 . 3 .): the spaced 2 confirms the spaced 1 the grammar leaves as text", () => {
    const text = "一、主要任务\n1 .甲任务。开展工作。\n（1）子项。\n2 .乙任务。开展工作。\n3\u3000.丙任务。\n二、保障措施\n";
    expect(tree(buildPlan(text).items)).toEqual([["一、|1|主要任务", [["1 .|1|甲任务", ["（1）|1|子项"]], "2 .|2|乙任务", "3\u3000.|3|丙任务"]], "二、|2|保障措施"]);
    expect(fixAll(text).text).toBe(text.replace("1 .", "1.").replace("2 .", "2.").replace("3\u3000.", "3."));
    // A spaced 1 whose next marker is no spaced 2 is still read only where its 2 confirms it.
    for (const prose of ["一、甲\n1 .子。\n3 .丑。\n", "一、甲\n1 .子。\n二、乙\n2 .丑。\n"]) {
      expect(buildPlan(prose).allItems.filter((item) => item.level === 3)).toEqual([]);
    }
  });

  it("never reads a bracketed aside as a marker, at a line's start or inside prose", () => {
    const text = "一、总体要求\n（ 见附件 ）各单位按要求报送。\n（一）指导思想。按照要求（ 二 ）项执行。\n";
    expect(tree(buildPlan(text).items)).toEqual([["一、|1|总体要求", ["（一）|1|指导思想"]]]);
    expect(numberingFindings(text)).toEqual([]);
  });

  it("reads no space before a bracket's numeral where no bracket closes it, nor inside a numeral", () => {
    const text = "一、总体要求\n（ 一 指导思想。\n二 十、主要任务\n";
    expect(tree(buildPlan(text).items)).toEqual(["一、|1|总体要求"]);
  });
});
