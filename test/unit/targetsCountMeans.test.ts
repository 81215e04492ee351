import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A 2026—2027 action plan: each target written as `indicator kind comparator figure+unit horizon cumulative`. */
const PLAN = "示例市质量基础设施“一站式”服务提升行动方案（2026—2027年）\n一、工作目标\n到2027年，服务体系基本健全。\n二、重点任务\n（一）推进服务。";
const read = (text: string) =>
  extractTargets(buildPlan(`${PLAN}${text}（责任单位：市市场监管局）\n`)).targets.map((t) => `${t.indicator} ${t.kind} ${t.comparator} ${t.value}${t.unit} ${t.horizon}${t.cumulative ? " total" : ""}`);

describe("whom a service reaches before the work it helps them do", () => {
  it("is no word of what is counted where the unit counts no one reached (项, 件, 台件)", () => {
    expect(read("指导企业制修订标准80项。")).toEqual(["制修订标准 count 制修订 80项 2027"]);
    expect(read("帮扶重点企业开展质量攻关项目不少于30项。")).toEqual(["质量攻关项目 count 开展不少于 30项 2027"]);
    // No count's verb after whom: the service stays the verb, whom it reaches no word of the noun.
    expect(read("指导企业注册商标500件。")).toEqual(["注册商标 count 指导 500件 2027"]);
    expect(read("指导企业注册商标不少于500件。")).toEqual(["注册商标 count 指导不少于 500件 2027"]);
  });

  it("counts whom it reaches where the unit does (家, 家次)", () => {
    expect(read("指导企业建设质量管理体系100家。")).toEqual(["企业建设质量管理体系 count 指导 100家 2027"]);
    expect(read("年服务企业200家。")).toEqual(["服务企业 count 年服务 200家 2027"]);
  });
});

describe("money put into the work before a count's verb", () => {
  it("is no word of what is counted (安排资金支持建设…, 统筹资金用于建设…)", () => {
    expect(read("安排资金支持建设消费维权服务站20个。")).toEqual(["消费维权服务站 count 建设 20个 2027"]);
    expect(read("统筹资金用于建设检验检测平台不少于5个。")).toEqual(["检验检测平台 count 建设不少于 5个 2027"]);
    // How often the money comes is the funding's, not the count's.
    expect(read("每年安排资金支持建设消费维权服务站20个。")).toEqual(["消费维权服务站 count 建设 20个 2027"]);
    expect(read("市财政每年安排专项资金支持建设检验检测平台5个。")).toEqual(["检验检测平台 count 建设 5个 2027"]);
    // A sum in money after the funding is the sum funded (funding.ts).
    expect(read("安排专项资金500万元。")).toEqual(["专项资金 level 安排 500万元 2027"]);
  });
});

describe("a sum funded in total", () => {
  it("reads 累计 between who pays and the verb, or before either, as a total", () => {
    expect(read("各级财政累计安排专项资金2亿元。")).toEqual(["专项资金 level 安排 2亿元 2027 total"]);
    expect(read("各级财政累计安排专项资金不少于2亿元。")).toEqual(["专项资金 level 安排不少于 2亿元 2027 total"]);
    expect(read("累计安排专项资金2亿元。")).toEqual(["专项资金 level 安排 2亿元 2027 total"]);
    expect(read("三年累计投入质量提升资金1亿元、奖补资金3000万元。")).toEqual(["质量提升资金 level 投入 1亿元 2027 total", "奖补资金 level 投入 3000万元 2027 total"]);
    expect(read("各级财政安排专项资金2亿元。")).toEqual(["专项资金 level 安排 2亿元 2027"]);
  });
});

describe("每年 said once before a service provided", () => {
  it("is the service's too (每年提供)", () => {
    expect(read("每年组织计量宣传活动50场次，为小微企业提供免费计量校准服务1万台件。")).toEqual(["计量宣传活动 count 每年组织 50场次 2027", "免费计量校准服务 count 每年提供 1万台件 2027"]);
  });
});

describe("a deadline opening a clause mid-sentence", () => {
  it("governs the clauses after it to the sentence's end, under the plan's period alone", () => {
    expect(read("依托市检验检测中心，2026年6月底前建成中心1个，上线平台1个。")).toEqual(["建成中心 count 建成 1个 2026", "上线平台 count 上线 1个 2026"]);
    // What comes before it is the period's.
    expect(read("开展培训40场次，2026年底前建成平台1个，上线系统1个。")).toEqual(["开展培训 count 开展 40场次 2027", "建成平台 count 建成 1个 2026", "上线系统 count 上线 1个 2026"]);
  });

  it("dates its own clause only where it is striven for, or a year with no 前", () => {
    expect(read("依托市检验检测中心，力争2026年建成中心1个，上线平台1个。")).toEqual(["建成中心 count 建成 1个 2026", "上线平台 count 上线 1个 2027"]);
    expect(read("依托市检验检测中心，2026年建成中心1个，上线平台1个。")).toEqual(["建成中心 count 建成 1个 2026", "上线平台 count 上线 1个 2027"]);
  });
});
