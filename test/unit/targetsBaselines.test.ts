import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A plan with no year anywhere: no period in its title, no date, no 到…年. */
const UNDATED = "示例市深化质量强市建设实施方案\n一、总体要求\n（一）主要目标\n";
/** The same plan dated by its title's period. */
const DATED = "示例市深化质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n";
/** An annual plan: its figures against the year before are its goals. */
const ANNUAL = "示例市2024年质量工作要点\n一、主要目标\n";

const targetsOf = (head: string, text: string) => extractTargets(buildPlan(`${head}${text}\n`)).targets;
/** The targets the plan sets (what the table shows): indicator, value, horizon. */
const goals = (head: string, text: string) => targetsOf(head, text).filter((t) => !t.baseline).map((t) => [t.indicator, t.value, t.horizon]);
const reported = (head: string, text: string) => targetsOf(head, text).filter((t) => t.baseline).map((t) => t.value);

describe("figures a plan reports, whether or not it has a year", () => {
  it("a sentence opening on 截至 a year reports in an undated plan, and sets no horizon for what follows", () => {
    const text = "截至2022年底，全市已有规上工业企业1200家，培育省级专精特新企业86家。\n全市制造业产品质量合格率达到95%以上，培育专精特新企业50家。";
    for (const head of [UNDATED, DATED]) {
      expect(reported(head, text)).toEqual([1200, 86]);
      expect(goals(head, text).map(([indicator, value]) => [indicator, value])).toEqual([
        ["制造业产品质量合格率", 95],
        ["专精特新企业", 50],
      ]);
    }
    // The year 截至 reaches is no target year: before, the undated plan's goals were read as 2022's.
    expect(goals(UNDATED, text).map(([, , horizon]) => horizon)).toEqual([null, null]);
  });

  it("a clause that says what there is already reports, wherever it stands in the sentence", () => {
    for (const head of [UNDATED, DATED]) {
      expect(reported(head, "全市现有检验检测机构120家，共有规上工业企业1500家，新建检测中心5个。")).toEqual([120, 1500]);
      expect(reported(head, "到2025年，全市新建检测中心5个，全市产品质量合格率已达到93.5%。")).toEqual([93.5]);
    }
  });

  it("what there is already is told from a goal for what exists, or the base a task builds on", () => {
    expect(reported(DATED, "现有企业技术改造覆盖率达到80%，在已有基础上新增企业100家，已建成项目验收合格率达到100%，实现有效投资增长10%。")).toEqual([]);
    expect(reported(UNDATED, "现有企业技术改造覆盖率达到80%，已建成项目验收合格率达到100%。")).toEqual([]);
  });

  it("a change against the year before reports, except in an annual plan or as a rate kept every year", () => {
    expect(reported(UNDATED, "规上工业增加值比上年增长8.2%，食品抽检合格率同比提高0.5个百分点。")).toEqual([8.2, 0.5]);
    expect(reported(DATED, "规上工业增加值比上年增长8.2%。")).toEqual([8.2]);
    expect(reported(ANNUAL, "全市规上工业增加值比上年增长8%以上。")).toEqual([]);
    expect(reported(DATED, "研发投入每年比上年增长10%，力争规上工业增加值比上年增长8%。")).toEqual([]);
  });

  it("a sentence opening on a year it compares with reports where no horizon governs it", () => {
    expect(reported(UNDATED, "较2020年，制造业产品质量合格率提高1.2个百分点。")).toEqual([1.2]);
    expect(reported(UNDATED, "与2020年相比，万人发明专利拥有量提高到8件。")).toEqual([8]);
    // Under the plan's period or a 到…年, the year is the goal's base.
    expect(reported(DATED, "较2020年，制造业产品质量合格率提高1.2个百分点。")).toEqual([]);
    expect(reported(UNDATED, "到2025年，全市质量水平明显提升；较2020年，制造业产品质量合格率提高1.2个百分点。")).toEqual([]);
    expect(reported(UNDATED, "到2025年，单位GDP能耗较2020年下降13.5%。")).toEqual([]);
  });

  it("a 截至 year to come still sets a goal in a dated plan", () => {
    expect(reported(DATED, "截至2025年底，全市累计培育专精特新企业50家。")).toEqual([]);
    expect(goals(DATED, "截至2025年底，全市累计培育专精特新企业50家。")).toEqual([["专精特新企业", 50, 2025]]);
  });
});

describe("a count of what was done already, after the area it speaks of", () => {
  it("reports, whether or not the plan has a year", () => {
    for (const head of [UNDATED, DATED]) {
      expect(reported(head, "到2025年底，全县已建成检验检测中心3个，我市累计已培育质量标杆企业20家。")).toEqual([3, 20]);
      expect(goals(head, "全县建成检验检测中心3个。").map(([indicator, value]) => [indicator, value])).toEqual([["检验检测中心", 3]]);
    }
  });
});

