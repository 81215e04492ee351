import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const GOALS = "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n";

describe("target extraction", () => {
  it("splits one value shared by several indicators", () => {
    const targets = targetsOf(`${GOALS}到2025年，农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier])).toEqual([
      ["农产品质量安全例行监测合格率", 98, "%", "以上"],
      ["食品抽检合格率", 98, "%", "以上"],
    ]);
    const text = `${GOALS}到2025年，A合格率、B合格率达到98%。\n`;
    expect(targetsOf(text).map((t) => text.slice(t.indicatorSpan!.start, t.indicatorSpan!.end))).toEqual(["A合格率", "B合格率"]);
  });

  it("keeps a list of nouns with one total as one target", () => {
    const targets = targetsOf(`${GOALS}到2025年，主导或参与制修订国家标准和行业标准达到20项以上。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator])).toEqual([["count", "主导或参与制修订国家标准和行业标准", "达到"]]);
  });

  it("leaves an adverb before the comparator (仍, 继续, 必须, 基本) out of the indicator's name", () => {
    const targets = targetsOf(`${GOALS}到2025年，产品合格率仍保持在95%以上，服务质量满意度继续提高到85分，检验检测机构必须达到30家，农产品抽检合格率基本达到98%。\n`);
    expect(targets.map((t) => t.indicator)).toEqual(["产品合格率", "服务质量满意度", "检验检测机构", "农产品抽检合格率"]);
  });

  it("reads a figure of things to create (支持创建…不少于1个) as a count, whatever its comparator", () => {
    const targets = targetsOf(`${GOALS}到2025年，支持创建全国质量品牌提升示范区不少于 1 个，力争培育企业数量达到100家，建设项目投资达到100亿元，国家地理标志商标达到35个。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.sense])).toEqual([
      ["count", "全国质量品牌提升示范区", "支持创建不少于", 1, "个", "up"],
      // A measure (数量), a sum of money and a stock without a verb stay levels.
      ["level", "培育企业数量", "达到", 100, "家", "up"],
      ["level", "建设项目投资", "达到", 100, "亿元", "up"],
      ["level", "国家地理标志商标", "达到", 35, "个", "up"],
    ]);
  });

  it("reads a count whose verb says the things are new (新培育, 新认定, 新获得, 新认证) as a count, 新 with the verb", () => {
    const targets = targetsOf(`${GOALS}到2025年，新培育省级以上专精特新企业不少于3家，新认定省级质量标杆企业5家，新获得中国质量奖提名奖1个，新培育15家质量标杆企业，新认证“天府名品”10个以上。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["count", "省级以上专精特新企业", "新培育不少于", 3, "家"],
      ["count", "省级质量标杆企业", "新认定", 5, "家"],
      ["count", "中国质量奖提名奖", "新获得", 1, "个"],
      ["count", "质量标杆企业", "新培育", 15, "家"],
      // A brand alone in quotes says what kind, not what is counted: the verb stays with it (targets/indicatorName.ts).
      ["count", "新认证“天府名品”", "新认证", 10, "个"],
    ]);
  });

  it("reads ranges, deltas with a base year and the direction of the comparator", () => {
    const targets = targetsOf(`${GOALS}到2025年，覆盖率达到90%—95%，单位GDP能耗比2020年下降13.5%，优良率提高5个百分点，不合格率控制在2%以内。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.value, t.upper, t.unit, t.sense, t.baseYear])).toEqual([
      ["覆盖率", "level", 90, 95, "%", "up", null],
      ["单位GDP能耗", "delta", 13.5, null, "%", "down", 2020],
      // The change before states its base, which goes on to this one (targets/governedBase.ts).
      ["优良率", "delta", 5, null, "个百分点", "up", 2020],
      ["不合格率", "level", 2, null, "%", "down", null],
    ]);
  });

  it("reads the signs of a goals table (≥ ≤ ＞ <) as comparators, and > < only before a figure", () => {
    const targets = targetsOf(`${GOALS}到2025年，制造业产品质量合格率≥93%，食品抽检合格率⩾ 97%，单位GDP能耗≤0.5吨标准煤/万元，不合格率＜2%，满意度>80分，<b>加粗</b>。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.sense])).toEqual([
      ["制造业产品质量合格率", "≥", 93, "%", "up"],
      ["食品抽检合格率", "⩾", 97, "%", "up"],
      ["单位GDP能耗", "≤", 0.5, "吨标准煤/万元", "down"],
      ["不合格率", "＜", 2, "%", "down"],
      ["满意度", ">", 80, "分", "up"],
    ]);
  });

  it("takes the `——` entries after a goals paragraph of 总体要求 as goals, and no other entries", () => {
    const targets = targetsOf(
      "示例市标准化行动计划\n一、总体要求\n——坚持标准引领。建设示范项目10个以上。\n到2026年，标准化水平明显提升。\n——标准体系更加健全。制修订国际标准20项以上。\n二、重点任务\n1.甲任务。新增试点项目达到5个。\n",
    );
    expect(targets.map((t) => [t.indicator, t.inGoals])).toEqual([
      ["示范项目", false],
      ["国际标准", true],
      ["试点项目", false],
    ]);
  });

  it("takes numbered entries of 总体要求 as goals only after a goals paragraph that introduces them with a colon", () => {
    const introduced = targetsOf(
      "示例区质量强区实施方案\n一、总体要求\n坚持质量第一。\n到2025年，全区质量水平进一步提升。具体目标是：\n（一）经济质量效益明显提升。每万人口高价值发明专利拥有量达到60件。\n（二）品牌建设取得更大进展\n新增中国驰名商标2件。\n二、重点任务\n1.甲任务。新增试点项目达到5个。\n",
    );
    expect(introduced.map((t) => [t.indicator, t.inGoals])).toEqual([
      ["每万人口高价值发明专利拥有量", true],
      ["中国驰名商标", true],
      ["试点项目", false],
    ]);
    // Without the colon the paragraph is the goals themselves, and 总体要求's next part is its own.
    const own = targetsOf("示例区质量强区实施方案\n一、总体要求\n到2025年，全区质量水平进一步提升。\n（一）基本原则。建设示范项目10个以上。\n二、重点任务\n1.甲任务。开展工作。\n");
    expect(own.map((t) => [t.indicator, t.inGoals])).toEqual([["示范项目", false]]);
  });

  it("reads a target in a tab-separated table row: its indicator cell, and its unit from the 单位 column", () => {
    const targets = targetsOf(`${GOALS}序号\t指标名称\t单位\t2023年基数\t2025年目标\n1\t制造业产品质量合格率\t%\t94.8\t≥95\n2\t“江苏精品”认证企业\t家\t3\t≥8\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["制造业产品质量合格率", "≥", 95, "%"],
      ["“江苏精品”认证企业", "≥", 8, "家"],
    ]);
  });

  it("reads a count next to a horizon, a citation or a clause: only a target owns the text around it", () => {
    const targets = targetsOf(
      "示例市质量提升实施方案\n一、总体要求\n二、主要任务\n（一）推进质量创新\n1.开展质量攻关。建设省级质量检验检测中心5个〔责任单位：市市场监管局〕\n2.加强标准引领。对照《质量强国建设纲要》新建标准化试点项目8个。\n3.培育标杆。力争到2025年新增省级质量标杆企业10家。\n",
    );
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon])).toEqual([
      ["省级质量检验检测中心", "建设", 5, "个", null],
      ["标准化试点项目", "新建", 8, "个", null],
      ["省级质量标杆企业", "新增", 10, "家", 2025],
    ]);
  });

  it("strives for a whole sentence that opens on 力争 before its year, but not for a clause that says 确保", () => {
    const targets = targetsOf(`${GOALS}力争到2025年，制造业质量竞争力指数达到87，规上工业增加值年均增长8%左右，确保食品抽检合格率达到98%。到2025年，力争A合格率达到95%，B合格率达到96%。\n`);
    expect(targets.map((t) => [t.indicator, t.aspirational])).toEqual([
      ["制造业质量竞争力指数", true],
      ["规上工业增加值", true],
      ["食品抽检合格率", false],
      ["A合格率", true],
      ["B合格率", false],
    ]);
  });

  it("reads the year of a yearly milestone from its heading, its label line, its sentence or its clause", () => {
    // No date and no period: the year a sentence opens on is still its year, not the plan's end.
    const undated = `${GOALS}2024年目标：制造业产品质量合格率达到93%以上。到2025年，制造业产品质量合格率达到94%以上，其中2024年达到93.5%。\n`;
    expect(targetsOf(undated).map((t) => [t.value, t.horizon])).toEqual([
      [93, 2024],
      [94, 2025],
      [93.5, 2024],
    ]);
    const text = `示例市质量提升行动计划（2024—2025年）\n一、总体要求\n（一）2024年目标\n全市制造业产品质量合格率达到93%以上。\n（二）2025年目标\n全市制造业产品质量合格率达到94.5%以上。\n（三）阶段安排\n2024年：\n食品抽检合格率达到97%以上。\n1.2024年度工作目标\n公共服务质量满意度达到80分。\n2.2025年目标\n公共服务质量满意度达到81分。\n二、主要任务\n（一）推进质量创新。到2025年，A合格率达到95%。\n`;
    const extraction = extractTargets(buildPlan(text));
    expect(extraction.targets.map((t) => [t.indicator, t.value, t.horizon, t.horizonSpan && text.slice(t.horizonSpan.start, t.horizonSpan.end)])).toEqual([
      ["制造业产品质量合格率", 93, 2024, "2024年"],
      // The next item of the heading's level ends its year.
      ["制造业产品质量合格率", 94.5, 2025, "2025年"],
      ["食品抽检合格率", 97, 2024, "2024年"],
      // A task's marker the model left in the text (1.2024 reads as a decimal) is not part of the year.
      ["公共服务质量满意度", 80, 2024, "2024年"],
      ["公共服务质量满意度", 81, 2025, "2025年"],
      ["A合格率", 95, 2025, "到2025年"],
    ]);
  });

  it("keeps a later year that goes on with a clause's target to that clause: the sentence's opening year holds in its later clauses", () => {
    const text = `${GOALS}到2025年，制造业产品质量合格率由2022年的93%提高到94.5%以上，到2027年达到95%以上；制造业质量竞争力指数力争达到87以上；品牌价值超过100亿元。到2027年，食品抽检合格率达到98.5%；药品抽检合格率达到99%。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.horizon])).toEqual([
      ["制造业产品质量合格率", 94.5, 2025],
      ["制造业产品质量合格率", 95, 2027],
      ["制造业质量竞争力指数", 87, 2025],
      ["品牌价值", 100, 2025],
      // A year that opens its sentence or clause governs what follows it.
      ["食品抽检合格率", 98.5, 2027],
      ["药品抽检合格率", 99, 2027],
    ]);
    // Before any target of its clause (为推动…，到2025年，…), a year after a comma still governs.
    const opening = `${GOALS}为推动高质量发展，到2025年，制造业产品质量合格率达到94%；食品抽检合格率达到98%。\n`;
    expect(targetsOf(opening).map((t) => t.horizon)).toEqual([2025, 2025]);
  });

  it("names the level a list of counts goes on with after a comma by the noun the first level named (省级质量标杆企业10家，市级30家)", () => {
    const text = `${GOALS}到2025年，培育省级质量标杆企业10家以上，市级30家以上；创建国家级服务业标准化试点2个，省级5个。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value])).toEqual([
      ["省级质量标杆企业", 10],
      ["市级质量标杆企业", 30],
      ["国家级服务业标准化试点", 2],
      ["省级服务业标准化试点", 5],
    ]);
  });

  it("takes a year between an indicator and its comparator (指数2025年达到85.5) as the target's year, not the indicator's words", () => {
    const text = `示例市质量强市建设三年行动方案（2025—2027年）\n一、总体要求\n（一）主要目标\n到2027年底，制造业质量竞争力指数2025年达到85.5，2026年达到86，2027年达到86.5；制造业产品质量合格率比2024年提高1个百分点，食品抽检合格率2030年前达到99%。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.horizon, t.baseYear])).toEqual([
      ["制造业质量竞争力指数", 85.5, 2025, null],
      ["制造业质量竞争力指数", 86, 2026, null],
      ["制造业质量竞争力指数", 86.5, 2027, null],
      ["制造业产品质量合格率", 1, 2027, 2024],
      ["食品抽检合格率", 99, 2030, null],
    ]);
  });

  it("gives each year of a 分别 its figure where the years open the clause or follow 在 after the indicator", () => {
    const read = (line: string) => targetsOf(`示例省药品安全提升行动方案（2025—2027年）\n一、主要目标\n${line}\n`).map((t) => [t.indicator, t.value, t.horizon]);
    const expected = [
      ["药品抽检合格率", 99, 2025],
      ["药品抽检合格率", 99.5, 2027],
    ];
    expect(read("——药品质量安全水平稳步提升。2025年、2027年药品抽检合格率分别达到99%、99.5%。")).toEqual(expected);
    expect(read("到2025年、2027年，药品抽检合格率分别达到99%、99.5%。")).toEqual(expected);
    expect(read("药品抽检合格率在2025年、2027年分别达到99%和99.5%。")).toEqual(expected);
    // Years that are a base (较2022年、2023年), not the targets': the first figure alone.
    const based = read("药品抽检合格率较2022年、2023年分别提高0.5个百分点、1个百分点。");
    expect(based.map((t) => t[2])).not.toContain(2022);
    expect(based.map((t) => t[0])).not.toContain("药品抽检合格率较");
  });

  it("gives each indicator or year before 分别 its own figure, in order (A、B分别达到98%、98.5%)", () => {
    const text = `示例市质量强市建设三年行动方案（2025—2027年）\n一、总体要求\n（一）主要目标\n到2027年，农产品质量安全例行监测合格率、食品抽检合格率分别达到98%、98.5以上，制造业产品质量合格率2025年、2027年分别达到94%和95%。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier, t.horizon, text.slice(t.valueSpan!.start, t.valueSpan!.end)])).toEqual([
      // 以上 written once after the last figure bounds the list (targetsRespectiveFigures.test.ts).
      ["农产品质量安全例行监测合格率", 98, "%", "以上", 2027, "98"],
      ["食品抽检合格率", 98.5, "%", "以上", 2027, "98.5"],
      ["制造业产品质量合格率", 94, "%", "", 2025, "94"],
      ["制造业产品质量合格率", 95, "%", "", 2027, "95"],
    ]);
    const counts = `${GOALS}到2025年，省级质量标杆企业和专精特新企业分别新增5家、10家，国家标准、行业标准分别主导制定3、8项。\n`;
    expect(targetsOf(counts).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, counts.slice(t.valueSpan!.start, t.valueSpan!.end)])).toEqual([
      ["count", "省级质量标杆企业", "新增", 5, "家", "", "5"],
      ["count", "专精特新企业", "新增", 10, "家", "", "10"],
      ["count", "国家标准", "主导制定", 3, "项", "", "3"],
      ["count", "行业标准", "主导制定", 8, "项", "", "8"],
    ]);
    // Figures not one per indicator: the reading shares the first, as before.
    expect(targetsOf(`${GOALS}到2025年，A合格率、B合格率分别达到98%。\n`).map((t) => [t.indicator, t.value])).toEqual([
      ["A合格率", 98],
      ["B合格率", 98],
    ]);
  });

  it("reads a 分别 list of figures sharing one unit and qualifier (3、8项以上) as one target per figure, each with the suffix", () => {
    const bare = `${GOALS}到2025年，国家标准、行业标准分别主导制定3、8项以上。\n`;
    expect(targetsOf(bare).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier])).toEqual([
      ["count", "国家标准", "主导制定", 3, "项", "以上"],
      ["count", "行业标准", "主导制定", 8, "项", "以上"],
    ]);
    // The same where the grammar reads the figures (分别达到): the bare first takes the last's suffix.
    const levels = `${GOALS}到2025年，国家标准、行业标准分别达到3、8项以上。食品抽检合格率、农产品抽检合格率分别达到97、98%以上。A合格率2024年、2025年分别达到93、94%。\n`;
    expect(targetsOf(levels).map((t) => [t.indicator, t.value, t.unit, t.qualifier, t.horizon])).toEqual([
      ["国家标准", 3, "项", "以上", 2025],
      ["行业标准", 8, "项", "以上", 2025],
      ["食品抽检合格率", 97, "%", "以上", 2025],
      ["农产品抽检合格率", 98, "%", "以上", 2025],
      ["A合格率", 93, "%", "", 2024],
      ["A合格率", 94, "%", "", 2025],
    ]);
    // A suffix said on the first figure is that figure's only (3项以上、8项).
    const own = `${GOALS}到2025年，国家标准、行业标准分别主导制定3项以上、8项。\n`;
    expect(targetsOf(own).map((t) => [t.value, t.unit, t.qualifier])).toEqual([
      [3, "项", "以上"],
      [8, "项", ""],
    ]);
  });

  it("reads the subjects before 分别 as who acts when each figure after the verb has its own noun", () => {
    const text = `${GOALS}到2025年，市市场监管局、市工信局分别主导制定国家标准3项、行业标准8项以上。\n`;
    expect(targetsOf(text).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, text.slice(t.indicatorSpan!.start, t.indicatorSpan!.end)])).toEqual([
      ["count", "国家标准", "主导制定", 3, "项", "", "国家标准"],
      ["count", "行业标准", "主导制定", 8, "项", "以上", "行业标准"],
    ]);
  });

  it("reads a base noted in brackets after the target (达到94%以上（2023年为93.1%）) as where it starts", () => {
    const text = `---\n成文日期: 2024-03-01\n---\n${GOALS}到2027年，产品质量合格率达到94%以上（2023年为93.1%），制造业质量竞争力指数达到86 （2022年底是84.5），服务质量满意度达到85分（2027年为85分）。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.horizon, t.baseYear, t.baseValue, t.baseUnit])).toEqual([
      ["产品质量合格率", 94, 2027, 2023, 93.1, "%"],
      ["制造业质量竞争力指数", 86, 2027, 2022, 84.5, ""],
      // A year not before the target's is no base.
      ["服务质量满意度", 85, 2027, null, null, ""],
    ]);
  });

  it("reads a baseline year after the indicator (2020年为84.5, （2020年）) as where it starts, not a target's year or name", () => {
    const text = `---\n成文日期: 2023-03-01\n---\n${GOALS}到2025年，制造业质量竞争力指数2020年为84.5，达到86。到2025年，食品抽检合格率2022年为97%，2025年达到98%以上。到2025年，农产品质量安全例行监测合格率（2022年为97.5%）达到98%。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.unit, t.horizon, t.baseYear, t.baseValue, t.baseUnit, t.baseline])).toEqual([
      ["制造业质量竞争力指数", 86, "", 2025, 2020, 84.5, "", false],
      ["食品抽检合格率", 98, "%", 2025, 2022, 97, "%", false],
      ["农产品质量安全例行监测合格率", 98, "%", 2025, 2022, 97.5, "%", false],
    ]);
    // A sentence that opens on a past year and goes on to a year to come sets a goal there.
    const later = `---\n成文日期: 2026-03-10\n---\n${GOALS}2025年，全市服务业质量满意度为82分，2030年达到85分。2021年，A合格率为90%，2022年达到91%。\n`;
    expect(targetsOf(later).map((t) => [t.indicator, t.value, t.horizon, t.baseValue, t.baseline])).toEqual([
      // The figure stated (为) is reported, of its year, and the goal's base too.
      ["服务业质量满意度", 82, 2025, null, true],
      ["服务业质量满意度", 85, 2030, 82, false],
      // Reported, of the year its clause names.
      ["A合格率", 90, 2021, null, true],
      ["A合格率", 91, 2022, 90, true],
    ]);
    // A year of its own in brackets: a past one says what the figure was (reported, no goal), a later one its horizon.
    const years = `---\n成文日期: 2023-03-01\n---\n${GOALS}质量竞争力指数（2020年）达到84.5，制造业质量竞争力指数2020年达到84.5，制造业质量竞争力指数（2025年）达到86。\n`;
    expect(targetsOf(years).map((t) => [t.indicator, t.value, t.horizon, t.baseline])).toEqual([
      ["质量竞争力指数", 84.5, 2020, true],
      ["制造业质量竞争力指数", 84.5, 2020, true],
      ["制造业质量竞争力指数", 86, 2025, false],
    ]);
  });

  it("names a level with no indicator after a count of the same sentence by the count's noun (累计发布…20个，2025年达到30个)", () => {
    const text = `${GOALS}到2024年，累计发布企业标准“领跑者”20个，2025年达到30个。\n`;
    expect(targetsOf(text).map((t) => [t.kind, t.indicator, t.value, t.horizon, t.cumulative])).toEqual([
      ["count", "企业标准“领跑者”", 20, 2024, true],
      ["level", "企业标准“领跑者”", 30, 2025, true],
    ]);
  });

  it("gives a level word before 、 the noun of the indicator after it (国家级、省级标准化试点示范项目分别达到2个、6个)", () => {
    const text = `${GOALS}到2026年，国家级、省级标准化试点示范项目分别达到2个、6个，国家级和省级质量标杆企业均达到3家以上。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ["国家级标准化试点示范项目", 2, "个"],
      ["省级标准化试点示范项目", 6, "个"],
      ["国家级质量标杆企业", 3, "家"],
      ["省级质量标杆企业", 3, "家"],
    ]);
  });

  it("carries an indicator over a ； to a target that names none, not over a 。", () => {
    const text = `${GOALS}到2027年，食品抽检合格率达到98.8%以上；到2030年，达到99%以上。到2031年，达到99.5%以上。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.value, t.horizon])).toEqual([
      ["食品抽检合格率", 98.8, 2027],
      ["食品抽检合格率", 99, 2030],
      ["", 99.5, 2031],
    ]);
  });

  it("reads a count's verb after the place it is counted in (全市累计培育…, 全县新增…)", () => {
    const text = `${GOALS}到2026年，全市累计培育省级以上知名品牌50个以上，全县新增省级专精特新企业10家，力争全市新建示范项目3个。\n`;
    expect(targetsOf(text).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.cumulative, t.aspirational])).toEqual([
      ["count", "省级以上知名品牌", "培育", 50, true, false],
      ["count", "省级专精特新企业", "新增", 10, false, false],
      ["count", "示范项目", "新建", 3, false, true],
    ]);
  });

  it("leaves a zone's or a league's own area (园区, 新区, 全旗) out of the indicator, as 全市", () => {
    const text = `南京高新区质量强区建设实施方案\n一、总体要求\n（一）主要目标\n到2025年，园区制造业产品质量合格率达到95%以上，新区食品抽检合格率达到98.5%，全旗农产品质量安全例行监测合格率达到98%，全高新区制造业质量竞争力指数达到86，园区内新建工程竣工验收合格率达到100%。\n`;
    // 园区内: within the zone (qa-48a: 内新建工程竣工验收合格率 before).
    expect(targetsOf(text).map((t) => t.indicator)).toEqual(["制造业产品质量合格率", "食品抽检合格率", "农产品质量安全例行监测合格率", "制造业质量竞争力指数", "新建工程竣工验收合格率"]);
  });

  it("leaves the plan's own place as the plan calls it (本市, 我县, 我市) out of the indicator", () => {
    const text = `${GOALS}到2025年，本市制造业质量竞争力指数达到84，我市食品抽检合格率达到97.5%，我县工业产品质量合格率达到94%，本区服务质量满意度达到80分，我市新增省级质量标杆企业10家。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.comparator])).toEqual([
      ["制造业质量竞争力指数", "达到"],
      ["食品抽检合格率", "达到"],
      ["工业产品质量合格率", "达到"],
      ["服务质量满意度", "达到"],
      ["省级质量标杆企业", "新增"],
    ]);
  });

  it("takes a bare year after the plan's own that opens a clause or a sentence as its targets' horizon", () => {
    const text = `---\n成文日期: 2023-06-01\n---\n${GOALS}到2024年，“赣出精品”认证企业达到50家，2025年达到80家。2025年，A合格率达到95%，到2027年达到96%。2022年，B合格率为93%。2024年起，C企业每年新增10家。\n`;
    const extraction = extractTargets(buildPlan(text));
    expect(extraction.targets.map((t) => [t.indicator, t.value, t.horizon, t.horizonSpan && text.slice(t.horizonSpan.start, t.horizonSpan.end), t.baseline])).toEqual([
      ["“赣出精品”认证企业", 50, 2024, "到2024年", false],
      ["“赣出精品”认证企业", 80, 2025, "2025年", false],
      ["A合格率", 95, 2025, "2025年", false],
      ["A合格率", 96, 2027, "到2027年", false],
      // A year gone by: the figure stated is reported, of that year.
      ["B合格率", 93, 2022, null, true],
      // 2024年起 is when it starts, no horizon: the 到2027年 before is still in force.
      ["C企业", 10, 2027, "到2027年", false],
    ]);
    // A bare year is a horizon targets/horizon checks, as 到…年 is.
    expect(extraction.horizons.map((h) => [h.year, h.targets.length])).toEqual([
      [2024, 1],
      [2025, 1],
      [2025, 1],
      [2027, 2],
    ]);
  });

  it("reads a unit the grammar does not know after a figure, and a figure something is cut down to", () => {
    const targets = targetsOf(
      `${GOALS}到2025年，万元GDP用水量控制在30立方米以内，细颗粒物平均浓度控制在35微克/立方米以下，审批时限控制在5个工作日以内，企业开办时间压缩至1个工作日以内，工程建设项目审批时间缩短到80天，培训质量专业人才1万人次。\n`,
    );
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.qualifier, t.sense])).toEqual([
      ["万元GDP用水量", "level", "控制在", 30, "立方米", "以内", "down"],
      ["细颗粒物平均浓度", "level", "控制在", 35, "微克/立方米", "以下", "down"],
      ["审批时限", "level", "控制在", 5, "个工作日", "以内", "down"],
      ["企业开办时间", "level", "压缩至", 1, "个工作日", "以内", "down"],
      ["工程建设项目审批时间", "level", "缩短到", 80, "天", "", "down"],
      ["质量专业人才", "count", "培训", 1, "万人次", "", "up"],
    ]);
    // A time in months, and one 减少至 a figure, are cut down as one in days is.
    expect(targetsOf(`${GOALS}到2025年，标准制定周期缩短至18个月以内，平均办理时间减少至3天以内。\n`).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.qualifier, t.sense])).toEqual([
      ["标准制定周期", "level", "缩短至", 18, "个月", "以内", "down"],
      ["平均办理时间", "level", "减少至", 3, "天", "以内", "down"],
    ]);
  });

  it("reads a count per year, a count whose noun the sentence gave before, the levels of a list and the part of a total", () => {
    const targets = targetsOf(
      `${GOALS}每年组织实施质量攻关项目不少于20项，到2025年累计实施60项以上，累计培育省级质量标杆企业20家、市级50家，力争累计培育质量标杆企业30家，其中国家级2家。新建10个。\n`,
    );
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.cumulative, t.aspirational])).toEqual([
      ["质量攻关项目", "count", "每年组织实施不少于", 20, "项", false, false],
      ["质量攻关项目", "count", "实施", 60, "项", true, false],
      ["省级质量标杆企业", "count", "培育", 20, "家", true, false],
      ["市级质量标杆企业", "count", "培育", 50, "家", true, false],
      ["质量标杆企业", "count", "培育", 30, "家", true, true],
      ["国家级质量标杆企业", "count", "培育", 2, "家", true, true],
      // 新建10个 names nothing, and its sentence nothing before it: no target.
    ]);
  });

  it("reads a rate written with its figure and no comparator, and batches checked per year", () => {
    const targets = targetsOf(`${GOALS}每年抽查重点工业产品不少于300批次，投诉举报处理按期办结率100%，小微企业质量管理体系认证覆盖率90%以上。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.qualifier])).toEqual([
      ["重点工业产品", "count", "每年抽查不少于", 300, "批次", ""],
      ["投诉举报处理按期办结率", "level", "", 100, "%", ""],
      ["小微企业质量管理体系认证覆盖率", "level", "", 90, "%", "以上"],
    ]);
  });

  it("reads a range with or without a unit, and not a year after a figure", () => {
    const targets = targetsOf(`${GOALS}到2025年，甲指数达到85.5—87，乙指数达到85.5至87，丙率达到93%—95%，丁项目达到3至5个，戊指数达到86至2025年。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.upper, t.unit])).toEqual([
      ["甲指数", 85.5, 87, ""],
      ["乙指数", 85.5, 87, ""],
      ["丙率", 93, 95, "%"],
      ["丁项目", 3, 5, "个"],
      ["戊指数", 86, null, ""],
    ]);
  });

  it("reads a count written as a range after its verb (新增…15—20项, 培育…3至5家, 50万元至500万元)", () => {
    const text = `${GOALS}到2027年，新增“浙江制造”标准15—20项，每年新增省级以上质量标杆企业5—8家，建设国家级质检中心1～2个，培育龙头企业3至5家，单家企业获得贷款额度50万元至500万元。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.upper, t.unit, text.slice(t.valueSpan!.start, t.valueSpan!.end)])).toEqual([
      ["count", "“浙江制造”标准", "新增", 15, 20, "项", "15"],
      ["count", "省级以上质量标杆企业", "每年新增", 5, 8, "家", "5"],
      ["count", "国家级质检中心", "建设", 1, 2, "个", "1"],
      ["count", "龙头企业", "培育", 3, 5, "家", "3"],
      ["count", "单家企业获得贷款额度", "", 50, 500, "万元", "50"],
    ]);
  });

  it("gives a second commitment with no indicator of its own (确保…、力争…) the indicator before it", () => {
    const text = `${GOALS}到2025年，制造业产品质量合格率确保达到94%、力争达到95%，A率和B率均确保达到90%，力争达到92%。达到80%。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.indicator, t.value, t.aspirational])).toEqual([
      ["制造业产品质量合格率", 94, false],
      ["制造业产品质量合格率", 95, true],
      ["A率", 90, false],
      ["B率", 90, false],
      ["A率", 92, true],
      ["B率", 92, true],
      // A sentence of its own does not go on with the last one's indicator.
      ["", 80, false],
    ]);
    expect(text.slice(targets[1]!.indicatorSpan!.start, targets[1]!.indicatorSpan!.end)).toBe("制造业产品质量合格率");
  });

  it("gives a full-width ％ as the unit %", () => {
    const targets = targetsOf(`${GOALS}到2025年，甲率达到９５％，乙率达到93％—95％，丙率提高2％。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.upper, t.unit])).toEqual([
      ["甲率", 95, null, "%"],
      ["乙率", 93, 95, "%"],
      ["丙率", 2, null, "%"],
    ]);
  });

  it("reads the year of a baseline (由2024年的92.5%提高到95%) as the base year, no part of the indicator", () => {
    const targets = targetsOf(`${GOALS}到2027年，制造业产品质量合格率由2024年的92.5%提高到95%，制造业质量竞争力指数从2024年底的84.5提升至86.5。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.baseValue, t.baseUnit, t.baseYear])).toEqual([
      ["制造业产品质量合格率", "提高到", 95, 92.5, "%", 2024],
      ["制造业质量竞争力指数", "提升至", 86.5, 84.5, "", 2024],
    ]);
  });

  it("reads the year a change is measured from however written (在2024年基础上, 与2024年相比), and 较上年 as a yearly change", () => {
    const targets = targetsOf(`${GOALS}到2027年，制造业产品质量合格率在2024年基础上提高1个百分点，农产品质量安全例行监测合格率与2024年相比提高0.5个百分点，单位GDP能耗比2024年下降5%，制造业质量竞争力指数较上年提高0.5。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.baseYear])).toEqual([
      ["制造业产品质量合格率", "提高", 1, 2024],
      ["农产品质量安全例行监测合格率", "提高", 0.5, 2024],
      ["单位GDP能耗", "下降", 5, 2024],
      ["制造业质量竞争力指数", "较上年提高", 0.5, null],
    ]);
  });

  it("reads 由A提高到B as the target B from the baseline A", () => {
    const targets = targetsOf(`${GOALS}到2025年，制造业产品质量合格率由92%提高到95%，服务满意度从80分提升至85分，优良率由90%提高3个百分点。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.baseValue])).toEqual([
      ["制造业产品质量合格率", "level", "提高到", 95, "%", 92],
      ["服务满意度", "level", "提升至", 85, "分", 80],
      ["优良率", "delta", "提高", 3, "个百分点", 90],
    ]);
  });

  it("reads a baseline in any unit (吨标准煤/万元, 件) as the baseline, no part of the indicator", () => {
    const targets = targetsOf(`${GOALS}到2025年，单位地区生产总值能耗由2022年的0.45吨标准煤/万元下降到0.40吨标准煤/万元，每万人口高价值发明专利拥有量由8件提高到12件。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.unit, t.baseValue, t.baseUnit, t.baseYear])).toEqual([
      ["单位地区生产总值能耗", 0.4, "吨标准煤/万元", 0.45, "吨标准煤/万元", 2022],
      ["每万人口高价值发明专利拥有量", 12, "件", 8, "件", null],
    ]);
  });

  it("reads a base noted in any unit, before or after the target or in the clause before it", () => {
    const after = targetsOf(`${GOALS}到2025年，每万人口高价值发明专利拥有量达到15件以上（2023年为11.2件）。\n`);
    const before = targetsOf(`${GOALS}到2025年，每万人口高价值发明专利拥有量（2023年为11.2件）达到15件。\n`);
    const stated = targetsOf(`${GOALS}每万人口高价值发明专利拥有量2023年为11.2件，到2025年达到15件。\n`);
    for (const targets of [after, before, stated]) {
      expect(targets.map((t) => [t.indicator, t.value, t.unit, t.baseYear, t.baseValue, t.baseUnit])).toEqual([["每万人口高价值发明专利拥有量", 15, "件", 2023, 11.2, "件"]]);
    }
  });

  it("reads verbs joined by 、 or 和 as one count's verb, and 三年内累计 as cumulative", () => {
    const targets = targetsOf(`${GOALS}到2025年，新建、改建社会公用计量标准30项，制定、修订地方标准20项以上，新建和改扩建学校10所，力争三年内累计培育专精特新中小企业100家，新建或改造计量标准15项。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.cumulative])).toEqual([
      ["社会公用计量标准", "新建、改建", 30, "项", false],
      ["地方标准", "制定、修订", 20, "项", false],
      ["新建和改扩建学校", "新建和改扩建", 10, "所", false],
      ["专精特新中小企业", "培育", 100, "家", true],
      ["计量标准", "新建或改造", 15, "项", false],
    ]);
  });

  it("leaves the year a count is made in (全年, 年内) and 较上年 out of the verb and the indicator", () => {
    const targets = targetsOf(`${GOALS}全年规上工业企业质量管理体系认证覆盖率提高5个百分点，全区品牌企业数量较上年翻一番，全年发布团体标准5项，年内新增质量标杆企业3家，本年度制造业产品质量合格率达到94%，今年培育品牌2个。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["规上工业企业质量管理体系认证覆盖率", "提高", 5, "个百分点"],
      ["品牌企业数量", "翻", 100, "%"],
      ["团体标准", "发布", 5, "项"],
      ["质量标杆企业", "新增", 3, "家"],
      ["制造业产品质量合格率", "达到", 94, "%"],
      ["培育品牌", "培育", 2, "个"],
    ]);
  });

  it("names a bare total over years (三年累计15家以上) by the count before it, as cumulative", () => {
    const targets = targetsOf("示例市方案\n一、主要任务\n1.开展品牌培育。每年培育县级以上品牌示范企业不少于5家，三年累计15家以上。〔责任单位：市市场监管局〕\n");
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.cumulative])).toEqual([
      ["县级以上品牌示范企业", "每年培育不少于", 5, "家", "", false],
      ["县级以上品牌示范企业", "累计", 15, "家", "以上", true],
    ]);
  });

  it("reads a verb before a list of counted things (主导或参与制修订A、B、C分别达到…) as every one's, 参与 unsplit", () => {
    const targets = targetsOf(`${GOALS}到2025年底，主导或参与制修订国际标准、国家标准、行业标准分别达到2项、20项、40项，科技与标准化融合示范企业达到10家。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit])).toEqual([
      ["国际标准", "count", "主导或参与制修订达到", 2, "项"],
      ["国家标准", "count", "主导或参与制修订达到", 20, "项"],
      ["行业标准", "count", "主导或参与制修订达到", 40, "项"],
      ["科技与标准化融合示范企业", "level", "达到", 10, "家"],
    ]);
  });

  it("reads a figure of people without a comparator in the goals (每千人口拥有执业（助理）医师3.5人)", () => {
    const targets = targetsOf(`${GOALS}到2025年，每千人口拥有执业（助理）医师3.5人，培训专业人才500人。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["每千人口拥有执业（助理）医师", "", 3.5, "人"],
      ["专业人才", "培训", 500, "人"],
    ]);
  });

  it("reads certificates counted in 张 (新增深圳标准认证证书100张), a range of them too", () => {
    const targets = targetsOf(`${GOALS}到2025年，新增深圳标准认证证书100张，新增绿色产品认证证书80—100张，公共服务质量满意度达到85分以上。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.upper, t.unit])).toEqual([
      ["深圳标准认证证书", "count", "新增", 100, null, "张"],
      ["绿色产品认证证书", "count", "新增", 80, 100, "张"],
      ["公共服务质量满意度", "level", "达到", 85, null, "分"],
    ]);
  });

  it("reads the measure word after a magnitude as the unit's rest (100万辆, 150万台以上)", () => {
    const targets = targetsOf(`${GOALS}到2025年，新能源汽车产量达到100万辆，整车产能达到150万台以上。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier])).toEqual([
      ["新能源汽车产量", 100, "万辆", ""],
      ["整车产能", 150, "万台", "以上"],
    ]);
  });

  it("reads the indicator written before a horizon that stands before its comparator (A到2025年达到95%、2027年达到96%)", () => {
    const targets = targetsOf(`${GOALS}制造业产品质量合格率到2025年达到95%、2027年达到96%；力争食品抽检合格率到2027年稳定在98.5%以上。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.horizon, t.aspirational])).toEqual([
      ["制造业产品质量合格率", 95, 2025, false],
      ["制造业产品质量合格率", 96, 2027, false],
      ["食品抽检合格率", 98.5, 2027, true],
    ]);
  });

  it("reads the figure after a year the comparator names (提高到2027年的85分), and 个 before 个百分点 as one unit", () => {
    const targets = targetsOf(`${GOALS}公共服务质量满意度由2023年的80分提高到2027年的85分，食品抽检合格率提高到2026年底的98.5%；工业产品质量合格率、消费品质量合格率分别提高2个和3个百分点。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon, t.baseYear, t.baseValue])).toEqual([
      ["公共服务质量满意度", "提高到", 85, "分", 2027, 2023, 80],
      ["食品抽检合格率", "提高到", 98.5, "%", 2026, null, null],
      ["工业产品质量合格率", "提高", 2, "个百分点", null, null, null],
      ["消费品质量合格率", "提高", 3, "个百分点", null, null, null],
    ]);
  });

  it("leaves 约 before a figure out of the indicator, and reads 缩小到 as a figure cut down to", () => {
    const targets = targetsOf(`${GOALS}到2027年，新增“专精特新”企业约50家，城乡居民收入比缩小到2.0以内。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.qualifier, t.sense])).toEqual([
      ["“专精特新”企业", "新增", 50, "", "up"],
      ["城乡居民收入比", "缩小到", 2, "以内", "down"],
    ]);
  });

  it("takes the targets of a part headed as the goals (第二章 行动目标), its paragraphs before any item included, for goals", () => {
    const text = "示例市质量强市建设行动计划\n第一章 总体要求\n坚持质量第一。\n第二章 行动目标\n制造业产品质量合格率达到95%以上。\n一、产品质量\n（一）食品抽检合格率达到98.5%以上。\n第三章 重点任务\n一、提升产品质量\n（一）开展质量攻关。全市质量投诉处理率达到100%。〔责任单位：市市场监管局〕\n";
    expect(targetsOf(text).map((t) => [t.indicator, t.inGoals])).toEqual([
      ["制造业产品质量合格率", true],
      ["食品抽检合格率", true],
      ["质量投诉处理率", false],
    ]);
  });

  it("reads a yearly rate as part of the comparator, and a unit with its substance and denominator", () => {
    const targets = targetsOf(`${GOALS}到2025年，规模以上工业增加值年均增长8%以上，专项资金每年提高5%，单位GDP能耗比2020年降低18%，单位工业增加值能耗降至0.6吨标准煤/万元以下。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.sense, t.baseYear])).toEqual([
      ["规模以上工业增加值", "年均增长", 8, "%", "以上", "up", null],
      ["专项资金", "每年提高", 5, "%", "", "up", null],
      ["单位GDP能耗", "降低", 18, "%", "", "down", 2020],
      ["单位工业增加值能耗", "降至", 0.6, "吨标准煤/万元", "以下", "down", null],
    ]);
  });

  it("gives a level in a list of counts the noun the first one names", () => {
    const targets = targetsOf(`${GOALS}到2025年，建设标准化试点示范项目国家级15个、省级50个。\n`);
    expect(targets.map((t) => [t.indicator, t.value])).toEqual([
      ["标准化试点示范项目国家级", 15],
      ["标准化试点示范项目省级", 50],
    ]);
  });

  it("gives a 其中 / 含 part named by its level the noun of the target before it", () => {
    const read = (line: string) => {
      const text = `${GOALS}到2025年，${line}\n`;
      return targetsOf(text).map((t) => [t.indicator, t.value, text.slice(t.indicatorSpan!.start, t.indicatorSpan!.end)]);
    };
    expect(read("标准化试点示范项目达到40个，其中国家级5个以上。")).toEqual([
      ["标准化试点示范项目", 40, "标准化试点示范项目"],
      ["国家级标准化试点示范项目", 5, "国家级"],
    ]);
    expect(read("创建省级以上标准化试点示范项目40个，其中国家级达到5个。").map((t) => t[0])).toEqual(["省级以上标准化试点示范项目", "国家级标准化试点示范项目"]);
    expect(read("培育质量标杆企业30家，其中省级以上10家、国家级3家，含国家级和省级20家。").map((t) => t[0])).toEqual([
      "质量标杆企业",
      "省级以上质量标杆企业",
      "国家级质量标杆企业",
      "国家级和省级质量标杆企业",
    ]);
    // In brackets, the part is a clause of its own.
    expect(read("创建标准化试点示范项目40个（含国家级5个）。")).toEqual([
      ["标准化试点示范项目", 40, "标准化试点示范项目"],
      ["国家级标准化试点示范项目", 5, "国家级"],
    ]);
    expect(read("标准化试点示范项目达到40个（其中国家级达到5个）。").map((t) => t[0])).toEqual(["标准化试点示范项目", "国家级标准化试点示范项目"]);
    // A bracket in a name is no part.
    expect(read("建设检验检测平台（含实验室）5个，检验检测平台（含实验室）达到8个。").map((t) => [t[0], t[1]])).toEqual([
      ["检验检测平台（含实验室）", 5],
      ["检验检测平台（含实验室）", 8],
    ]);
    // A part that names its own noun keeps it; a sentence opening on 其中 breaks down the figure just given (its unit's).
    expect(read("主导或参与制修订标准50项以上，其中国际标准5项。").map((t) => t[0])).toEqual(["主导或参与制修订标准", "国际标准"]);
    expect(read("标准化试点示范项目达到40个。其中国家级5个。").map((t) => t[0])).toEqual(["标准化试点示范项目", "国家级标准化试点示范项目"]);
  });

  it("gives each count of a list the head the first one's noun opens with (牵头或参与起草)", () => {
    const targets = targetsOf(`${GOALS}到2025年，新增牵头或参与起草国际标准12项、国家标准600项以上。新增主导制定国际标准2项、参与制定国家标准10项。争创中国质量奖1个、中国专利奖5个。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ["牵头或参与起草国际标准", "新增", 12],
      ["牵头或参与起草国家标准", "新增", 600],
      ["主导制定国际标准", "新增", 2],
      ["参与制定国家标准", "新增", 10],
      ["中国质量奖", "争创", 1],
      ["中国专利奖", "争创", 5],
    ]);
  });

  it("reads a coverage (…覆盖企业8万家, 覆盖40个乡镇) as the level its reach stands at, as a table's row reads it", () => {
    const targets = targetsOf(
      `${GOALS}到2030年，质量技术服务覆盖企业8万家以上，快检服务覆盖40个以上乡镇（街道），计量服务累计覆盖规上工业企业1200家，新建服务站20个，覆盖企业3000家，服务站覆盖企业新增500家，一站式服务覆盖率达到90%。\n`,
    );
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.sense, t.cumulative])).toEqual([
      ["level", "质量技术服务覆盖企业", "", 8, "万家", "以上", "up", false],
      ["level", "快检服务覆盖乡镇（街道）", "", 40, "个", "以上", "up", false],
      // 累计 says the total reached, no word of the indicator.
      ["level", "计量服务覆盖规上工业企业", "", 1200, "家", "", "up", true],
      ["count", "新建服务站", "新建", 20, "个", "", "up", false],
      // A coverage is its own verb: 新建 said before it is no verb of it.
      ["level", "覆盖企业", "", 3000, "家", "", "up", false],
      // What the coverage adds (新增) is a count of new ones.
      ["count", "服务站覆盖企业", "新增", 500, "家", "", "up", false],
      ["level", "一站式服务覆盖率", "达到", 90, "%", "", "up", false],
    ]);
  });

  it("carries a count's verb across a comma to the verbless counts of its list, not across a full stop", () => {
    const targets = targetsOf(`${GOALS}到2025年，新增中国质量奖（提名奖）1个以上，广东省政府质量奖2个以上、市长质量奖5个。省级标杆企业10家。培育地理标志产品5个，主导或参与制定国家标准10项以上。\n`);
    expect(targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ["中国质量奖（提名奖）", "新增", 1],
      ["广东省政府质量奖", "新增", 2],
      ["市长质量奖", "新增", 5],
      ["省级标杆企业", "", 10],
      ["地理标志产品", "培育", 5],
      // A noun that names its own doing takes no verb from before it.
      ["主导或参与制定国家标准", "", 10],
    ]);
  });

  it("carries a count's verb to counts in tens of thousands of the same counters (万批次, 万家, 万人次, 万件), never to a sum", () => {
    const targets = targetsOf(
      `${GOALS}全年完成食品安全监督抽检3200批次，快检5万批次以上。全年受理投诉举报8000件，咨询1.5万件。` +
        `培训企业质量管理人员5000人次，一线技术人员1.2万人次。检查食品生产经营主体4000家次，小微餐饮门店1.1万家。` +
        `争取质量提升专项资金2000万元，贷款额度5亿元。\n`,
    );
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["食品安全监督抽检", "完成", 3200, "批次"],
      // An inspection alone names the work counted: no verb carried to it is shown (indicatorName.ts).
      ["快检", "完成", 5, "万批次"],
      ["投诉举报", "受理", 8000, "件"],
      ["受理咨询", "受理", 1.5, "万件"],
      ["企业质量管理人员", "培训", 5000, "人次"],
      ["一线技术人员", "培训", 1.2, "万人次"],
      ["食品生产经营主体", "检查", 4000, "家次"],
      ["小微餐饮门店", "检查", 1.1, "万家"],
      // A sum is no count the verb before it goes on counting.
      ["质量提升专项资金", "", 2000, "万元"],
      ["贷款额度", "", 5, "亿元"],
    ]);
  });

  it("reads 力争 before 完成…率 and 实现…率达到… as an aim, and a table row restating the aim as that aim", () => {
    const targets = targetsOf(
      "示例市2026年质量工作要点\n一、工作目标\n全年力争完成质量安全风险隐患整改率100%，力争实现食品抽检合格率达到98.5%以上，确保产品质量监督抽查合格率达到94%、力争达到95%，消费品质量合格率达到93%。\n" +
        "序号\t指标\t单位\t2025年完成\t2026年目标\n1\t质量安全风险隐患整改率\t%\t96\t100\n2\t食品抽检合格率\t%\t98.2\t≥98.5\n3\t产品质量监督抽查合格率\t%\t93.6\t94\n4\t消费品质量合格率\t%\t92.5\t93\n",
    );
    expect(targets.map((t) => [t.indicator, t.comparator, t.value, t.aspirational])).toEqual([
      ["质量安全风险隐患整改率", "", 100, true],
      ["食品抽检合格率", "达到", 98.5, true],
      ["产品质量监督抽查合格率", "达到", 94, false],
      ["产品质量监督抽查合格率", "达到", 95, true],
      ["消费品质量合格率", "达到", 93, false],
      // A cell has no room for 力争: the row restating an aim is that aim, unless the text commits to its figure too.
      ["质量安全风险隐患整改率", "", 100, true],
      ["食品抽检合格率", "≥", 98.5, true],
      ["产品质量监督抽查合格率", "", 94, false],
      ["消费品质量合格率", "", 93, false],
    ]);
  });

  it("reads what a standardisation plan does to standards (立项, 复审, 废止), the services it provides (提供), and 到年底累计 before a verb", () => {
    const targets = targetsOf(
      `${GOALS}全年立项省地方标准150项，废止滞后标准30项以上，复审地方标准200项。为企业提供标准化咨询服务不少于5000家次。新增省级试点示范项目30个，到年底累计建成省级以上试点示范项目600个。\n`,
    );
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.cumulative])).toEqual([
      ["省地方标准", "count", "立项", 150, "项", false],
      // Its own verb, none carried from the clause before.
      ["滞后标准", "count", "废止", 30, "项", false],
      ["地方标准", "count", "复审", 200, "项", false],
      ["标准化咨询服务", "count", "提供不少于", 5000, "家次", false],
      ["省级试点示范项目", "count", "新增", 30, "个", false],
      ["省级以上试点示范项目", "count", "建成", 600, "个", true],
    ]);
  });

  it("reads counts written figure first (推动3.3万家企业上云) and shares by percentage (建筑100%按照…)", () => {
    const text =
      "示例市质量提升实施方案\n一、主要任务\n（一）数字化。力争推动3.3万家企业上云上平台，700家以上企业实施数字化转型，建成10个示范园区。\n" +
      "（二）再写一遍。力争推动 3.3 万家企业上云上平台，700 家以上企业实施数字化转型。\n" +
      "（三）绿色建筑。城镇新建民用建筑100%按照绿色建筑标准规划、设计、建设，新建居住建筑全面执行75%节能标准，3个工作日内办结，500家企业参加培训。\n";
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier, t.aspirational])).toEqual([
      ["count", "企业上云上平台", "推动", 3.3, "万家", "", true],
      // The clause after goes on with the verb of the one before (力争推动…，700家以上企业…).
      ["count", "企业实施数字化转型", "推动", 700, "家", "以上", true],
      ["count", "示范园区", "建成", 10, "个", "", false],
      ["count", "企业上云上平台", "推动", 3.3, "万家", "", true],
      ["count", "企业实施数字化转型", "推动", 700, "家", "以上", true],
      ["level", "城镇新建民用建筑", "按照绿色建筑标准规划、设计、建设", 100, "%", "", false],
      // 75%节能标准 names a standard; 3个工作日 is a time; a count with no verb outside the goals is no target.
    ]);
    for (const target of targets) {
      expect(text.slice(target.valueSpan!.start, target.valueSpan!.end)).toBe(target.value === 3.3 ? "3.3" : String(target.value));
      expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe(target.indicator);
    }
  });

  it("records counts and directions, and marks 力争 as aspirational", () => {
    const targets = targetsOf(`${GOALS}到2025年，创建国家产品质量检验检测中心1个，力争工程质量抽查符合率不断提高，公共服务质量满意度保持全国前列。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.aspirational])).toEqual([
      ["count", "国家产品质量检验检测中心", "创建", 1, "个", false],
      ["direction", "工程质量抽查符合率", "不断提高", null, "", true],
      ["direction", "公共服务质量满意度", "保持全国前列", null, "", false],
    ]);
  });

  it("takes the horizon in force, else the end of the plan period in the title", () => {
    const text = "示例市质量提升实施方案（2023—2027年）\n一、总体要求\n（一）主要目标\n制造业产品质量合格率达到94%。到2025年，食品抽检合格率达到98%。\n二、主要任务\n（一）提升质量。合格率达到95%。\n";
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.horizon, t.horizonSource, t.inGoals, t.path.join("")])).toEqual([
      [2027, "period", true, "一、（一）"],
      [2025, "text", true, "一、（一）"],
      [2027, "period", false, "二、（一）"],
    ]);
  });

  it("takes a five-year period under way (“十四五”期间) as the horizon: its last year", () => {
    const text = "---\n成文日期: 2023-12-18\n---\n示例市质量提升实施方案\n一、主要任务\n（一）夯实基础。“十四五”期间，力争建设产业计量测试中心13个，标准化试点示范项目达到15个。\n（二）巩固成果。在“十三五”期间建成的基础上，建设检测中心5个。十五五末，建设检测中心8个。\n";
    const { targets, horizons } = extractTargets(buildPlan(text));
    expect(targets.map((t) => [t.indicator, t.horizon, t.horizonSource])).toEqual([
      ["产业计量测试中心", 2025, "text"],
      ["标准化试点示范项目", 2025, "text"],
      // A period gone by is history, not a horizon.
      ["检测中心", null, null],
      ["检测中心", 2030, "text"],
    ]);
    expect(horizons.map((h) => [text.slice(h.start, h.end), h.year])).toEqual([
      ["十四五”期间", 2025],
      ["十五五末", 2030],
    ]);
  });

  it("keeps blanks and placeholders as targets with no value", () => {
    const targets = targetsOf(`${GOALS}到2025年，数字经济核心产业增加值占GDP比重达到 %，地理标志商标达到XX个。\n`);
    expect(targets.map((t) => [t.indicator, t.value, t.blank, t.placeholder])).toEqual([
      ["数字经济核心产业增加值占GDP比重", null, true, false],
      ["地理标志商标", null, false, true],
    ]);
  });

  it("reads a clause the same wherever it stands: its place, horizon and section are its own", () => {
    // The readings of a text run are remembered by its text (typing re-extracts every run); the
    // same run in another place, section or horizon must still get that place's fields.
    const count = "质量标杆企业10家";
    const verbed = "创建质量标杆企业10家";
    // After a semicolon: a comma would carry the verb on to the count after it (carriedCount).
    const text = `示例市质量提升实施方案（2023—2027年）\n一、总体要求\n（一）主要目标\n到2025年，${verbed}；${count}。\n二、主要任务\n（一）提升质量。${verbed}；${count}。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [text.slice(t.start, t.end), t.comparator, t.inGoals, t.horizon, t.horizonSource, t.path.join("")])).toEqual([
      ["质量标杆企业10家", "创建", true, 2025, "text", "一、（一）"],
      ["质量标杆企业10家", "", true, 2025, "text", "一、（一）"],
      // A count without a verb counts only in the goals section.
      ["质量标杆企业10家", "创建", false, 2027, "period", "二、（一）"],
    ]);
    for (const target of targets) {
      expect(text.slice(target.valueSpan!.start, target.valueSpan!.end)).toBe("10");
      expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe("质量标杆企业");
    }
    // Read again behind a longer prelude, each target moves with its text.
    const shifted = `印发说明\n\n${text}`;
    expect(targetsOf(shifted).map((t) => [t.start - 6, t.end - 6, t.valueSpan!.start - 6])).toEqual(targets.map((t) => [t.start, t.end, t.valueSpan!.start]));
  });
});

describe("a direction against the year before", () => {
  it("reads 不低于上年水平 and 保持在上年水平以上 as directions, never as an average", () => {
    const targets = targetsOf(`${GOALS}到2025年，规上工业企业研发投入强度不低于上年水平，单位GDP能耗不高于上年水平，质量管理体系认证企业数保持在上年水平以上。\n`);
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.sense])).toEqual([
      ["规上工业企业研发投入强度", "direction", "不低于上年水平", "up"],
      ["单位GDP能耗", "direction", "不高于上年水平", "down"],
      ["质量管理体系认证企业数", "direction", "保持在上年水平以上", "keep"],
    ]);
  });
});
