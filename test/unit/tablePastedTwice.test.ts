import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A 分工表 pasted twice (a drafter copies the table from Word, then again under it): its header
 * written again and the 序号 starting again at 1. The repeat heads a table of its own — never the
 * first table's page over a PDF's break, whose rows numbering/table-serial would count on and
 * whose fix would renumber the copy 3, 4 …
 */
const HEAD = "示例市质量强市建设实施方案\n一、重点任务\n1.实施质量技术攻关行动。〔责任单位：市科技局〕\n2.培育区域品牌。〔责任单位：市市场监管局〕\n附件\n重点任务分工表\n";
const HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"];
const ROWS = [
  ["1", "实施质量技术攻关行动", "市科技局", "市工业和信息化局", "2025年底前"],
  ["2", "培育区域品牌", "市市场监管局", "市商务局", "2025年底前"],
];
const NO_SERIAL = (row: readonly string[]) => row.slice(1);
const tabbed = (row: readonly string[]) => `${row.join("\t")}\n`;
const spaced = (row: readonly string[]) => `${row.join("    ")}\n`;

const serialFindings = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "numbering/table-serial").map((finding) => finding.message);

describe("a 分工表 pasted twice, its header written again", () => {
  it.each([
    ["cells apart by tabs (Word, WPS)", tabbed],
    ["cells apart by wide gaps (a web page)", spaced],
  ])("%s: two tables, each counted from 1, no renumbering", (_name, cells) => {
    const once = [HEADER, ...ROWS].map(cells).join("");
    const text = HEAD + once + once;
    const plan = buildPlan(text);
    expect(plan.tables.map((table) => table.serials.map((serial) => serial.text))).toEqual([
      ["1", "2"],
      ["1", "2"],
    ]);
    expect(plan.tables[1]!.start).toBe(text.lastIndexOf("序号"));
    expect(serialFindings(text)).toEqual([]);
    expect(fixAll(text).text).not.toContain("\n3");
  });

  it("with no 序号 column: the first row's task again starts the copy", () => {
    const once = [NO_SERIAL(HEADER), ...ROWS.map(NO_SERIAL)].map(tabbed).join("");
    const plan = buildPlan(HEAD + once + once);
    expect(plan.tables.map((table) => table.rows)).toEqual([2, 2]);
  });

  it("a PDF's next page under the header again stays the table: its 序号 go on, or repeat as a slip", () => {
    const goesOn = HEAD + [HEADER, ...ROWS].map(tabbed).join("") + "— 12 —\n" + [HEADER, ["3", "推进农产品质量安全追溯", "市农业农村局", "市市场监管局", "2024年底前"]].map(tabbed).join("");
    expect(buildPlan(goesOn).tables.map((table) => table.serials.map((serial) => serial.text))).toEqual([["1", "2", "3"]]);
    const slip = HEAD + [HEADER, ...ROWS].map(tabbed).join("") + [HEADER, ["2", "推进农产品质量安全追溯", "市农业农村局", "市市场监管局", "2024年底前"]].map(tabbed).join("");
    expect(buildPlan(slip).tables).toHaveLength(1);
    expect(serialFindings(slip)).toEqual(["分工表序号重复：“2”与上一行相同，应为“3”"]);
  });
});
