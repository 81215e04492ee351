import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { piecesBetweenBreaks } from "../../server/src/core/model/cellBreaks";

/**
 * A web page's export of a 分工表 as a Markdown table writes a unit cell's line breaks as tags
 * (`市发展改革委<br>市工业和信息化局`): the tag parts the cell's names, as a Word cell lists them one a
 * line, and is no part of a name.
 */
const PLAN = "示例市质量强市建设实施方案\n一、重点任务\n1.加强质量基础设施建设。〔责任单位：市市场监管局、市发展改革委、市工业和信息化局〕\n2.推进品牌建设。〔责任单位：市商务局、市文化广电旅游局、市农业农村局〕\n\n附件\n重点任务分工表\n\n";
const rowUnits = (text: string) => buildPlan(text).clauses.flatMap((clause) => (clause.tableRow === null ? [] : [clause.units.map((unit) => unit.text)]));

describe("break tags in a table's unit cell", () => {
  it("part a Markdown table's cell into its names, whatever the tag's form", () => {
    const text = `${PLAN}| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 1 | 加强质量基础设施建设 | 市市场监管局 | 市发展改革委<br>市工业和信息化局 | 2025年底前 |\n| 2 | 推进品牌建设 | 市商务局 | 市文化广电旅游局<br/>市农业农村局<BR /> | 2025年底前 |\n`;
    expect(rowUnits(text)).toEqual([
      ["市市场监管局", "市发展改革委", "市工业和信息化局"],
      ["市商务局", "市文化广电旅游局", "市农业农村局"],
    ]);
    const units = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => `${finding.rule}: ${finding.message}`);
    expect(units).toEqual([]);
  });

  it("part a tabbed row's cell as well", () => {
    const text = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\n1\t加强质量基础设施建设\t市市场监管局\t市发展改革委 <br> 市工业和信息化局\n`;
    expect(rowUnits(text)).toEqual([["市市场监管局", "市发展改革委", "市工业和信息化局"]]);
  });

  it("reads only break tags, within the cell", () => {
    const cell = "市发展改革委<br >市工业和信息化局<b>市科技局";
    expect(piecesBetweenBreaks(cell, 0, cell.length)?.map((piece) => cell.slice(piece.start, piece.end))).toEqual(["市发展改革委", "市工业和信息化局<b>市科技局"]);
    expect(piecesBetweenBreaks("市科技局", 0, 4)).toBeNull();
    // A tag the cell's end cuts is no break of this cell.
    expect(piecesBetweenBreaks("市科技局<br>", 0, 6)).toBeNull();
  });
});
