import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A 分工表 a PDF set over two pages: the copy keeps the page's footer (— 12 —, -12-, a bare
 * number) and the header printed again at the top of the next page. Both halves are one table:
 * one count of rows, one run of 序号, the footer no row.
 */
const HEAD = "示例市方案\n一、重点任务\n（一）加强质量攻关。具体分工见附件。\n附件\n重点任务分工表\n";
const HEADER = ["序号", "重点任务", "牵头单位", "配合单位"];
const FIRST = [
  ["1", "实施质量技术攻关行动", "市科技局", "市工信局"],
  ["2", "开展产业链质量提升行动", "市工信局", "市发展改革委"],
];
const SECOND = [
  ["3", "推进农产品质量安全追溯", "市农业农村局", "市市场监管局"],
  ["4", "培育区域品牌", "市市场监管局", "市商务局"],
];
const EDGES = ["", "\n— 12 —\n\n", "-12-\n", "12\n", "\n１２\n\n"];
const tabbed = (row: string[]) => `${row.join("\t")}\n`;
const spaced = (row: string[]) => `${row.join("  ")}\n`;

function overTwoPages(cells: (row: string[]) => string, edge: string, second = SECOND): string {
  return HEAD + [HEADER, ...FIRST].map(cells).join("") + edge + [HEADER, ...second].map(cells).join("");
}

const serialFindings = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "numbering/table-serial").map((finding) => `${text.slice(finding.start, finding.end)} ${finding.message}`);

describe("a 分工表 over a page break", () => {
  it.each([
    ["cells apart by tabs", tabbed],
    ["cells apart by spaces", spaced],
  ])("%s: one table, its footer no row", (_name, cells) => {
    for (const edge of EDGES) {
      const plan = buildPlan(overTwoPages(cells, edge));
      expect(plan.tables, JSON.stringify(edge)).toHaveLength(1);
      expect(plan.tables[0]!.rows, JSON.stringify(edge)).toBe(4);
      expect(plan.tables[0]!.unread, JSON.stringify(edge)).toEqual([]);
      expect(plan.tables[0]!.serials.map((serial) => serial.text), JSON.stringify(edge)).toEqual(["1", "2", "3", "4"]);
      expect(serialFindings(plan.text), JSON.stringify(edge)).toEqual([]);
    }
  });

  it("catches a 序号 repeated or skipped across the break", () => {
    for (const edge of EDGES) {
      const repeated = overTwoPages(tabbed, edge, [["2", ...SECOND[0]!.slice(1)], ["3", ...SECOND[1]!.slice(1)]]);
      expect(serialFindings(repeated), JSON.stringify(edge)).toEqual(["2 分工表序号重复：“2”与上一行相同，应为“3”"]);
      const skipped = overTwoPages(tabbed, edge, [["4", ...SECOND[0]!.slice(1)], ["5", ...SECOND[1]!.slice(1)]]);
      expect(serialFindings(skipped), JSON.stringify(edge)).toEqual(["4 分工表序号不连续：上一行为“2”，本行为“4”，缺少“3”，应为“3”"]);
    }
  });

  it("reads on after a section row the page ended with", () => {
    const text = HEAD + [HEADER, ...FIRST].map(tabbed).join("") + "二、提升产品质量\n— 12 —\n" + [HEADER, ["1", ...SECOND[0]!.slice(1)]].map(tabbed).join("");
    const plan = buildPlan(text);
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0]!.serials).toMatchObject([{ text: "1" }, { text: "2" }, { text: "1", afterSection: true }]);
  });

  it("keeps apart a table under the same header after prose, or in another attachment", () => {
    const prose = HEAD + [HEADER, ...FIRST].map(tabbed).join("") + "以上任务按年度推进。\n" + [HEADER, ...SECOND].map(tabbed).join("");
    expect(buildPlan(prose).tables).toHaveLength(2);
    const other = HEAD + [HEADER, ...FIRST].map(tabbed).join("") + "附件2\n" + [HEADER, ...SECOND].map(tabbed).join("");
    expect(buildPlan(other).tables).toHaveLength(2);
    // A header of other columns opens a table of its own.
    const columns = HEAD + [HEADER, ...FIRST].map(tabbed).join("") + "— 12 —\n" + [["序号", "重点任务", "责任单位", "完成时限"], ["1", "推进信用监管", "市市场监管局", "2025年底"]].map(tabbed).join("");
    expect(buildPlan(columns).tables).toHaveLength(2);
  });
});
