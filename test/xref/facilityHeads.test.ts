import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks, rankEntries } from "../../server/src/core/xref/mapping";

/**
 * A heading whose object is a facility (平台, 中心, 基地, 载体) builds what the facility is for: the
 * first word of the object that tells items apart (mapping.ts `carrierQualifiers`). The words before
 * it say whose the facility is (产业, 产业质量), those after it what kind (公共平台).
 */
const outline = () => builtinParents()[0]!;
const best = (heading: string, body = "") => rankEntries(outline(), heading, body)[0]!.entry.label;
const mappingOf = (path: string, heading: string) => mapTasks(buildPlan(readFileSync(join(__dirname, "..", path), "utf8")), outline()).find((m) => m.item.heading.text === heading)!;

describe("a heading whose object is a facility", () => {
  it("is about what the facility is for, not the words that say whose it is", () => {
    // A reviewer's county plan: a testing platform, not （七）提高产业质量竞争水平 by 产业质量, nor （十八）'s 公共.
    const platform = mappingOf("fixtures/qa/county-industry-everyday.plan", "建设产业质量检测公共平台");
    expect(platform.candidates[0]!.entry.label).toBe("（二十二）");
    expect(taskCredits(outline(), platform).map((c) => c.entry.label)).toContain("（二十二）");
    // A city's metrology plan: a metrology centre, not （七）'s by 产业 nor （十九）'s 质量技术创新中心 by 中心.
    expect(mappingOf("xref/sector-plans/metrology-city.plan", "建设产业计量测试中心").candidates[0]!.entry.label).toBe("（二十二）");
    // A standardization plan's service platform is （二十三）'s (sector-labels.json), not （十八）'s by 公共服务.
    const service = "示例市标准化发展行动方案\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、重点任务\n（一）建设标准化服务平台。建设市标准化公共服务平台，提供标准查询、比对分析、咨询培训等一站式服务。（责任单位：市市场监管局）\n";
    expect(mapTasks(buildPlan(service), outline()).flatMap((m) => taskCredits(outline(), m).map((c) => c.entry.label))).toEqual(["（二十三）"]);
    // In other words, heading alone.
    expect(best("建设纺织产业质量检测中心")).toBe("（二十二）");
    expect(best("打造产业认证服务平台")).toBe("（二十二）");
  });

  it("leaves a facility that an item's own words name to that item", () => {
    const headings = ["建设质量技术创新中心", "打造产业集群质量标准创新合作平台", "建设质量基础设施集成服务基地", "建设政务服务中心", "建设智慧监管平台"];
    expect(headings.map((heading) => best(heading))).toEqual(["（十九）", "（八）", "（二十三）", "（十八）", "（二十六）"]);
  });
});
