import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parseConfigText } from "../../server/src/core/config/load";
import { mergeConfigs } from "../../server/src/core/config/presets";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { synonymsFor } from "../../server/src/core/targets/synonyms";
import { targetTableRows } from "../../server/src/core/targets/table";

const cityPlan = (cites: string, goals: string) =>
  `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《${cites}》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n二、主要任务\n（一）提升服务质量。开展服务质量提升行动。（责任单位：市市场监管局）\n`;

function outlineRows(goals: string) {
  const { plan, parents, findings } = analyze(cityPlan("质量强国建设纲要", goals));
  return {
    rows: targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.parent?.document ?? null]),
    notLocalised: findings.filter((finding) => finding.rule === "targets/parent-not-localised").map((finding) => finding.message),
  };
}

/**
 * The outline's 服务质量满意度 (全面提升) is of every service; a plan localises it with its public
 * services' or its consumer services' satisfaction: a part, compared as one, and never with
 * another part.
 */
describe("an indicator that measures a part of the parent's", () => {
  it("localises the outline's 服务质量满意度 with 公共服务质量满意度 or 生活性服务业质量满意度, and says it is a part", () => {
    const { rows } = outlineRows("公共服务质量满意度达到82分，生活性服务业质量满意度达到80分以上。");
    expect(rows).toEqual([
      ["公共服务质量满意度", "meets", "质量强国建设纲要"],
      ["生活性服务业质量满意度", "meets", "质量强国建设纲要"],
    ]);
    const { plan, parents } = analyze(cityPlan("质量强国建设纲要", "公共服务质量满意度达到82分。"));
    expect(targetTableRows(plan, parents, undefined)[0]!.reason).toBe("把纲要的“全面提升”落实为具体数值（本方案的“公共服务质量满意度”是纲要“服务质量满意度”的一部分）");
  });

  it("reads a part with the kinds it covers listed before it as examples (家政、养老、托育等…) as that part", () => {
    expect(outlineRows("家政、养老、托育等生活性服务业质量满意度达到85分。").rows).toEqual([["家政、养老、托育等生活性服务业质量满意度", "meets", "质量强国建设纲要"]]);
  });

  it("is no synonym of another part, nor of an indicator that only shares its words", () => {
    const synonyms = synonymsFor(undefined);
    expect(synonyms.keyOf("公共服务质量满意度")).not.toBe(synonyms.keyOf("生活性服务业质量满意度"));
    expect(synonyms.wholeOf("公共服务质量满意度")).toBe(synonyms.keyOf("服务质量满意度"));
    expect(synonyms.wholeOf("服务业质量满意度")).toBeNull();
    expect(synonyms.wholeOf("政务服务好评率")).toBeNull();
    expect(outlineRows("政务服务好评率达到99%。").rows).toEqual([["政务服务好评率", "no-parent", null]]);
  });

  const province = parentFromPlanText(
    "示例省质量强省建设实施意见\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2025年，公共服务质量满意度达到82分，服务质量满意度达到80分，生活性服务业质量满意度达到81分。\n",
    "省实施意见.plan",
  );
  const provinceRows = (goals: string) => {
    const { plan, parents } = analyze(cityPlan("示例省质量强省建设实施意见", goals), { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: province, sourceText: province.text }] });
    return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.parentStatus, row.parent?.value ?? null]);
  };
  const notLocalised = (goals: string) =>
    analyze(cityPlan("示例省质量强省建设实施意见", goals), { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: province, sourceText: province.text }] })
      .findings.filter((finding) => finding.rule === "targets/parent-not-localised")
      .map((finding) => finding.message);

  it("is compared with a parent's figure for the part itself, never with another part's, nor with the whole's figure", () => {
    expect(provinceRows("公共服务质量满意度达到81分，生活性服务业质量满意度达到82分，生产性服务业质量满意度达到85分。")).toEqual([
      ["公共服务质量满意度", "weaker", "compared", 82],
      ["生活性服务业质量满意度", "stricter", "compared", 81],
      // The province states no figure for this part: its 服务质量满意度 is of all services.
      ["生产性服务业质量满意度", "no-parent", "not-comparable", 80],
    ]);
  });

  it("takes up the parent's whole, so that only the parts the plan leaves out are asked for", () => {
    expect(notLocalised("公共服务质量满意度达到83分。")).toEqual([expect.stringContaining("生活性服务业质量满意度达到81分")]);
  });
});

describe(".plancheck.json targets.parts", () => {
  const plan = cityPlan("质量强国建设纲要", "养老服务质量满意度达到85分。");
  const rows = (configText: string | null) => {
    const parsed = configText === null ? null : parseConfigText(configText);
    if (parsed && !parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const config = parsed?.config;
    const { plan: model, parents } = analyze(plan, config ? { config } : {});
    return targetTableRows(model, parents, config).map((row) => [row.indicator, row.verdict, row.parent?.document ?? null]);
  };

  it("adds a part of a parent's indicator, named by the whole or by a synonym of it, beside the built-in parts", () => {
    expect(rows(null)).toEqual([["养老服务质量满意度", "no-parent", null]]);
    expect(rows('{ "targets": { "parts": { "服务质量满意度": ["养老服务质量满意度"] } } }')).toEqual([["养老服务质量满意度", "meets", "质量强国建设纲要"]]);
    expect(rows('{ "targets": { "parts": { "服务业质量满意度": ["养老服务质量满意度"] } } }')).toEqual([["养老服务质量满意度", "meets", "质量强国建设纲要"]]);
    const config = parseConfigText('{ "targets": { "parts": { "服务质量满意度": ["养老服务质量满意度"] } } }');
    if (!config.ok) throw new Error("config");
    // The built-in parts stay.
    expect(synonymsFor(config.config).wholeOf("公共服务质量满意度")).toBe(synonymsFor(undefined).keyOf("服务质量满意度"));
  });

  it("is validated: a whole with no part is reported with its path", () => {
    const parsed = parseConfigText('{ "targets": { "parts": { "服务质量满意度": [] } } }');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.path)).toEqual(["targets.parts.服务质量满意度"]);
  });

  it("merges per whole through extends, the parts added up", () => {
    const merged = mergeConfigs({ targets: { parts: { 服务质量满意度: ["养老服务质量满意度"], 甲指数: ["乙指数"] } } }, { targets: { parts: { 服务质量满意度: ["旅游服务质量满意度"] } } });
    expect(merged.targets).toEqual({ parts: { 服务质量满意度: ["养老服务质量满意度", "旅游服务质量满意度"], 甲指数: ["乙指数"] } });
  });
});
