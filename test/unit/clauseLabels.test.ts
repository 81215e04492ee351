import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { UNIT_LABELS } from "../../server/src/core/units/labels";

// The labels drafts give a clause's lists, and what they write between two labels.
const TEXT = [
  "一、主要任务",
  "1.推进计量建设。建设计量测试中心2个。（牵头单位：市市场监管局，配合单位：市科技局）",
  "2.推进消费品质量提升。〔牵头单位：市工信局  配合单位：市市场监管局、市商务局〕",
  "3.推进工程质量提升。（主要责任单位：市住房城乡建设局；其他责任单位：市交通运输局、市水利局）",
  "4.推进服务质量提升。〔主办单位：市商务局；协办单位：市文广旅局；协同部门：市卫生健康委〕",
  "5.推进农业质量提升。〔责任单位：市农业农村局，各区（市）县人民政府〕",
  "",
].join("\n");

describe("a clause's labels", () => {
  it("are read after a comma or the spaces of pasted table cells, as after a semicolon", () => {
    const plan = buildPlan(TEXT);
    const read = plan.clauses.map((clause) => clause.segments.map((segment) => `${segment.label}:${segment.role}:${segment.units.map((unit) => unit.text).join("、")}`));
    expect(read).toEqual([
      ["牵头单位:lead:市市场监管局", "配合单位:support:市科技局"],
      ["牵头单位:lead:市工信局", "配合单位:support:市市场监管局、市商务局"],
      ["主要责任单位:lead:市住房城乡建设局", "其他责任单位:support:市交通运输局、市水利局"],
      ["主办单位:lead:市商务局", "协办单位:support:市文广旅局", "协同部门:support:市卫生健康委"],
      // A comma before no label is the list's: a second group of units, not a second label.
      ["责任单位:responsible:市农业农村局、各区（市）县人民政府"],
    ]);
  });

  it("leave no task without its clause, and ask for the semicolon where it is not", () => {
    const findings = analyze(TEXT).findings;
    expect(findings.filter((finding) => finding.rule === "units/missing-clause")).toEqual([]);
    expect(findings.filter((finding) => finding.rule === "units/label-separator").map((finding) => TEXT.slice(finding.start, finding.end))).toEqual(["，", "  "]);
  });
});

describe("the labels completion knows (units/labels.ts)", () => {
  it.each(UNIT_LABELS)("are the grammar's: %s, in brackets and on a line of its own", (label) => {
    const plan = buildPlan(`一、主要任务\n1.开展工作。〔${label}：市市场监管局〕\n2.推进建设。\n${label}：市工信局、市科技局\n`);
    expect(plan.clauses.map((clause) => clause.segments[0]!.label)).toEqual([label, label]);
  });
});

describe("the labels the editor colours (syntaxes/policy-plan.tmLanguage.json)", () => {
  // The TextMate grammar spells the labels as stems and endings; every label must be among them.
  const grammar = readFileSync(join(__dirname, "../../syntaxes/policy-plan.tmLanguage.json"), "utf8");
  const patterns = [...grammar.matchAll(/"(?:begin|match)": "([^"]*(?:牵头|配合)[^"]*)"/g)].map((match) => new RegExp((JSON.parse(`"${match[1]}"`) as string).replace(/\\x\{([0-9a-fA-F]+)\}/g, "\\u$1")));

  it("has the clause patterns", () => expect(patterns.length).toBeGreaterThanOrEqual(2));
  it.each(UNIT_LABELS)("include %s", (label) => {
    for (const pattern of patterns) expect(pattern.test(`〔${label}：市工信局〕`) || pattern.test(`${label}：`)).toBe(true);
  });
});
