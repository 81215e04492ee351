import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { isDepartmentPlan } from "../../server/src/core/units/divisions";
import { registryOfPlan } from "../../server/src/core/units/documentLevel";
import { bodyKind, groupReach } from "../../server/src/core/units/groupReach";
import { buildRegistry } from "../../server/src/core/units/registry";

/** QA round aa, "plans of a development zone, a province and a 区": what the registry misread. */
function unknownNames(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

/** A zone's plan as its 管委会 issues it: a notice, the issuer under it, then the plan. */
const zonePlan = (units: string) =>
  [
    "南昌高新技术产业开发区管理委员会关于印发南昌高新区深化质量强区建设实施方案的通知",
    "各园区，管委会各部门，区属各单位，驻区各单位：",
    "现将《南昌高新区深化质量强区建设实施方案》印发给你们，请认真贯彻执行。",
    "南昌高新技术产业开发区管理委员会",
    "2024年5月20日",
    "南昌高新区深化质量强区建设实施方案",
    "一、重点任务",
    `（一）推动工作。开展工作。（责任单位：${units}）`,
    "",
  ].join("\n");

describe("a zone's plan its 管委会 issues", () => {
  it("is a government's plan, which assigns bodies: no department's, whose divisions (质量发展科) it could name", () => {
    const text = zonePlan("区经发局、质量发展科");
    const plan = buildPlan(text);
    expect(isDepartmentPlan(plan, registryOfPlan(buildRegistry(undefined), plan))).toBe(false);
    expect(unknownNames(text)).toEqual(["质量发展科"]);
  });

  it("as a city's plan does", () => {
    expect(unknownNames(zonePlan("区经发局、区财政金融局"))).toEqual([]);
  });
});

describe("a customs' office at a place (××海关驻××办事处)", () => {
  const cityPlan = (units: string) => `南昌市深入推进质量强市建设实施方案\n\n一、重点任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;

  it("is known in any plan, after any place or zone of the customs' area", () => {
    expect(unknownNames(cityPlan("市商务局、南昌海关驻高新区办事处、南昌海关驻向塘办事处、九江海关驻彭泽办事处"))).toEqual([]);
    expect(unknownNames(zonePlan("区经发局、南昌海关驻高新区办事处"))).toEqual([]);
  });

  it("is the customs' body, run from above, written with its customs' name", () => {
    const registry = buildRegistry(undefined);
    const office = registry.resolve("南昌市海关驻高新区办事处");
    expect(office?.canonical).toBe("南昌海关驻高新区办事处");
    expect(office?.form).toBe("alias");
    expect(office?.entry.vertical).toBe(true);
    expect(registry.resolve("南昌海关驻高新区办事处")?.form).toBe("canonical");
    // A body stationed in the zone, no government of a 区 for its name's 区办事处.
    const kind = bodyKind(office!)!;
    expect(kind.kind).toBe("department");
    expect(groupReach("驻区各单位", kind)).toBe("member");
    expect(groupReach("区直各部门", kind)).toBeNull();
    expect(groupReach("各区人民政府", kind)).toBeNull();
  });

  it("is no office where what stands before 驻 is no customs, or after it no place", () => {
    const registry = buildRegistry(undefined);
    for (const name of ["市商务局驻高新区办事处", "南昌海关驻市商务局办事处", "海关驻高新区办事处", "南昌海关驻各园区办事处"]) expect(registry.resolve(name)).toBeNull();
    expect(unknownNames(cityPlan("南昌海关驻市商务局办事处"))).toEqual(["南昌海关驻市商务局办事处"]);
  });
});
