import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const GOALS = "示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n";
const TASKS = "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n";

const read = (text: string) =>
  extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.qualifier, t.horizon, t.baseYear, t.baseValue, t.inGoals]);

/** The cells of a table, one a line (as Word pastes a table as text), with `gap` between them. */
const oneCellALine = (rows: string[][], gap = "\n") => rows.map((row) => row.join(gap)).join(gap) + "\n";

describe("tables of indicators pasted as text", () => {
  const HEADER = ["序号", "指标名称", "单位", "2022年基数", "2025年目标", "指标属性"];
  const ROWS = [
    ["1", "制造业产品质量合格率", "%", "93.5", "≥94", "预期性"],
    ["2", "食品抽检合格率", "%", "98.2", "98.5以上", "约束性"],
    ["3", "制造业质量竞争力指数", "—", "84.6", "86", "预期性"],
    ["4", "培育省级质量标杆企业", "家", "12", "20", "预期性"],
  ];
  const EXPECTED = [
    ["制造业产品质量合格率", "level", "≥", 94, "%", "", 2025, 2022, 93.5, true],
    ["食品抽检合格率", "level", "", 98.5, "%", "以上", 2025, 2022, 98.2, true],
    ["制造业质量竞争力指数", "level", "", 86, "", "", 2025, 2022, 84.6, true],
    // Beside a base of what stands already (12), the target is how many will stand: a level held to its base.
    ["省级质量标杆企业", "level", "", 20, "家", "", 2025, 2022, 12, true],
  ];

  it("reads a row of new things beside what the base year added as a count, and a row named as a total as the total", () => {
    const header = "序号\t指标名称\t单位\t2022年基数\t2025年目标\n";
    const table = `1\t新增团体标准\t项\t280\t300\n2\t团体标准累计数\t项\t2200\t2500\n3\t建成检验检测公共服务平台\t个\t4\t6\n`;
    const targets = extractTargets(buildPlan(GOALS + header + table + TASKS)).targets;
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.baseValue, t.cumulative])).toEqual([
      ["团体标准", "count", "新增", 300, 280, false],
      ["团体标准", "level", "", 2500, 2200, true],
      // Beside a base of what stands, how many will stand: a level.
      ["检验检测公共服务平台", "level", "", 6, 4, false],
    ]);
  });

  it("reads the rows a merged category cell spans, whether the copy left its cell empty or out", () => {
    const header = "序号\t类别\t指标名称\t单位\t2022年基数\t2025年目标\n";
    const rows = (spanned: string) =>
      `1\t产品质量\t制造业产品质量合格率\t%\t93.5\t≥94\n2${spanned}食品抽检合格率\t%\t98.2\t98.5\n3\t品牌建设\t培育省级质量标杆企业\t家\t12\t20\n4${spanned}制造业质量竞争力指数\t—\t84.6\t86\n`;
    const expected = [
      ["制造业产品质量合格率", "level", "≥", 94, "%", "", 2025, 2022, 93.5, true],
      ["食品抽检合格率", "level", "", 98.5, "%", "", 2025, 2022, 98.2, true],
      ["省级质量标杆企业", "level", "", 20, "家", "", 2025, 2022, 12, true],
      ["制造业质量竞争力指数", "level", "", 86, "", "", 2025, 2022, 84.6, true],
    ];
    // Word leaves the spanned cell empty; a web page or WPS leaves it out: the same rows either way.
    expect(read(GOALS + header + rows("\t\t") + TASKS)).toEqual(expected);
    expect(read(GOALS + header + rows("\t") + TASKS)).toEqual(expected);
    // A row short of another cell than the category's is no row of the table: nothing is guessed.
    expect(read(GOALS + header + "1\t产品质量\t制造业产品质量合格率\t%\t93.5\t≥94\n2\t食品抽检合格率\t98.2\t98.5\n" + TASKS)).toEqual([expected[0]]);
  });

  it("reads a table one cell a line by its header's columns, with or without blank lines between cells", () => {
    expect(read(GOALS + oneCellALine([HEADER, ...ROWS]) + TASKS)).toEqual(EXPECTED);
    expect(read(GOALS + oneCellALine([HEADER, ...ROWS], "\n\n") + TASKS)).toEqual(EXPECTED);
  });

  it("reads a table one cell a line under a caption in an indicator column's words (主要指标)", () => {
    expect(read(GOALS + oneCellALine([["主要指标"], HEADER, ...ROWS]) + TASKS)).toEqual(EXPECTED);
    expect(read(GOALS + oneCellALine([["主要指标"], ["指标", "2022年基数", "2025年目标"], ["制造业产品质量合格率（%）", "93.5", "≥94"]]) + TASKS)).toEqual([EXPECTED[0]]);
  });

  it("reads a table Excel copied with quoted cells: a cell over lines, a quote doubled inside, a row over lines", () => {
    const text = `${GOALS}序号\t指标名称\t单位\t"2022年
基数"\t2025年目标\t指标属性\n1\t"制造业产品
质量合格率"\t%\t93.5\t≥94\t预期性\n2\t"食品抽检合格率""（评价性）"""\t%\t98.2\t98.5以上\t约束性\n3\t"""品字标""认证
企业数"\t家\t12\t20\t预期性\n${TASKS}`;
    expect(read(text)).toEqual([
      ["制造业产品质量合格率", "level", "≥", 94, "%", "", 2025, 2022, 93.5, true],
      ['食品抽检合格率"（评价性）"', "level", "", 98.5, "%", "以上", 2025, 2022, 98.2, true],
      ['"品字标"认证企业数', "level", "", 20, "家", "", 2025, 2022, 12, true],
    ]);
    // The quotes are the copy's, and a row's lines are the table's, no sentence cut short.
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("punct/") || finding.rule === "text/broken-sentence")).toEqual([]);
  });

  it("reads a column's unit from its header's brackets (2025年目标（%）)", () => {
    const table = "序号\t指标名称\t2022年基数（%）\t2025年目标（%）\n1\t制造业产品质量合格率\t93.5\t94\n2\t食品抽检合格率\t98.2\t98.5\n";
    expect(read(GOALS + table + TASKS)).toEqual([
      ["制造业产品质量合格率", "level", "", 94, "%", "", 2025, 2022, 93.5, true],
      ["食品抽检合格率", "level", "", 98.5, "%", "", 2025, 2022, 98.2, true],
    ]);
  });

  it("reads a row whose blank last cells (备注, 属性) were lost on paste, tabs or spaces", () => {
    const header = "指标名称\t2022年基数\t2025年目标\t备注\n";
    const rows = "制造业产品质量合格率（%）\t93.5\t≥94\t\n食品抽检合格率（%）\t98.2\t98.5以上\n制造业质量竞争力指数\t84.6\t86\t国家统计\n";
    const expected = [
      ["制造业产品质量合格率", "level", "≥", 94, "%", "", 2025, 2022, 93.5, true],
      ["食品抽检合格率", "level", "", 98.5, "%", "以上", 2025, 2022, 98.2, true],
      ["制造业质量竞争力指数", "level", "", 86, "", "", 2025, 2022, 84.6, true],
    ];
    expect(read(GOALS + header + rows + TASKS)).toEqual(expected);
    expect(read(GOALS + header.replaceAll("\t", "  ") + rows.replaceAll("\t", "  ") + TASKS)).toEqual(expected);
  });

  it("reads the same table one row a line, cells apart by tabs, bare figures included", () => {
    expect(read(GOALS + [HEADER, ...ROWS].map((row) => row.join("\t")).join("\n") + "\n" + TASKS)).toEqual(EXPECTED);
  });

  it("reads the same table one row a line, cells apart by spaces (ASCII or full-width), as a PDF or a web page gives it", () => {
    expect(read(GOALS + [HEADER, ...ROWS].map((row) => row.join("  ")).join("\n") + "\n" + TASKS)).toEqual(EXPECTED);
    expect(read(GOALS + [HEADER, ...ROWS].map((row) => row.join("\u3000")).join("\n") + "\n" + TASKS)).toEqual(EXPECTED);
    // With a 责任单位 column, and the table ending at a line that is no row of it.
    const text = `${GOALS}指标   单位   2022年基数   2025年目标   责任单位\n食品抽检合格率   %   97.6   ≥98   市市场监管局\n有效注册商标   件   5200   6500   市市场监管局\n到2025年，A合格率达到90%。\n${TASKS}`;
    expect(read(text).map((row) => [row[0], row[3], row[4]])).toEqual([
      ["食品抽检合格率", 98, "%"],
      ["有效注册商标", 6500, "件"],
      ["A合格率", 90, "%"],
    ]);
    // Single spaces too (a PDF's copy): the header is read only where every cell is a known column.
    expect(read(`${GOALS}指标 单位 2025年目标\n食品抽检合格率 % 98\n${TASKS}`).map((row) => [row[0], row[3], row[4]])).toEqual([["食品抽检合格率", 98, "%"]]);
    expect(read(`${GOALS}指标 预计 2025年目标\n食品抽检合格率 % 98\n${TASKS}`)).toEqual([]);
  });

  it("reads rows a blank line apart (a PDF's or Word's paragraph spacing, pasted), tabs or spaces, and ends at the prose after them", () => {
    for (const gap of ["\t", "  "]) {
      expect(read(GOALS + [HEADER, ...ROWS].map((row) => row.join(gap)).join("\n\n") + "\n\n" + TASKS)).toEqual(EXPECTED);
    }
    // The table ends at a blank line followed by prose, which is read as prose.
    const text = `${GOALS}指标  单位  2022年基数  2025年目标\n\n食品抽检合格率  %  97.6  ≥98\n\n到2025年，A合格率达到90%。\n${TASKS}`;
    expect(read(text).map((row) => [row[0], row[3], row[4]])).toEqual([
      ["食品抽检合格率", 98, "%"],
      ["A合格率", 90, "%"],
    ]);
  });

  it("reads a bare year column that opens the plan's period (2024年 in a 2024—2026 plan) as a target", () => {
    const text = `示例县质量强县建设三年行动方案（2024—2026年）\n一、总体要求\n（一）主要目标\n序号 指标名称 单位 2023年基数 2024年 2026年 责任单位\n1 制造业产品质量合格率 % 93.0 93.5 94.5 县市场监管局\n${TASKS}`;
    expect(read(text).map((row) => [row[0], row[3], row[6], row[7], row[8]])).toEqual([
      ["制造业产品质量合格率", 93.5, 2024, 2023, 93],
      ["制造业产品质量合格率", 94.5, 2026, 2023, 93],
    ]);
    // Dated after the period began, the plan's own year after a base column is a step to reach.
    expect(read(`---\n成文日期: 2024-05-01\n---\n${text.replace("（2024—2026年）", "（2023—2026年）")}`).map((row) => [row[3], row[6], row[7], row[8]])).toEqual([
      [93.5, 2024, 2023, 93],
      [94.5, 2026, 2023, 93],
    ]);
  });

  it("places each target from its indicator's cell to its own, and compares it with the parent", () => {
    const text = `为贯彻落实《质量强国建设纲要》，制定本方案。\n${GOALS}${oneCellALine([HEADER, ...ROWS])}${TASKS}`;
    const { plan, findings } = analyze(text);
    const [first] = extractTargets(plan).targets;
    expect(text.slice(first!.start, first!.end)).toBe("制造业产品质量合格率\n%\n93.5\n≥94");
    expect(text.slice(first!.horizonSpan!.start, first!.horizonSpan!.end)).toBe("2025年目标");
    // Three of the outline's four figures are set by the table: only the fourth is missing.
    expect(findings.filter((finding) => finding.rule === "targets/parent-not-localised").map((finding) => finding.message)).toEqual([
      "《质量强国建设纲要》的量化目标“农产品质量安全例行监测合格率达到98%以上”在本方案中没有对应指标",
    ]);
  });

  it("reads the unit an indicator names in brackets, columns of bare years by the plan's date, and several target columns", () => {
    const text = `---\n成文日期: 2023-05-10\n---\n${GOALS}指标\n2022年\n2024年目标\n2025年\n备注\n单位GDP能耗降低（%）\n—\n8\n13.5\n五年累计\n高新技术企业（家）\n300\n400\n500\n—\n\n${TASKS}`;
    expect(read(text)).toEqual([
      // No base figure (—): no base year either. An indicator named by its change is a change.
      ["单位GDP能耗", "delta", "降低", 8, "%", "", 2024, null, null, true],
      ["单位GDP能耗", "delta", "降低", 13.5, "%", "", 2025, null, null, true],
      ["高新技术企业", "level", "", 400, "家", "", 2024, 2022, 300, true],
      ["高新技术企业", "level", "", 500, "家", "", 2025, 2022, 300, true],
    ]);
  });

  it("reads a figure in brackets as a total over the period, as five-year plans' tables mark it", () => {
    for (const [open, close] of [["［", "］"], ["〔", "〕"], ["[", "]"]]) {
      const text = `${GOALS}指标名称\n单位\n2025年目标\n单位GDP能耗下降\n%\n${open}13.5${close}\n规上工业增加值年均增长\n%\n8\n${TASKS}`;
      expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.cumulative])).toEqual([
        ["单位GDP能耗", "delta", "下降", 13.5, true],
        ["规上工业增加值", "delta", "年均增长", 8, false],
      ]);
    }
  });

  it("reads a Markdown table (an AI tool's copy) as the tab table structure/markdown-marks' fix makes of it", () => {
    const piped = `${GOALS}| 序号 | 指标名称 | 单位 | 2022年基数 | 2025年目标 |\n| :---: | --- | --- | ---: | ---: |\n| 1 | 制造业产品质量合格率 | % | 93.5 | ≥94 |\n| 2 | 重大质量安全事故 | 起 | 0 | 0 |\n|3|食品抽检合格率|%|98.2|98.5以上|\n全市质量工作取得新成效。\n${TASKS}`;
    const tabbed = `${GOALS}序号\t指标名称\t单位\t2022年基数\t2025年目标\n1\t制造业产品质量合格率\t%\t93.5\t≥94\n2\t重大质量安全事故\t起\t0\t0\n3\t食品抽检合格率\t%\t98.2\t98.5以上\n全市质量工作取得新成效。\n${TASKS}`;
    expect(read(piped)).toEqual([
      ["制造业产品质量合格率", "level", "≥", 94, "%", "", 2025, 2022, 93.5, true],
      ["重大质量安全事故", "level", "", 0, "起", "", 2025, 2022, 0, true],
      ["食品抽检合格率", "level", "", 98.5, "%", "以上", 2025, 2022, 98.2, true],
    ]);
    expect(read(piped)).toEqual(read(tabbed));
    // A line that only opens on a pipe, under no header, is no table.
    expect(read(`${GOALS}| 到2025年，制造业产品质量合格率达到95%。\n${TASKS}`).map((t) => [t.at(0), t.at(3)])).toEqual([["制造业产品质量合格率", 95]]);
  });

  it("reads a table with full-width pipes between its cells (a Chinese input method's ｜) as the tab table", () => {
    const tabbed = `${GOALS}序号\t指标名称\t单位\t2022年基数\t2025年目标\n1\t制造业产品质量合格率\t%\t93.5\t≥94\n2\t重大质量安全事故\t起\t0\t0\n3\t食品抽检合格率\t%\t98.2\t98.5以上\n全市质量工作取得新成效。\n${TASKS}`;
    const bare = `${GOALS}序号｜指标名称｜单位｜2022年基数｜2025年目标\n1｜制造业产品质量合格率｜%｜93.5｜≥94\n2｜重大质量安全事故｜起｜0｜0\n3｜食品抽检合格率｜%｜98.2｜98.5以上\n全市质量工作取得新成效。\n${TASKS}`;
    const framed = `${GOALS}｜ 序号 ｜ 指标名称 ｜ 单位 ｜ 2022年基数 ｜ 2025年目标 ｜\n｜ 1 ｜ 制造业产品质量合格率 ｜ % ｜ 93.5 ｜ ≥94 ｜\n｜ 2 ｜ 重大质量安全事故 ｜ 起 ｜ 0 ｜ 0 ｜\n｜ 3 ｜ 食品抽检合格率 ｜ % ｜ 98.2 ｜ 98.5以上 ｜\n全市质量工作取得新成效。\n${TASKS}`;
    expect(read(tabbed)).toHaveLength(3);
    expect(read(bare)).toEqual(read(tabbed));
    expect(read(framed)).toEqual(read(tabbed));
    // The header decides: a line of prose with a full-width pipe in it is no table.
    expect(read(`${GOALS}质量强市｜到2025年，制造业产品质量合格率达到95%。\n${TASKS}`).map((t) => [t.at(0), t.at(3)])).toEqual([["制造业产品质量合格率", 95]]);
  });

  it("reads an indicator named by the rate of its change (下降率, 增长幅度) as the change, its verb the comparator", () => {
    const text = `${GOALS}指标名称\t单位\t2025年目标\n万元GDP能耗下降率\t%\t3.5\n规上工业增加值增长率\t%\t7\n研发经费投入年均增长幅度\t%\t8\n${TASKS}`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.sense])).toEqual([
      ["万元GDP能耗", "delta", "下降", 3.5, "down"],
      ["规上工业增加值", "delta", "增长", 7, "up"],
      ["研发经费投入", "delta", "年均增长", 8, "up"],
    ]);
  });

  it("reads a change row's bounded figure (≥13.5) as the change, and its 基数 column as the base period's change, no start value", () => {
    const text = `${GOALS}指标名称\t单位\t基数（2022年）\t2025年目标\n万元GDP能耗下降率\t%\t3.2\t≥13.5\n质量安全事故起数下降率\t%\t5\t＞3\n规上工业增加值增长率\t%\t6\t7\n制造业产品质量合格率\t%\t93.5\t≥94\n${TASKS}`;
    expect(read(text)).toEqual([
      ["万元GDP能耗", "delta", "下降", 13.5, "%", "以上", 2025, 2022, null, true],
      ["质量安全事故起数", "delta", "下降", 3, "%", "以上", 2025, 2022, null, true],
      ["规上工业增加值", "delta", "增长", 7, "%", "", 2025, 2022, null, true],
      // A level's base is where it starts from.
      ["制造业产品质量合格率", "level", "≥", 94, "%", "", 2025, 2022, 93.5, true],
    ]);
    // Read as a rising 下降率 with 5 to start from, ＞3 was "below its base".
    expect(analyze(text).findings.filter((f) => f.rule === "targets/weaker-than-baseline")).toEqual([]);
  });

  it("reads 累计 before a figure as a total over the period, and keeps the row (株洲, 宁波 tables)", () => {
    const goals = "示例市质量强市建设行动方案（2025—2030年）\n一、总体要求\n（一）主要目标\n到2030年，主要指标如下：\n";
    const text = `${goals}指标\t2024年\t2027年\t2030年\t属性\n制造业质量竞争力指数\t87.2\t88\t89\t预期性\n省长质量奖（个）\t——\t累计2\t累计4\t预期性\n主导制修订国际标准（项）\t—\t累计新增30\t—\t预期性\n${TASKS}`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.value, t.unit, t.horizon, t.cumulative])).toEqual([
      ["制造业质量竞争力指数", 88, "", 2027, false],
      ["制造业质量竞争力指数", 89, "", 2030, false],
      ["省长质量奖", 2, "个", 2027, true],
      ["省长质量奖", 4, "个", 2030, true],
      ["主导制修订国际标准", 30, "项", 2027, true],
    ]);
    // A total of things is a count, as the text's …累计2个 is: its verb (新增) the comparator.
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.kind, t.comparator]).slice(2)).toEqual([
      ["count", ""],
      ["count", ""],
      ["count", "新增"],
    ]);
    // 累计达到 is a level reached, as in the text; a rate's total (%) is no count.
    const reached = `${GOALS}指标名称\t单位\t2025年目标\n省级质量标杆企业\t家\t累计达到20\n单位GDP能耗下降\t%\t累计13.5\n${TASKS}`;
    expect(extractTargets(buildPlan(reached)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.cumulative])).toEqual([
      ["省级质量标杆企业", "level", "达到", true],
      ["单位GDP能耗", "delta", "下降", true],
    ]);
    // In the text, 累计 before a doing the noun keeps (主导制修订) is the total's, as 累计 before a verb is.
    const said = `${GOALS.replace("主要指标如下：", "主导制修订国际标准累计20项，累计主导制修订国家标准450项，累计发布地方标准260项。")}${TASKS}`;
    expect(extractTargets(buildPlan(said)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.cumulative])).toEqual([
      ["主导制修订国际标准", "count", "", true],
      ["主导制修订国家标准", "count", "", true],
      ["地方标准", "count", "发布", true],
    ]);
    // A row in 万辆 (芜湖's 新能源汽车产量) is a row like any other.
    const vehicles = `${GOALS}指标名称\t单位\t2022年基数\t2025年目标\n新能源汽车产量\t万辆\t63\t100\n${TASKS}`;
    expect(extractTargets(buildPlan(vehicles)).targets.map((t) => [t.indicator, t.value, t.unit, t.baseValue])).toEqual([["新能源汽车产量", 100, "万辆", 63]]);
  });

  it("reads an empty 【】 in a target cell as a blank target, one finding", () => {
    const text = `${GOALS}序号\t指标名称\t单位\t2023年基期值\t2027年目标值\n1\t每万人口高价值发明专利拥有量\t件\t21.3\t【】\n${TASKS}`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.placeholder])).toEqual([["每万人口高价值发明专利拥有量", true]]);
    expect(analyze(text).findings.filter((finding) => /placeholder|blank/.test(finding.rule)).map((finding) => finding.rule)).toEqual(["targets/blank"]);
  });

  it("never guesses: a header with a column it does not know, a row out of line", () => {
    // 预计 is no column this reading knows.
    expect(read(`${GOALS}指标名称\n预计\n2025年目标\n食品抽检合格率\n98\n99\n${TASKS}`)).toEqual([]);
    // A merged cell (the second row has no 单位) shifts what follows: the table ends before it.
    const text = `${GOALS}序号\n指标名称\n单位\n2025年目标\n1\n食品抽检合格率\n%\n98.5\n2\n制造业质量竞争力指数\n86\n3\n服务质量满意度\n分\n85\n${TASKS}`;
    expect(read(text).map((row) => row[0])).toEqual(["食品抽检合格率"]);
  });

  it("reads words in a target cell as a direction, a placeholder as a blank target, and a dash as none", () => {
    const text = `${GOALS}序号\t指标名称\t单位\t2025年目标\n1\t农业标准化生产普及率\t%\t稳步提升\n2\t食品抽检合格率\t%\tXX\n3\t工程质量抽查符合率\t%\t—\n${TASKS}`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.placeholder])).toEqual([
      ["农业标准化生产普及率", "direction", "稳步提升", false],
      ["食品抽检合格率", "level", "", true],
    ]);
    // One finding for the blank, the target's own (text/placeholder leaves it to targets/blank).
    expect(analyze(text).findings.filter((finding) => /placeholder|blank/.test(finding.rule)).map((finding) => [finding.rule, finding.message])).toEqual([
      ["targets/blank", "“食品抽检合格率”的目标值仍为占位符“XX”，定稿前应填写实际数值"],
    ]);
  });

  it("takes a header cell 2025年目标 on a line of its own for its column's year, not for the lines after the table", () => {
    const text = `示例市质量强市建设实施方案（2023—2027年）\n一、总体要求\n（一）主要目标\n主要指标如下：\n指标名称\n2025年目标\n食品抽检合格率\n98\n制造业产品质量合格率达到95%。\n${TASKS}`;
    expect(read(text).map((row) => [row[0], row[3], row[6]])).toEqual([
      ["食品抽检合格率", 98, 2025],
      // The period's end: the table's header is no year label over the text below it.
      ["制造业产品质量合格率", 95, 2027],
    ]);
  });
});

