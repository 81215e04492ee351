import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { counterpartInUse } from "../../server/src/core/units/counterparts";
import slotData from "../../server/src/core/units/counterpart-slots.json";
import { registryFor } from "../../server/src/core/units/registry";

/** A city's bodies of one slot under names that vary between cities (units/counterparts.ts). */
const unknown = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [finding.message]);

const CITY = "成都市质量强市建设实施方案\n一、主要任务\n";

describe("a unit's suggestion in a plan that names another body of its slot", () => {
  it("is the body the plan names (成都: 市水务局, no 市水利局)", () => {
    const text = `${CITY}1.甲。开展。〔责任单位：市住建局、市水务局〕\n2.乙。开展。〔责任单位：市市场监管局、水利〕\n`;
    expect(unknown(text).map(([message]) => message)).toEqual(["“水利”不在责任单位名录中，是否应为“市水务局”？"]);
  });

  it("is the registry's nearest where the plan names none of the slot", () => {
    const text = `${CITY}1.甲。开展。〔责任单位：市住建局〕\n2.乙。开展。〔责任单位：市市场监管局、水利〕\n`;
    expect(unknown(text).map(([message]) => message)).toEqual(["“水利”不在责任单位名录中，是否应为“市水利局”？"]);
  });

  it("names the slot's one body the plan uses, never one of two", () => {
    expect(counterpartInUse("市城管局", new Set(["市城管委"]))).toBe("市城管委");
    expect(counterpartInUse("市城管局", new Set(["市城管局", "市城管委"]))).toBeNull();
    expect(counterpartInUse("市城管局", new Set(["市城管委", "市城管执法局"]))).toBeNull();
    expect(counterpartInUse("市工信局", new Set(["市城管委"]))).toBeNull();
  });

  it("lists only the registry's 市 bodies, each in one slot", () => {
    const registry = registryFor(undefined, undefined);
    const names = slotData.slots.flat();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(registry.resolve(name)?.canonical, name).toBe(name);
  });
});
