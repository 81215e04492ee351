import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze.js";
import { coverageOf } from "../../server/src/core/xref/coverage.js";
import { carriesSubject, subjectOf } from "../../server/src/core/parents/subject.js";

describe("a document's subject", () => {
  it("leaves out the issuer, 关于, the genre, the years and the level of government", () => {
    expect(subjectOf("质量强国建设纲要")).toBe("质量强X建设");
    expect(subjectOf("计量发展规划（2021—2035年）")).toBe("计量发展");
    expect(subjectOf("江西省人民政府关于深化质量强省建设的实施意见")).toBe("质量强X建设");
    expect(subjectOf("国家标准化发展纲要")).toBe("标准化发展");
    expect(subjectOf("关于印发〈质量强国建设纲要〉的通知")).toBe("质量强X建设");
  });

  it("leaves out the place a title opens on (江西省质量强省建设实施意见, 示例市计量发展规划)", () => {
    expect(subjectOf("江西省质量强省建设实施意见")).toBe("质量强X建设");
    expect(subjectOf("示例市计量发展规划实施方案")).toBe("计量发展");
    expect(subjectOf("广西壮族自治区质量强区建设实施方案")).toBe("质量强X建设");
    // Not a word that merely ends in a place's character: 市场, 地区.
    expect(subjectOf("市场监管现代化规划")).toBe("市场监管现代化");
    expect(carriesSubject("示例县质量强县建设实施方案（2023—2025年）", "示例省质量强省建设实施意见")).toBe(true);
  });

  it("leaves out the time a title sets its subject in (关于新时代推进品牌建设的指导意见)", () => {
    expect(subjectOf("关于新时代推进品牌建设的指导意见")).toBe("品牌建设");
    // A 品牌 plan citing it beside the outline localises the outline's goals on its subject only.
    const text =
      "海口市品牌建设三年行动方案（2024—2026年）\n为贯彻落实《关于新时代推进品牌建设的指导意见》和《质量强国建设纲要》，制定本方案。\n一、行动目标\n到2026年，培育“海口制造”品牌30个以上。\n二、重点任务\n（一）培育制造业品牌。支持企业争创名牌产品。（责任单位：市工信局）\n";
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/parent-not-localised")).toEqual([]);
  });

  it("leaves out 深化改革 before the subject and 工作 after it (关于深化改革加强食品安全工作的意见)", () => {
    expect(subjectOf("中共中央 国务院关于深化改革加强食品安全工作的意见")).toBe("食品安全");
    // A county's 食品安全 plan citing it beside the outline localises the outline's goals on food only.
    const text =
      "青溪县食品安全责任落实三年行动方案（2024—2026年）\n为贯彻落实《质量强国建设纲要》《中共中央 国务院关于深化改革加强食品安全工作的意见》，制定本方案。\n一、工作目标\n到2026年，食品评价性抽检合格率稳定在98.5%以上。\n二、重点任务\n（一）落实企业食品安全主体责任。督促企业配备食品安全总监。（责任单位：县市场监管局）\n";
    const { parents, findings } = analyze(text);
    expect(parents.map((p) => p.secondaryTo)).toEqual(["中共中央 国务院关于深化改革加强食品安全工作的意见"]);
    expect(findings.filter((finding) => finding.rule === "targets/parent-not-localised")).toEqual([]);
  });

  it("is nothing when a title is only genre words", () => {
    expect(subjectOf("实施方案")).toBe("");
    expect(subjectOf("关于加强的意见")).toBe("");
  });

  it("is carried by a plan's title at any level of government", () => {
    expect(carriesSubject("赣州市深化质量强市建设实施方案", "质量强国建设纲要")).toBe(true);
    expect(carriesSubject("宁波市计量发展规划实施方案（2023—2025年）", "计量发展规划（2021—2035年）")).toBe(true);
    expect(carriesSubject("宁波市计量发展规划实施方案（2023—2025年）", "质量强国建设纲要")).toBe(false);
    expect(carriesSubject("关于贯彻落实《质量强国建设纲要》的实施方案", "质量强国建设纲要")).toBe(true);
  });
});

const SPECIAL_TOPIC = `示例市计量发展规划实施方案（2023—2025年）
为贯彻落实《计量发展规划（2021—2035年）》《质量强国建设纲要》，制定本方案。
一、主要任务
（一）完善计量基础设施。加强社会公用计量标准建设。（责任单位：市市场监管局）
`;

describe("a special-topic plan's parents", () => {
  it("are secondary to the cited document its title carries; a 质量强市 plan's are not", () => {
    const special = analyze(SPECIAL_TOPIC);
    expect(special.parents.map((p) => [p.parent.title, p.secondaryTo])).toEqual([["质量强国建设纲要", "计量发展规划（2021—2035年）"]]);
    const coverage = coverageOf(special.plan, special.parents[0]!.parent, special.parents, special.knownParents);
    expect(coverage.secondaryTo).toBe("计量发展规划（2021—2035年）");
    const own = analyze(SPECIAL_TOPIC.replace("示例市计量发展规划实施方案（2023—2025年）", "示例市深化质量强市建设实施方案"));
    expect(own.parents.map((p) => p.secondaryTo)).toEqual([null]);
  });

  it("stay primary when the title carries no named document's subject", () => {
    const plan = analyze(SPECIAL_TOPIC.replace("示例市计量发展规划实施方案（2023—2025年）", "示例市质量提升行动方案"));
    expect(plan.parents.map((p) => p.secondaryTo)).toEqual([null]);
  });
});