describe("a table whose columns are bare years, in a plan with no date", () => {
  const UNDATED = "示例县质量提升行动计划\n一、总体要求\n（一）主要目标\n";

  it("gives each figure its column's year: the earliest, before later ones, the base", () => {
    const rows = "指标\t单位\t2023年\t2025年\n制造业产品质量合格率\t%\t93\t95\n食品抽检合格率\t%\t97.5\t≥98.5\n";
    expect(read(`${UNDATED}${rows}${TASKS}`)).toEqual([
      ["制造业产品质量合格率", "level", "", 95, "%", "", 2025, 2023, 93, true],
      ["食品抽检合格率", "level", "≥", 98.5, "%", "", 2025, 2023, 97.5, true],
    ]);
    // One cell a line, as Word pastes a table.
    expect(read(`${UNDATED}指标名称\n2022年\n2025年\n食品抽检合格率\n98\n99\n${TASKS}`)).toEqual([["食品抽检合格率", "level", "", 99, "", "", 2025, 2022, 98, true]]);
  });

  it("reads a year alone, with or without 年, as the target's", () => {
    expect(read(`${UNDATED}指标\t单位\t2025\n制造业产品质量合格率\t%\t95\n${TASKS}`)).toEqual([["制造业产品质量合格率", "level", "", 95, "%", "", 2025, null, null, true]]);
    expect(read(`${UNDATED}指标\t单位\t2025年\n制造业产品质量合格率\t%\t95\n${TASKS}`)).toEqual([["制造业产品质量合格率", "level", "", 95, "%", "", 2025, null, null, true]]);
  });

  it("reads every year the text sets goals for as a target, and a base column as the base", () => {
    const text = `${UNDATED}到2025年，质量水平明显提升；到2035年，质量强县基本建成。\n指标\t单位\t2025年\t2035年\n制造业产品质量合格率\t%\t95\t97\n${TASKS}`;
    expect(read(text).map((row) => [row[3], row[6], row[7]])).toEqual([
      [95, 2025, null],
      [97, 2035, null],
    ]);
    const based = `${UNDATED}指标\t单位\t2022年基数\t2024年\t2025年\n制造业产品质量合格率\t%\t92\t93\t94\n${TASKS}`;
    expect(read(based).map((row) => [row[3], row[6], row[7], row[8]])).toEqual([
      [93, 2024, 2022, 92],
      [94, 2025, 2022, 92],
    ]);
  });

  it("reads a year with no 年 in a dated plan's header as it reads one with 年", () => {
    expect(read(`${GOALS}指标\t单位\t2022\t2025\n制造业产品质量合格率\t%\t93\t95\n${TASKS}`)).toEqual([["制造业产品质量合格率", "level", "", 95, "%", "", 2025, 2022, 93, true]]);
  });
});

