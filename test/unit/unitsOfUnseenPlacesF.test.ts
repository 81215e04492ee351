import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { isDepartmentPlan } from "../../server/src/core/units/divisions";
import { registryOfPlan } from "../../server/src/core/units/documentLevel";
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
