import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { nameBeforeDraftingNote } from "../../server/src/core/units/draftingNotes";

const task = (clause: string) => `区质量提升行动实施方案\n一、工作目标\n到2025年，全区产品质量抽查合格率达到94%以上。\n二、主要任务\n（一）开展质量强企行动\n推动企业建立首席质量官制度。\n${clause}\n（二）开展标准引领行动\n推广先进标准。\n责任单位：区市场监管局、区工信局\n`;
const rulesOf = (text: string) => analyze(text).findings.map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}`);

describe("a drafting note in brackets after a clause's first name", () => {
  it("is no word of the body's name: the unit is the name before it, and the note declares who leads", () => {
    const plan = buildPlan(task("责任单位：区市场监管局（排名第一的为牵头单位，下同）、区工信局、区科技局"));
    expect(plan.clauses[0]!.units.map((unit) => unit.text)).toEqual(["区市场监管局", "区工信局", "区科技局"]);
    expect(unitMatrixRows(plan, (name) => name).map((row) => [row.leads, row.leadBasis])).toEqual([
      [["区市场监管局"], "convention"],
      [["区市场监管局"], "convention"],
    ]);
  });

  it("is read in its common wordings, and a name's own brackets stay the name's", () => {
    expect(nameBeforeDraftingNote("市市场监管局（列第一位的为牵头单位）")).toBe(6);
    expect(nameBeforeDraftingNote("市市场监管局（下同）")).toBe(6);
    expect(nameBeforeDraftingNote("市市场监督管理局（以下简称市市场监管局，下同）")).toBe(8);
    expect(nameBeforeDraftingNote("市委组织部（市委人才办）")).toBe(-1);
    expect(nameBeforeDraftingNote("市科技局（牵头）")).toBe(-1);
    expect(nameBeforeDraftingNote("各县（市、区）人民政府")).toBe(-1);
  });

  it("is reported by no rule: neither an unknown name, nor its comma a separator, nor its brackets unbalanced", () => {
    expect(rulesOf(task("责任单位：区市场监管局（排名第一的为牵头单位，下同）、区工信局、区科技局"))).toEqual([]);
    expect(rulesOf(task("〔责任单位：区市场监管局（列第一位的为牵头单位）、区工信局〕"))).toEqual([]);
  });

  it("stays when a fix changes the separator after it or removes a repeated name", () => {
    const comma = task("（责任单位：区市场监管局（排名第一的为牵头单位，下同），区工信局、区科技局）");
    expect(rulesOf(comma)).toEqual(["units/separator ，"]);
    expect(fixAll(comma).text).toBe(comma.replace("下同），区工信局", "下同）、区工信局"));
    const repeated = task("〔责任单位：区市场监管局（列第一位的为牵头单位）、区工信局、区工信局〕");
    expect(fixAll(repeated).text).toBe(repeated.replace("、区工信局、区工信局", "、区工信局"));
    // The first name repeated later: removing the first would take the note with it; the repeat goes instead or nothing does.
    const first = task("〔责任单位：区市场监管局（列第一位的为牵头单位）、区工信局、区市场监管局〕");
    expect(fixAll(first).text).toContain("区市场监管局（列第一位的为牵头单位）");
  });
});
