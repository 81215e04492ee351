import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { targetsOf } from "../support/targets";

/**
 * An indicator table pasted from Word with a soft return (Shift+Enter) inside a cell and no quote
 * round it: `1<TAB>规模以上工业企业产品质量` over `合格率<TAB>%<TAB>94<TAB>96`. The two lines are one row.
 */
const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "city-indicators-cell-soft-returns.plan"), "utf8");

function tableTargets(text: string): string[] {
  return targetsOf(text)
    .filter((target) => target.value !== null)
    .map((target) => `${target.indicator} ${target.horizon} ${target.valueText}`);
}

describe("an indicator row whose cell a soft return broke over two lines (targets/tables.ts)", () => {
  it("reads the two lines as one row: the indicator's whole name and its figures", () => {
    const read = tableTargets(FIXTURE);
    expect(read).toContain("规模以上工业企业产品质量合格率 2025 96");
    expect(read).toContain("工程质量抽查符合率 2025 96");
    expect(read).toContain("万人高价值发明专利拥有量 2025 2.5");
    expect(read).toContain("省级以上质量标杆企业数量 2025 18");
    expect(read).toContain("省级以上质量标杆企业数量 2024 15");
    // The rows round them are read as before.
    expect(read).toContain("食品抽检合格率 2025 98.5");
    expect(read).toContain("公共服务质量满意度 2024 80");
    const rules = analyze(FIXTURE).findings.map((finding) => finding.rule);
    expect(rules.filter((rule) => rule === "targets/inconsistent" || rule.startsWith("numbering/"))).toEqual([]);
    expect(read.filter((each) => each.startsWith("合格率") || each.startsWith("拥有量") || each.startsWith("企业数量"))).toEqual([]);
  });

  it("joins no two rows each short of cells, nor a line onto a row's figure", () => {
    const rows = ["序号\t指标名称\t单位\t2022年\t2025年", "1\t制造业产品质量合格率\t%", "2\t食品抽检合格率\t%"];
    const text = `一、主要目标\n到2025年，质量水平明显提升。\n\n${rows.join("\n")}\n`;
    expect(tableTargets(text).filter((each) => each.startsWith("制造业"))).toEqual([]);
    const figure = ["序号\t指标名称\t单位\t2022年\t2025年", "1\t制造业产品质量合格率\t%\t93", "5\t95"];
    expect(tableTargets(`一、主要目标\n到2025年，质量水平明显提升。\n\n${figure.join("\n")}\n`).filter((each) => each.startsWith("制造业"))).toEqual([]);
  });

  it("reads a spaced row broken inside its name as one row, the name's range over both lines", () => {
    const rows = ["序号  指标名称  单位  2022年基数  2025年目标  指标属性", "1  规模以上工业企业产品质量", "合格率  %  93.5  94.5  预期性", "2  食品抽检合格率  %  98  98.5  约束性"];
    const text = `一、主要目标\n到2025年，质量水平明显提升。\n\n${rows.join("\n")}\n`;
    expect(tableTargets(text)).toEqual(["规模以上工业企业产品质量合格率 2025 94.5", "食品抽检合格率 2025 98.5"]);
    const target = targetsOf(text).find((each) => each.indicator.startsWith("规模以上"))!;
    expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe("规模以上工业企业产品质量\n合格率");
  });

  it("joins the tail a PDF's copy set under a spaced row to the cell it ends: closing its bracket, or indented to its column", () => {
    const rows = [
      "序号  指标名称  单位  2022年基数  2025年目标  指标属性",
      "1  万人高价值发明专利拥有量（不含  件  8  10  预期性",
      "港澳台）",
      "2  规模以上工业企业产品质量  %  93.5  94.5  预期性",
      "   合格率",
      "3  食品抽检合格率  %  98  98.5  约束性",
    ];
    const text = `一、主要目标\n到2025年，质量水平明显提升。\n\n${rows.join("\n")}\n`;
    expect(tableTargets(text)).toEqual(["万人高价值发明专利拥有量（不含港澳台） 2025 10", "规模以上工业企业产品质量合格率 2025 94.5", "食品抽检合格率 2025 98.5"]);
  });

  it("joins no section row, nor a line that closes no bracket and stands in no cell's column, to the row above", () => {
    const rows = ["序号  指标名称  单位  2022年基数  2025年目标", "1  制造业产品质量合格率  %  93.5  94.5", "质量基础", "2  食品抽检合格率  %  98  98.5"];
    const text = `一、主要目标\n到2025年，质量水平明显提升。\n\n${rows.join("\n")}\n`;
    expect(tableTargets(text)[0]).toBe("制造业产品质量合格率 2025 94.5");
  });
});
