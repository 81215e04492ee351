import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * Credits reviewers found missing (test/fixtures/qa/, test/xref/sector-plans/): tasks in a county's
 * words for the outline's green item （四）, its traditional industries （七）, its clusters （八）
 * and the firm's responsibility for its quality （二十） (local-keywords.json), each written here
 * in other words than the reviewed plans': a kiln, a furniture industry, a development zone.
 */
const MISSED = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
1.推动锅炉节能环保改造。开展燃煤锅炉能效测试，淘汰落后低效锅炉，推广高效节能锅炉和清洁能源锅炉。
2.推进陶瓷窑炉节能改造。推广宽体节能窑炉，开展余热回收利用。
3.推动家具产业技术改造。引导家具企业开展技术改造，推广自动化、智能化生产线。
4.做强经济开发区主导产业。围绕机电、新材料两个主导产业，推动园区企业上下游配套协作。
5.落实生产经营单位主体责任。督促生产经营单位配备质量安全员，建立质量安全日管控制度。
6.推动工业固废综合利用。推进陶瓷废渣、竹木边角料等工业固废资源化利用，发展再生建材产品。
`;

it("counts a county's retrofit, traditional-industry, park and firm-responsibility tasks for （四）（七）（八）（二十）", () => {
  expect(creditsOfTasks(MISSED).map(([heading, labels]) => [heading, labels[0]])).toEqual([
    ["推动锅炉节能环保改造", "（四）"],
    ["推进陶瓷窑炉节能改造", "（四）"],
    ["推动家具产业技术改造", "（七）"],
    ["做强经济开发区主导产业", "（八）"],
    ["落实生产经营单位主体责任", "（二十）"],
    ["推动工业固废综合利用", "（四）"],
  ]);
});

/**
 * A word an item has only from local plans' phrase for it (住宅 of （十三）'s 住宅工程) is that
 * item's only where the task writes the phrase's other words (mapping.ts `boundGrams`): a lift
 * task in homes is no works task. And a heading that writes an item's own phrase (工程质量 of
 * （十三）) keeps it, whatever keyword of another it writes beside (主体责任 of （二十）:
 * mapping.ts `writesOwnPhrase`).
 */
const FALSE = `示例省特种设备安全监管工作要点
为贯彻落实《质量强国建设纲要》，制定本要点。
一、重点任务
1.强化住宅电梯使用管理。推动住宅小区电梯使用单位落实管理责任，推广“物业+保险+维保”电梯管理模式，推进老旧住宅电梯更新改造。
2.提升住宅工程质量。落实住宅工程质量分户验收制度，治理住宅工程渗漏、开裂等质量常见问题。
3.落实工程质量主体责任。强化建设单位首要责任，落实勘察、设计、施工、监理等参建单位质量终身责任。
`;

it("counts no lift task for the works item （十三）, while a works task of 住宅工程 and one of 工程质量主体责任 stay its", () => {
  const credits = creditsOfTasks(FALSE);
  expect(credits[0]![1]).not.toContain("（十三）");
  expect(credits[1]).toEqual(["提升住宅工程质量", ["（十三）"]]);
  expect(credits[2]![1][0]).toBe("（十三）");
  expect(credits[2]![1]).not.toContain("（二十）");
});

/**
 * Credits still missing in the county's industrial plan (test/fixtures/qa/county-industry-everyday.plan),
 * here in other words: a county's 智改数转 (its 制造业高端化、智能化: （七）), its 龙头企业 (the
 * 链主企业 of its clusters: （八）) and its 绿色园区 (（四）), local-keywords.json.
 */
const COUNTY_WORDS = `示例县制造业质量提升行动方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
1.推动纺织服装企业“智改数转”。引导规上企业上云用数，建设一批数字化车间。
2.支持龙头企业做大做强。鼓励龙头企业兼并重组，带动上下游企业协作配套。
3.推进绿色园区创建。推动县工业集中区开展循环化改造，争创省级绿色园区。
`;

it("counts a county's 智改数转, 龙头企业 and 绿色园区 tasks for （七）（八）（四）", () => {
  expect(creditsOfTasks(COUNTY_WORDS).map(([heading, labels]) => [heading, labels[0]])).toEqual([
    ["推动纺织服装企业“智改数转”", "（七）"],
    ["支持龙头企业做大做强", "（八）"],
    ["推进绿色园区创建", "（四）"],
  ]);
});

/**
 * A district's 政府质量奖 (test/fixtures/qa/district-work-points-2026.plan: 争创各级政府质量奖), the award of a
 * province, city or county: （二十五）'s 中国质量奖 and 质量激励 as local plans name it (local-keywords.json
 * "terms"), here in other words. Its 政府 went to （二十九）'s 各级党委和政府 before.
 */
const AWARD_WORDS = `示例市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.组织申报省政府质量奖。遴选质量管理水平高的企业申报，做好培育辅导。
2.开展市政府质量奖评审。修订评审管理办法，对获奖组织给予奖励。
`;

it("counts a plan's 政府质量奖 tasks for （二十五）", () => {
  expect(creditsOfTasks(AWARD_WORDS).map(([heading, labels]) => [heading, labels[0]])).toEqual([
    ["组织申报省政府质量奖", "（二十五）"],
    ["开展市政府质量奖评审", "（二十五）"],
  ]);
});
