import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { tableRowReadings } from "../support/tableRowReadings";

/**
 * A 分工表 pasted from Word with a soft return (Shift+Enter) inside a task's cell and no quote round
 * it: `4<TAB>强化建设工程` over `质量管理<TAB>十三<TAB>区住房城乡建设局<TAB><TAB>持续推进`. The two lines are
 * one row of the table (model/tables.ts), no task left to nobody over a row the table cannot read.
 */
const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "district-division-cell-soft-returns.plan"), "utf8");

const rowsOf = tableRowReadings;

describe("a 分工表 row whose task a soft return broke over two lines", () => {
  it("reads the two lines as one row: the whole task, its units, its 序号 in the count", () => {
    const { plan } = analyze(FIXTURE);
    expect(plan.tables.map((table) => [table.rows, table.unread.length, table.blank.length, table.serials.map((serial) => serial.text).join(",")])).toEqual([[10, 0, 0, "1,2,3,4,5,6,7,8,9,10"]]);
    const rows = rowsOf(FIXTURE);
    expect(rows).toContain("4|强化建设工程质量管理|区住房城乡建设局");
    expect(rows).toContain("7|提升生活服务品质|区商务局、区民政局");
    expect(rows).toContain("9|加强质量基础设施建设|区市场监管局");
  });

  it("reports no task left to nobody, and reads the row's citing cell", () => {
    const { findings } = analyze(FIXTURE);
    expect(findings.filter((finding) => finding.rule === "units/blank" || finding.rule === "numbering/table-serial" || finding.rule.startsWith("xref/"))).toEqual([]);
  });

  it("joins no row onto the next row, nor a unit's cell onto the line below", () => {
    const header = "序号\t重点任务\t牵头单位\t配合单位\t完成时限";
    const body = "一、重点任务\n（一）推进标准化建设。（责任单位：区市场监管局）\n\n";
    // A row short of its last cells over a row of its own: two rows, the second read.
    const short = `${body}${header}\n1\t推进标准化建设\n2\t加强计量能力\t区市场监管局\t2025年底前\n`;
    expect(rowsOf(short).filter((row) => row.includes("推进标准化建设"))).toEqual([]);
    expect(analyze(short).plan.tables.map((table) => table.serials.map((serial) => serial.text))).toEqual([["1", "2"]]);
    // A break after a unit's name: no cell of words, left as it was.
    const unit = `${body}${header}\n1\t推进标准化建设\t区市场监管局\n区科技局\t2025年底前\n`;
    expect(rowsOf(unit).some((row) => row.startsWith("1|推进标准化建设|区市场监管局区科技局"))).toBe(false);
  });
});