describe("a table whose columns are bare years, one of them the plan's own year", () => {
  const DATED = "---\n成文日期: 2023-05-10\n---\n";
  const ROWS = "指标\t单位\t2023年\t2024年\t2025年\n制造业产品质量合格率\t%\t93\t93.5\t94\n";
  const years = (text: string) => read(text).map((row) => [row[3], row[6], row[7], row[8]]);
  const FROM_2023 = [
    [93.5, 2024, 2023, 93],
    [94, 2025, 2023, 93],
  ];

  it("reads the plan's own year, its period's first, as the base where later years follow and no column is the base", () => {
    // Dated 2023 with its period 2023—2025, dated alone, or its period alone.
    expect(years(`${DATED}${GOALS}${ROWS}${TASKS}`)).toEqual(FROM_2023);
    expect(years(`${DATED}${GOALS.replace("（2023—2025年）", "")}${ROWS}${TASKS}`)).toEqual(FROM_2023);
    expect(years(`${GOALS}${ROWS}${TASKS}`)).toEqual(FROM_2023);
  });

  it("reads the plan's own year as a target after a base column, alone, under 目标, or where the text sets goals for it", () => {
    for (const goals of [GOALS, GOALS.replace("（2023—2025年）", "")]) {
      expect(years(`${DATED}${goals}指标\t单位\t2022年基数\t2023年\t2025年\n制造业产品质量合格率\t%\t92\t93\t94\n${TASKS}`)).toEqual([
        [93, 2023, 2022, 92],
        [94, 2025, 2022, 92],
      ]);
    }
    expect(years(`${DATED}示例市2023年质量工作要点\n一、主要目标\n指标\t单位\t2023年\n制造业产品质量合格率\t%\t93\n${TASKS}`)).toEqual([[93, 2023, null, null]]);
    expect(years(`${DATED}${GOALS}指标\t单位\t2023年目标\t2025年目标\n制造业产品质量合格率\t%\t93\t94\n${TASKS}`)).toEqual([
      [93, 2023, null, null],
      [94, 2025, null, null],
    ]);
    const goals2023 = GOALS.replace("到2025年", "到2023年底，质量工作取得积极进展；到2025年");
    expect(years(`${DATED}${goals2023}${ROWS}${TASKS}`)).toEqual([
      [93, 2023, null, null],
      [93.5, 2024, null, null],
      [94, 2025, null, null],
    ]);
  });

  it("reads the plan's own year marked 预计, in its header or its cells, as the estimate it starts from: no target, no step", () => {
    for (const goals of [GOALS, GOALS.replace("（2023—2025年）", "")]) {
      // Beside a base column the estimate is left aside; alone it is the base.
      for (const header of ["2023年（预计）", "2023年预计完成值", "2023年(预计值)"]) {
        expect(years(`${DATED}${goals}指标名称\t单位\t2022年基数\t${header}\t2025年\n制造业产品质量合格率\t%\t92\t93\t94\n${TASKS}`), header).toEqual([[94, 2025, 2022, 92]]);
        expect(years(`${DATED}${goals}指标名称\t单位\t${header}\t2025年\n制造业产品质量合格率\t%\t93\t94\n${TASKS}`), header).toEqual([[94, 2025, 2023, 93]]);
      }
      for (const cell of ["预计93", "93（预计）", "预计完成93", "93(预计值)"]) {
        // A bare own-year column otherwise read as a step, or as the base.
        expect(years(`${DATED}${goals}指标名称\t单位\t2022年\t2023年\t2025年\n制造业产品质量合格率\t%\t92\t${cell}\t94\n${TASKS}`), cell).toEqual([[94, 2025, 2022, 92]]);
        expect(years(`${DATED}${goals}指标名称\t单位\t2023年\t2025年\n制造业产品质量合格率\t%\t${cell}\t94\n${TASKS}`), cell).toEqual([[94, 2025, 2023, 93]]);
      }
    }
    // Only the rows that say so: the next row's 2023 figure is still a step.
    expect(years(`${DATED}${GOALS}指标名称\t单位\t2022年\t2023年\t2025年\n制造业产品质量合格率\t%\t92\t预计93\t94\n食品抽检合格率\t%\t97\t97.5\t98\n${TASKS}`)).toEqual([
      [94, 2025, 2022, 92],
      [97.5, 2023, 2022, 97],
      [98, 2025, 2022, 97],
    ]);
    // A later year's 预计 is not the plan's own year's estimate: that table is not guessed at.
    expect(years(`${DATED}${GOALS}指标名称\t单位\t2022年基数\t2024年（预计）\t2025年\n制造业产品质量合格率\t%\t92\t93\t94\n${TASKS}`)).toEqual([]);
  });

  it("reads a column's words in brackets after its year (2022年（基期）, 2025年（目标）)", () => {
    expect(years(`${DATED}${GOALS}指标名称\t单位\t2022年（基期）\t2025年（目标）\n制造业产品质量合格率\t%\t93\t94\n${TASKS}`)).toEqual([[94, 2025, 2022, 93]]);
    expect(years(`${GOALS}指标名称 单位 2022年(基期值) 2025年(目标值)\n制造业产品质量合格率 % 93 94\n${TASKS}`)).toEqual([[94, 2025, 2022, 93]]);
  });
});

