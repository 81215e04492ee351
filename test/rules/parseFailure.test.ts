import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parseFailure } from "../../server/src/core/rules/structure/parseFailure";
import type { FindingReport } from "../../server/src/core/rules/types";
import { registryFor } from "../../server/src/core/units/registry";

// No input makes the grammar fail (the property tests check that), so the rule is exercised
// with a model whose parser reported an internal error.
describe("structure/parse-failure", () => {
  it("reports the parser's internal error and nothing otherwise", () => {
    const reports: FindingReport[] = [];
    const check = (internalError: string | null) =>
      parseFailure.check({ plan: { ...buildPlan("一、总体要求\n"), internalError }, options: {}, knownRuleIds: new Set(), units: registryFor(undefined, undefined), knownParents: [], parents: [], report: (r) => reports.push(r) });
    check(null);
    expect(reports).toEqual([]);
    check("Expected end of input");
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain("解析器内部错误");
    expect(reports[0]!.message).toContain("Expected end of input");
  });
});
