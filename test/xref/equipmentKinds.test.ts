import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { keywordNamedEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A task on a kind of special equipment (电梯, 锅炉, 压力容器, 起重机械, 大型游乐设施 …) is a task on
 * 特种设备, which names the supervision item （二十六） (local-keywords.json "kinds", mapping.ts
 * `kindsOf`), where the kind is what the task works on, not what qualifies another item's word
 * (`kindIsObject`: 节能 of （四）, 制造 of the manufacturing items, 品牌 of （二十一）, 应急救援 of （十七）).
 */
const named = (heading: string) => keywordNamedEntries(builtinParents()[0]!, heading).map((entry) => entry.label);

it("names （二十六） by a kind of special equipment the heading works on", () => {
  expect(named("强化住宅电梯使用管理")).toEqual(["（二十六）"]);
  expect(named("加强锅炉压力容器安全管理")).toEqual(["（二十六）"]);
  expect(named("开展大型游乐设施、客运索道专项检查")).toEqual(["（二十六）"]);
  expect(named("规范气瓶充装")).toEqual(["（二十六）"]);
});

it("not where the kind qualifies another item's word: a retrofit for energy, a maker, a brand, a rescue service", () => {
  expect(named("推动锅炉节能改造")).toEqual(["（四）"]);
  expect(named("支持电梯制造企业做优做强")).not.toContain("（二十六）");
  expect(named("培育起重机械品牌")).not.toContain("（二十六）");
  expect(named("加强电梯应急救援服务")).not.toContain("（二十六）");
});

const PROVINCE = `示例省特种设备安全与质量提升行动方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
1.落实使用单位主体责任。督促特种设备生产、使用单位配备安全总监和安全员。
2.强化住宅电梯使用管理。推动住宅小区电梯使用单位落实管理责任，推广“物业+保险+维保”电梯管理模式，推进老旧住宅电梯更新改造。
3.推动锅炉节能环保改造。开展燃煤锅炉能效测试，淘汰落后低效锅炉，推广高效节能锅炉和清洁能源锅炉。
4.提高特种设备制造质量。支持压力容器、起重机械制造企业开展质量对标，提升产品可靠性。
5.培育特种设备制造品牌。支持电梯、起重机械骨干企业争创省级名牌产品。
6.加强电梯应急救援服务。完善电梯应急处置服务平台，推进96333电梯应急救援公共服务平台全覆盖。
`;

it("in a special-equipment plan, counts the lift task for （二十六） and leaves the energy, manufacturing, brand and rescue tasks theirs", () => {
  const credits = new Map(creditsOfTasks(PROVINCE));
  expect(credits.get("强化住宅电梯使用管理")).toContain("（二十六）");
  for (const heading of ["推动锅炉节能环保改造", "提高特种设备制造质量", "培育特种设备制造品牌", "加强电梯应急救援服务"]) {
    expect(credits.get(heading), heading).not.toContain("（二十六）");
  }
  expect(credits.get("推动锅炉节能环保改造")).toEqual(["（四）"]);
});

it("reads kinds the body works on one by one, each the object of its own verb, as the list it would be", () => {
  const credits = new Map(creditsOfTasks(`示例县2026年质量强县工作要点
为贯彻落实《质量强国建设纲要》，制定本要点。
一、重点工作
1.守护群众安全。加强电梯维保单位管理，推行按需维保；开展锅炉能效检测；规范气瓶充装。（责任单位：县市场监管局）
2.保障公共安全。加强电梯维护保养，开展锅炉能效测试，规范气瓶充装行为。（责任单位：县市场监管局）
3.推动锅炉节能环保改造。开展燃煤锅炉能效测试，淘汰落后低效锅炉，推广高效节能锅炉。（责任单位：县发展改革局）
4.提升重点产业质量。紧扣现代家具、有色金属、纺织服装等重点产业，推进质量对标提升。（责任单位：县工信局）
`));
  expect(credits.get("守护群众安全")).toContain("（二十六）");
  expect(credits.get("保障公共安全")).toContain("（二十六）");
  // One kind said again and again is one thing; kinds in a list of trades are trades.
  expect(credits.get("推动锅炉节能环保改造")).toEqual(["（四）"]);
  expect(credits.get("提升重点产业质量")).not.toContain("（十一）");
});