describe("a table of indicators set in a 专栏 box", () => {
  it("is shown under the box's host and label, as the box's own items are", () => {
    const text = `${GOALS}专栏1  主要指标\n序号\t指标名称\t2022年\t2025年\t属性\n1\t制造业产品质量合格率（%）\t93.6\t≥94\t预期性\n2\t食品抽检合格率（%）\t98.2\t≥98.5\t约束性\n${TASKS}`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.path.join("")])).toEqual([
      ["制造业产品质量合格率", "一、（一）专栏1"],
      ["食品抽检合格率", "一、（一）专栏1"],
    ]);
  });

  it("is shown under its attachment's label where the plan's goals are only in its attached table", () => {
    const text = `示例市质量强市建设三年行动方案（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，主要质量指标达到全省先进水平（具体指标见附件1）。\n${TASKS}附件1\n示例市质量强市建设主要指标\n序号\t指标名称\t单位\t2023年基数\t2026年\n1\t制造业产品质量合格率\t%\t93.1\t94.5\n2\t食品抽检合格率\t%\t98.2\t98.5\n`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.path.join(""), t.inGoals])).toEqual([
      ["制造业产品质量合格率", "附件1", true],
      ["食品抽检合格率", "附件1", true],
    ]);
  });
});

describe("a row whose base is left for later", () => {
  const table = (base: string, target: string) =>
    `${GOALS}序号\t指标名称\t单位\t2022年基数\t2025年目标\t指标属性\n1\t制造业质量竞争力指数\t—\t84.6\t86\t预期性\n2\t规模以上工业企业质量管理体系认证覆盖率\t%\t${base}\t${target}\t预期性\n${TASKS}`;

  it("keeps the row's target, named, without a base (XX in the 基数 column)", () => {
    expect(read(table("XX", "90"))[1]).toEqual(["规模以上工业企业质量管理体系认证覆盖率", "level", "", 90, "%", "", 2025, null, null, true]);
    expect(read(table("××", "≥XX")).map((t) => t[0])).toEqual(["制造业质量竞争力指数", "规模以上工业企业质量管理体系认证覆盖率"]);
  });

  it("reports the target left blank by its indicator's name, and the base as a placeholder", () => {
    const findings = analyze(table("XX", "≥XX")).findings;
    expect(findings.filter((f) => f.rule === "targets/blank").map((f) => f.message)).toEqual([expect.stringContaining("“规模以上工业企业质量管理体系认证覆盖率”的目标值仍为占位符")]);
    expect(findings.filter((f) => f.rule === "text/placeholder")).toHaveLength(1);
  });
});

