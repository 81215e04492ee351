import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * Three plans written in 2026 for the next period (test/fixtures/reviewer/next-period-*.plan),
 * read as a reviewer reads them: a city's “十五五” plan whose first chapter looks back on the
 * “十四五” (its 2025 figures the base, not goals), with 2027 and 2030 goals and a table of
 * 2025年现状值 | 2027年目标值 | 2030年目标值 after a 属性 column, three of its 2030 goals below
 * its own 2025 figures; a county's 2026—2028 three-year plan (到2028年, 每年, 2026年底前); and a
 * district's plan dated 2026 that still sets its predecessor's 到2025年 goals.
 */
const DIR = join(__dirname, "..", "fixtures", "reviewer");
const read = (name: string) => readFileSync(join(DIR, `next-period-${name}.plan`), "utf8");
const lineOf = (text: string, at: number) => text.slice(0, at).split("\n").length;
const findings = (text: string) => analyze(text).findings.map((f) => `${lineOf(text, f.start)} ${f.rule}`);

describe("plans for the next period, as a reviewer reads them", () => {
  it("the “十五五” plan: its 2025 figures are the base, its goals below them told once each", () => {
    const text = read("city");
    const targets = extractTargets(buildPlan(text)).targets;
    expect(targets.filter((t) => lineOf(text, t.start) === 7).every((t) => t.baseline)).toBe(true);
    expect(targets.filter((t) => !t.baseline).map((t) => t.horizon)).not.toContain(2025);
    expect(findings(text)).toEqual(["9 targets/weaker-than-baseline", "9 targets/weaker-than-baseline", "9 targets/weaker-than-baseline", "15 targets/weaker-than-baseline"]);
  });

  it("the three-year plan: each goal its own year, nothing flagged", () => {
    const text = read("three-year");
    const years = extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.horizon]);
    expect(years).toContainEqual(["制造业产品质量合格率", 2028]);
    expect(years).toContainEqual(["县级质量基础设施“一站式”服务平台", 2026]);
    expect(years).toContainEqual(["农产品质量安全例行监测合格率", 2027]);
    expect(findings(text)).toEqual([]);
  });

  it("the copied plan: its 到2025年 is told expired, its 2027 goal is not", () => {
    expect(findings(read("copied"))).toEqual(["13 targets/horizon"]);
  });
});
