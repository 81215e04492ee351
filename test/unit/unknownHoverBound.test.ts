import { describe, expect, it, vi } from "vitest";
import { entriesInUse } from "../../server/src/core/units/entriesInUse";
import { analyze } from "../../server/src/core/analyze";
import { unknownUnitFinding } from "../../server/src/core/rules/units/unknown";
import { registryOfPlan } from "../../server/src/core/units/documentLevel";
import { registryFor } from "../../server/src/core/units/registry";
import builtin from "../../server/src/core/units/builtin-registry.json";

// Counted, not changed: the plan-wide scans units/unknown reads (its JudgedFacts).
vi.mock("../../server/src/core/units/entriesInUse", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../server/src/core/units/entriesInUse")>();
  return { ...actual, entriesInUse: vi.fn(actual.entriesInUse) };
});

/**
 * The hover on a name units/unknown reports says what the diagnostic says (unknownUnitFinding):
 * the same message, the same suggestions, for every name — past the rule's bound of names
 * searched for nearest names too, where only the first ones in document order get a suggestion.
 */
function hoverAgreesWithRule(text: string): { agreed: number; suggested: number; unsuggested: number } {
  const analysis = analyze(text);
  const plan = analysis.plan;
  const registry = registryOfPlan(registryFor(undefined, undefined), plan);
  const findings = analysis.findings.filter((finding) => finding.rule === "units/unknown");
  const counts = { agreed: 0, suggested: 0, unsuggested: 0 };
  // Hovered from the last name up: the hover's answer may not depend on which name is asked first.
  for (const finding of [...findings].reverse()) {
    const clause = plan.clauses.find((candidate) => candidate.start <= finding.start && finding.end <= candidate.end)!;
    const unit = clause.units.find((candidate) => candidate.start === finding.start)!;
    const hover = unknownUnitFinding(plan, registry, clause, unit);
    expect(hover?.message).toBe(finding.message);
    expect((hover?.suggestions ?? []).map((fix) => fix.description)).toEqual((finding.suggestions ?? []).map((fix) => fix.description));
    counts.agreed++;
    if (finding.message.includes("是否应为")) counts.suggested++;
    else counts.unsuggested++;
  }
  return counts;
}

/** A slip of each of the registry's city bureaus (市财政居 for 市财政局), at three levels: well past the bound. */
const SLIPS = (builtin as { name: string }[])
  .map((entry) => entry.name)
  .filter((name) => /^市.{2,}局$/.test(name))
  .flatMap((name) => ["市", "区", "县"].map((level) => `${level}${name.slice(1, -1)}居`));

function planOf(names: readonly string[]): string {
  const tasks = names.map((name, index) => `${index + 1}.开展第${index + 1}项工作。落实任务。〔责任单位：${name}〕`);
  return ["示例市质量强市建设实施方案", "一、主要任务", ...tasks, ""].join("\n");
}

describe("the hover on a name units/unknown reports", () => {
  it("says what the rule says past its bound of searched names: no suggestion for a name the rule gave none", () => {
    expect(SLIPS.length).toBeGreaterThan(150);
    const counts = hoverAgreesWithRule(planOf(SLIPS));
    expect(counts.suggested).toBeGreaterThan(0);
    expect(counts.unsuggested).toBeGreaterThan(0);
  });

  it("says what the rule says in a plan of a few names", () => {
    const counts = hoverAgreesWithRule(planOf(SLIPS.slice(0, 12)));
    expect(counts.agreed).toBe(12);
    expect(counts.unsuggested).toBe(0);
  });
});

describe("the plan's facts units/unknown judges with", () => {
  it("are read once per plan, for the rule and every hover on it", () => {
    const analysis = analyze(planOf(SLIPS.slice(0, 5)));
    const registry = registryOfPlan(registryFor(undefined, undefined), analysis.plan);
    const scans = vi.mocked(entriesInUse).mock.calls.length;
    for (const clause of analysis.plan.clauses) expect(unknownUnitFinding(analysis.plan, registry, clause, clause.units[0]!)).not.toBeNull();
    expect(vi.mocked(entriesInUse).mock.calls.length).toBe(scans);
  });
});
