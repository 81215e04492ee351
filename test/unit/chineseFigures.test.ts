import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { chineseNumeralValue } from "../../server/src/core/targets/chineseFigures";
import { extractTargets } from "../../server/src/core/targets/extract";
import { formatFigure } from "../../server/src/core/targets/format";

/**
 * Targets whose figures are written in Chinese numerals (九成以上, 新增…两个, 主导制定…三项,
 * 翻一番) are read as the same targets written in Arabic figures, the value as written and its
 * span on the numeral; fixed expressions with a numeral (两个维护, 三个一批, 一批, 十大行动,
 * “十四五”, 第三方 …) are no figures.
 */
const GOALS = "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n";
const TASKS = "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到98%。\n二、重点任务\n（一）提升质量。";

const readingsOf = (text: string) =>
  extractTargets(buildPlan(text)).targets.map((t) => ({
    kind: t.kind,
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    qualifier: t.qualifier,
    sense: t.sense,
    valueText: t.valueText,
    written: text.slice(t.start, t.end),
    valueAt: t.valueSpan && text.slice(t.valueSpan.start, t.valueSpan.end),
    indicatorAt: t.indicatorSpan && text.slice(t.indicatorSpan.start, t.indicatorSpan.end),
  }));

/** What a reading says, less how its figure is written. */
const meaning = ({ kind, indicator, comparator, value, unit, qualifier, sense, indicatorAt }: ReturnType<typeof readingsOf>[number]) => ({ kind, indicator, comparator, value, unit, qualifier, sense, indicatorAt });

describe("Chinese numerals", () => {
  it("reads the numerals plans write, and no malformed one", () => {
    const values = ["一", "两", "九", "十", "十二", "二十", "二十五", "一百", "两百", "一百零五", "一百一十", "三百二十一"].map(chineseNumeralValue);
    expect(values).toEqual([1, 2, 9, 10, 12, 20, 25, 100, 200, 105, 110, 321]);
    for (const malformed of ["", "百", "十两", "两十", "一百五", "一百十", "零五", "五五"]) expect(chineseNumeralValue(malformed)).toBeNull();
  });
});

