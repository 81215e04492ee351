import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { addresseeNames } from "../../server/src/core/units/addressedBodies";
import { unitsContextOf } from "../../server/src/core/units/planContext";

/**
 * A notice's 主送机关 names the bodies the issuer sends the plan to: a body the registry cannot list
 * (南昌's 湾里管理局) is one of the plan's place there, and a clause that names it names a known
 * body; zones' committees are known by their shape as well (qa-50e's
 * city-office-notice-three-attachments.plan: 上饶高铁经济试验区管委会, 三清山风景名胜区管委会).
 */
function unknown(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

const notice = (addressee: string) =>
  `上饶市人民政府办公室\n关于印发上饶市推进质量强市建设三年行动方案的通知\n\n${addressee}\n现将方案印发给你们，请认真贯彻执行。\n\n上饶市推进质量强市建设三年行动方案\n`;
const TASKS = "一、重点任务\n1.甲任务。开展工作。（责任单位：市数据局，上饶高铁经济试验区管委会）\n2.乙任务。开展工作。（责任单位：市文广新旅局，三清山风景名胜区管委会）\n";
const ADDRESSEE = "各县（市、区）人民政府，上饶经济技术开发区、上饶高铁经济试验区、三清山风景名胜区管委会，市政府各部门：";

describe("the bodies a notice is sent to", () => {
  it("are the names of its 主送机关, a body word written once given to each area before it", () => {
    expect(addresseeNames(analyze(`${notice(ADDRESSEE)}${TASKS}`).plan)).toEqual([
      "各县（市、区）人民政府",
      "上饶经济技术开发区管委会",
      "上饶高铁经济试验区管委会",
      "三清山风景名胜区管委会",
      "市政府各部门",
    ]);
  });

  it("are known by their shape where it is a zone's (××试验区管委会, ××风景名胜区管委会), with a notice or without", () => {
    expect(unknown(`${notice(ADDRESSEE)}${TASKS}`)).toEqual([]);
    expect(unknown(`${notice("各县（市、区）人民政府，市政府各部门：")}${TASKS}`)).toEqual([]);
  });

  // 南昌's notice (../shared/data/provincial-and-units.md): 主送 各县（区）人民政府、开发区管委会，湾里管理局，市直各有关单位.
  it("are known where a clause names them, and only where the notice names them", () => {
    const nanchang = (addressee: string) =>
      `南昌市人民政府\n关于印发南昌市深入推进质量强市建设实施方案的通知\n\n${addressee}\n现将方案印发给你们，请认真贯彻执行。\n\n南昌市深入推进质量强市建设实施方案\n一、重点任务\n1.甲任务。开展工作。（责任单位：市工信局，湾里管理局）\n`;
    expect(unknown(nanchang("各县（区）人民政府、开发区管委会，湾里管理局，市直各有关单位："))).toEqual([]);
    // The same plan sent to the counties and departments alone: 湾里管理局 is no body it addresses.
    expect(unknown(nanchang("各县（区）人民政府、开发区管委会，市直各有关单位："))).toEqual(["湾里管理局"]);
  });

  it("are no slip of a registry name: a notice's typo is still one in the clauses", () => {
    const text = `${notice("各县（市、区）人民政府，市市场监官局：")}一、重点任务\n1.甲任务。开展工作。（责任单位：市市场监官局）\n`;
    expect(unknown(text)).toEqual(["市市场监官局"]);
  });

  it("are part of the units context: a clause rule's kept findings change with the notice", () => {
    const one = analyze(`${notice(ADDRESSEE)}${TASKS}`).plan;
    const other = analyze(`${notice("各县（市、区）人民政府，市政府各部门：")}${TASKS}`).plan;
    expect(unitsContextOf(one)).not.toBe(unitsContextOf(other));
  });
});
