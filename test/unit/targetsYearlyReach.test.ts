import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { analyze } from "../../server/src/core/analyze";

/** A 2026—2030 plan: a task's figures with no year of their own are the period's (2030). */
const PLAN = "示例市计量发展实施方案（2026—2030年）\n一、主要目标\n到2030年，全市计量能力明显增强。\n二、重点任务\n（一）实施产业计量提升行动。";
const rows = (text: string) => targetsOf(`${PLAN}${text}〔责任单位：市市场监管局〕\n`).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon]);
const verbs = (text: string) => rows(text).map((row) => row[1]);

describe("how far a 每年 said once reaches in its statement", () => {
  it("reaches a count of recurring work past clauses that state no figure", () => {
    expect(rows("每年组织专家深入企业开展技术帮扶，解决企业技术难题，帮助企业解决质量问题200个。")).toEqual([["质量问题", "每年解决", 200, "个", 2030]]);
    expect(rows("每年组织专家深入企业开展技术帮扶，诊断质量短板，帮助企业解决质量问题不少于200个。")).toEqual([["质量问题", "每年解决不少于", 200, "个", 2030]]);
  });

  it("reaches it past the counts of recurring work it governs, whether the bounds are written in words or not", () => {
    expect(rows("每年组织专家服务团开展“质量诊所”活动50场次，为小微企业提供免费计量校准服务1万台件，帮助企业解决质量技术难题不少于200个。")).toEqual([
      ["“质量诊所”活动", "每年开展", 50, "场次", 2030],
      ["免费计量校准服务", "每年提供", 1, "万台件", 2030],
      ["质量技术难题", "每年解决不少于", 200, "个", 2030],
    ]);
    // The count before bounded in words (a target of the grammar's), the one after in the text.
    expect(rows("每年服务企业不少于3000家次，帮助企业解决质量技术难题200个以上，受理计量投诉300件。")).toEqual([
      ["服务企业", "每年服务不少于", 3000, "家次", 2030],
      ["质量技术难题", "每年解决", 200, "个", 2030],
      ["计量投诉", "每年受理", 300, "件", 2030],
    ]);
  });

  it("stops at a ；, a year, a figure it does not govern, and never reaches what is built", () => {
    expect(rows("每年组织专家深入企业开展技术帮扶；帮助企业解决质量问题200个。")).toEqual([["质量问题", "解决", 200, "个", 2030]]);
    expect(rows("每年组织专家深入企业开展技术帮扶，到2028年帮助企业解决质量问题200个。")).toEqual([["质量问题", "解决", 200, "个", 2028]]);
    // Only the verbs: what the frequency reaches is all these lines are about.
    expect(verbs("每年开展计量服务活动100场次，建设区域计量中心1个，培训企业计量人员2000人次。")).toEqual(["每年开展", "建设", "培训"]);
    // Totals after it (累计 said once goes on), never a year's.
    expect(verbs("每年组织专家深入企业开展技术帮扶，累计服务企业500家，解决质量问题200个。")).toEqual(["服务", "解决"]);
    expect(rows("每年组织开展计量宣传活动，建成计量数据平台1个。")).toEqual([["计量数据平台", "建成", 1, "个", 2030]]);
  });
});

describe("年, 年均 or 每年 after who does the work", () => {
  it("is how often the work is done, the doer no word of what is counted", () => {
    expect(rows("计量技术机构年服务企业200家。")).toEqual([["服务企业", "年服务", 200, "家", 2030]]);
    expect(rows("计量技术机构每年服务企业200家。")).toEqual([["服务企业", "每年服务", 200, "家", 2030]]);
    expect(rows("质量服务站年均服务企业500家次。")).toEqual([["服务企业", "年均服务", 500, "家次", 2030]]);
    expect(rows("计量技术机构年服务企业不少于200家。")).toEqual([["服务企业", "年服务不少于", 200, "家", 2030]]);
    expect(rows("依托计量技术机构年服务企业200家。")).toEqual([["服务企业", "年服务", 200, "家", 2030]]);
  });

  it("is no frequency where 年 is a year's own word or a measure's, nor where the verb counts the words before it", () => {
    expect(rows("培育年营业收入超亿元企业10家。")).toEqual([["年营业收入超亿元企业", "培育", 10, "家", 2030]]);
    expect(rows("对高风险企业每年检查不少于2次。")).toEqual([["高风险企业", "每年检查不少于", 2, "次", 2030]]);
  });
});

