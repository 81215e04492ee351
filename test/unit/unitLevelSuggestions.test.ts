import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { partitionKeepingClauses } from "../../server/src/core/fixes/applyFixes";

/**
 * units/level suggests the plan's own level's body or all the lower level's: never a body the
 * clause already lists. Replacing 县市场监管局 by 市市场监管局 beside 市市场监管局 lists it twice
 * and loses a unit, so the editor refused the suggestion it had offered when it was picked.
 */
function levelFinding(text: string) {
  const analysis = analyze(text);
  return { analysis, finding: analysis.findings.find((f) => f.rule === "units/level")! };
}

describe("units/level's suggestions", () => {
  it("leave out the plan's own body where the clause lists it already", () => {
    const text = "一、主要任务\n1.强化食品安全监管。开展专项整治。〔责任单位：市市场监管局、县市场监管局〕\n";
    const { analysis, finding } = levelFinding(text);
    expect(finding.suggestions!.map((s) => s.description)).toEqual(["改为“各县市场监管局”"]);
    expect(finding.message).toBe("“县市场监管局”是县级部门，未写明是哪个县；本方案是市级方案，是否应为“各县市场监管局”？");
    expect(partitionKeepingClauses(text, analysis, finding.suggestions!.map((fix) => ({ ...finding, fix }))).refused).toEqual([]);
  });

  it("keep both where the clause lists neither", () => {
    const text = "一、主要任务\n1.强化食品安全监管。开展专项整治。〔责任单位：市公安局、县市场监管局〕\n";
    const { finding } = levelFinding(text);
    expect(finding.suggestions!.map((s) => s.description)).toEqual(["改为“市市场监管局”", "改为“各县市场监管局”"]);
  });
});