describe("the year of a figure reported", () => {
  /** A next period's plan: its horizon is 2030, the 十四五 is gone by. */
  const NEXT = "示例市质量强市建设实施方案（2026—2030年）\n一、发展基础\n";
  const years = (text: string) => targetsOf(NEXT, text).filter((t) => t.baseline).map((t) => [t.indicator, t.value, t.horizon]);

  it("is the end of the past period or the year its sentence names, never the plan's horizon", () => {
    expect(years("“十四五”时期，全市制造业产品质量合格率达到94.5%，累计培育省级质量标杆企业100家。\n二、总体要求\n到2030年，制造业产品质量合格率达到96%以上。")).toEqual([
      ["制造业产品质量合格率", 94.5, 2025],
      ["省级质量标杆企业", 100, 2025],
    ]);
    // In the goals, a past period's total before the goal that builds on it; a year gone by, and a clause's own.
    expect(years("二、总体要求\n（一）主要目标\n“十四五”时期，全市累计培育专精特新企业120家，在此基础上，到2030年新增100家。\n截至2024年底，全市已建成检验检测中心12个。2023年，A合格率为90%，2024年达到91%。")).toEqual([
      ["专精特新企业", 120, 2025],
      ["检验检测中心", 12, 2024],
      ["A合格率", 90, 2023],
      ["A合格率", 91, 2024],
    ]);
  });

  it("is none where the report names no year (目前, a 发展基础 sentence with none)", () => {
    expect(years("全市制造业产品质量合格率达到94.5%，目前已培育省级质量标杆企业100家。")).toEqual([
      ["制造业产品质量合格率", 94.5, null],
      ["省级质量标杆企业", 100, null],
    ]);
  });
});

describe("every figure a sentence on where the plan starts reports", () => {
  /** A next period's plan, its 发展基础 first: every figure there is reported, none set. */
  const BASIS = "示例市计量发展行动计划（2026—2030年）\n一、发展基础\n";
  const reportedRows = (text: string) => targetsOf(BASIS, text).filter((t) => t.baseline).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit]);

  it("reads a count of what there is before a rate, each figure with its own indicator", () => {
    expect(reportedRows("全市现有检验检测机构326家，其中获得资质认定的机构占比达92%，规上工业企业产品质量合格率达到98.6%。")).toEqual([
      ["检验检测机构", "level", "", 326, "家"],
      ["获得资质认定的机构占比", "level", "达", 92, "%"],
      ["规上工业企业产品质量合格率", "level", "达到", 98.6, "%"],
    ]);
  });

  it("reads what there is said with 共有, 拥有 or no verb, a figure stated with 为, and a sum before its growth", () => {
    expect(reportedRows("2025年，全市共有注册计量师420名，社会公用计量标准386项，产品质量监督抽查合格率为96.2%。全市拥有省级以上质检中心12个、国家级3个，检验检测营业收入35.2亿元，年均增长9.5%。")).toEqual([
      ["注册计量师", "level", "", 420, "名"],
      ["社会公用计量标准", "level", "", 386, "项"],
      ["产品质量监督抽查合格率", "level", "为", 96.2, "%"],
      ["省级以上质检中心", "level", "", 12, "个"],
      ["国家级质检中心", "level", "", 3, "个"],
      // 检验检测 before 营业收入 names the trade, no service done; the growth is the sum's alone.
      ["检验检测营业收入", "level", "", 35.2, "亿元"],
      ["检验检测营业收入", "delta", "年均增长", 9.5, "%"],
    ]);
    // A sum's word before the figure (共计, 合计) is no word of the indicator.
    expect(reportedRows("2025年，全县标准化试点示范项目共计18个，团体标准合计85项。")).toEqual([
      ["标准化试点示范项目", "level", "", 18, "个"],
      ["团体标准", "level", "", 85, "项"],
    ]);
    // 累计 after the place is the total's, the doing the noun's, shared by the list.
    expect(targetsOf(BASIS, "截至2025年底，全市累计主导制修订国家标准58项、行业标准120项。").map((t) => [t.indicator, t.value, t.cumulative, t.baseline])).toEqual([
      ["主导制修订国家标准", 58, true, true],
      ["主导制修订行业标准", 120, true, true],
    ]);
  });

  it("a reported figure is the base a goal below it is judged against", () => {
    const text = "全市现有检验检测机构326家，产品质量监督抽查合格率为96.2%。\n二、主要目标\n到2030年，检验检测机构达到300家，产品质量监督抽查合格率达到97%以上。";
    expect(targetsOf(BASIS, text).filter((t) => !t.baseline).map((t) => [t.indicator, t.value])).toEqual([
      ["检验检测机构", 300],
      ["产品质量监督抽查合格率", 97],
    ]);
  });

  it("sets with a figure stated (为) a goal in the goals only, and reads 为 of another word as none", () => {
    const GOALS = "示例市计量发展行动计划（2026—2030年）\n一、主要目标\n";
    expect(targetsOf(GOALS, "到2030年，全市检验检测机构分为3类，产品质量监督抽查合格率为97%。").map((t) => [t.indicator, t.value, t.baseline])).toEqual([["产品质量监督抽查合格率", 97, false]]);
    expect(reportedRows("全市检验检测机构分为3类，计量器具划分为5级。")).toEqual([]);
  });
});
