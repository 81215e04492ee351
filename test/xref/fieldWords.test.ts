import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { headingNames, writesFieldWord } from "../../server/src/core/xref/mapping";

/**
 * What a credit by likeness needs (mapping.ts `writesFieldWord`): a word of the outline's field in
 * the task or its plan's title — the subject 质量, a keyword or term naming one item, a title's word
 * for what quality is of (产业, 食品, 品牌). The words any field's plans share with the outline (监管,
 * 安全, 隐患排查, 主体责任, the safeguards' 宣传 and 领导) make no task the outline's.
 */
const outline = builtinParents()[0]!;
const item = (label: string) => outline.items.find((entry) => entry.label === label)!;
const SAFETY = "东港区安全生产治本攻坚三年行动实施方案（2024—2026年）";
const QUALITY = "东港区质量强区建设实施方案";

it("finds no word of the field in a work-safety plan's tasks, and finds it in the same words under a quality plan's title", () => {
  expect(writesFieldWord(outline, "落实部门监管责任", "厘清行业部门安全监管职责，消除监管盲区。", SAFETY)).toBe(false);
  expect(writesFieldWord(outline, "开展重大事故隐患排查", "推动企业建立隐患自查自改自报闭环管理机制。", SAFETY)).toBe(false);
  expect(writesFieldWord(outline, "压实企业主体责任", "健全全员安全生产责任制。", SAFETY)).toBe(false);
  expect(writesFieldWord(outline, "加强安全宣传教育", "深入开展“安全生产月”活动。", SAFETY)).toBe(false);
  // A plan's genre (实施方案, a keyword of （三十）) is no word of its subject.
  expect(writesFieldWord(outline, "强化督导检查", "", SAFETY)).toBe(false);
  expect(writesFieldWord(outline, "推进网络交易监管", "", QUALITY)).toBe(true);
  // A title that names a sector of the outline (标准化 of its quality infrastructure) makes the plan the field's.
  expect(writesFieldWord(outline, "培育标准化人才", "开展标准化业务培训。", "示例市标准化发展行动计划")).toBe(true);
  expect(writesFieldWord(outline, "培育标准化人才", "开展标准化业务培训。", SAFETY)).toBe(false);
});

it("finds the field's own words in a task whatever its plan", () => {
  expect(writesFieldWord(outline, "开展特种设备隐患排查", "", SAFETY)).toBe(true);
  expect(writesFieldWord(outline, "守好电梯和气瓶安全", "", SAFETY)).toBe(true);
  expect(writesFieldWord(outline, "加快农业品牌建设", "培育农产品品牌10个。", SAFETY)).toBe(true);
  expect(writesFieldWord(outline, "推动制造业提质增效", "引导陶瓷产业向中高端迈进。", SAFETY)).toBe(true);
  expect(writesFieldWord(outline, "提升窗口服务质量", "推行“好差评”制度。", "西城区2026年优化营商环境行动方案")).toBe(true);
  // 竞争 is what quality's title does (提高产业质量竞争水平), not what quality is of.
  expect(writesFieldWord(outline, "维护公平竞争秩序", "查处滥用行政权力排除限制竞争行为。", "西城区2026年优化营商环境行动方案")).toBe(false);
});

it("reads a keyword's word written after the subject as quality's: 人才 of 质量人才 after another's words names no item", () => {
  expect(headingNames(outline, "落实高层次人才引进政策", item("（二十五）"))).toBe(false);
  expect(headingNames(outline, "实施青年人才安居工程", item("（二十五）"))).toBe(false);
  expect(headingNames(outline, "加强质量人才培养", item("（二十五）"))).toBe(true);
  expect(headingNames(outline, "加强人才队伍建设", item("（二十五）"))).toBe(true);
});

it("reads a title's verb and praise as no word of the field, a title's qualifier only with what it qualifies, and nothing after a subjectless title's thing", () => {
  const ECO = "青山区2025年生态环境保护工作实施方案";
  const BUSINESS = "西城区2026年优化营商环境行动方案";
  const DEMAND = "某某区2026年扩大内需行动方案";
  // Each task with whether it writes a word of the field.
  const tasks: Array<readonly [string, string, string, boolean]> = [
    // 树立, 争创 (the titles' verbs), 国内 and 知名 (争创国内国际知名品牌's praise) are written in a title only.
    ["树立绿色发展理念", "", ECO, false],
    ["争创国内知名景区", "", ECO, false],
    // 工业 qualifies （十二）'s 工业品, 公共 （十八）'s 公共服务: theirs only with what the parent writes after them.
    ["推进工业企业深度治理", "推动钢铁、水泥行业超低排放改造。", ECO, false],
    ["健全社会信用体系", "推进公共信用信息归集共享。", BUSINESS, false],
    ["完善城市停车设施", "建设公共停车场。", BUSINESS, false],
    ["推动工业品提质", "", ECO, true],
    ["推动工业软件攻关", "", ECO, true],
    ["优先发展公共交通", "", ECO, true],
    ["推进公共服务均等化", "", BUSINESS, true],
    // 生活 qualifies （十七）'s 服务, a head a third of the items write (qa-43a): 生活垃圾 and 居民生活 are another
    // field's; 生活服务 and 生活性服务业 (the attributive 性, as mapping.ts reads it) the parent's.
    ["推进生活垃圾分类", "建设生活垃圾转运站。", ECO, false],
    ["提升居民生活便利度", "", BUSINESS, false],
    ["提升生活服务品质", "", BUSINESS, true],
    ["推进生活性服务业发展", "", BUSINESS, true],
    // A head stays a word of the field alone: 食品 of 农产品食品药品, 品牌 of 知名品牌.
    ["加强餐饮食品安全", "", BUSINESS, true],
    ["推进商标品牌建设", "", BUSINESS, true],
    // 优化消费品供给品类 writes 消费品, which （十一）'s keywords write before the subject (消费品质量标准): what the
    // title's subject is of; what it writes after it (供给品类) is what is done with it, as after 质量 (qa-44f).
    ["优化住房供给", "加快保障性住房建设。", DEMAND, false],
    ["扩大租赁住房供给", "盘活存量房屋。", DEMAND, false],
    ["优化能源供给", "推进天然气管网建设。", DEMAND, false],
    ["提升消费品供给水平", "", DEMAND, true],
    ["推动消费品以旧换新", "", DEMAND, true],
    ["培育老字号品牌", "", DEMAND, true],
    ["放心消费创建", "", DEMAND, true],
  ];
  expect(tasks.filter(([heading, body, title, field]) => writesFieldWord(outline, heading, body, title) !== field)).toEqual([]);
});
