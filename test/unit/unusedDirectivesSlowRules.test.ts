import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { Rule } from "../../server/src/core/rules/types";

// A slow rule (reports every 慢), left out of the analysis while typing.
vi.mock("../../server/src/core/rules/index", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/src/core/rules/index")>();
  const slow: Rule = {
    meta: { id: "text/test-slow", family: "text", severity: "warning", description: "测试用慢规则", fixable: false, speed: "slow", docs: { rationale: "", incorrect: "", correct: "" } },
    check({ plan, report }) {
      for (let at = plan.text.indexOf("慢"); at >= 0; at = plan.text.indexOf("慢", at + 1)) report({ start: at, end: at + 1, message: "慢" });
    },
  };
  const all = [...original.ALL_RULES, slow];
  return { ...original, ALL_RULES: all, RULES_BY_ID: new Map(all.map((rule) => [rule.meta.id, rule])) };
});

const unused = (text: string, speed: "fast" | "all") =>
  analyze(text, { speed })
    .findings.filter((f) => f.rule === "config/unused-directive")
    .map((f) => text.slice(f.start, f.end));

describe("config/unused-directive while typing, when slow rules are left out", () => {
  const text = "一、总体要求\n// plancheck-disable-next-line text/test-slow, units/duplicate\n（一）慢\n// plancheck-disable-next-line\n（二）慢\n";

  it("does not judge directives naming a slow rule, or naming no rule", () => {
    expect(unused(text, "fast")).toEqual(["units/duplicate"]);
  });

  it("judges them when every rule ran", () => {
    expect(unused(text, "all")).toEqual(["units/duplicate"]);
    expect(unused(text.replace(/慢/g, "快"), "all")).toEqual(["text/test-slow", "units/duplicate", "plancheck-disable-next-line"]);
  });
});