describe("targets written in Chinese numerals", () => {
  it("reads a level in 成 as a percentage, the value as written", () => {
    const text = `${GOALS}到2025年，消费品质量合格率达到九成以上，抽检覆盖率不低于七成。\n`;
    expect(readingsOf(text).map((r) => [r.kind, r.indicator, r.comparator, r.value, r.unit, r.qualifier, r.valueText, r.valueAt, r.written])).toEqual([
      ["level", "消费品质量合格率", "达到", 90, "%", "以上", "九成", "九成", "消费品质量合格率达到九成以上"],
      ["level", "抽检覆盖率", "不低于", 70, "%", "", "七成", "七成", "抽检覆盖率不低于七成"],
    ]);
  });

  it("reads a share in 成 with its tenths (九成八 is 98%), and one held (保持在九成以上) as a level, not a direction", () => {
    const text = `${GOALS}到2025年，食用农产品例行监测合格率保持在九成八以上，消费品质量合格率稳定在九成以上，抽检覆盖率达到七成五左右。\n`;
    expect(readingsOf(text).map((r) => [r.kind, r.indicator, r.comparator, r.value, r.unit, r.qualifier, r.valueText])).toEqual([
      ["level", "食用农产品例行监测合格率", "保持在", 98, "%", "以上", "九成八"],
      ["level", "消费品质量合格率", "稳定在", 90, "%", "以上", "九成"],
      ["level", "抽检覆盖率", "达到", 75, "%", "左右", "七成五"],
    ]);
    const [held] = extractTargets(buildPlan(`${GOALS}到2025年，食用农产品例行监测合格率保持在九成八以上。\n`)).targets;
    expect(formatFigure(held!)).toBe("九成八以上");
    // Not a share: 成 before another numeral's measure word (九成八个) is no tenth.
    expect(readingsOf(`${GOALS}到2025年，抽检覆盖率达到九成八个。\n`).map((r) => r.value)).not.toContain(98);
  });

  it("reads counts as their Arabic forms are read, spans on the text as written", () => {
    const words = `${GOALS}到2025年，新增国家级质量标杆两个，培育省级以上知名品牌十个，主导制定国家标准三项，新增地方标准十二项，建设一百零五个检测站点，优良率提高五个百分点，培育知名品牌达到二十个。\n`;
    const figures = `${GOALS}到2025年，新增国家级质量标杆2个，培育省级以上知名品牌10个，主导制定国家标准3项，新增地方标准12项，建设105个检测站点，优良率提高5个百分点，培育知名品牌达到20个。\n`;
    const read = readingsOf(words);
    expect(read.map(meaning)).toEqual(readingsOf(figures).map(meaning));
    expect(read.map((r) => [r.value, r.unit, r.valueText, r.valueAt])).toEqual([
      [2, "个", "两", "两"],
      [10, "个", "十", "十"],
      [3, "项", "三", "三"],
      [12, "项", "十二", "十二"],
      [105, "个", "一百零五", "一百零五"],
      [5, "个百分点", "五", "五"],
      [20, "个", "二十", "二十"],
    ]);
    expect(read.map((r) => r.written)).toEqual(["国家级质量标杆两个", "省级以上知名品牌十个", "主导制定国家标准三项", "地方标准十二项", "建设一百零五个检测站点", "优良率提高五个百分点", "培育知名品牌达到二十个"]);
    // 培育知名品牌达到二十个: the brands' total reached, a level named with its verb (targets/reachedLevels.ts), in words as in digits.
    expect(read[6]).toMatchObject({ kind: "level", indicator: "培育知名品牌", comparator: "达到" });
  });

  it("reads a count in words in every count's unit of the one list (家次, 台件, 批次, 公里), not in 次 or 张", () => {
    const words = `${TASKS}年服务企业三千家次，检定计量器具五万台件，抽检食品两千批次，新建绿道二十公里，培训质量管理人员五百人次。\n`;
    const figures = `${TASKS}年服务企业3000家次，检定计量器具5万台件，抽检食品2000批次，新建绿道20公里，培训质量管理人员500人次。\n`;
    expect(readingsOf(words).map(meaning)).toEqual(readingsOf(figures).map(meaning));
    expect(readingsOf(words).slice(1).map((r) => [r.value, r.unit])).toEqual([[3000, "家次"], [5, "万台件"], [2000, "批次"], [20, "公里"], [500, "人次"]]);
    // 一次性, 三次产业 and 一张网 are words.
    expect(readingsOf(`${TASKS}推行一次性告知，促进三次产业融合，构建全市一张网。\n`).slice(1)).toEqual([]);
  });

  it("reads 张, 次, 期 and 轮 after a numeral of ten and more, or with 余, 多 or 万, as figures written so", () => {
    const words = `${TASKS}发放营业执照两百张，开展执法检查三千余次，举办培训班二十期，新增认证证书一万张。\n`;
    const figures = `${TASKS}发放营业执照200张，开展执法检查3000余次，举办培训班20期，新增认证证书1万张。\n`;
    expect(readingsOf(words).map(meaning)).toEqual(readingsOf(figures).map(meaning));
    expect(readingsOf(words).slice(1).map((r) => [r.value, r.unit, r.qualifier, r.valueAt])).toEqual([
      [200, "张", "", "两百"],
      [3000, "次", "以上", "三千"],
      [20, "期", "", "二十"],
      [1, "万张", "", "一"],
    ]);
    // A small numeral before them is a word still: 一张网, 一张蓝图, 三次产业, 二期工程, 新一轮.
    expect(readingsOf(`${TASKS}建成一张网，绘就一张蓝图，推动三次产业融合，实施二期工程，开展新一轮技术改造。\n`).slice(1)).toEqual([]);
  });

  it("reads a count in words beside a figure in Arabic ones", () => {
    const text = `${GOALS}2025年新增质量标杆两个、示范区3个。\n`;
    expect(readingsOf(text).map((r) => [r.value, r.valueAt])).toEqual([
      [2, "两"],
      [3, "3"],
    ]);
    expect(readingsOf(text).map(meaning)).toEqual(readingsOf(`${GOALS}2025年新增质量标杆2个、示范区3个。\n`).map(meaning));
  });

  it("reads a range in words (五至八家, 三到五个) as the range in figures, the lower end its value", () => {
    const words = `${GOALS}到2026年，培育县长质量奖企业五至八家，新建检验检测平台三到五个，打造质量品牌一—二个。\n`;
    const figures = `${GOALS}到2026年，培育县长质量奖企业5至8家，新建检验检测平台3到5个，打造质量品牌1—2个。\n`;
    const read = extractTargets(buildPlan(words)).targets;
    expect(read.map((t) => [t.indicator, t.value, t.upper, t.unit])).toEqual([
      ["县长质量奖企业", 5, 8, "家"],
      ["检验检测平台", 3, 5, "个"],
      ["质量品牌", 1, 2, "个"],
    ]);
    expect(readingsOf(words).map(meaning)).toEqual(readingsOf(figures).map(meaning));
    expect(readingsOf(words).map((r) => r.valueAt)).toEqual(["五", "三", "一"]);
    expect(read.map(formatFigure)).toEqual(["5—8家", "3—5个", "1—2个"]);
  });

  it("reads 翻一番 as a rise of 100%, 翻两番 of 300%", () => {
    const text = `${GOALS}到2025年，质量品牌企业营业收入翻一番，检验检测产值比2020年翻两番。\n`;
    expect(readingsOf(text).map((r) => [r.kind, r.indicator, r.comparator, r.value, r.unit, r.sense, r.valueAt])).toEqual([
      ["delta", "质量品牌企业营业收入", "翻", 100, "%", "up", "一番"],
      ["delta", "检验检测产值", "翻", 300, "%", "up", "两番"],
    ]);
  });

  it("reads a floor written with 余 or 多 (二十余个, 百余家, 100余家, 50多项) as the figure and 以上", () => {
    const words = `${GOALS}到2025年，培育质量标杆企业百余家，新增知名品牌二十余个，建设检测平台十多个，新增标准1000多项，培育示范企业100余家，新增地方标准千余项。\n`;
    expect(readingsOf(words).map((r) => [r.indicator, r.comparator, r.value, r.unit, r.qualifier, r.valueAt])).toEqual([
      ["质量标杆企业", "培育", 100, "家", "以上", "百"],
      ["知名品牌", "新增", 20, "个", "以上", "二十"],
      ["检测平台", "建设", 10, "个", "以上", "十"],
      ["新增标准", "新增", 1000, "项", "以上", "1000"],
      ["示范企业", "培育", 100, "家", "以上", "100"],
      ["地方标准", "新增", 1000, "项", "以上", "千"],
    ]);
    // A bare 百 or 千 without 余 is still a manner of speaking (百家争鸣, 千家万户).
    expect(readingsOf(`${GOALS}到2025年，惠及千家万户，形成百家争鸣。\n`)).toEqual([]);
  });

  it("reads a score in words (八十五分以上) as 85分, and no 分 that is a word (三分之一, 九十分钟, 十分重要)", () => {
    const words = `${GOALS}到2025年，公共服务质量满意度达到八十五分以上，顾客满意度指数达到八十分。\n`;
    const figures = `${GOALS}到2025年，公共服务质量满意度达到85分以上，顾客满意度指数达到80分。\n`;
    const read = readingsOf(words);
    expect(read.map(meaning)).toEqual(readingsOf(figures).map(meaning));
    expect(read.map((r) => [r.value, r.unit, r.valueAt])).toEqual([
      [85, "分", "八十五"],
      [80, "分", "八十"],
    ]);
    for (const phrase of ["抽检覆盖率达到三分之一", "培训时长九十分钟", "质量工作十分重要，", "坚持一分部署、九分落实"]) {
      expect(readingsOf(`${GOALS}到2025年，${phrase}。\n`).map((r) => r.value), phrase).not.toContain(90);
      expect(readingsOf(`${GOALS}到2025年，${phrase}。\n`).filter((r) => r.unit === "分"), phrase).toEqual([]);
    }
  });

  it("reads teams counted (组建三支应急队伍) but not the article of 一支…队伍", () => {
    expect(readingsOf(`${GOALS}到2025年，组建三支计量技术服务队伍，建设一支高素质计量人才队伍。\n`).map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ["计量技术服务队伍", 3, "支"],
    ]);
  });

  it("needs a count's clause: a verb, or the goals section", () => {
    expect(readingsOf(`${TASKS}检测机构三家，建设质量标杆两个。\n`).map((r) => [r.indicator, r.value])).toEqual([
      ["食品抽检合格率", 98],
      ["质量标杆", 2],
    ]);
  });

  it("reads no fixed expression as a figure", () => {
    const fixed = [
      "坚决做到两个维护",
      "深刻领悟两个确立",
      "实施三个一批工程",
      "培育一批示范企业",
      "打造一批质量标杆",
      "开展十大行动",
      "实施五个一工程",
      "建设“三个一”平台",
      "“十四五”时期质量工作",
      "推动第三方检测机构发展",
      "打造一流营商环境",
      "推进一体化发展",
      "推行一站式服务",
      "开展三品行动",
      "推出一系列举措",
      "培育数十个品牌",
      "惠及千家万户",
      "形成一些经验",
      "严格落实食品安全四个最严要求",
      "落实“四个最严”",
      "实施“天府三名”工程",
      "构建三位一体的品牌保护体系",
      "深化一件事一次办改革",
      "创建全国第二个示范城市",
      "形成两个以上的合力",
      "建设一支高素质计量人才队伍",
      "打造一支专业化质量监管队伍",
    ];
    for (const phrase of fixed) {
      for (const text of [`${GOALS}到2025年，${phrase}。\n`, `${TASKS}${phrase}。\n`]) {
        expect(readingsOf(text).filter((r) => r.indicator !== "食品抽检合格率"), `${phrase}`).toEqual([]);
      }
    }
  });

  it("writes the figure as the plan does, its unit said once", () => {
    const [target] = extractTargets(buildPlan(`${GOALS}到2025年，消费品质量合格率达到九成以上。\n`)).targets;
    expect(formatFigure(target!)).toBe("九成以上");
  });

  it("compares 九成以上 with the outline's 94% as it compares 90%以上", () => {
    const plan = (figure: string) => `示例市质量提升实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到${figure}。\n`;
    const weaker = (text: string) => analyze(text).findings.filter((f) => f.rule === "targets/weaker-than-parent").map((f) => [text.slice(f.start, f.end), f.message]);
    expect(weaker(plan("九成以上"))).toEqual([[expect.stringContaining("九成以上"), expect.stringContaining("九成以上")]]);
    expect(weaker(plan("90%以上"))).toHaveLength(1);
    expect(weaker(plan("十成"))).toEqual([]);
  });
});
