import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/** A list that writes the level word once, before its first department (units/sharedLevelWord.ts). */
const unknown = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => finding.message);
const tally = (text: string) => unitReport(buildPlan(text), registryFor(undefined, undefined)).units.map((unit) => [unit.unit, unit.tasks.length]);

const PROVINCE = "广西质量强区建设实施方案\n一、重点任务\n";

describe("a list that writes the level word once", () => {
  it("in a province's plan: the later names are that level's departments, counted as such", () => {
    const text = `${PROVINCE}1.甲。开展。（责任单位：自治区工业和信息化厅、市场监管局）\n2.乙。开展。（责任单位：自治区住房城乡建设厅、交通运输厅、水利厅，各设区市人民政府）\n3.丙。开展。（责任单位：自治区市场监管局）\n`;
    expect(unknown(text)).toEqual([]);
    expect(tally(text)).toEqual(
      expect.arrayContaining([
        ["自治区市场监管局", 2],
        ["自治区交通运输厅", 1],
        ["自治区水利厅", 1],
      ]),
    );
  });

  it("in a city's plan from two such names on; one says too little to tell it from a slip", () => {
    const head = "示例市质量强市实施方案\n一、重点任务\n";
    expect(unknown(`${head}1.甲。开展。〔责任单位：市发展改革委、工信局、科技局〕\n`)).toEqual([]);
    expect(unknown(`${head}1.甲。开展。〔责任单位：市工信局、住建局〕\n`)).toEqual(["“住建局”不在责任单位名录中，是否应为“市住建局”？"]);
  });

  it("not where the list writes the level word name by name: a name without it is a slip", () => {
    const text = "示例市质量强市实施方案\n一、重点任务\n1.甲。开展。〔责任单位：市市场监管局、住建局、交通局、市商务局〕\n";
    expect(unknown(text)).toEqual(["“住建局”不在责任单位名录中，是否应为“市住建局”？", "“交通局”不在责任单位名录中，是否应为“市交通运输局”？"]);
  });

  it("reads 市场监管局 as a name without a level word, suggested at the plan's level", () => {
    expect(unknown("江西省质量强省实施方案\n一、主要任务\n1.甲。开展。（责任单位：市场监管局）\n2.乙。开展。（责任单位：省工信厅、省科技厅）\n")).toEqual(["“市场监管局”不在责任单位名录中，是否应为“省市场监管局”？"]);
  });
});
