import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { openClausesOf } from "../../server/src/core/model/openClauses";

/** The clauses a plan leaves open, read for the editor as they would be closed (model/openClauses.ts). */
const open = (text: string) => {
  const plan = buildPlan(text);
  return openClausesOf(plan).map((clause) => [clause.item?.marker.text ?? null, clause.units.map((unit) => text.slice(unit.start, unit.end)), clause.close]);
};

describe("openClausesOf", () => {
  it("reads a labeled bracket left open at its line's end, before the next task or the end, or run into the next task", () => {
    expect(open("一、主要任务\n（一）甲。开展工作。〔责任单位：市工信局、市科技局\n（二）乙。〔责任单位：市市场监管局〕\n")).toEqual([["（一）", ["市工信局", "市科技局"], ""]]);
    expect(open("一、主要任务\n（一）甲。开展工作。（牵头单位：市工信局；配合单位：市科技局、")).toEqual([["（一）", ["市工信局", "市科技局"], ""]]);
    expect(open("一、主要任务\n（一）甲。开展工作。〔责任单位：市工信局、市科技局（二）乙。开展工作。\n")).toEqual([["（一）", ["市工信局", "市科技局"], ""]]);
  });

  it("reads nothing the model reads, a closed clause, prose in brackets, or a bracket with no label", () => {
    expect(open("一、主要任务\n（一）甲。开展工作。〔责任单位：市工信局、\n市科技局〕\n（二）乙。〔责任单位：市市场监管局（市知识产权局）〕\n")).toEqual([]);
    expect(open("一、主要任务\n（一）甲。开展工作（市工信局、市科技局\n（二）乙。明确责任单位：要落实\n")).toEqual([]);
  });
});
