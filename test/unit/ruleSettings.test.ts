import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

// A Chengdu-style plan: 1. restarts under each （一）. Declared continuous by rule option, the
// restart is a scope finding; the editor's override changes its severity but keeps the option.
const PLAN = "一、主要任务\n（一）甲\n1.任务一。〔责任单位：市市场监管局〕\n2.任务二。〔责任单位：市市场监管局〕\n（二）乙\n1.任务三。〔责任单位：市市场监管局〕\n";

describe("rule settings: default, then .plancheck.json, then the editor", () => {
  const config = { rules: { "numbering/scope": ["warning", { level3: "continuous" }] as ["warning", Record<string, unknown>] } };
  const scopeFindings = (ruleOverrides?: Record<string, "error" | "off">) =>
    analyze(PLAN, { config, ruleOverrides }).findings.filter((f) => f.rule === "numbering/scope");

  it("applies the file's severity and options", () => {
    expect(scopeFindings().map((f) => f.severity)).toEqual(["warning"]);
  });

  it("lets the editor change the severity without dropping the file's options", () => {
    expect(scopeFindings({ "numbering/scope": "error" }).map((f) => f.severity)).toEqual(["error"]);
    expect(scopeFindings({ "numbering/scope": "off" })).toEqual([]);
  });
});