describe("a row whose unit is a time a service takes", () => {
  it("is read, its unit kept, whatever the time is counted in", () => {
    const text =
      "示例市质量提升行动计划（2026—2028年）\n一、工作目标\n主要指标\n指标\t单位\t2025年基期值\t2028年\n" +
      "检验检测机构资质认定许可事项办理时限\t工作日\t15\t8\n质量投诉处理时限\t个工作日\t7\t5\n计量器具检定周期\t个月\t3\t2\n特种设备应急响应时间\t分钟\t30\t20\n";
    expect(read(text).map(([indicator, , , value, unit, , horizon, baseYear, baseValue]) => [indicator, value, unit, horizon, baseYear, baseValue])).toEqual([
      ["检验检测机构资质认定许可事项办理时限", 8, "工作日", 2028, 2025, 15],
      ["质量投诉处理时限", 5, "个工作日", 2028, 2025, 7],
      ["计量器具检定周期", 2, "个月", 2028, 2025, 3],
      ["特种设备应急响应时间", 20, "分钟", 2028, 2025, 30],
    ]);
  });

  it("a time above its base is weaker, a time below it a goal", () => {
    const text = "示例市质量提升行动计划（2026—2028年）\n一、工作目标\n主要指标\n指标\t单位\t2025年基期值\t2028年\n质量投诉处理时限\t工作日\t7\t9\n检验检测报告出具时限\t工作日\t10\t7\n";
    expect(analyze(text).findings.filter((f) => f.rule === "targets/weaker-than-baseline").map((f) => text.slice(0, f.start).split("\n").length)).toEqual([5]);
  });
});

