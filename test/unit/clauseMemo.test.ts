import { describe, expect, it, vi } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { ResponsibilityClause } from "../../server/src/core/model/types";
import { spanFix } from "../../server/src/core/fixes/fix";
import { ClauseFindingsMemo } from "../../server/src/core/units/clauseMemo";

const findingsJson = (findings: readonly object[]) => JSON.parse(JSON.stringify(findings)) as unknown[];

describe("ClauseFindingsMemo", () => {
  const plan = (before: string) => buildPlan(`一、主要任务\n1.${before}开展计量服务。〔责任单位：市住建居、市财政局〕\n`);
  const judgeOf = (calls: ResponsibilityClause[]) => (clause: ResponsibilityClause) => {
    calls.push(clause);
    const unit = clause.units[0]!;
    return { findings: [{ start: unit.start, end: unit.end, message: "未知", suggestions: [spanFix("改为", unit.start, unit.end, "市住建局")] }], notes: [unit.text] };
  };

  it("judges a clause once per text and context, and places its findings where the clause stands now", () => {
    const memo = new ClauseFindingsMemo<string>();
    const owner = {};
    const calls: ResponsibilityClause[] = [];
    const first = plan("");
    const pass = memo.begin(owner, "A", first.text);
    const judged = pass.of(first.clauses[0]!, judgeOf(calls));
    pass.commit();
    const moved = plan("推进质量基础设施建设。");
    const again = memo.begin(owner, "A", moved.text).of(moved.clauses[0]!, judgeOf(calls));
    expect(calls).toHaveLength(1);
    const unit = moved.clauses[0]!.units[0]!;
    expect(moved.text.slice(unit.start, unit.end)).toBe("市住建居");
    expect(findingsJson(again.findings)).toEqual([{ start: unit.start, end: unit.end, message: "未知", suggestions: [{ description: "改为", edits: [{ start: unit.start, end: unit.end, newText: "市住建局" }] }] }]);
    expect(again.notes).toEqual(judged.notes);
  });

  it("places a suggestion with the name it says it deletes, where the clause stands now", () => {
    const memo = new ClauseFindingsMemo<string>();
    const owner = {};
    const judge = (clause: ResponsibilityClause) => {
      const unit = clause.units[0]!;
      return { findings: [{ start: unit.start, end: unit.end, message: "残留", suggestions: [spanFix("删除", unit.start, unit.end + 1, "", { start: unit.start, end: unit.end })] }], notes: [] };
    };
    const first = plan("");
    const pass = memo.begin(owner, "A", first.text);
    expect(pass.of(first.clauses[0]!, judge).findings[0]!.suggestions![0]!.deletes).toBeDefined();
    pass.commit();
    const moved = plan("推进质量基础设施建设。");
    const unit = moved.clauses[0]!.units[0]!;
    const again = memo.begin(owner, "A", moved.text).of(moved.clauses[0]!, judge);
    expect(again.findings[0]!.suggestions![0]!.deletes).toEqual({ start: unit.start, end: unit.end });
  });

  it("judges again when the context changes, and remembers nothing a pass did not commit", () => {
    const memo = new ClauseFindingsMemo<string>();
    const owner = {};
    const calls: ResponsibilityClause[] = [];
    const doc = plan("");
    memo.begin(owner, "A", doc.text).of(doc.clauses[0]!, judgeOf(calls));
    memo.begin(owner, "A", doc.text).of(doc.clauses[0]!, judgeOf(calls));
    expect(calls).toHaveLength(2);
    const pass = memo.begin(owner, "A", doc.text);
    pass.of(doc.clauses[0]!, judgeOf(calls));
    pass.commit();
    memo.begin(owner, "B", doc.text).of(doc.clauses[0]!, judgeOf(calls));
    expect(calls).toHaveLength(4);
    // Each owner (registry) has its own.
    memo.begin({}, "A", doc.text).of(doc.clauses[0]!, judgeOf(calls));
    expect(calls).toHaveLength(5);
  });
});

/**
 * units/unknown remembers its findings per clause from one analysis to the next (the server's
 * keystrokes): after every edit its findings must be those of a fresh process, whose memo is
 * empty — an edit that moves a clause, one that changes the units the plan uses (its suggestions
 * prefer those), one that changes the plan's issuer (the places its verdicts read).
 */
describe("units/unknown across edits", () => {
  const unknownOf = async (text: string, fresh: boolean) => {
    if (fresh) vi.resetModules();
    const { analyze } = await import("../../server/src/core/analyze");
    return findingsJson(analyze(text).findings.filter((finding) => finding.rule === "units/unknown"));
  };

  it("gives what a fresh analysis gives", async () => {
    const versions = [
      "赣州市人民政府关于印发某方案的通知\n一、主要任务\n1.开展计量服务。〔责任单位：市水局、市财政局〕\n2.强化标准。〔责任单位：市住建居、住建局、市住建局〕\n",
      "赣州市人民政府关于印发某方案的通知\n一、主要任务\n1.推进质量基础设施建设，开展计量服务。〔责任单位：市水局、市财政局〕\n2.强化标准。〔责任单位：市住建居、住建局、市住建局〕\n",
      "赣州市人民政府关于印发某方案的通知\n一、主要任务\n1.推进质量基础设施建设，开展计量服务。〔责任单位：市水局、市财政局〕\n2.强化标准。〔责任单位：市住建居、住建局、市住建局、市水务局〕\n",
      "赣州市章贡区人民政府关于印发某方案的通知\n一、主要任务\n1.推进质量基础设施建设，开展计量服务。〔责任单位：市水局、市财政局〕\n2.强化标准。〔责任单位：市住建居、住建局、市住建局、市水务局〕\n",
    ];
    const seen: unknown[][] = [];
    for (const text of versions) {
      const kept = await unknownOf(text, false);
      expect(kept).toEqual(await unknownOf(text, true));
      seen.push(kept);
    }
    // The edits change what is said: the test would not notice a memo that said the same thing throughout.
    expect(new Set(seen.map((findings) => JSON.stringify(findings))).size).toBe(4);
  });
});
