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

  it("is no habit where fewer than half the markers have the gap", () => {
    const text = plan((i) => (i % 3 === 0 ? "\t" : ""), 11);
    expect(markerSpace(text).map((finding) => finding.message.startsWith("编号"))).toEqual([true, true, true, true]);
  });
});
