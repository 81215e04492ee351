import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A goal an AI writing tool bolds (`达到**94%**以上`, `__96%__`, `**食品抽检合格率达到98%**`) is
 * read through its Markdown marks, as through a format character: the goal is the one the plan
 * states before structure/markdown-marks' fix deletes the marks, so targets/blank and the
 * comparisons with the parent see it, and the name shown is the words, not the marks.
 */
const rows = (text: string) =>
  extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.comparator, target.value, target.unit, target.qualifier]);
const rules = (text: string) => analyze(text).findings.map((finding) => finding.rule).filter((rule) => rule !== "targets/parent-not-localised").sort();
const goals = (body: string) => `示例县质量强县建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${body}\n`;

describe("Markdown's bold in a goal", () => {
  it("reads a bolded figure, its unit and its qualifier as the clean goal's", () => {
    const pasted = goals("到2025年，制造业产品质量合格率达到**95%**以上，公共服务质量满意度提高到__83分__，万人高价值发明专利拥有量达到__12.5件__，**食品抽检合格率达到98.5%**，__农产品抽检合格率__稳定在**99%**。");
    const clean = pasted.replaceAll("**", "").replaceAll("__", "");
    expect(rows(pasted)).toEqual(rows(clean));
    expect(rows(pasted)).toEqual([
      ["制造业产品质量合格率", "达到", 95, "%", "以上"],
      ["公共服务质量满意度", "提高到", 83, "分", ""],
      ["万人高价值发明专利拥有量", "达到", 12.5, "件", ""],
      ["食品抽检合格率", "达到", 98.5, "%", ""],
      ["农产品抽检合格率", "稳定在", 99, "%", ""],
    ]);
    // The marks are structure/markdown-marks' alone, and its fix leaves the clean plan.
    expect(rules(pasted)).toEqual(["structure/markdown-marks"]);
    expect(fixAll(pasted).text).toBe(clean);
  });

  it("sees a bolded blank and a bolded figure below the parent's", () => {
    expect(rules(goals("到2025年，制造业产品质量合格率达到** %**以上。"))).toEqual(["structure/markdown-marks", "targets/blank"]);
    // Its message quotes the words as a reader sees them, without the marks.
    const blank = analyze(goals("到2025年，制造业产品质量合格率达到** %**以上。")).findings.find((finding) => finding.rule === "targets/blank");
    expect(blank?.message).toBe("“制造业产品质量合格率”的目标值空缺：“达到 %以上”缺少数值");
    expect(rules(goals("到2025年，制造业产品质量合格率达到**XX%**以上。"))).toEqual(["structure/markdown-marks", "targets/blank"]);
    expect(rules(goals("到2025年，食品抽检合格率达到__96%__以上。"))).toEqual(["structure/markdown-marks", "targets/weaker-than-parent"]);
  });

  it("takes no list bullet into an indicator's name (an AI tool's `- `, a web page's `•`)", () => {
    const text = goals("到2025年，全市质量整体水平稳步提高：\n- **制造业产品质量合格率**达到**94%**以上；\n• 食品抽检合格率稳定在98%以上；\n- 万人高价值发明专利拥有量达到__12件__。");
    expect(rows(text).map((row) => row[0])).toEqual(["制造业产品质量合格率", "食品抽检合格率", "万人高价值发明专利拥有量"]);
    // Named as the outline names them, they are the outline's: no parent target left unmatched for them.
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/parent-not-localised").map((finding) => finding.message).join()).not.toMatch(/制造业产品质量合格率|食品抽检合格率/);
  });

  it("leaves a form's blanks and a mask of stars as they were", () => {
    // Underscores with no closing pair, or round a clause mark, are a blank to fill in.
    expect(rows(goals("到2025年，制造业产品质量合格率达到__%以上，新增示范企业__个，建成__家。"))[0]).toEqual(["制造业产品质量合格率", "达到", null, "%", "以上"]);
    expect(rules(goals("到2025年，制造业产品质量合格率达到__%以上。"))).toEqual(["targets/blank"]);
    // Three stars are no bold: the figure after them is no goal's.
    expect(rows(goals("到2025年，制造业产品质量合格率达到***95%。"))).toEqual([]);
  });
});

describe("a Markdown table written without its outer pipes", () => {
  const table = (rows: string) => goals(`到2027年，质量强县建设取得明显成效。主要指标如下：\n${rows}`);
  // Each finding's first and last line: one finding per table, over its lines.
  const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length - 1;
  const marks = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "structure/markdown-marks").map((finding) => `${lineOf(text, finding.start)}-${lineOf(text, finding.end)}`);

  it("is read as the same table with its outer pipes (GFM: a header, then its delimiter row)", () => {
    const bare = table("指标 | 单位 | 2025年 | 2027年\n--- | :---: | --- | ---\n制造业产品质量合格率 | % | 94 | 95\n食品抽检合格率 | % | 98 | 98.5");
    const piped = table("| 指标 | 单位 | 2025年 | 2027年 |\n| --- | :---: | --- | --- |\n| 制造业产品质量合格率 | % | 94 | 95 |\n| 食品抽检合格率 | % | 98 | 98.5 |");
    expect(rows(bare)).toEqual(rows(piped));
    expect(rows(bare).map((row) => [row[0], row[2]])).toEqual([["制造业产品质量合格率", 95], ["食品抽检合格率", 98.5]]);
    // The table is reported once, over its lines, and the fix leaves the rows a Word table pastes as.
    expect(marks(bare)).toEqual(["5-8"]);
    const fixed = fixAll(bare).text;
    expect(fixed).toBe(table("指标\t单位\t2025年\t2027年\n制造业产品质量合格率\t%\t94\t95\n食品抽检合格率\t%\t98\t98.5"));
    expect(fixAll(fixed).text).toBe(fixed);
    expect(rows(fixed)).toEqual(rows(bare));
  });

  it("reads a row with only its closing pipe, or only its opening one, as a row of the table", () => {
    const mixed = table("指标 | 单位 | 2027年 |\n---|---|---|\n| 制造业产品质量合格率 | % | 95\n食品抽检合格率 | % | 98.5 |");
    expect(rows(mixed).map((row) => [row[0], row[2]])).toEqual([["制造业产品质量合格率", 95], ["食品抽检合格率", 98.5]]);
    expect(marks(mixed)).toEqual(["5-8"]);
  });

  it("is no table without its delimiter row, nor where the delimiter's cells differ from the header's", () => {
    // A pipe between words is text (推行A|B双轨制); two lines of them are no table either.
    const prose = table("推行A | B双轨制，指标 | 单位 | 2027年\n制造业产品质量合格率 | % | 95");
    expect(marks(prose)).toEqual([]);
    expect(rows(prose)).toEqual([]);
    const uneven = table("指标 | 单位 | 2027年\n--- | ---\n制造业产品质量合格率 | % | 95");
    expect(marks(uneven)).toEqual([]);
    expect(rows(uneven)).toEqual([]);
  });

  it("ends at the first line with no pipe", () => {
    const text = table("指标 | 2027年\n--- | ---\n食品抽检合格率 | 98.5%\n二、主要任务\n（一）推动质量变革\n1.开展质量创新工作，比较A | B两种做法。〔责任单位：市市场监管局〕");
    expect(marks(text)).toEqual(["5-7"]);
  });
});
