import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/** units/unknown's suggestion for a slip of a unit the plan writes elsewhere: the plan's own writing (units/writings.ts). */
const suggestions = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [finding.message, (finding.suggestions ?? []).map((fix) => fix.edits.map((edit) => edit.newText).join(""))]);

const CITY = "赣州市质量强市建设实施方案\n一、主要任务\n";
const COUNTY = "于都县质量强县建设实施方案\n一、主要任务\n";

describe("the suggestion for a misspelt unit the plan writes elsewhere", () => {
  it("is the full name the plan uses, not the registry's short name (省级单位)", () => {
    const text = `${CITY}1.甲。开展。〔责任单位：省工业和信息化厅、市市场监管局〕\n2.乙。开展。〔责任单位：省工业和信息厅、市科技局〕\n`;
    expect(suggestions(text)).toEqual([["“省工业和信息厅”不在责任单位名录中，是否应为“省工业和信息化厅”？", ["省工业和信息化厅"]]]);
  });

  it("is the short name the plan uses (市级单位)", () => {
    const text = `${CITY}1.甲。开展。〔责任单位：市发改委、市市场监管局〕\n2.乙。开展。〔责任单位：市发展和改革委员、市科技局〕\n`;
    expect(suggestions(text)).toEqual([["“市发展和改革委员”不在责任单位名录中，是否应为“市发改委”？", ["市发改委"]]]);
  });

  it("is a county's own writing at its level (县级单位)", () => {
    const text = `${COUNTY}1.甲。开展。〔责任单位：县市场监督管理局、县科技局〕\n2.乙。开展。〔责任单位：县市场监督管里局、县工信局〕\n`;
    expect(suggestions(text)).toEqual([["“县市场监督管里局”不在责任单位名录中，是否应为“县市场监督管理局”？", ["县市场监督管理局"]]]);
  });

  it("is the writing units/alias unifies to where the plan writes the unit two ways (the canonical name)", () => {
    const text = `${CITY}1.甲。开展。〔责任单位：市工业和信息化局、市科技局〕\n2.乙。开展。〔责任单位：市工信局、市商务局〕\n3.丙。开展。〔责任单位：市工业和信息局、市财政局〕\n`;
    const [slip] = suggestions(text).filter(([message]) => String(message).startsWith("“市工业和信息局”"));
    expect(slip).toEqual(["“市工业和信息局”不在责任单位名录中，是否应为“市工信局”？", ["市工信局"]]);
  });

  it("is the unit's name nearest the slip where the plan does not write the unit: the writing the drafter meant", () => {
    const text = `${CITY}1.甲。开展。〔责任单位：市市场监管局〕\n2.乙。开展。〔责任单位：省工业和信息厅、市科技局〕\n`;
    expect(suggestions(text)).toEqual([["“省工业和信息厅”不在责任单位名录中，是否应为“省工业和信息化厅”？", ["省工业和信息化厅"]]]);
    // A short name slipped is offered the short name: 省工信厅 for 省工信听.
    const short = `${CITY}1.甲。开展。〔责任单位：市市场监管局〕\n2.乙。开展。〔责任单位：省工信听、市科技局〕\n`;
    expect(suggestions(short)).toEqual([["“省工信听”不在责任单位名录中，是否应为“省工信厅”？", ["省工信厅"]]]);
    // A derived level's alias: 省人力资源社会保障厅, not the registry's 省人社厅.
    const province = "安徽省质量强省建设实施方案\n一、主要任务\n1.甲。开展。〔责任单位：省人力资源社会保险厅、省教育厅〕\n";
    expect(suggestions(province)).toEqual([["“省人力资源社会保险厅”不在责任单位名录中，是否应为“省人力资源社会保障厅”？", ["省人力资源社会保障厅"]]]);
  });

  it("follows an edit of the plan's writing elsewhere (the remembered clause's verdict is not reused)", () => {
    const before = `${CITY}1.甲。开展。〔责任单位：省工业和信息化厅〕\n2.乙。开展。〔责任单位：省工业和信息厅、市科技局〕\n`;
    const after = before.replace("〔责任单位：省工业和信息化厅〕", "〔责任单位：省工信厅〕");
    expect(suggestions(before)[0]![1]).toEqual(["省工业和信息化厅"]);
    // The plan's own writing (省工信厅) before the writing nearest the slip (省工业和信息化厅).
    expect(suggestions(after)[0]![1]).toEqual(["省工信厅"]);
  });
});
