import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

// The labels a 分工表's cell writes inside it have their spans, as a clause's do, so that
// units/label-separator checks them; the gap between two cells is the table's, never a separator.
const TEXT = "一、主要任务\n1.开展质量攻关。组织实施攻关项目。〔牵头单位：市市场监管局；配合单位：市工信局〕\n\n附件\n重点任务分工表\n";
const labelSeparators = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/label-separator").map((finding) => text.slice(finding.start, finding.end));

describe("the labels a table's cell writes", () => {
  it("have their spans and colons, as a clause's", () => {
    const text = `${TEXT}序号\t重点任务\t责任单位\n1\t开展质量攻关\t牵头单位：市市场监管局，配合单位：市工信局\n`;
    const row = buildPlan(text).clauses.find((clause) => clause.tableRow !== null)!;
    expect(row.segments.map((segment) => [segment.label, segment.labelSpan && text.slice(segment.labelSpan.start, segment.labelSpan.end), segment.colon])).toEqual([
      ["牵头单位", "牵头单位", "："],
      ["配合单位", "配合单位", "："],
    ]);
    expect(labelSeparators(text)).toEqual(["，"]);
  });

  it("are never checked across the gap between two cells, a tab's or spaces'", () => {
    const tabbed = `${TEXT}序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t牵头单位：市市场监管局\t配合单位：市工信局\n`;
    const spaced = `${TEXT}序号  重点任务  牵头单位  配合单位\n1  开展质量攻关  牵头单位：市市场监管局  配合单位：市工信局\n`;
    for (const text of [tabbed, spaced]) {
      // Read as the row's labelled cells, each label with its span.
      const row = buildPlan(text).clauses.find((clause) => clause.tableRow !== null)!;
      expect(row.segments.map((segment) => segment.labelSpan !== null)).toEqual([true, true]);
      expect(labelSeparators(text)).toEqual([]);
    }
  });
});
