import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { clauseContextAt } from "../../server/src/core/units/clauseContext";

/**
 * A label pasted from a web page keeps a non-breaking space before its colon (`责任单位&nbsp;：`).
 * The grammar's Ws allows it, so the readers of text the grammar has not parsed as a clause
 * (syntax/labelPatterns.ts) must too, or a clause read as one by the parser is text to them.
 */
describe("a label and its colon, as every reader of unparsed clauses reads it", () => {
  const NBSP = "\u00a0";
  const HEAD = "示例市质量强市建设行动计划（2025—2027年）\n一、主要任务\n";

  it("the grammar reads the clause", () => {
    const plan = buildPlan(`${HEAD}1.开展认证服务。〔责任单位${NBSP}：市市场监管局〕\n`);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市市场监管局"]]);
  });

  it("completion reads a clause being typed", () => {
    const text = `${HEAD}1.开展认证服务。〔责任单位${NBSP}：市`;
    expect(clauseContextAt(text, text.length)?.kind).toBe("name");
  });

  it("punct/unbalanced closes a clause left open at the paragraph's end", () => {
    const text = `${HEAD}1.开展认证服务。〔责任单位${NBSP}：市市场监管局\n`;
    const finding = analyze(text).findings.find((each) => each.rule === "punct/unbalanced");
    expect(finding?.fix?.edits.map((edit) => edit.newText)).toEqual(["〕"]);
  });

  it("a deadline written without brackets", () => {
    const text = `${HEAD}1.开展认证服务。〔责任单位：市市场监管局〕完成时限${NBSP}：2025年底\n`;
    expect(buildPlan(text).deadlines.map((deadline) => deadline.value)).toEqual(["2025年底"]);
  });
});
