import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { displayWidth, keepingColumns, mayHoldColumns } from "../../server/src/core/text/columns";

/**
 * A table set in columns by spaces (a PDF's copy): a fix that changes a cell's width keeps the
 * cells after it in their columns, the gap after the cell taking up the difference
 * (text/columns.ts); a fix that cannot (a gap below two spaces) is not made.
 */
/** Where each cell of each line starts, in a fixed-width view's columns. */
const columnsOf = (text: string) =>
  text.split("\n").map((line) => [...line.matchAll(/(?<=^| {2,})\S/g)].map((match) => displayWidth(line, 0, match.index!)));

const plan = (rows: string) =>
  `示例市质量强市建设实施方案\n为深入贯彻《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2027年，质量强市建设取得明显成效。主要指标如下：\n${rows}\n二、主要任务\n（一）推动质量变革\n1.加快质量创新。开展质量创新工作。〔责任单位：市市场监管局〕\n`;

describe("a fix in a table set in columns by spaces", () => {
  it("keeps the later cells in their columns where full-width figures become half-width (one slip)", () => {
    const text = plan(
      "序号  指标名称                  单位    2025年    2027年目标    指标属性\n1     制造业产品质量合格率      %       ９４      ９５          预期性\n2     食品抽检合格率            %       98        98.5          约束性",
    );
    const fixed = fixAll(text).text;
    expect(fixed).toContain("1     制造业产品质量合格率      %       94        95            预期性");
    expect(columnsOf(fixed)).toEqual(columnsOf(text));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("keeps them where the whole table is written full-width (the paste's habit, fixed at once)", () => {
    const rows = ["序号  指标名称            单位    ２０２５年    ２０２７年目标    指标属性"];
    for (const [name, base, goal] of [["制造业产品质量合格率", "９４", "９５"], ["食品抽检合格率", "９８", "９８．５"], ["工程质量验收合格率", "１００", "１００"], ["公共服务质量满意度", "８０", "８２"], ["万人发明专利拥有量", "１２", "１５"]]) {
      rows.push(`${rows.length}     ${name.padEnd(14, "　").replaceAll("　", "  ")}  ％      ${base.padEnd(6, "　").replaceAll("　", "  ")}    ${goal.padEnd(7, "　").replaceAll("　", "  ")}    预期性`);
    }
    const text = plan(rows.join("\n"));
    expect(analyze(text).findings.some((finding) => finding.rule === "text/full-width-alnum" && finding.message.startsWith("本文的"))).toBe(true);
    const fixed = fixAll(text).text;
    expect(fixed).not.toMatch(/[０-９％]/);
    expect(columnsOf(fixed)).toEqual(columnsOf(text));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("widens or narrows only the gap after the edited cell, and makes no edit a gap cannot take", () => {
    const row = "合格率  ９４  95  预期性";
    expect(keepingColumns(row, [{ start: 5, end: 7, newText: "94" }])).toEqual([
      { start: 5, end: 7, newText: "94" },
      { start: 7, end: 9, newText: "    " },
    ]);
    // A wider cell narrows its gap, down to two spaces and no further.
    expect(keepingColumns("合格率    95  预期性", [{ start: 7, end: 9, newText: "９５" }])).toBeNull();
    expect(keepingColumns("合格率    95    预期性", [{ start: 7, end: 9, newText: "９５" }])).toEqual([
      { start: 7, end: 9, newText: "９５" },
      { start: 9, end: 13, newText: "  " },
    ]);
  });

  it("leaves prose, a row's last cell and an edit over a line's end as they are", () => {
    const prose = [{ start: 3, end: 5, newText: "94" }];
    expect(keepingColumns("合格率９４% 以上", prose)).toBe(prose);
    const last = [{ start: 9, end: 11, newText: "94" }];
    expect(keepingColumns("合格率  %  ９４", last)).toBe(last);
    const join = [{ start: 5, end: 7, newText: "" }];
    expect(keepingColumns("合格率  ９\n４  95  预期性", join)).toBe(join);
  });

  it("keeps them where a space goes out of a cell, or a half-width comma becomes full-width", () => {
    const text = plan(
      "序号  指标名称                  单位    2025年    2027年目标    指标属性\n1     制造业产品 质量合格率     %       94        95            预期性\n2     农产品,食品合格率         %       98        98.5          约束性",
    );
    const rules = analyze(text).findings.map((finding) => finding.rule);
    expect(rules).toContain("punct/han-space");
    expect(rules).toContain("punct/half-width");
    const fixed = fixAll(text).text;
    expect(fixed).toContain("1     制造业产品质量合格率      %");
    expect(fixed).toContain("2     农产品，食品合格率        %");
    expect(columnsOf(fixed)).toEqual(columnsOf(text));
  });

  it("offers a wider mark as a suggestion only where the gap after its cell cannot take it", () => {
    const text = plan("序号  指标名称          单位  2027年目标  指标属性\n1     农产品,食品合格率  %     98.5        约束性\n2     食品抽检合格率     %     98.5        约束性");
    const comma = analyze(text).findings.find((finding) => finding.rule === "punct/half-width");
    expect(comma?.fix).toBeUndefined();
    expect(comma?.suggestions?.[0]?.edits).toEqual([{ start: text.indexOf(","), end: text.indexOf(",") + 1, newText: "，" }]);
    expect(fixAll(text).text).toContain("农产品,食品合格率  %");
  });
});


describe("mayHoldColumns", () => {
  it("says whether the lines holding a span have a double space", () => {
    const text = "第一行没有。\n指标  单位  2027年\n第三行, 也没有。";
    const at = (word: string) => text.indexOf(word);
    expect(mayHoldColumns(text, at("第一"), at("第一") + 2)).toBe(false);
    expect(mayHoldColumns(text, at("单位"), at("单位") + 2)).toBe(true);
    expect(mayHoldColumns(text, at(","), at(",") + 1)).toBe(false);
    // A span over several lines: any of them.
    expect(mayHoldColumns(text, at("第一"), at(","))).toBe(true);
  });
});
