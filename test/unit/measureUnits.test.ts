import { readFileSync } from "node:fs";
import peggy from "peggy";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { MEASURE_UNITS, canonicalUnit, countsDoings, isDuration, measureKind, unitMagnitude } from "../../server/src/core/targets/measureUnits";

const GOALS = "示例市计量发展提升行动方案（2024—2026年）\n一、总体要求\n（一）主要目标\n";
const TASKS = "二、主要任务\n（一）夯实计量基础\n1.建设计量标准。〔责任单位：市市场监管局〕\n";

const read = (goals: string) =>
  extractTargets(buildPlan(GOALS + goals + TASKS)).targets.map((t) => [t.indicator, t.value, t.upper, t.unit, t.qualifier]);

/** The grammar's Unit rule: its literal alternatives, in order. */
function grammarUnits(): string[] {
  const grammar = peggy.parser.parse(readFileSync(new URL("../../grammar/plan.peggy", import.meta.url), "utf8"), { grammarSource: "plan.peggy", reservedWords: [] });
  const expression = grammar.rules.find((each) => each.name === "Unit")?.expression as { type: string; alternatives?: { type: string; value?: string }[] } | undefined;
  expect(expression?.type).toBe("choice");
  return (expression?.alternatives ?? []).map((alternative) => (alternative.type === "literal" ? alternative.value! : `<${alternative.type}>`));
}

describe("one list of units of measure", () => {
  it("the grammar's Unit lists the module's units, in its order", () => {
    expect(grammarUnits()).toEqual([...MEASURE_UNITS]);
  });

  it("puts the longer of two units that start alike first, as a PEG choice needs", () => {
    MEASURE_UNITS.forEach((unit, i) => {
      for (const later of MEASURE_UNITS.slice(i + 1)) expect(later.startsWith(unit), `${unit} before ${later}`).toBe(false);
    });
  });

  it("knows what each unit measures", () => {
    expect(measureKind("个工作日")).toBe("duration");
    expect(measureKind("万人次")).toBe("thing");
    expect(measureKind("吨标准煤")).toBe("extent");
    expect(measureKind("工作")).toBeNull();
    expect(isDuration("天") && isDuration("小时") && isDuration("个月")).toBe(true);
    expect(isDuration("家")).toBe(false);
    expect(canonicalUnit("个点")).toBe("个百分点");
    expect(canonicalUnit("工作日")).toBe("个工作日");
  });

  it("reads the units real plans use after a figure in a sentence", () => {
    expect(read("到2026年，新增计量技术规范8份，服务企业计量人员3000人次，建成计量服务站15座，新建绿道30公里，改造厂房5万平方米，营商环境满意度提高3个点。\n")).toEqual([
      ["计量技术规范", 8, null, "份", ""],
      ["企业计量人员", 3000, null, "人次", ""],
      ["计量服务站", 15, null, "座", ""],
      ["新建绿道", 30, null, "公里", ""],
      ["改造厂房", 5, null, "万平方米", ""],
      ["营商环境满意度", 3, null, "个点", ""],
    ]);
  });

  it("reads counts in 万家次 and 台件, as 计量 plans count whom they serve and what they calibrate", () => {
    expect(read("到2026年，服务中小企业3万家次，新增校准计量器具5000台件。\n").map((row) => [row[1], row[3]])).toEqual([
      [3, "万家次"],
      [5000, "台件"],
    ]);
  });

  it("reads counts of equipment in 台（套）, as special-equipment plans count what they inspect", () => {
    expect(read("到2026年，全年检验特种设备1200台（套），检定计量器具3000台(套)，新增电梯50台套。\n").map((row) => [row[1], row[3]])).toEqual([
      [1200, "台（套）"],
      [3000, "台(套)"],
      [50, "台套"],
    ]);
    expect(read("到2026年，全年检验特种设备1200台（套）。\n")[0]![0]).toBe("特种设备");
  });

  it("reads a range's upper end and a 分别 list's next figures in any unit", () => {
    expect(read("到2026年，检验检测周期控制在3—5个工作日，单位产值能耗控制在0.3—0.4吨标准煤/万元。\n").map((row) => [row[1], row[2], row[3]])).toEqual([
      [3, 5, "个工作日"],
      [0.3, 0.4, "吨标准煤/万元"],
    ]);
    expect(read("到2026年，企业开办时间、工程建设项目审批时间分别控制在1个工作日、30个工作日以内。\n").map((row) => [row[1], row[3], row[4]])).toEqual([
      [1, "个工作日", "以内"],
      [30, "个工作日", "以内"],
    ]);
  });

  it("reads a table's unit cells and figures in the same units as a sentence", () => {
    const table = ["序号\t指标名称\t单位\t2023年基数\t2026年目标", "1\t企业开办时间\t个工作日\t3\t1", "2\t计量技术规范\t份\t12\t20", "3\t计量服务\t万人次\t5\t8", "4\t绿道里程\t公里\t100\t130"].join("\n") + "\n";
    expect(read("主要指标如下：\n" + table).map((row) => [row[0], row[1], row[3]])).toEqual([
      ["企业开办时间", 1, "个工作日"],
      ["计量技术规范", 20, "份"],
      ["计量服务", 8, "万人次"],
      ["绿道里程", 130, "公里"],
    ]);
  });

  it("reads sessions, issues and rounds held in 期 and 轮, and never a phase's or a round's name", () => {
    expect(read("到2026年，每年举办计量技术培训班不少于2期，印发计量工作简报12期，开展计量专项检查3轮。\n").map((row) => [row[0], row[1], row[3]])).toEqual([
      ["计量技术培训班", 2, "期"],
      ["计量工作简报", 12, "期"],
      ["计量专项检查", 3, "轮"],
    ]);
    expect(countsDoings("期") && countsDoings("轮")).toBe(true);
    // 一期工程, 新一轮: words, no figure; a year before 期间 is no figure's unit.
    expect(read("到2026年，建成计量检测园区一期工程，开展新一轮计量器具检定，2026—2027年期间完成改造。\n")).toEqual([]);
  });
});

