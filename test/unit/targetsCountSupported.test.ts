import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A 2026—2027 action plan: each task's target written as `indicator kind verb figure+unit year`. */
const PLAN = "示例市质量基础设施“一站式”服务提升行动方案（2026—2027年）\n一、工作目标\n到2027年，服务体系基本健全。\n二、重点任务\n（一）推进服务。";
const read = (text: string) =>
  extractTargets(buildPlan(`${PLAN}${text}（责任单位：市市场监管局）\n`)).targets.map((t) => `${t.indicator} ${t.kind} ${t.comparator} ${t.value}${t.unit} ${t.horizon}`);

describe("whom a plan supports, and where, before a count's verb", () => {
  it("is no word of the verb nor of what is counted (支持, 鼓励, 引导 whom; 在 where)", () => {
    expect(read("支持重点企业开展专利导航项目10个，鼓励企业建设知识产权工作站不少于5个。")).toEqual(["专利导航项目 count 开展 10个 2027", "知识产权工作站 count 建设不少于 5个 2027"]);
    expect(read("在重点产业园区新建服务站8个。")).toEqual(["新建服务站 count 新建 8个 2027"]);
  });

  it("takes the count's own verb where the last one before the object opens a noun (认证证书)", () => {
    expect(read("帮助企业获得质量管理体系认证证书300张。")).toEqual(["质量管理体系认证证书 count 获得 300张 2027"]);
    // …and where the last verb is the end of one (制修订, not 修订).
    expect(read("推动企业制修订标准80项。")).toEqual(["制修订标准 count 制修订 80项 2027"]);
  });
});

describe("the work a service does, and what it saves, counted", () => {
  it("counts the problems it solves and a sum it saves on any kind of fee", () => {
    expect(read("帮助企业解决质量技术难题不少于200个，为企业节约检验检测费用500万元。")).toEqual(["质量技术难题 count 解决不少于 200个 2027", "节约检验检测费用 count 节约 500万元 2027"]);
    // A rate of solving stays a rate.
    expect(read("企业诉求解决率达到95%。")).toEqual(["企业诉求解决率 level 达到 95% 2027"]);
  });

  it("reads a platform launched (上线) as one built, and a deadline by the month as its year's", () => {
    expect(read("2026年6月底前建成“一站式”服务中心1个，上线线上服务平台1个。")).toEqual(["“一站式”服务中心 count 建成 1个 2026", "线上服务平台 count 上线 1个 2026"]);
  });
});
