import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { tableRowReadings } from "../support/tableRowReadings";

/**
 * A 分工表 set with single spaces whose unit cells list their names apart by spaces too
 * (`1 推进质量技术创新 （三） 区科技局 区市场监管局 2025年底前` under `序号 重点任务 对应《纲要》条目 责任单位
 * 完成时限`): each row parts into more cells than the header, and is read where its words fit the
 * columns one way only (model/narrowRowCells.ts); a row two ways fit is counted unread, and the
 * rows after it are read.
 */
const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "district-division-narrow-spaced-units.plan"), "utf8");

const tablesOf = (text: string) => analyze(text).plan.tables.map((table) => [table.rows, table.unread.length, table.serials.map((serial) => serial.text).join(",")]);
const rowsOf = tableRowReadings;

describe("a single-space 分工表 whose unit cells hold names apart by spaces", () => {
  it("reads every row, each unit cell's names", () => {
    expect(tablesOf(FIXTURE)).toEqual([[10, 0, "1,2,3,4,5,6,7,8,9,10"]]);
    const rows = rowsOf(FIXTURE);
    expect(rows[0]).toBe("1|推进质量技术创新|区科技局、区市场监管局");
    expect(rows[8]).toBe("9|加强质量基础设施建设|区市场监管局、区科技局");
  });

  it("makes no item nor prose of a row", () => {
    const { plan, findings } = analyze(FIXTURE);
    const tableStart = FIXTURE.indexOf("序号 重点任务");
    expect(plan.allItems.filter((item) => item.start >= tableStart)).toEqual([]);
    expect(findings.filter((finding) => finding.start >= tableStart && (finding.rule.startsWith("numbering/") || finding.rule.startsWith("punct/") || finding.rule === "units/blank"))).toEqual([]);
  });

  it("reads rows numbered as a list (1. 2. …) as the table's, no items of the outline", () => {
    const text = FIXTURE.replace(/^(\d+) /gm, "$1. ");
    expect(tablesOf(text)).toEqual([[10, 0, "1.,2.,3.,4.,5.,6.,7.,8.,9.,10."]]);
    const tableStart = text.indexOf("序号 重点任务");
    expect(analyze(text).plan.allItems.filter((item) => item.start >= tableStart)).toEqual([]);
  });

  it("counts a row its words fit two ways unread, and reads the rows after it", () => {
    // 推动绿色 低碳发展 第四条: the task's words or the citing cell's, nothing tells.
    const text = FIXTURE.replace("2 推动绿色低碳发展 第四条", "2 推动绿色 低碳发展 第四条");
    expect(tablesOf(text)).toEqual([[9, 1, "1,2,3,4,5,6,7,8,9,10"]]);
    expect(rowsOf(text)[1]).toBe("3|提升工业产品质量|区工业和信息化局、区市场监管局");
  });

  it("reads the rows after a first row it cannot read", () => {
    const text = FIXTURE.replace("1 推进质量技术创新 （三）", "1 推进质量 技术创新 （三）");
    expect(tablesOf(text)).toEqual([[9, 1, "1,2,3,4,5,6,7,8,9,10"]]);
  });
});
