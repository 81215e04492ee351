import { describe, expect, it } from "vitest";
import { PositionMapper } from "../../server/src/core/text/positions.js";
import { analyze } from "../../server/src/core/analyze.js";
import { coverageOf } from "../../server/src/core/xref/coverage.js";
import { coverageJson, formatCoverageMarkdown } from "../../server/src/cli/format/coverage.js";

/**
 * A folder's configuration names the quality-power outline for every plan in it; a 工作要点 there that
 * states another basis (为贯彻落实《知识产权强国建设纲要》) implements that document, not the outline
 * (parents/resolve.ts `markOtherBasis`): its coverage says so and credits nothing by likeness.
 */
const FOLDER = { config: { parents: ["quality-power-outline-2023"] } };
const IP_PLAN = `某市2026年知识产权工作要点
为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》，加快建设知识产权强市，制定本要点。
一、重点工作
1.加强知识产权保护。严厉打击商标侵权、假冒专利等违法行为，开展知识产权执法“铁拳”行动。（责任单位：市市场监管局）
2.推动知识产权转化运用。培育高价值专利，推进专利转化运用。（责任单位：市市场监管局）
3.加强品牌建设。支持企业注册商标，培育地理标志产品和区域品牌。（责任单位：市市场监管局）
4.加强质量监管。落实《质量强国建设纲要》第（二十六）项要求，开展产品质量监督抽查。（责任单位：市市场监管局）
`;

function coverage(text: string) {
  const analysis = analyze(text, FOLDER);
  return coverageOf(analysis.plan, analysis.parents[0]!.parent, analysis.parents, analysis.knownParents);
}

describe("a plan that implements another document than its folder's parent", () => {
  it("says which document it implements and counts no task by likeness, only the item numbers it writes", () => {
    const found = coverage(IP_PLAN);
    expect(found.implementsOther).toBe("知识产权强国建设纲要（2021—2035年）");
    const credited = found.items.filter((item) => item.covered);
    expect(credited.map((item) => item.entry.label)).toEqual(["（二十六）"]);
    expect(credited[0]!.by.map((by) => by.basis)).toEqual(["cited"]);
    expect(found.unmatched).toEqual([]);
    expect(coverageJson("ip.plan", found, new PositionMapper(IP_PLAN)).implementsOther).toBe("知识产权强国建设纲要（2021—2035年）");
    expect(formatCoverageMarkdown("ip.plan", found, new PositionMapper(IP_PLAN))).toContain("方案序言写明贯彻的是《知识产权强国建设纲要（2021—2035年）》");
  });

  it("does not ask it to localise the folder's parent's goals", () => {
    // A 2025 plan: the outline's goals are for 2025, and a later plan is asked for none of them anyway.
    const goals = IP_PLAN.replace("2026年", "2025年").replace("一、重点工作", "一、主要目标\n到2025年，每万人口高价值发明专利拥有量达到8件。\n二、重点工作");
    expect(analyze(goals, FOLDER).findings.filter((finding) => finding.rule === "targets/parent-not-localised")).toEqual([]);
    // The same goals under a 质量强市 title are the outline's plan's, asked for the outline's goals.
    expect(analyze(goals.replace("知识产权工作要点", "质量强市建设工作要点"), FOLDER).findings.some((finding) => finding.rule === "targets/parent-not-localised")).toBe(true);
  });

  it("is measured as before where it also cites the folder's parent, or is a 质量强市 plan", () => {
    const both = coverage(IP_PLAN.replace("《知识产权强国建设纲要（2021—2035年）》", "《知识产权强国建设纲要（2021—2035年）》和《质量强国建设纲要》"));
    expect(both.implementsOther).toBeNull();
    expect(both.items.some((item) => item.by.some((by) => by.how === "inferred"))).toBe(true);
    const quality = coverage(IP_PLAN.replace("某市2026年知识产权工作要点", "某市2026年质量强市建设工作要点"));
    expect(quality.implementsOther).toBeNull();
    const decisions = coverage(IP_PLAN.replace("为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》", "为贯彻落实党中央、国务院关于建设质量强国的决策部署，根据《知识产权强国建设纲要（2021—2035年）》"));
    expect(decisions.implementsOther).toBeNull();
  });

  it("keeps a plan that cites no basis measured against its folder's parent", () => {
    expect(coverage(IP_PLAN.replace(/为深入贯彻落实.*\n/, "")).implementsOther).toBeNull();
  });
});
