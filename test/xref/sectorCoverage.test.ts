import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { builtinParents } from "../../server/src/core/parents/index";
import scopeTable from "../../server/src/core/sectors/outline-scope.json";
import { SECTORS, sectorsOfTitle } from "../../server/src/core/sectors/sectors";
import { type Coverage, coverageOf, outOfScope, scopeNote } from "../../server/src/core/xref/coverage";

/**
 * A sector plan (建筑工程质量提升行动方案, 食品安全…, 计量发展…) carries out the outline on its own
 * sector: its coverage counts that sector's items and those common to all sectors (质量基础设施
 * services, law, policy, supervision, social co-governance), and lists the others as another
 * sector's. The plans under sector-plans/ are this suite's own, written as such plans are.
 */
const PLANS = join(__dirname, "sector-plans");

function coverageOfText(text: string): Coverage {
  const analysis = analyze(text, {});
  const parent = analysis.parents[0]!.parent;
  return coverageOf(analysis.plan, parent, analysis.parents, analysis.knownParents);
}

const coverageOfPlan = (name: string) => coverageOfText(readFileSync(join(PLANS, name), "utf8"));
const numbers = (entries: ReadonlyArray<{ entry: { label: string } }>) => entries.map((e) => e.entry.label).join("");
const COMMON = "（二十三）（二十四）（二十五）（二十六）（二十七）";

