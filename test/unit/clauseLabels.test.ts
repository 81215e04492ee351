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
  // The State Council's and the provinces' 分工方案 write 参加单位 for the supporting units.
  "6.推进品牌建设。（牵头单位：市市场监管局；参加单位：市商务局、市文广旅局）",
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
      ["牵头单位:lead:市市场监管局", "参加单位:support:市商务局、市文广旅局"],
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

// A PDF copy spaces out a label's characters (责 任 单 位：): the clause is read as written, and
// punct/han-space, not units/separator, reports the spaces inside the label.
describe("a label spaced out by a PDF copy", () => {
  const SPACED = [
    "一、主要任务",
    "1.提升钢铁质量。推动开发高端钢材。〔责 任 单 位：市工信局〕",
    "2.提升建材质量。推动绿色建材。〔牵 头 单 位：市住建局；配　合　单　位：市工信局〕",
    "3.提升工程质量。推动工程质量提升。〔完 成 时 限：2026年底；责 任 单 位：市住建局 市工信局〕",
    "",
  ].join("\n");

  it("is the label, and the clause is read", () => {
    const plan = buildPlan(SPACED);
    const read = plan.clauses.map((clause) => clause.segments.map((segment) => `${segment.label}:${segment.role}:${segment.units.map((unit) => unit.text).join("、")}`));
    expect(read).toEqual([["责任单位:responsible:市工信局"], ["牵头单位:lead:市住建局", "配合单位:support:市工信局"], ["责任单位:responsible:市住建局、市工信局"]]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2026年底"]);
    const rules = analyze(SPACED).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("units/missing-clause");
    expect(rules).not.toContain("punct/sentence-end");
  });

  it("keeps han-space's findings inside the labels, not between the names", () => {
    const spaces = analyze(SPACED).findings.filter((finding) => finding.rule === "punct/han-space");
    // One over each of the five labels, letter-spaced words being one defect, its fix every gap;
    // the space between 市住建局 and 市工信局 is units/separator's.
    expect(spaces).toHaveLength(5);
    for (const finding of spaces) {
      expect(SPACED.slice(finding.start, finding.end)).toMatch(/^(?:[责牵配完][ 　][任头合成][ 　][单时][ 　][位限])$/u);
      expect(finding.fix?.edits).toHaveLength(3);
    }
  });
});