describe("a row whose target cell says what is added (新增, 年均新增)", () => {
  it("reads the cell as a count of new things beside its base, never a level below it", () => {
    const text = `${GOALS}序号\t指标名称\t单位\t2022年基数\t2025年目标\n1\t省级以上产业计量测试中心\t个\t3\t新增2—3个\n2\t社会公用计量标准\t项\t386\t年均新增10项\n3\t注册计量师\t名\t420\t新增100\n${TASKS}`;
    expect(extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.upper, t.unit, t.horizon, t.baseValue])).toEqual([
      ["省级以上产业计量测试中心", "count", "新增", 2, 3, "个", 2025, 3],
      ["社会公用计量标准", "count", "年均新增", 10, null, "项", 2025, 386],
      ["注册计量师", "count", "新增", 100, null, "名", 2025, 420],
    ]);
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("targets/"))).toEqual([]);
  });
});

describe("a row whose indicator opens on a verb that makes things", () => {
  it("reads its target as a count of things to make without a base, and as how many will stand beside one", () => {
    const table = "序号\t指标名称\t单位\t2022年基数\t2025年目标\n1\t建成检验检测公共服务平台\t个\t4\t6\n2\t新建社会公用计量标准\t项\t\t30\n";
    expect(read(GOALS + table + TASKS)).toEqual([
      ["检验检测公共服务平台", "level", "", 6, "个", "", 2025, 2022, 4, true],
      ["社会公用计量标准", "count", "新建", 30, "项", "", 2025, null, null, true],
    ]);
    // Held to its base: a target below what stands already is reported.
    const below = table.replace("\t4\t6\n", "\t4\t3\n");
    expect(analyze(GOALS + below + TASKS).findings.filter((finding) => finding.rule === "targets/weaker-than-baseline").length).toBe(1);
  });
});