describe("coverage of a sector plan", () => {
  it("counts a 建筑工程 plan against the engineering items and the common ones", () => {
    const coverage = coverageOfPlan("construction.plan");
    expect(coverage.sectors).toEqual(["建设工程"]);
    expect(numbers(coverage.items)).toBe(`（十三）（十四）（十五）${COMMON}`);
    expect(coverage.total).toBe(8);
    const reasons = new Map(coverage.outOfScope.map((o) => [o.entry.label, o.reason]));
    expect(reasons.get("（一）")).toBe("general-requirements");
    expect(reasons.get("（七）")).toBe("other-sector");
    expect(reasons.get("（二十二）")).toBe("other-sector");
    expect(reasons.get("（三十）")).toBe("safeguards");
    expect(coverage.outOfScope).toHaveLength(32 - 8);
  });

  it("counts a 食品安全 plan against （十） and the common items", () => {
    const coverage = coverageOfPlan("food.plan");
    expect(coverage.sectors).toEqual(["食品"]);
    expect(numbers(coverage.items)).toBe(`（十）${COMMON}`);
  });

  it("counts a 计量 plan against the quality-infrastructure items, （二十八）'s 国际互认 among them", () => {
    const coverage = coverageOfPlan("metrology.plan");
    expect(coverage.sectors).toEqual(["质量基础设施"]);
    expect(numbers(coverage.items)).toBe(`（二十二）${COMMON}（二十八）`);
    // Still the 计量发展规划's local version: the note on the outline's part stays.
    expect(coverage.secondaryTo).toBe("计量发展规划（2021—2035年）");
  });

  it("counts a 药品 plan against （十）, whose 药品和疫苗 and 医疗器械 it carries out, and the common items", () => {
    const coverage = coverageOfText("示例市药品安全提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）加强药品全生命周期监管。推进医疗器械审评审批提速，开展疫苗流通环节检查。\n");
    expect(coverage.sectors).toEqual(["药品"]);
    expect(numbers(coverage.items)).toBe(`（十）${COMMON}`);
    expect(coverage.covered).toBeGreaterThanOrEqual(1);
  });

  it("counts a 品牌 plan against （二十）（二十一）（二十二）: the outline builds brands on the firm's quality management and on standards (docs/sectors.md)", () => {
    const coverage = coverageOfPlan("brand.plan");
    expect(coverage.sectors).toEqual(["品牌"]);
    expect(numbers(coverage.items)).toBe(`（二十）（二十一）（二十二）${COMMON}`);
    const covering = (label: string) => coverage.items.find((e) => e.entry.label === label)!.by.map((b) => b.item.heading.text);
    expect(covering("（二十）")).toEqual(["推动企业提升质量管理水平"]);
    expect(covering("（二十二）")).toEqual(["强化品牌标准支撑"]);
    // Technology innovation and international cooperation stay other sectors' items.
    const reasons = new Map(coverage.outOfScope.map((o) => [o.entry.label, o.reason]));
    expect(reasons.get("（十九）")).toBe("other-sector");
    expect(reasons.get("（二十八）")).toBe("other-sector");
  });

  it("counts a 制造业 plan against the manufacturing items, its brands （二十一） and its standards and metrology （二十二） too (docs/sectors.md)", () => {
    const coverage = coverageOfText(readFileSync(join(__dirname, "..", "fixtures", "qa", "county-industry-everyday.plan"), "utf8"));
    expect(coverage.sectors).toEqual(["制造业和工业产品"]);
    expect(numbers(coverage.items)).toBe(`（三）（四）（六）（七）（八）（十一）（十二）（十九）（二十）（二十一）（二十二）${COMMON}`);
    const covering = (label: string) => coverage.items.find((i) => i.entry.label === label)!.by.map((b) => b.item.heading.text);
    // A county's industrial plan carries its brands and its standards, metrology and testing out as the outline's.
    expect(covering("（二十一）")).toEqual(["擦亮“梅岭陶瓷”区域品牌"]);
    expect(covering("（二十二）")).toEqual(expect.arrayContaining(["推进企业标准领跑", "加强工业计量服务"]));
    expect(coverage.outOfScope.find((o) => o.entry.label === "（二十八）")!.reason).toBe("other-sector");
  });

  it("counts a 特种设备 plan against （十二）（二十二） and the common items, not manufacturing's innovation, clusters and consumer goods", () => {
    const coverage = coverageOfPlan("special-equipment-province.plan");
    expect(coverage.sectors).toEqual(["特种设备"]);
    expect(numbers(coverage.items)).toBe(`（十二）（二十二）${COMMON}`);
    const covering = (label: string) => coverage.items.find((e) => e.entry.label === label)!.by.map((b) => b.item.heading.text);
    expect(covering("（二十二）")).toContain("深化特种设备检验检测改革");
    expect(covering("（二十六）")).toEqual(expect.arrayContaining(["推行智慧监管", "开展隐患排查治理"]));
    const reasons = new Map(coverage.outOfScope.map((o) => [o.entry.label, o.reason]));
    for (const label of ["（三）", "（八）", "（十一）", "（十九）"]) expect(reasons.get(label), label).toBe("other-sector");
  });

  it("takes the union of the sectors a title names", () => {
    const coverage = coverageOfText("示例县食用农产品和食品质量安全提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）加强农产品质量安全监管。严格农兽药残留管控。\n");
    expect(coverage.sectors).toEqual(["食品", "农产品"]);
    expect(numbers(coverage.items)).toBe(`（七）（十）${COMMON}`);
  });

  it("keeps every item in scope for a plan on quality as a whole, whatever sector its title also names", () => {
    for (const title of ["示例市深化质量强市建设实施方案", "示例市质量强市建设暨品牌建设实施方案"]) {
      const coverage = coverageOfText(`${title}\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）打造区域品牌。培育区域公用品牌。\n`);
      expect(coverage.sectors, title).toBeNull();
      expect(coverage.total, title).toBe(26);
      expect(coverage.outOfScope.some((o) => o.reason === "other-sector"), title).toBe(false);
    }
  });

  it("says which items are another sector's in one clause, after the parts' own", () => {
    const note = scopeNote(coverageOfPlan("construction.plan"));
    expect(note).toBe(
      "不计入覆盖率：（一）（二）属“二、总体要求”，是指导思想和目标，不是要落实的任务；（三）（四）（五）（六）（七）（八）（九）（十）（十一）（十二）（十六）（十七）（十八）（十九）（二十）（二十一）（二十二）（二十八）不属建设工程领域，是其他领域的任务，不由本领域的专项方案落实；（二十九）（三十）（三十一）（三十二）属“十一、加强组织保障”，是上位文件的实施保障，由方案自身的保障措施落实。",
    );
  });

  it("lists an annotation to another sector's item with it, not counted", () => {
    const coverage = coverageOfText("示例市建筑工程质量提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）推广先进质量管理方法。推动施工企业导入卓越绩效模式。〔对应纲要：（二十）〕\n");
    const twenty = coverage.outOfScope.find((o) => o.entry.label === "（二十）")!;
    expect(twenty.reason).toBe("other-sector");
    expect(twenty.by.map((b) => b.how)).toEqual(["annotation"]);
    expect(coverage.covered).toBe(0);
  });
});

