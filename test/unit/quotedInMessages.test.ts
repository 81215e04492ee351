import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { quoted } from "../../server/src/core/text/clipped";

/**
 * A message quotes an indicator between “ and ”; an indicator that holds quotation marks of its own
 * (“互联网+明厨亮灶”覆盖学校食堂数) has them nested as GB/T 15834 nests them, single inside double.
 */
describe("quotation marks inside a quoted name", () => {
  it("become single ones, as GB/T 15834 nests them", () => {
    expect(quoted("“互联网+明厨亮灶”覆盖学校食堂数")).toBe("“‘互联网+明厨亮灶’覆盖学校食堂数”");
    expect(quoted("制造业产品质量合格率")).toBe("“制造业产品质量合格率”");
  });

  it("are nested in the targets rules' messages", () => {
    const plan = [
      "示例县2026年食品安全工作要点",
      "一、工作目标",
      "2026年，“互联网+明厨亮灶”覆盖学校食堂120家，“双随机”抽查合格率达到120%。",
      "二、重点任务",
      "1.推进“互联网+明厨亮灶”建设。“互联网+明厨亮灶”覆盖学校食堂110家。〔责任单位：县市场监管局〕",
      "",
    ].join("\n");
    const messages = analyze(plan).findings.filter((finding) => finding.rule.startsWith("targets/")).map((finding) => finding.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/““|””/u);
    expect(messages.some((message) => message.includes("“‘互联网+明厨亮灶’覆盖学校食堂"))).toBe(true);
  });
});
