import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * A 分工表 of tasks and their measures (序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限) copied
 * from a web page: a task's 序号, 重点任务 and unit cells merged over its measures are written once,
 * and each measure after the first comes as its own two cells (`组织企业开展质量共性技术攻关<TAB>持续推进`).
 * Such a row is the task's, its lead the first row's (model/measureRows.ts), as Word's copy of the
 * same rows reads: no unread row, no words counted as a 序号.
 */
const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "district-division-merged-measure-rows.plan"), "utf8");

describe("a measure's row of two cells under a task merged over it", () => {
  it("is read as a row of the task above, its 序号 no break in the count", () => {
    const { plan } = analyze(FIXTURE);
    expect(plan.tables.map((table) => [table.rows, table.unread.length, table.serials.map((serial) => serial.text).join(",")])).toEqual([[15, 0, "1,2,3,4,5,6,7,8,9,10"]]);
  });

  it("reads its task and its lead through the row above", () => {
    const { plan } = analyze(FIXTURE);
    const merged = plan.tables[0]!.merged.map((clause) => `${clause.tableRow!.task}|${clause.units.map((unit) => unit.text).join("、")}`);
    expect(merged).toContain("推进质量技术创新|区科技局");
    expect(merged).toContain("培育区域特色品牌|区市场监管局");
    expect(merged).toHaveLength(5);
  });

  it("reads the same rows as Word's copy gives them, the merged cells empty", () => {
    const word = FIXTURE.replace(/^([^\t\n]+)\t([^\t\n]+)$/gm, "\t\t$1\t\t\t$2");
    const read = (text: string) => analyze(text).plan.tables[0]!.merged.map((clause) => `${clause.tableRow!.task}|${clause.units.map((unit) => unit.text).join("、")}`);
    expect(word).not.toBe(FIXTURE);
    expect(read(word)).toEqual(read(FIXTURE));
  });

  it("reads the same rows set with spaces (the table copied as text, its cells apart by wide gaps)", () => {
    const spaced = FIXTURE.replace(/\t/g, "    ");
    const read = (text: string) => analyze(text).plan.tables.map((table) => [table.rows, table.unread.length, table.merged.map((clause) => `${clause.tableRow!.task}|${clause.units.map((unit) => unit.text).join("、")}`).join(",")]);
    expect(spaced).not.toBe(FIXTURE);
    expect(read(spaced)).toEqual(read(FIXTURE));
  });

  it("leaves a short row that names units of its own, or opens on a 序号, to the other readings", () => {
    const header = "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限";
    const first = "1\t推进标准化建设\t开展企业标准化试点\t区市场监管局\t区工信局\t2025年底前";
    const body = "一、重点任务\n（一）推进标准化建设。（责任单位：区市场监管局、区工信局）\n\n";
    // A row of a 序号 and a task alone is no measure of the task above.
    const numbered = analyze(`${body}${header}\n${first}\n2\t推进计量建设\n`).plan.tables[0]!;
    expect([numbered.rows, numbered.merged.length, numbered.serials.map((serial) => serial.text)]).toEqual([1, 0, ["1", "2"]]);
    // A row short of its measure: no placing of its cells.
    const noMeasure = analyze(`${body}${header}\n${first}\n2025年底前\t\n`).plan.tables[0]!;
    expect(noMeasure.rows).toBe(1);
  });
});
