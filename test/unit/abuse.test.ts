import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * Hostile inputs from issue 8 that the core must get through: each completes and its findings
 * stay bounded by the input (asserted as counts and sizes, never as wall time).
 */
function bounded(text: string) {
  const { findings } = analyze(text);
  expect(findings.filter((f) => f.internal)).toEqual([]);
  const lines = text.split("\n").length;
  expect(findings.length).toBeLessThanOrEqual(lines + 10);
  const edits = findings.reduce((sum, f) => sum + (f.fix?.edits.length ?? 0), 0);
  expect(edits).toBeLessThanOrEqual(2 * lines + 10);
  return findings;
}

describe("abuse cases", () => {
  it("a 1 MB single line", () => {
    bounded(`一、主要任务\n1.${"开展质量提升行动，".repeat(110_000)}`);
  }, 60_000);

  it("10,000 nested 《", () => {
    bounded(`一、主要任务\n1.学习${"《".repeat(10_000)}纲要${"》".repeat(10_000)}。\n`);
  });

  it("130,000 items numbered 1. (the numbering rules used to overflow the stack)", () => {
    const findings = bounded(`一、主要任务\n${"1.开展工作。\n".repeat(130_000)}`);
    expect(findings.filter((f) => f.rule === "numbering/sequence")).toHaveLength(129_999);
  }, 120_000);
});
