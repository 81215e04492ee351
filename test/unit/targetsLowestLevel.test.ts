import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parseConfigText } from "../../server/src/core/config/load";
import { mergeConfigs } from "../../server/src/core/config/presets";

const COUNTY_PLAN =
  "示例县质量提升实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全县制造业产品质量合格率达到94%以上。\n二、主要任务\n（一）提升产品质量。开展质量提升行动。（责任单位：县市场监管局、县工信局）\n";

function notLocalised(configText: string | null): string[] {
  const parsed = configText === null ? null : parseConfigText(configText);
  if (parsed && !parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { findings } = analyze(COUNTY_PLAN, parsed ? { config: parsed.config } : {});
  return findings.filter((finding) => finding.rule === "targets/parent-not-localised").map((finding) => /“(.+?)(?:达到)/.exec(finding.message)![1]!);
}

describe(".plancheck.json targets.lowestLevel", () => {
  it("adds indicators (by any synonym) and overrides the built-in levels", () => {
    expect(notLocalised(null)).toEqual(["农产品质量安全例行监测合格率", "食品抽检合格率"]);
    expect(notLocalised('{ "targets": { "lowestLevel": { "制造业质量竞争力指数": "县", "食品安全抽检合格率": "市" } } }')).toEqual([
      "制造业质量竞争力指数",
      "农产品质量安全例行监测合格率",
    ]);
  });

  it("is validated: a level that is none is reported with its path", () => {
    const parsed = parseConfigText('{ "targets": { "lowestLevel": { "食品抽检合格率": "乡" } } }');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.path)).toEqual(["targets.lowestLevel.食品抽检合格率"]);
  });

  it("merges per indicator through extends, the extending file's level winning", () => {
    const merged = mergeConfigs(
      { targets: { synonyms: [["甲合格率", "甲抽检合格率"]], lowestLevel: { 甲合格率: "市", 乙指数: "省" } } },
      { targets: { lowestLevel: { 甲合格率: "县" } } },
    );
    expect(merged.targets).toEqual({ synonyms: [["甲合格率", "甲抽检合格率"]], lowestLevel: { 甲合格率: "县", 乙指数: "省" } });
  });
});

describe("a parent's rate the plan states in a local form", () => {
  it("finds 制造业产品质量合格率 localised by 规上工业企业…, 规模以上工业企业… and 工业企业…", () => {
    for (const local of ["规上工业企业产品质量合格率稳定在95%以上", "规模以上工业企业产品质量合格率达到95%", "工业企业产品质量合格率保持在96%以上"]) {
      const plan = COUNTY_PLAN.replace("全县制造业产品质量合格率达到94%以上", `全县${local}`);
      const named = analyze(plan).findings.filter((finding) => finding.rule === "targets/parent-not-localised").map((finding) => finding.message);
      expect(named.join()).not.toMatch(/制造业产品质量合格率/);
    }
  });
});