describe("a span noted in brackets after a table cell's figure (qa-44b)", () => {
  const HEADER = "序号\t指标名称\t单位\t2025年基数\t2028年目标\t指标属性\n";
  const PLAN = "示例县特种设备安全提升三年行动方案（2026—2028年）\n一、主要目标\n到2028年，全县特种设备安全水平明显提升。\n主要指标\n";
  const rows = (...cells: string[]) =>
    extractTargets(buildPlan(`${PLAN}${HEADER}${cells.map((row, i) => `${i + 1}\t${row}`).join("\n")}\n二、重点任务\n（一）推进。\n`)).targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.baseValue, t.cumulative]);

  it("reads 300（累计） as 累计300 and ≥2000（每年） as 每年≥2000, the base kept beside a yearly figure", () => {
    expect(rows("老旧电梯更新改造\t台\t—\t300（累计）\t预期性", "老旧电梯更新改造\t台\t—\t累计300\t预期性")).toEqual([
      ["老旧电梯更新改造", "count", "", 300, null, true],
      ["老旧电梯更新改造", "count", "", 300, null, true],
    ]);
    expect(rows("特种设备安全监督检查\t家次\t1800\t≥2000（每年）\t预期性", "特种设备安全监督检查\t家次\t1800\t每年≥2000\t预期性")).toEqual([
      ["特种设备安全监督检查", "level", "每年≥", 2000, 1800, false],
      ["特种设备安全监督检查", "level", "每年≥", 2000, 1800, false],
    ]);
    // A change per year is the cell's own comparator, as before.
    expect(rows("营业收入\t亿元\t10\t年均增长8%\t预期性").map((row) => row[2])).toEqual(["年均增长"]);
  });
});
