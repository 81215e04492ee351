import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { PlanConfig } from "../../server/src/core/config/schema";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { numberingPolicies } from "../../server/src/core/numbering/policy";

/** Two sections whose tasks restart at 1. (Chengdu's style). */
const RESTARTING = "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n（二）开展质量提升行动\n1.守住农产品质量安全。\n2.保障食品药品安全。\n";
/** Two chapters whose level 2 counts on (Nanjing's style). */
const COUNTING_ON = "一、提升经济发展质量效益\n（一）推进质量发展创新驱动。\n（二）树立质量发展绿色导向。\n二、增强产业和区域质量竞争力\n（三）提升产业质量竞争力。\n";

function numberingFindings(text: string, config?: PlanConfig): string[] {
  return analyze(text, { config })
    .findings.filter((f) => f.rule.startsWith("numbering/"))
    .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
}

describe("numbering policy", () => {
  it("infers each document's own style and reports nothing for it", () => {
    expect(numberingFindings(RESTARTING)).toEqual([]);
    expect(numberingFindings(COUNTING_ON)).toEqual([]);
  });

  it("takes a level's policy from .plancheck.json numbering", () => {
    expect(numberingFindings(RESTARTING, { numbering: { "3": "continuous" } })).toEqual(["numbering/scope 1."]);
    expect(numberingFindings(COUNTING_ON, { numbering: { "2": "restart" } })).toEqual(["numbering/scope （三）"]);
  });

  it("takes it from the front matter 编号方式 for every level below 一、", () => {
    expect(numberingFindings(`---\n编号方式: 分章\n---\n${COUNTING_ON}`)).toEqual(["numbering/scope （三）"]);
    expect(numberingFindings(`---\n编号方式: 连续\n---\n${RESTARTING}`)).toEqual(["numbering/scope 1."]);
  });

  it("lets a per-level setting win over the front matter, and the rule's options over numbering", () => {
    const plan = buildPlan(`---\n编号方式: 连续\n---\n${RESTARTING}`);
    const config: PlanConfig = { numbering: { "2": "auto", "3": "restart" }, rules: { "numbering/scope": ["warning", { level2: "restart" }] } };
    const policies = numberingPolicies(plan, config);
    expect(policies[2]).toEqual({ policy: "restart", source: "ruleOptions" });
    expect(policies[3]).toEqual({ policy: "restart", source: "config" });
    expect(policies[4]).toEqual({ policy: "continuous", source: "frontMatter" });
    expect(policies[1]).toEqual({ policy: "auto", source: "inferred" });
    expect(numberingFindings(`---\n编号方式: 连续\n---\n${RESTARTING}`, config)).toEqual([]);
  });

  it("reports malformed options of numbering/scope instead of ignoring them silently", () => {
    const findings = analyze(RESTARTING, { config: { rules: { "numbering/scope": ["warning", { level3: "sometimes" }] } } }).findings;
    expect(findings.map((f) => [f.rule, f.start])).toEqual([["numbering/scope", 0]]);
    expect(findings[0]!.message).toContain("选项无效");
  });

  it("explains a scope break with where the policy came from", () => {
    const [finding] = analyze(`---\n编号方式: 连续\n---\n${RESTARTING}`).findings.filter((f) => f.rule === "numbering/scope");
    expect(finding!.message).toBe("本文第3级跨上级连续编号（文首“编号方式”如此规定），“1.”却在新的上级下从头编号，应为“3.”");
    expect(finding!.fix!.description).toBe("重新编号本组：改为“3.”至“4.”");
  });
});
