import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A body that names the heading's thing again, more narrowly (农产品品牌, 区域公用品牌 under
 * 加快农业品牌建设), says the task is about that thing: its restatements weigh as the heading's words
 * (mapping.ts `restatedHeads`), and what stands before the head in them (农产品 of 农产品品牌) says
 * which of it (`restatedQualifiers`). Before, the longer the body, the more its 农产品 drew the task
 * to （十） and the less its heading's 品牌 weighed, until it counted for nothing.
 */
/** The items one task counts for, in a county's work points of that task alone. */
function creditsOf(task: string): string[] | undefined {
  const text = `某县2026年质量强县工作要点\n为贯彻落实《质量强国建设纲要》，制定本要点。\n一、重点工作\n1.${task}（责任单位：县农业农村局）\n`;
  return creditsOfTasks(text)[0]?.[1];
}

it("counts a brand task for （二十一） however long the body that restates its 品牌", () => {
  expect(creditsOf("加快农业品牌建设。实施农产品品牌提升行动，培育区域公用品牌，推动农产品品牌进商超、进电商平台，支持家庭农场和合作社申报绿色食品、有机农产品、地理标志农产品认证，提升农产品品牌影响力。")).toContain("（二十一）");
});

it("and a short one in a county's words", () => {
  expect(creditsOf("加快农业品牌建设。培育农产品品牌10个，支持合作社和家庭农场申报绿色食品、有机农产品认证。")).toContain("（二十一）");
});

it("not where the body never restates the heading's head: its words are the body's", () => {
  expect(creditsOf("加快农业品牌建设。推行承诺达标合格证制度，开展农兽药残留超标专项整治，加强农产品质量安全监测，推进绿色食品、有机农产品认证。")).toContain("（十）");
});

it("not a heading whose head follows words the parent never writes: the body says what the figure stands for", () => {
  expect(creditsOf("守护舌尖上的安全。推进“明厨亮灶”建设，开展校园及周边食品安全专项整治，加强小作坊、小摊贩、小餐饮管理。")).toEqual(["（十）"]);
});
