import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * 工程 names a programme where it ends a word after what the programme does (产品质量提升工程, 品牌
 * 建设工程, “质量强基”工程): no construction, and no task of （十三）强化工程质量保障, whose title word it
 * is. Written with what works are (工程质量, 建设工程品质, 重大工程) it is works, and stays （十三）'s.
 */
const PLAN = `某市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.实施产品质量提升工程。聚焦家用电器、服装鞋帽、儿童用品等消费品，开展质量比对和风险监测，每年推动200家企业对标达标。
2.实施品牌建设工程。培育区域公用品牌，支持企业争创知名品牌，到2027年新增省级品牌50个。
3.实施中小企业“质量强基”工程。帮助中小企业建立质量管理体系，开展质量诊断服务。
4.实施品牌培育工程。到2026年新增“好品”企业20家。
5.实施产品质量提升工程。每年组织100家企业开展质量比对提升。
6.加强重大工程质量管理。落实建设单位首要责任和工程质量终身责任制，推进水利、交通重大工程质量监督全覆盖。
7.促进建设工程品质提升。推行工程质量潜在缺陷保险，开展住宅工程质量分户验收。
`;
const WORKS = "（十三）";
const outline = builtinParents()[0]!;
const candidates = mapTasks(buildPlan(PLAN), outline).map((mapping) => mapping.candidates.map((c) => c.entry.label));
const credits = creditsOfTasks(PLAN).map(([, labels]) => labels);

it("reads 工程 after what a programme does as the programme's name, not as works", () => {
  for (const task of [0, 1, 2, 3, 4]) {
    expect(candidates[task], PLAN.split("\n")[task + 3]).not.toContain(WORKS);
    expect(credits[task]).not.toContain(WORKS);
  }
});

it("leaves the programme's own subject its credit", () => {
  expect(credits[0]![0]).toBe("（十一）");
  expect(credits[1]).toEqual(["（二十一）"]);
  expect(credits[3]).toEqual(["（二十一）"]);
});

it("keeps 工程 written with what works are the works item's", () => {
  expect(credits[5]![0]).toBe(WORKS);
  expect(credits[6]![0]).toBe(WORKS);
});

it("reads the 工程 of 工程师 as a person's word, not as works", () => {
  const [mapping] = mapTasks(buildPlan(`某县质量工作要点\n为贯彻落实《质量强国建设纲要》，制定本要点。\n一、重点工作\n1.加强质量人才培养。依托职业院校开设质量管理培训班，培育质量工程师50名。\n`), outline);
  expect(mapping!.candidates.map((c) => c.entry.label)).not.toContain(WORKS);
});