describe("the sectors a title names", () => {
  it("reads a sector plan's title, and none from a 质量强X plan's whatever else it names", () => {
    const of = (title: string) => {
      const sectors = sectorsOfTitle(title);
      return sectors === null ? null : [...sectors];
    };
    expect(of("示例市建筑工程质量提升行动方案")).toEqual(["工程"]);
    expect(of("示例市标准化发展行动计划（2024—2026年）")).toEqual(["质量基础设施"]);
    // 质量认证 is the 认证认可 of a plan written by its work: a plan of the quality infrastructure too.
    expect(of("示例市质量认证提升行动方案（2024—2026年）")).toEqual(["质量基础设施"]);
    // qa-54f: a 小微企业 certification plan and a 地理标志 plan were asked for every goal of the outline.
    expect(of("示例县小微企业质量管理体系认证提升行动实施方案")).toEqual(["企业质量管理"]);
    expect(of("示例市首席质量官制度推进方案")).toEqual(["企业质量管理"]);
    expect(of("示例市地理标志保护运用行动方案（2024—2025年）")).toEqual(["品牌"]);
    expect(of("示例市服务业质量提升三年行动计划")).toEqual(["服务"]);
    expect(of("示例县农产品质量安全提升方案")).toEqual(["农产品"]);
    expect(of("示例市药品医疗器械质量安全提升行动方案")).toEqual(["药品"]);
    expect(of("示例市食品药品安全工作实施方案")).toEqual(["食品", "药品"]);
    expect(of("示例市生物医药产业高质量发展行动方案")).toBeNull();
    expect(of("示例市质量强市建设暨品牌建设实施方案")).toBeNull();
    expect(of("示例市深化质量强市建设实施方案")).toBeNull();
    expect(of("示例市质量提升行动方案")).toBeNull();
  });

  it("reads a product's own quality-safety plan as manufacturing's, a lift's as special equipment's", () => {
    const of = (title: string) => [...(sectorsOfTitle(title) ?? [])];
    // qa-54i: an 电动自行车 plan was read in no sector and asked for every item of the outline.
    expect(of("永丰县电动自行车质量安全专项整治工作方案")).toEqual(["制造业"]);
    expect(of("示例县燃气具质量安全提升行动方案")).toEqual(["制造业"]);
    expect(of("儿童用品质量安全守护行动方案")).toEqual(["制造业"]);
    expect(of("示例市电线电缆质量提升行动方案")).toEqual(["制造业"]);
    expect(of("示例市电梯质量安全提升三年行动方案（2025—2027年）")).toEqual(["特种设备"]);
    // A service's or a field's quality-safety plan names no product.
    expect(of("示例市医疗质量安全提升行动方案")).toEqual([]);
    expect(of("示例市交通运输质量安全提升方案")).toEqual([]);
  });
});

describe("the sector scope table", () => {
  const outline = builtinParents()[0]!;
  const rows = scopeTable.parents["quality-power-outline-2023"];
  const titleOf = (number: string) => outline.items.find((e) => e.level === 2 && String(e.value) === number)?.title;

  it("names each item by its number and the outline's own title", () => {
    for (const row of [rows.common, ...Object.values(rows.sectors)]) {
      for (const [number, title] of Object.entries(row)) expect(titleOf(number), number).toBe(title);
    }
  });

  it("has a row for every sector a title is read as, and no other", () => {
    expect(Object.keys(rows.sectors).sort()).toEqual(SECTORS.map((s) => s.name).sort());
  });

  it("lists only items a plan counts, and a common item in no sector's row", () => {
    const common = new Set(Object.keys(rows.common));
    for (const [sector, row] of Object.entries({ common: rows.common, ...rows.sectors })) {
      for (const number of Object.keys(row)) {
        const entry = outline.items.find((e) => e.level === 2 && String(e.value) === number)!;
        expect(outOfScope(entry), `${sector} ${number}`).toBeNull();
        if (sector !== "common") expect(common.has(number), `${sector} ${number}`).toBe(false);
      }
    }
  });
});

