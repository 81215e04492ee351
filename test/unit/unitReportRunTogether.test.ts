import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * Names run together with no separator (市工信局市财政局): units/run-together splits them for its
 * finding, and the report reads the same parts — each department gets its task, in the role the
 * clause gives the run.
 */
const registry = registryFor(undefined, undefined);

function report(text: string) {
  const plan = analyze(text, {}).plan;
  return { plan, report: unitReport(plan, registry) };
}

const COUNTY = [
  "兴国县质量提升行动方案",
  "",
  "一、重点任务",
  "1.推进小微企业质量管理提升。〔责任单位：县市场监管局县财政局县工信局〕",
  "2.开展标准化试点。〔牵头单位：县市场监管局；配合单位：县科技局县商务局〕",
  "3.建设质量基础设施一站式服务站。〔责任单位：县市场监管局、县科技局〕",
  "",
].join("\n");

describe("a run of names in the unit report", () => {
  it("lists and counts each name of the run, as units/run-together reads it", () => {
    const { report: read } = report(COUNTY);
    expect(read.rows.map((row) => row.units.join("、"))).toEqual(["县市场监管局、县财政局、县工信局", "县市场监管局、县科技局、县商务局", "县市场监管局、县科技局"]);
    const tasks = new Map(read.units.map((tally) => [tally.unit, tally.tasks.map((task) => `${task.path.join("")}${task.role}`)]));
    expect(tasks.get("县财政局")).toEqual(["一、1.responsible"]);
    expect(tasks.get("县工信局")).toEqual(["一、1.responsible"]);
    // A run in a 配合单位 segment supports, each of its names.
    expect(tasks.get("县科技局")).toEqual(["一、2.support", "一、3.responsible"]);
    expect(tasks.get("县商务局")).toEqual(["一、2.support"]);
    expect(read.units.some((tally) => tally.unit.includes("局县"))).toBe(false);
    expect(read.rows[1]!.supporting).toEqual(["县科技局", "县商务局"]);
  });

  it("says once per run that it counted the names apart, and how one body's two plates are written", () => {
    const { report: read } = report(COUNTY);
    const notes = read.notes.map((note) => note.message).filter((message) => message.includes("连写"));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("县市场监管局、县财政局、县工信局");
    expect(notes[1]).toContain("“县科技局（县商务局）”");
  });

  it("finds a department of the run in its own task list", () => {
    const { plan, report: read } = report(COUNTY);
    expect(unitTaskList(plan, read, registry, "县商务局").tasks.map((task) => [task.path.join(""), task.role, task.partners.join("、")])).toEqual([["一、2.", "support", "县市场监管局、县科技局"]]);
  });

  it("gives the lead of a run listed first, by the plan's convention, to its first name only", () => {
    const text = ["兴国县质量提升行动方案", "", "排在第一位的为牵头单位。", "", "一、重点任务", "1.推进小微企业质量管理提升。〔责任单位：县市场监管局县财政局、县工信局〕", ""].join("\n");
    const { report: read } = report(text);
    expect(read.rows[0]!.leads).toEqual(["县市场监管局"]);
    const roles = new Map(read.units.map((tally) => [tally.unit, tally.tasks[0]!.role]));
    expect([roles.get("县市场监管局"), roles.get("县财政局"), roles.get("县工信局")]).toEqual(["lead", "responsible", "responsible"]);
  });
});
