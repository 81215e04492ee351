import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";

// A figure written with its magnitude (万家, 万人, 亿元) and one in the plain unit (家, 人, 万元) state
// one quantity on two scales: the parent's and the plan's figures, and a goal and its base, are
// compared scaled, never refused as another unit nor read as 12 against 80000.
const province = parentFromPlanText(
  "示例市知识产权强市建设实施意见\n一、总体要求\n（一）主要目标\n到2027年，全市市场主体达到80000家，知识产权质押融资登记金额达到12亿元，技能人才总量达到5万人。\n\n示例市人民政府\n2025年12月1日\n",
  "市实施意见.plan",
);
const findingsOf = (goals: string) => {
  const text = `示例市知识产权运用促进行动方案（2026—2027年）\n为贯彻落实《示例市知识产权强市建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n`;
  const { findings } = analyze(text, { config: { parents: ["市实施意见.plan"] }, parents: [{ entry: "市实施意见.plan", parent: province, sourceText: province.text }] });
  return findings.filter((finding) => finding.rule.startsWith("targets/") && finding.rule !== "targets/parent-not-localised").map((finding) => `${finding.rule} ${finding.message}`);
};

describe("figures written with their magnitude against the parent's", () => {
  it("compares 万家 with 家 and 万元 with 亿元 scaled", () => {
    const found = findingsOf("到2027年，全市市场主体达到8.5万家，知识产权质押融资登记金额达到150000万元，技能人才总量达到48000人。\n\n示例市人民政府\n2026年1月10日");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("技能人才总量");
    // The written figure once, the figure it was compared as once.
    expect(found[0]).toBe("targets/weaker-than-parent “技能人才总量”的目标“48000人”，按4.8万人比较，低于《示例市知识产权强市建设实施意见》的5万人（原文：技能人才总量达到5万人）");
  });

  it("says an aim's written figure once, and what it was compared as once", () => {
    const found = findingsOf("到2027年，全市技能人才总量力争达到48000人。\n\n示例市人民政府\n2026年1月10日");
    expect(found).toEqual(["targets/weaker-than-parent “技能人才总量”：本方案力争达到48000人（按4.8万人比较；力争目标，是努力方向而非底线），仍低于《示例市知识产权强市建设实施意见》的5万人（原文：技能人才总量达到5万人）"]);
  });
});

describe("a goal against its base written on another scale", () => {
  it("holds a goal to a base in 万 as to one in the plain unit", () => {
    const text = "示例县知识产权强县建设行动计划（2026—2028年）\n一、总体要求\n（一）主要目标\n全县有效注册商标2025年为1.2万件，到2028年达到11500件。知识产权质押融资金额2025年为8000万元，到2028年达到1.5亿元。\n";
    const messages = analyze(text).findings.filter((finding) => finding.rule === "targets/weaker-than-baseline").map((finding) => finding.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("有效注册商标");
  });
});
