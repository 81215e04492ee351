import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * An indicator table a PDF set over two pages prints its header again at the top of the second;
 * the copy keeps it between the rows, with the page's number before it or not. It is the table's
 * header again: no row, no running head, no target — every row read once, in order.
 */
const GOALS = "示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n";
const TASKS = "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n";
const HEADER = ["序号", "指标名称", "单位", "2022年基期值", "2025年目标值", "指标属性"];
const ROWS = [
  ["1", "制造业产品质量合格率", "%", "93.5", "≥94", "预期性"],
  ["2", "食品抽检合格率", "%", "98.2", "98.5以上", "约束性"],
  ["3", "中国质量奖获奖企业数", "家", "1", "3", "预期性"],
  ["4", "工程质量抽查符合率", "%", "95", "98", "约束性"],
];
const EXPECTED = ["制造业产品质量合格率 94", "食品抽检合格率 98.5", "中国质量奖获奖企业数 3", "工程质量抽查符合率 98"];

const read = (text: string) => extractTargets(buildPlan(text)).targets.map((target) => `${target.indicator} ${target.value}`);
/** Findings other than the page number's (its own rule's, structure/page-number). */
const noise = (text: string) => analyze(text).findings.filter((finding) => finding.rule !== "structure/page-number" && !finding.rule.startsWith("punct/")).map((finding) => `${finding.rule}: ${finding.message}`);

/** The table over two pages: the page's edge between rows 2 and 3, then the header again. */
function overTwoPages(cells: (row: string[]) => string, edge: string): string {
  return GOALS + [HEADER, ...ROWS.slice(0, 2)].map(cells).join("") + edge + [HEADER, ...ROWS.slice(2)].map(cells).join("") + TASKS;
}

describe("a table's header repeated after a page break", () => {
  const oneCellALine = (row: string[]) => row.map((cell) => `${cell}\n`).join("");
  const tabbed = (row: string[]) => `${row.join("\t")}\n`;
  const spaced = (row: string[]) => `${row.join("  ")}\n`;

  it.each([
    ["one cell a line", oneCellALine],
    ["cells apart by tabs", tabbed],
    ["cells apart by spaces", spaced],
  ])("%s: read once, with or without the page's number before it", (_name, cells) => {
    for (const edge of ["", "\n— 3 —\n\n", "— 3 —\n"]) {
      const text = overTwoPages(cells, edge);
      expect(read(text), JSON.stringify(edge)).toEqual(EXPECTED);
      expect(noise(text), JSON.stringify(edge)).toEqual([]);
    }
  });

  it.each([
    ["one cell a line", oneCellALine],
    ["cells apart by tabs", tabbed],
    ["cells apart by spaces", spaced],
  ])("%s: read on over a page's edge without the header again", (_name, cells) => {
    for (const edge of ["\n— 3 —\n\n", "— 3 —\n"]) {
      const text = GOALS + [HEADER, ...ROWS.slice(0, 2)].map(cells).join("") + edge + ROWS.slice(2).map(cells).join("") + TASKS;
      expect(read(text), JSON.stringify(edge)).toEqual(EXPECTED);
    }
  });

  it("keeps a header's cells one a line apart from running heads, however often the PDF repeats them", () => {
    const text = overTwoPages(oneCellALine, "— 3 —\n");
    const page = analyze(text).findings.filter((finding) => finding.rule === "structure/page-number");
    expect(page.map((finding) => finding.message)).toEqual(["“— 3 —”是复制时带入的页码，不属于方案内容"]);
  });
});
