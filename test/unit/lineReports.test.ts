import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";

// Counts the figures whose sentence and clause are read for whether they report (pastStatements.ts).
const calls = vi.hoisted(() => ({ reports: 0 }));
vi.mock("../../server/src/core/targets/pastStatements", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../server/src/core/targets/pastStatements")>();
  class CountedSentences extends actual.ReportingSentences {
    override reports(from: number, at: number): boolean {
      calls.reports++;
      return super.reports(from, at);
    }
  }
  return { ...actual, ReportingSentences: CountedSentences };
});

const PLAN = [
  "某市质量强市建设实施方案",
  "一、主要目标",
  "（一）工作目标。到2025年，全市制造业产品质量合格率达到95%，较上年提高1个百分点。",
  "（二）发展指标。2024年，全市新培育品牌20个，现有检验检测机构120家。",
  "二、保障措施",
  "加强组织领导。",
  "强化督促落实。",
  "营造良好氛围。",
  "",
].join("\n");

describe("whether a figure is reported, kept by line where the parser keeps lines", () => {
  it("is read again only for the lines a keystroke touched", () => {
    const parser = new IncrementalParser();
    calls.reports = 0;
    analyze(PLAN, { syntax: parser.parse(PLAN) });
    const first = calls.reports;
    expect(first).toBeGreaterThan(0);
    const at = PLAN.indexOf("督促") + 2;
    const edited = PLAN.slice(0, at) + "的" + PLAN.slice(at);
    calls.reports = 0;
    analyze(edited, { syntax: parser.parse(edited) });
    expect(parser.lastMode).toBe("incremental");
    expect(calls.reports).toBe(0);
  });

  it("is read for every figure where each parse makes new lines (the CLI)", () => {
    calls.reports = 0;
    analyze(PLAN);
    const first = calls.reports;
    calls.reports = 0;
    analyze(PLAN.replace("督促", "督促的"));
    expect(calls.reports).toBe(first);
  });
});