describe("a yearly amount under two stage years of one sentence", () => {
  const text = (second: number) =>
    "示例市质量强市建设实施方案（2024—2027年）\n一、主要目标\n（一）2025年目标\n到2025年，市财政每年安排质量提升专项资金不少于1000万元。\n（二）2027年目标\n到2027年，市财政每年安排质量提升专项资金不少于2000万元。\n" +
    `二、重点任务\n（一）加大投入。到2025年，市财政每年安排质量提升专项资金不少于1000万元；到2027年，市财政每年安排质量提升专项资金不少于${second}万元。〔责任单位：市财政局〕\n`;

  it("is each stage's, not the period's: a planned rise, no two statements that disagree", () => {
    expect(targetsOf(text(2000)).map((t) => [t.path.join(""), t.value, t.horizon])).toEqual([
      ["一、（一）", 1000, 2025],
      ["一、（二）", 2000, 2027],
      ["二、（一）", 1000, 2025],
      ["二、（一）", 2000, 2027],
    ]);
    expect(analyze(text(2000)).findings.filter((finding) => finding.rule === "targets/inconsistent")).toEqual([]);
  });

  it("is still weighed against the goal of its own stage", () => {
    expect(analyze(text(1500)).findings.filter((finding) => finding.rule === "targets/inconsistent").map((finding) => finding.message)).toEqual([
      "“质量提升专项资金”的目标值前后不一致：此处为1500万元，前文（一、（二））为2000万元",
    ]);
  });

  it("leaves a task's yearly amount after a clause a year dates the period's", () => {
    const task = targetsOf("示例市质量强市建设实施方案（2024—2027年）\n一、主要目标\n到2027年，全市质量水平明显提升。\n二、重点任务\n（一）强化培训。2025年底前建成质量培训基地1个，每年开展质量培训40场次。〔责任单位：市市场监管局〕\n");
    expect(task.map((t) => [t.indicator, t.horizon])).toEqual([
      ["质量培训基地", 2025],
      ["质量培训", 2027],
    ]);
  });
});

describe("a figure that goes on with a count named with its verb", () => {
  it("is named as that count is, not by the bare noun its verb was read off", () => {
    const names = targetsOf("示例市质量认证提升行动方案（2024—2026年）\n一、主要目标\n到2026年，全市认证能力明显增强。\n二、重点任务\n（一）培育认证。2025年底前认证企业达到30家，2026年达到50家。〔责任单位：市市场监管局〕\n").map((t) => [t.indicator, t.value, t.horizon]);
    expect(names).toEqual([
      ["认证企业", 30, 2025],
      ["认证企业", 50, 2026],
    ]);
  });
});

describe("a table row whose indicator says what is done each year", () => {
  it("is a yearly count beside the base year's yearly amount, never a level held to it", () => {
    const table = targetsOf(
      "示例市标准化发展行动计划（2024—2026年）\n一、主要目标\n到2026年，全市标准化水平明显提升。\n主要指标表\n序号\t指标名称\t单位\t2023年基数\t2026年目标\n1\t年新增团体标准\t项\t10\t15\n2\t年服务企业\t家次\t800\t1000\n3\t建成标准化服务平台\t个\t4\t6\n二、重点任务\n（一）推进标准制定。\n",
    ).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.baseValue]);
    expect(table).toEqual([
      ["团体标准", "count", "年新增", 15, 10],
      ["服务企业", "count", "年服务", 1000, 800],
      // What stands once built, beside what stood: a level, as before.
      ["标准化服务平台", "level", "", 6, 4],
    ]);
  });
});

