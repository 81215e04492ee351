import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";
import { readSeed } from "../support/seeds";

/**
 * Words county plans write for outline items whose text says them otherwise: 传统产业改造 for
 * （七）'s 传统制造业技术迭代和质量升级, 区域公用品牌 for the brand item （二十一）, whose 区域 is no
 * （九）区域质量 (local-keywords.json). A task of green 传统产业 stays （四）'s.
 */
const PLAN = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
（一）推动制造业提质增效。实施“智改数转”行动，推进传统产业改造提升。（责任单位：县经信局）
（二）打造区域公用品牌。培育“示例好物”区域公用品牌，支持企业申报浙江制造认证。（责任单位：县市场监管局）
（三）推动传统产业绿色低碳转型。推广节能降碳技术，开展绿色产品认证。（责任单位：县发改局）
`;

it("counts 传统产业改造 for （七）, 区域公用品牌 for （二十一）, and a green 传统产业 task for （四）", () => {
  expect(creditsOfTasks(PLAN)).toEqual([
    ["推动制造业提质增效", ["（七）"]],
    ["打造区域公用品牌", ["（二十一）"]],
    ["推动传统产业绿色低碳转型", ["（四）"]],
  ]);
});

/**
 * A city plan whose tasks say the outline's items in the words local plans use: 卓越绩效 and
 * 精益生产 for （二十）'s 全面质量管理, 养老服务 and 托育服务 for （十七）'s 生活服务, 装配式建筑 and
 * 鲁班奖 for （十五）'s 中国建造, 儿童用品 and 老年用品 for （十一）'s 消费品, 先进制造业集群 and
 * 链主企业 for （八）'s 产业集群, 关键核心技术 for （三）'s 质量技术攻关. Each was counted for no item.
 */
const WORDED = `某某市质量强市建设三年行动方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.打造科创高地。依托高校院所共建质量攻关联合体，围绕关键核心技术开展联合攻关，推动科研成果就地转化。
2.提升“家门口”服务。推进家政、托育、养老服务标准化，发展普惠托育服务，扩大社区养老服务供给。
3.建设精品工程。推行建筑师负责制，推广装配式建筑和钢结构住宅，打造一批鲁班奖工程。
4.护航品质消费。推动家电、家具、服装等升级换代，加强儿童用品、老年用品质量安全监管。
5.培育链主企业。实施“链长制”，推动链主企业带动上下游配套企业协同提升质量，建设先进制造业集群。
6.推广卓越绩效。引导企业导入卓越绩效、精益生产等先进管理模式，设立首席质量官。
`;

it("counts the words city plans write for （三）, （八）, （十一）, （十五）, （十七） and （二十）", () => {
  expect(creditsOfTasks(WORDED)).toEqual([
    ["打造科创高地", ["（三）"]],
    ["提升“家门口”服务", ["（十七）"]],
    ["建设精品工程", ["（十五）"]],
    ["护航品质消费", ["（十一）"]],
    ["培育链主企业", ["（八）"]],
    ["推广卓越绩效", ["（二十）"]],
  ]);
});

/**
 * The words a city plan writes for the outline's service, farm-product, housing and
 * special-equipment items, where the item's text (unknown past its title for （十三） and
 * （十六）–（十八）) says them otherwise: 家政服务 and 便民生活圈 are （十七）'s 生活服务 (its
 * 大众餐饮和家政服务; a seed drafter annotated a 便民生活圈 task so), and a task on them headed
 * 服务业 was （七）'s, whose 服务业质量标准 is the sector at large; 绿色有机 is （十）'s 绿色食品、有机农产品
 * 认证, one word, so its 绿色 is not （四）'s green development; 食品检验检测 is （十）'s food safety,
 * as its 药品检验检测 is; 住宅工程 is （十三）'s works quality; 特种设备 is （二十六）'s safety
 * supervision; 人才培养 is （二十五）'s 质量人才. Each counted for no item, or for （七）/（四）.
 */
const CITY = `某某市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.提升服务业质量。推动家政服务提质扩容，发展社区养老服务，建设一刻钟便民生活圈。
2.推进便民生活圈建设。建设一刻钟便民生活圈，完善社区商业设施和服务网点。
3.发展绿色有机农产品。扩大绿色有机认证规模，提升食用农产品品质。
4.提升食品检验检测能力。建设食品检验检测中心，提升食品安全检验检测能力。
5.让住房更放心。推行住宅工程质量分户验收，开展住宅工程质量常见问题专项治理。
6.让电梯更安全。开展电梯、气瓶、压力管道等特种设备隐患排查，推行电梯按需维保。
7.强化质量人才支撑。实施质量人才培养计划，在高校开设质量工程专业。
`;

it("counts 家政服务 and 便民生活圈 for （十七）, 绿色有机 and 食品检验检测 for （十）, 住宅工程 for （十三）, 特种设备 for （二十六）, 人才培养 for （二十五）", () => {
  expect(creditsOfTasks(CITY)).toEqual([
    ["提升服务业质量", ["（十七）"]],
    ["推进便民生活圈建设", ["（十七）"]],
    ["发展绿色有机农产品", ["（十）"]],
    ["提升食品检验检测能力", ["（十）"]],
    ["让住房更放心", ["（十三）"]],
    ["让电梯更安全", ["（二十六）"]],
    ["强化质量人才支撑", ["（二十五）"]],
  ]);
});

/**
 * 质量信用 is （二十六）'s 信用监管 (the outline's supervision on credit), one word of its own (a term): as
 * a keyword its bigrams moved Jiangxi's 加快推进质量诚信体系建设 to （二十六）, and a task on credit alone
 * that grades its firms (分级分类管理) went to （二十二）'s 分级分类管理 of the testing institutions.
 * Jiangxi's task names （二十七）'s own word, 诚信, in its heading, and stays （二十七）'s.
 */
const CREDIT = `某某市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.加强质量信用建设。建立企业质量信用档案，推进质量信用信息归集共享，实施质量信用分级分类管理，对严重失信企业依法实施联合惩戒。
2.健全质量信用体系。完善企业质量信用记录，推行质量信用承诺制度，开展企业质量信用等级评价，依法公示质量失信信息。
3.完善质量信用奖惩机制。建立质量守信激励和失信惩戒机制，推动质量信用信息在政府采购、招标投标、评优评先中的应用。
4.加强质量诚信建设。开展质量诚信承诺活动，引导企业诚信经营，营造诚实守信的质量氛围。
`;

it("counts a task on 质量信用 alone for （二十六）, and one on 质量诚信 for （二十七）", () => {
  expect(creditsOfTasks(CREDIT)).toEqual([
    ["加强质量信用建设", ["（二十六）"]],
    ["健全质量信用体系", ["（二十六）"]],
    ["完善质量信用奖惩机制", ["（二十六）"]],
    ["加强质量诚信建设", ["（二十七）"]],
  ]);
  expect(creditsOfTasks(readSeed("jiangxi-2016")).find(([heading]) => heading === "加快推进质量诚信体系建设")).toEqual(["加快推进质量诚信体系建设", ["（二十七）"]]);
});

/**
 * A metrology plan, whose subject 计量 is weighed down in every task (planSubject.ts): the words
 * left of 加强社会公用计量标准建设 were its 社会, and it counted for （二十七）'s 社会共治.
 * 社会公用计量标准 is one term, the standards of （二十二）'s 计量 infrastructure; a task of
 * 诚信计量 stays （二十七）'s.
 */
const METROLOGY = `某市计量发展实施方案（2026—2030年）
为贯彻落实《计量发展规划（2021—2035年）》和《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
（一）加强社会公用计量标准建设。新建、改造一批社会公用计量标准，完善量值传递溯源体系。（责任单位：市市场监管局）
（二）推进诚信计量体系建设。在商业、服务业推行诚信计量自我承诺，组织诚信计量示范单位创建。（责任单位：市市场监管局）
（三）加强计量科技创新。开展计量关键技术研究，推动计量测试技术在产业中的应用。（责任单位：市科技局）
（四）加强民生计量监管。开展集贸市场、加油站等重点领域计量监督检查。（责任单位：市市场监管局）
`;

it("counts 社会公用计量标准 for （二十二） in a metrology plan, 诚信计量 for （二十七）", () => {
  const credits = new Map(creditsOfTasks(METROLOGY));
  expect(credits.get("加强社会公用计量标准建设")).toEqual(["（二十二）"]);
  expect(credits.get("推进诚信计量体系建设")).toEqual(["（二十七）"]);
});

/**
 * A county's everyday words for works, logistics, complaints and hazards (test/fixtures/qa/
 * county-quality-everyday.plan): 农村住房 is （十三）'s works quality, 农村物流 （十六）'s 现代物流,
 * 投诉举报 （二十七）'s 社会监督, 隐患排查 （二十六）'s 质量安全风险监测. Each counted for no item, or
 * for another.
 */
const COUNTY = `某某县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
1.提升农村住房建设质量。加强农村自建房质量安全管理，开展乡村建筑工匠培训，推广农房设计通用图集。
2.完善农村物流网络。建设县乡村三级物流配送体系，发展农村电商和冷链物流，推动快递进村。
3.畅通群众投诉渠道。畅通12315投诉举报渠道，发挥消费者协会作用，组织开展放心消费创建活动。
4.开展隐患排查治理。聚焦学校、医院、商场等人员密集场所，开展大型游乐设施、客运索道安全隐患专项排查整治。
`;

it("counts 农村住房 for （十三）, 农村物流 for （十六）, 投诉举报 for （二十七）, 隐患排查 for （二十六）", () => {
  expect(creditsOfTasks(COUNTY)).toEqual([
    ["提升农村住房建设质量", ["（十三）"]],
    ["完善农村物流网络", ["（十六）"]],
    ["畅通群众投诉渠道", ["（二十七）"]],
    ["开展隐患排查治理", ["（二十六）"]],
  ]);
});

/**
 * 质量强链 is what cities call the outline's 产业链供应链质量攻关 of （三）: a chain's firms, from its
 * 链主 down, attacking its quality bottlenecks together. A task named so scored 0.17 for （三） and
 * counted for nothing.
 */
const CHAINS = `某某市质量强市建设2026年工作要点
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本工作要点。
一、重点任务
1.实施制造业质量强链行动。围绕汽车及零部件、绿色石化、新材料等标志性产业链，开展质量攻关项目30个以上。
2.深化质量强链专项攻关。聚焦集成电路、生物医药产业链薄弱环节，组织上下游企业联合攻关。
`;

it("counts a 质量强链 task for （三）", () => {
  expect(creditsOfTasks(CHAINS)).toEqual([
    ["实施制造业质量强链行动", ["（三）"]],
    ["深化质量强链专项攻关", ["（三）"]],
  ]);
});
