import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { toChineseNumeral } from "../../server/src/core/model/numerals";
import { numberingOf } from "../../server/src/core/numbering/runs";

/**
 * An excerpt of a plan (a PDF page cut from it at （十一）, its chapters left behind) numbers its
 * first group as the plan did: the excerpt is clean as cut, and a group lost inside it renumbers
 * only the groups after the loss, never the excerpt from （一）. A fix-all per case: 40 cases, a
 * twenty-fifth of PLANCHECK_PROPERTY_RUNS for more.
 */
const RUNS = Math.max(40, Math.floor(Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) / 25));

const GROUPS = ["推动质量变革创新", "强化质量基础支撑", "提升产品质量水平", "优化服务质量供给", "加强品牌建设培育", "深化质量安全监管"];
const TASKS = ["开展质量提升行动。推动重点产品质量达到国际先进水平。", "建设计量测试平台。建成一批计量测试中心。", "培育区域公用品牌。"];

/** A group of the plan, its `g`-th, numbered `value`, with its tasks 1. … */
function groupLines(value: number, g: number, tasks: number): string[] {
  const lines = [`（${toChineseNumeral(value)}）${GROUPS[g % GROUPS.length]}`];
  for (let t = 0; t < tasks; t++) lines.push(`${t + 1}.${TASKS[(g + t) % TASKS.length]}`);
  return lines;
}

/** The groups of an excerpt whose first group is the plan's `first`-th. */
function excerptLines(first: number, groups: readonly number[]): string[] {
  return groups.flatMap((tasks, g) => groupLines(first + g, g, tasks));
}

const first = fc.integer({ min: 2, max: 30 });
const shape = fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 5 });

describe("numbering of an excerpt", () => {
  it("an excerpt counts from its own first group: nothing to report, nothing to fix", () => {
    fc.assert(
      fc.property(first, shape, (from, groups) => {
        const text = excerptLines(from, groups).join("\n");
        expect(analyze(text).findings.filter((f) => f.rule.startsWith("numbering/"))).toEqual([]);
        expect(fixAll(text).text).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it("the groups' scope explains every group of an intact excerpt, counted from its own first", () => {
    fc.assert(
      fc.property(first, shape, (from, groups) => {
        const scope = numberingOf(buildPlan(excerptLines(from, groups).join("\n")), undefined).scopes.get(2);
        expect(scope && { explained: scope.explained, total: scope.total }).toEqual({ explained: groups.length, total: groups.length });
      }),
      { numRuns: RUNS },
    );
  });

  it("a group lost inside an excerpt renumbers only the groups after it", () => {
    fc.assert(
      fc.property(first, shape, fc.nat(), (from, groups, pick) => {
        // Any group but the first: the first one's loss leaves an excerpt starting one later.
        const lost = 1 + (pick % (groups.length - 1));
        const kept = groups.flatMap((tasks, g) => (g === lost ? [] : [{ tasks, g }]));
        const damaged = kept.flatMap(({ tasks, g }) => groupLines(from + g, g, tasks));
        // Renumbering makes each group after the loss one lower; the groups before it stay as cut.
        const fixed = kept.flatMap(({ tasks, g }, index) => groupLines(from + index, g, tasks));
        expect(fixAll(damaged.join("\n")).text).toBe(fixed.join("\n"));
      }),
      { numRuns: RUNS },
    );
  });
});
