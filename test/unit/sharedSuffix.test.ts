import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * `柯桥区、诸暨市、嵊州市人民政府`: three local governments whose common ending is written once,
 * after the last place. Each place is the government it names, and the comma before the run
 * sets the governments apart from the departments.
 */
const TASK = "一、主要任务\n1.推动集群质量提升。实施品牌培育工程。";
const unitFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end)]);

describe("local governments that share the ending written after the last", () => {
  it("are known, and the comma before them is no slip", () => {
    expect(unitFindings(`${TASK}（牵头单位：市市场监管局；配合单位：市经信局、市商务局，柯桥区、诸暨市、嵊州市人民政府）\n`)).toEqual([]);
    expect(unitFindings(`${TASK}〔责任单位：市发展改革委，德清县、安吉县人民政府〕\n`)).toEqual([]);
  });

  it("are counted as the governments they name", () => {
    const plan = buildPlan(`${TASK}〔责任单位：市商务局，柯桥区、诸暨市人民政府〕\n`);
    expect(unitReport(plan, registryFor(undefined, undefined)).units.map((unit) => unit.unit)).toEqual(["柯桥区人民政府", "市商务局", "诸暨市人民政府"]);
  });

  it("leave a place without the ending after it, and a comma between departments, reported", () => {
    expect(unitFindings(`${TASK}〔责任单位：柯桥区、市商务局，市经信局〕\n`)).toEqual([
      ["units/unknown", "柯桥区"],
      ["units/separator", "，"],
    ]);
  });
});