// A unit written with its magnitude counts in the unit it is of: 1.2万批次 is 12000批次.
it("reads a unit with its magnitude as the unit it is of, times the magnitude", () => {
  expect(unitMagnitude("万批次")).toEqual({ unit: "批次", factor: 1e4 });
  expect(unitMagnitude("亿元")).toEqual({ unit: "元", factor: 1e8 });
  expect(unitMagnitude("万人次")).toEqual({ unit: "人次", factor: 1e4 });
  expect(unitMagnitude("批次")).toEqual({ unit: "批次", factor: 1 });
  expect(unitMagnitude("％")).toEqual({ unit: "%", factor: 1 });
});

// 万 or 亿 goes before whatever a plan counts; the list spells only some of the pairs.
describe("a magnitude before any count unit", () => {
  it("reads 万份, 万册, 万张, 亿人次 as counts in the unit they magnify", () => {
    expect(measureKind("万份")).toBe("thing");
    expect(measureKind("亿人次")).toBe("thing");
    expect(measureKind("万岁")).toBeNull();
    expect(unitMagnitude("万份")).toEqual({ unit: "份", factor: 1e4 });
    expect(unitMagnitude("万册")).toEqual({ unit: "册", factor: 1e4 });
    expect(unitMagnitude("亿人次")).toEqual({ unit: "人次", factor: 1e8 });
  });

  it("reads them in a sentence with or without a comparator, the qualifier after them kept", () => {
    expect(read("到2026年，全年发放宣传资料5万份，印发消费维权手册2万册，出具检验报告不少于1.5万份，服务群众1.2亿人次，发放消费券10万张以上。\n").map((row) => [row[1], row[3], row[4]])).toEqual([
      [5, "万份", ""],
      [2, "万册", ""],
      [1.5, "万份", ""],
      [1.2, "亿人次", ""],
      [10, "万张", "以上"],
    ]);
  });

  it("compares 1.2万场次 with 12000场次 as one figure, and finds it apart from 15000场次", async () => {
    const { analyze } = await import("../../server/src/core/analyze");
    const plan = (cell: string) =>
      `示例市2026年质量工作要点\n\n一、工作目标\n全年开展质量培训1.2万场次。\n2026年主要指标\n序号\t指标名称\t单位\t2025年完成\t2026年目标\n1\t质量培训\t场次\t10000\t${cell}\n\n二、重点任务\n（一）夯实基础\n1.建设计量标准。〔责任单位：市市场监管局〕\n`;
    const inconsistent = (cell: string) => analyze(plan(cell)).findings.filter((d) => d.rule === "targets/inconsistent").map((d) => d.message);
    expect(inconsistent("12000")).toEqual([]);
    expect(inconsistent("15000")).toEqual(["“质量培训”的目标值前后不一致：此处为15000场次，前文（一、）为1.2万场次"]);
  });
});