describe("coverage of a department's plan", () => {
  it("counts a 交通运输厅's plan against its field's items, by its issuer, though its title names no sector", () => {
    const coverage = coverageOfPlan("transport-department.plan");
    expect(coverage.sectors).toEqual(["建设工程", "服务业"]);
    expect(coverage.sectorsIssuer).toBe("省交通运输厅");
    expect(numbers(coverage.items)).toBe(`（七）（十三）（十四）（十五）（十六）（十七）（十八）${COMMON}`);
    expect(coverage.outOfScope.find((o) => o.entry.label === "（十二）")?.reason).toBe("other-sector");
  });

  it("counts the items a department's plan states it carries out beside its field's", () => {
    const coverage = coverageOfText("---\n发文机关: 示例市交通运输局\n---\n示例市交通运输质量提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）加快交通运输质量技术创新（落实《纲要》第（十九）条）。推进质量技术创新中心建设。\n（二）推广首席质量官制度。〔对应纲要：（二十）〕\n");
    expect(coverage.sectorsIssuer).toBe("市交通运输局");
    const labels = coverage.items.map((i) => i.entry.label);
    expect(labels).toEqual(expect.arrayContaining(["（十三）", "（十九）", "（二十）"]));
    expect(labels).not.toContain("（二十一）");
  });

  it("asks a department's plan for its own field's goals of the outline only (targets/parent-not-localised)", () => {
    const goalsAsked = (name: string) =>
      analyze(readFileSync(join(PLANS, name), "utf8"), {}).findings.filter((f) => f.rule === "targets/parent-not-localised").map((f) => f.message);
    // 制造业质量竞争力指数, 农产品, 食品 and 制造业产品质量合格率 are no 交通运输厅's or 教育局's goals.
    for (const name of ["transport-department.plan", "education-department.plan"]) expect(goalsAsked(name), name).toEqual([]);
    // A city's plan issued by its government keeps every goal of the outline.
    expect(goalsAsked("transport-department.plan").length).toBeLessThan(
      analyze(readFileSync(join(PLANS, "transport-department.plan"), "utf8").replace(/交通运输厅/g, "人民政府"), {}).findings.filter((f) => f.rule === "targets/parent-not-localised").length,
    );
  });

  it("counts a 教育局's plan against the service items", () => {
    const coverage = coverageOfPlan("education-department.plan");
    expect(coverage.sectors).toEqual(["服务业"]);
    expect(coverage.sectorsIssuer).toBe("市教育局");
    expect(numbers(coverage.items)).toBe(`（七）（十六）（十七）（十八）${COMMON}`);
  });

  it("counts a 卫生健康委's plan against the service and food items", () => {
    const coverage = coverageOfText("---\n发文机关: 示例市卫生健康委员会\n---\n示例市卫生健康系统质量提升实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）提升医疗服务质量。推进优质医疗资源扩容，开展公共服务质量监测。\n");
    expect(coverage.sectors).toEqual(["食品", "服务业"]);
    expect(coverage.sectorsIssuer).toBe("市卫健委");
  });

  it("keeps every item for a plan a government or the 市场监管局 issues, and a title's sector before the issuer's", () => {
    const task = "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n（一）提升产品质量。开展质量提升行动。\n";
    for (const issuer of ["示例市人民政府", "示例市市场监督管理局", "示例市人民政府办公室"]) {
      const coverage = coverageOfText(`---\n发文机关: ${issuer}\n---\n示例市质量强市建设实施方案\n${task}`);
      expect(coverage.sectors, issuer).toBeNull();
      expect(coverage.sectorsIssuer, issuer).toBeNull();
      expect(coverage.total + coverage.outOfScope.length, issuer).toBe(32);
      expect(coverage.outOfScope.some((o) => o.reason === "other-sector"), issuer).toBe(false);
    }
    const titled = coverageOfText(`---\n发文机关: 示例市交通运输局\n---\n示例市公路工程质量提升行动方案\n${task}`);
    expect(titled.sectors).toEqual(["建设工程"]);
    expect(titled.sectorsIssuer).toBeNull();
    // Issued with the 市场监管局, a department's plan is of quality as a whole.
    const joint = coverageOfText(`---\n发文机关: 示例市市场监督管理局　示例市交通运输局\n---\n示例市质量提升行动方案\n${task}`);
    expect(joint.sectors).toBeNull();
  });
});
