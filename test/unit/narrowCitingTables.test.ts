import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { isNarrowHeader } from "../../server/src/core/model/tables";
import { citedNumbersOfPlan } from "../../server/src/core/xref/citedNumbers";

/**
 * A 分工表 whose cells a copy set apart with single spaces and whose header has a column citing the
 * parent's items (`序号 重点任务 对应《纲要》条目 牵头单位 配合单位 完成时限`): a table, its rows read,
 * and each row's citing cell the drafter's word on the item it carries out.
 */
const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "district-division-narrow-outline-column.plan"), "utf8");

describe("a single-space 分工表 with a column citing the outline's items", () => {
  it("is opened as a table and reads every row", () => {
    const { plan } = analyze(FIXTURE);
    expect(plan.tables.map((table) => [table.columns, table.rows, table.unread.length])).toEqual([[["序号", "重点任务", "对应《纲要》条目", "牵头单位", "配合单位", "完成时限"], 10, 0]]);
    const rows = plan.clauses.filter((clause) => clause.tableRow !== null);
    expect(rows[3]!.segments.map((segment) => [segment.label, segment.units.map((unit) => unit.text)])).toEqual([
      ["牵头单位", ["区住房城乡建设局"]],
      ["配合单位", ["区自然资源局"]],
    ]);
  });

  it("reads each row's citing cell as the item it cites", () => {
    const { plan, parents } = analyze(FIXTURE);
    const read = citedNumbersOfPlan(parents[0]!.parent, plan).map((cited) => `${cited.text}=${cited.numbered?.label ?? "?"}`);
    expect(read).toEqual(["（三）=（三）", "第四条=（四）", "（十二）=（十二）", "十三=（十三）", "（十四）=（十四）", "第十六条=（十六）", "（十七）=（十七）", "（十八）=（十八）", "第（二十二）条=（二十二）", "二十=（二十）"]);
  });

  it("reports none of the table's lines as prose", () => {
    const { findings } = analyze(FIXTURE);
    const tableStart = FIXTURE.indexOf("序号 重点任务");
    expect(findings.filter((finding) => finding.start >= tableStart && (finding.rule.startsWith("punct/") || finding.rule.startsWith("numbering/"))).map((finding) => finding.rule)).toEqual([]);
  });

  it("accepts a citing column as a header's, and still no words that name no column", () => {
    expect(isNarrowHeader(["序号", "重点任务", "对应《纲要》条目", "责任单位"])).toBe(true);
    expect(isNarrowHeader(["序号", "对应纲要条款", "重点任务", "牵头单位"])).toBe(true);
    expect(isNarrowHeader(["序号", "重点任务", "《纲要》编号", "责任单位"])).toBe(true);
    expect(isNarrowHeader(["序号", "重点任务", "有关条目", "责任单位"])).toBe(false);
    expect(isNarrowHeader(["对应", "纲要", "条目", "责任单位"])).toBe(false);
  });
});