describe("a grant's rate to each recipient", () => {
  it("is a rule of the policy, no target, however the recipient and the grant are ordered", () => {
    expect(rows("对首次获得认证的小微企业给予每家不超过2万元补助。")).toEqual([]);
    expect(rows("对首次获证企业每家给予不超过2万元补助。")).toEqual([]);
    expect(rows("对新获得认证的企业，每家补助不超过2万元。")).toEqual([]);
  });

  it("leaves a sum the plan funds, and a level per recipient no grant gives, targets", () => {
    expect(rows("市财政每年安排认证奖补资金不少于300万元。")).toEqual([["认证奖补资金", "每年安排不少于", 300, "万元", 2030]]);
    expect(rows("规上企业每家平均研发投入不低于500万元。")).toEqual([["规上企业每家平均研发投入", "不低于", 500, "万元", 2030]]);
  });
});

describe("年 said once, papers, and a doer of its own (qa-44b)", () => {
  it("carries 年 said once before a count's verb as 每年 carries, from who does the work on", () => {
    expect(rows("服务站年服务企业500家次，开展培训30场次，培训企业质量管理人员800人次。")).toEqual([
      ["服务企业", "年服务", 500, "家次", 2030],
      ["开展培训", "年开展", 30, "场次", 2030],
      ["企业质量管理人员", "年培训", 800, "人次", 2030],
    ]);
    expect(verbs("检验机构年均服务企业500家次，开展培训30场次。")).toEqual(["年均服务", "年均开展"]);
    // A year's own 年 (全年, 2027年) is no frequency.
    expect(verbs("全年服务企业500家次，开展培训30场次。")).toEqual(["服务", "开展"]);
    expect(verbs("2027年服务企业500家次，开展培训30场次。")).toEqual(["服务", "开展"]);
  });

  it("reaches papers issued or obtained (张, 份) as it reaches recurring work, never what is built", () => {
    expect(rows("每年组织企业开展认证，获得证书200张，出具检验报告5000份。")).toEqual([
      ["获得证书", "每年获得", 200, "张", 2030],
      ["检验报告", "每年出具", 5000, "份", 2030],
    ]);
    expect(verbs("每年新增示范企业5家，建设服务中心1个。")).toEqual(["每年新增", "建设"]);
    // Without a 每年 said before, a paper obtained is made once.
    expect(verbs("组织企业开展认证，获得证书200张。")).toEqual(["获得"]);
  });

  it("stops where a clause's grammar gives it a doer of its own, registered or not, and cuts the doer from the indicator", () => {
    expect(rows("每年组织培训10场次，市场监管部门开展抽查500批次。").slice(-1)).toEqual([["抽查", "开展", 500, "批次", 2030]]);
    expect(rows("每年组织培训10场次，检验机构开展抽查500批次，服务企业300家次。").slice(-2)).toEqual([
      ["抽查", "开展", 500, "批次", 2030],
      ["服务企业", "服务", 300, "家次", 2030],
    ]);
    expect(rows("每年组织培训10场次，县市场监管局开展抽查500批次。").slice(-1)).toEqual([["抽查", "开展", 500, "批次", 2030]]);
    // The verb's object may open on a quote.
    expect(rows("每年组织培训10场次，检验机构开展“双随机”抽查500批次。").slice(-1)).toEqual([["“双随机”抽查", "开展", 500, "批次", 2030]]);
    // A noun before a verb with nothing after it is what is counted, no doer: the stations are built.
    expect(rows("质量基础设施一站式服务站建成35个。")).toEqual([["质量基础设施一站式服务站", "建成", 35, "个", 2030]]);
    // A measure named after a body's words is named whole: no subject before it.
    expect(rows("检验检测机构服务企业满意度达到90%。")).toEqual([["检验检测机构服务企业满意度", "达到", 90, "%", 2030]]);
    // Who does the work after the means (组织专家团队…) is no subject: the 每年 goes on.
    expect(verbs("每年开展培训10场次，组织专家团队服务企业500家次。")).toEqual(["每年开展", "每年服务"]);
  });
});
