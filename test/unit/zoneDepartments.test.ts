import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitIdentities } from "../../server/src/core/units/identity";
import { buildRegistry } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

const registry = buildRegistry(undefined);

describe("a zone's department named after its zone (units/zoneDepartments.ts)", () => {
  it("reads a known zone and a department as the department of the zone's 区 level, the zone its place", () => {
    const cases: Array<[string, string, string]> = [
      // a zone body (zone-bodies.json) by its alias
      ["赣州经开区经济发展局", "区经发局", "赣州经开"],
      ["蓉江新区社会事业局", "区社会事业局", "蓉江新"],
      // the zone named in full: its canonical name is the place
      ["赣州经济技术开发区经济发展局", "区经发局", "赣州经开"],
      // a zone named alone with its 管委会
      ["高新区管委会经济发展局", "区经发局", "高新"],
      // a zone's 管委会 for a part of it: the zone, a place, 管委会
      ["天府新区成都管委会公园城市建设局", "区建公局", "天府新"],
      // a department no table lists, shaped as a body's
      ["赣州经开区产业促进中心", "区产业促进中心", "赣州经开"],
      ["赣州综保区管委会综合办", "区综合办", "赣州综合保税"],
    ];
    for (const [written, canonical, place] of cases) expect(registry.resolve(written), written).toMatchObject({ canonical, place });
  });

  it("reads no misspelt zone, misspelt department word, near miss of a zone body or second unit run on", () => {
    for (const written of ["赣州经开区经济发展居", "赣州经开去经济发展局", "赣州经开区经济发屏局", "赣州经开区市财政局", "章贡区经济发展局", "赣州经开区局"]) {
      expect(registry.resolve(written), written).toBeNull();
    }
  });

  it("keeps one zone's department apart from another's and from the city's, and one unit however the zone is written", () => {
    const plan = buildPlan("赣州市深化质量强市建设实施方案\n一、重点任务\n1.推动园区创新。开展工作。（责任单位：市科技局、赣州经开区经济发展局）\n");
    const identity = unitIdentities(plan, registry);
    const key = (name: string) => identity(registry.resolve(name)!).key;
    expect(key("赣州经开区经济发展局")).toBe("赣州经开区经发局");
    expect(key("赣州经济技术开发区经发局")).toBe(key("赣州经开区经济发展局"));
    expect(key("蓉江新区经济发展局")).not.toBe(key("赣州经开区经济发展局"));
    // A county's plan names no 区 place: its zones' departments are still their zones', two zones' two units.
    const county = buildPlan("于都县深化质量强县建设实施方案\n一、重点任务\n1.推动园区提质。开展工作。（责任单位：县市场监管局、于都工业园区经济发展局）\n");
    const countyKey = (name: string) => unitIdentities(county, registry)(registry.resolve(name)!).key;
    expect(countyKey("于都工业园区经济发展局")).toBe("于都工业园区经发局");
    expect(countyKey("南康区经开区经发局")).not.toBe(countyKey("于都工业园区经济发展局"));
    expect(registry.isZoneDepartment(registry.resolve("赣州经开区经济发展局")!)).toBe(true);
    expect(registry.isZoneDepartment(registry.resolve("章贡区财政局")!)).toBe(false);
  });

  it("counts a zone's department once in the report, under the plan's writing, and reports none unknown", () => {
    const text = "赣州市深化质量强市建设实施方案\n一、重点任务\n1.推动园区创新。开展工作。（责任单位：市科技局、赣州经开区经济发展局）\n2.推动园区提质。开展工作。（责任单位：赣州经开区经济发展局、高新区管委会经济发展局）\n";
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"))).toEqual([]);
    const tally = unitReport(buildPlan(text), registry).units.find((unit) => unit.writings.includes("赣州经开区经济发展局"));
    expect(tally).toMatchObject({ unit: "赣州经开区经济发展局", tasks: [{}, {}] });
  });
});
