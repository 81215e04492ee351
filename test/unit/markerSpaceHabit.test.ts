import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * numbering/marker-space over a plan whose every marker carries WPS's tab: one finding that says
 * how many places, with a fix that mends them all — not one finding per line.
 */
const TITLE = "示例区质量提升行动计划\n";

function plan(gap: (index: number) => string, tasks: number): string {
  const lines = [`一、${gap(0)}主要任务`];
  for (let i = 1; i <= tasks; i++) lines.push(`${i}.${gap(i)}推进第${i}项工作。〔责任单位：区市场监管局〕`);
  return `${TITLE}${lines.join("\n")}\n`;
}

const markerSpace = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "numbering/marker-space");

describe("numbering/marker-space: the gap as the document's habit", () => {
  it("reports a tab after every one of forty markers once, at the first, counting them, and its fix mends all", () => {
    const text = plan(() => "\t", 40);
    const found = markerSpace(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(text.indexOf("\t"));
    expect(found[0]!.message).toContain("全文共41处");
    const fixed = fixAll(text).text;
    expect(fixed).toBe(text.replace(/\t/g, ""));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("keeps a finding per line for the odd gap in a plan that otherwise has none", () => {
    const text = plan((i) => (i === 3 ? "\t" : ""), 10);
    const found = markerSpace(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain("全文");
  });

  it("reads the habit by level where Word numbered the headings' styles only: one finding for the tabs after every 一、 and （一）, none of the typed 1.", () => {
    const lines = [];
    for (const [part, numeral] of [["一", "主要任务"], ["二", "保障措施"], ["三", "组织实施"]]) {
      lines.push(`${part}、\t${numeral}`);
      for (const sub of ["一", "二"]) {
        lines.push(`（${sub}）\t推进工作`);
        for (let i = 1; i <= 4; i++) lines.push(`${i}.推进第${i}项工作。〔责任单位：区市场监管局〕`);
      }
    }
    const text = `${TITLE}${lines.join("\n")}\n`;
    const found = markerSpace(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(text.indexOf("\t"));
    expect(found[0]!.message).toContain("全文共9处");
    expect(found[0]!.message).toContain("“一、”“（一）”各级每个编号之后都有");
    const fixed = fixAll(text).text;
    expect(fixed).toBe(text.replace(/\t/g, ""));
    // One level's two gaps among the typed 1. stay findings of their own.
    const odd = text.replace("1.推进第1项", "1.\t推进第1项").replace("2.推进第2项", "2.\t推进第2项");
    expect(markerSpace(odd).map((finding) => finding.message.startsWith("编号"))).toEqual([false, true, true]);
  });

  it("is no habit where fewer than half the markers have the gap", () => {
    const text = plan((i) => (i % 3 === 0 ? "\t" : ""), 11);
    expect(markerSpace(text).map((finding) => finding.message.startsWith("编号"))).toEqual([true, true, true, true]);
  });
});
