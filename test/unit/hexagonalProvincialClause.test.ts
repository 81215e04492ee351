import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";

const plan = (clause: string) => `一、主要任务\n（一）开展品牌培育行动\n实施商标品牌战略，培育农产品区域公用品牌。${clause}\n（二）开展标准引领行动\n推广先进标准。〔责任单位：区市场监管局〕\n`;

describe("a clause without a label in the canonical 〔〕", () => {
  it("is read as the same clause in round brackets is: names alone, a marked lead, roles, the provincial suffix", () => {
    const cases: Array<[string, string[], string[]]> = [
      ["〔区市场监管局、区农业农村局、区商务局〕", ["区市场监管局", "区农业农村局", "区商务局"], []],
      ["〔区市场监管局（牵头）、区农业农村局、区商务局〕", ["区市场监管局", "区农业农村局", "区商务局"], ["区市场监管局"]],
      ["〔区市场监管局牵头，区农业农村局、区商务局配合〕", ["区市场监管局", "区农业农村局", "区商务局"], ["区市场监管局"]],
      ["〔区市场监管局、区农业农村局按职责分工负责〕", ["区市场监管局", "区农业农村局"], []],
    ];
    for (const [clause, units, leads] of cases) {
      const read = buildPlan(plan(clause));
      expect(read.clauses.map((c) => c.units.map((unit) => unit.text)), clause).toEqual([units, ["区市场监管局"]]);
      expect(unitMatrixRows(read, (name) => name)[0]!.leads, clause).toEqual(leads);
      expect(analyze(plan(clause)).findings.map((finding) => finding.rule), clause).toEqual([]);
    }
  });

  it("holds names the registry knows without a level word, as the round one does", () => {
    const text = "一、主要任务\n（一）推进通关便利化\n深化“两步申报”改革。〔金陵海关、市商务局〕\n（二）开展标准行动\n推广先进标准。〔责任单位：市市场监管局〕\n";
    expect(buildPlan(text).clauses.map((c) => c.units.map((unit) => unit.text))).toEqual([["金陵海关", "市商务局"], ["市市场监管局"]]);
  });

  it("is no clause where its brackets do not pair or it holds no names", () => {
    for (const clause of ["〔区市场监管局、区农业农村局）", "〔2024〕", "〔有关部门〕"]) {
      const rules = analyze(plan(clause)).findings.map((finding) => finding.rule);
      expect(buildPlan(plan(clause)).clauses, clause).toHaveLength(1);
      expect(rules, clause).toContain("units/missing-clause");
    }
  });

  it("follows the plan's other clauses of its form: round brackets where they are round", () => {
    const text = "一、主要任务\n1.甲。开展工作。（市发展改革委、市科技局按职责分工负责）\n2.乙。开展工作。（市工信局、市商务局按职责分工负责）\n3.丙。开展工作。〔市财政局、市科技局按职责分工负责〕\n";
    const style = analyze(text).findings.filter((finding) => finding.rule === "units/clause-style");
    expect(style.map((finding) => text.slice(finding.start, finding.start + 1))).toEqual(["〔"]);
  });
});
