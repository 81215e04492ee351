import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { registryFor } from "../../server/src/core/units/registry";

/**
 * A bracket of names alone at a task's end is its clause where every name is a body's by its
 * shape (the grammar's BareClause) — or, read by the model with the plan's registry, a name the
 * registry knows that opens with no level word (金陵海关, 国网南京供电公司, a configuration's entry).
 */
const task = (tail: string) => `某市推进贸易便利化实施方案\n一、重点任务\n1.推进通关便利化。深化“两步申报”改革。${tail}\n`;
const clauseNames = (text: string, registry = registryFor(undefined, undefined)) =>
  buildPlan(text, parseSyntax(text), registry).clauses.map((clause) => clause.units.map((unit) => unit.text));

describe("a bracket of registry names at a task's end", () => {
  it("is the task's clause: registry names alone, or with names shaped as bodies'", () => {
    expect(clauseNames(task("（金陵海关、市商务局）"))).toEqual([["金陵海关", "市商务局"]]);
    expect(clauseNames(task("（国网南京供电公司）。"))).toEqual([["国网南京供电公司"]]);
    expect(clauseNames(task("（市商务局、金陵海关、国网南京供电公司）；"))).toEqual([["市商务局", "金陵海关", "国网南京供电公司"]]);
  });

  it("reads a configuration's entry as the registry's", () => {
    const text = task("（紫金山实验室、市交通运输局）");
    expect(clauseNames(text)).toEqual([]);
    const registry = registryFor({ units: { registry: [{ name: "紫金山实验室" }] } }, undefined);
    expect(clauseNames(text, registry)).toEqual([["紫金山实验室", "市交通运输局"]]);
    // analyze, the one entry of the server and the CLI, reads it with the configuration.
    const result = analyze(text, { config: { units: { registry: [{ name: "紫金山实验室" }] } } });
    expect(result.plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["紫金山实验室", "市交通运输局"]]);
    expect(result.findings.filter((finding) => finding.rule === "units/missing-clause" || finding.rule === "punct/sentence-end")).toEqual([]);
  });

  it("is the provincial form's one group, as the grammar's bare bracket is", () => {
    const [registered] = buildPlan(task("（金陵海关、市商务局）")).clauses;
    const [shaped] = buildPlan(task("（市发展改革委、市商务局）")).clauses;
    expect([registered!.form, registered!.open, registered!.close, registered!.segments.length]).toEqual([shaped!.form, shaped!.open, shaped!.close, shaped!.segments.length]);
    const text = task("（金陵海关、市商务局）");
    expect(text.slice(registered!.start, registered!.end)).toBe("（金陵海关、市商务局）");
  });

  it("is no clause where a word is neither a registry name nor shaped as a body's", () => {
    for (const tail of ["（试行）", "（含）", "（以下简称金陵海关）", "（2023—2025年）", "（金陵海关、企业）", "（金陵海关等部门指导）", "（如国网南京供电公司）", "（国家级）", "（包括金陵海关）", "（依托金陵海关）", "（设在市市场监管局）", "（挂靠市商务局）"]) {
      expect(clauseNames(task(tail)), tail).toEqual([]);
    }
  });

  it("is no clause in the middle of a sentence, nor after a name it names again", () => {
    expect(clauseNames(task("开展出口质量提升行动（金陵海关、市商务局），建设检测平台。"))).toEqual([]);
    expect(clauseNames(task("由金陵海关（金陵关）"))).toEqual([]);
    expect(clauseNames(task("。牵头单位：国网南京供电公司（国网南京供电公司）"))).not.toContainEqual(["国网南京供电公司"]);
  });
});

describe("the words that open a bracket of prose", () => {
  it("leave the places whose names open with the same character alone", () => {
    expect(clauseNames(task("（如皋海关、和田海关、同江海关）"))).toEqual([["如皋海关", "和田海关", "同江海关"]]);
  });
});
