import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { leadingLevelWord } from "../../server/src/core/units/names";

/** QA round "plans from places we have not seen": names and plan shapes the registry misread. */
function unitFindings(text: string): Array<[string, string, string | undefined]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end), finding.suggestions?.[0]?.edits[0]?.newText]);
}

describe("a zone's own plan", () => {
  // 郑州高新区-style: the 管委会 issues it, sends it to its streets and names its bodies bare.
  const plan = (units: string) =>
    `郑州高新技术产业开发区管理委员会关于印发郑州高新区质量强区建设实施方案的通知\n\n各街道办事处，管委会各部门、各直属单位：\n\n现将《郑州高新区质量强区建设实施方案》印发给你们，请认真贯彻执行。\n\n郑州高新技术产业开发区管理委员会\n2024年9月10日\n\n郑州高新区质量强区建设实施方案\n\n一、重点任务\n1.推动科技创新。开展攻关。（责任单位：${units}）\n`;

  it("reads the bodies it names with no level word as the zone's", () => {
    expect(unitFindings(plan("科技局、经济发展局、社会事业局、财政金融局、大数据管理局、行政审批局、市场监管分局"))).toEqual([]);
  });

  it("still reports a name no zone body has", () => {
    expect(unitFindings(plan("科技局、经济发屐局")).map(([rule, name]) => [rule, name])).toEqual([["units/unknown", "经济发屐局"]]);
  });
});

describe("市场 at the start of a name", () => {
  it("is no level word", () => {
    expect(leadingLevelWord("市场监管局")).toBeNull();
    expect(leadingLevelWord("市市场监管局")).toBe("市");
  });

  it("leaves a county's plan to suggest its own level's bureau", () => {
    const text = "某县质量强县实施方案\n一、主要任务\n1.提升质量。开展工作。（责任单位：县市场监管局、县住建局）\n2.强化监管。开展检查。（责任单位：市场监管局）\n";
    expect(unitFindings(text)).toEqual([["units/unknown", "市场监管局", "县市场监管局"]]);
  });
});

describe("names bodies have in places the seeds are not from", () => {
  it.each([
    ["市行政审批服务局", "潍坊, 宝鸡"],
    ["州文化体育广电和旅游局", "伊犁州"],
    ["州畜牧兽医局", "伊犁州"],
    ["省营商环境建设监督局", "黑龙江"],
    ["县文体广电和旅游局", "甘谷县"],
    ["省数据和政务服务局", "河北"],
    ["区科技创新局", "深圳南山区"],
    ["市文化旅游广电体育局", "湘潭"],
    ["市委督考办", "义乌 (浙江's 督查考核办公室)"],
    ["市委考核办", "a 市委's 考核办公室 apart from its 督查 office (unconfirmed by place)"],
    ["市文体旅游局", "遵义"],
    ["市营商环境建设局", "辽宁各市"],
  ])("accepts %s (%s)", (name) => {
    const word = name.charAt(0);
    const text = `某${word}质量强${word}实施方案\n一、主要任务\n1.提升质量。开展工作。（责任单位：${word}市场监管局、${name}）\n`;
    expect(unitFindings(text)).toEqual([]);
  });
});

describe("a company named after the plan's city without its 市", () => {
  const plan = (unit: string) => `宁波市人民政府办公厅关于印发宁波市深化质量强市建设行动计划的通知\n\n宁波市深化质量强市建设行动计划\n一、重点任务\n1.提升港航服务质量。推动服务标准化。（牵头单位：市交通局；配合单位：${unit}、宁波海关）\n`;

  it("is the company, as with its 市", () => {
    expect(unitFindings(plan("宁波舟山港集团"))).toEqual([]);
    expect(unitFindings(plan("宁波市舟山港集团"))).toEqual([]);
  });

  it("is no cover for a body's name with its 市 left out", () => {
    expect(unitFindings(plan("宁波商务局"))).toEqual([["units/unknown", "宁波商务局", "宁波市商务局"]]);
  });
});

describe("a run of names with one the registry does not list (甘谷)", () => {
  const plan = (units: string) => `某县质量强县实施方案\n一、主要任务\n1.提升苹果质量。开展工作。（责任单位：${units}）\n`;
  const fixes = (text: string) =>
    analyze(text)
      .findings.filter((finding) => finding.rule === "units/run-together")
      .map((finding) => finding.suggestions?.[0]?.description ?? finding.fix?.description);

  it("is still a run: the body-shaped part among known ones is split off, to be judged apart", () => {
    expect(fixes(plan("县果业发展中心县农业农村局县商务局"))).toEqual(["以“、”分开：县果业发展中心、县农业农村局、县商务局"]);
  });

  it("says only the missing 、 of three names run together (宝鸡): two plates are of two names", () => {
    const messages = analyze(plan("市科技局市工信局市发改委")).findings.filter((finding) => finding.rule === "units/run-together").map((finding) => finding.message);
    expect(messages).toEqual(["“市科技局”“市工信局”“市发改委”连写在一起，中间没有分隔符：应以“、”分开"]);
  });

  it("is no run where the unknown part is of another level or no body's shape", () => {
    expect(fixes(plan("市果业发展中心县农业农村局"))).toEqual([]);
    expect(fixes(plan("县苹果产业县农业农村局"))).toEqual([]);
  });
});
