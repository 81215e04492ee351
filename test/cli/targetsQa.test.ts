import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { analyze } from "../../server/src/core/analyze";
import { registryOfPlan } from "../../server/src/core/units/documentLevel";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";
import { checkedFindings, jsonReport } from "../support/cli";

/**
 * Two plans written for a review of targets (test/fixtures/targets-qa/), read as a reviewer reads
 * a 主要目标 part full of indicators: a city's 检验检测能力提升 plan for 2025—2027 (counts in 家, 项,
 * 份, 场次, 人次, 万家次, 座, 万台件; a range of 2—3个; times cut to 个工作日 and 天; a table of
 * indicators with its 2024年基数) and a city's 优化营商环境质量服务 plan for 2026—2030 (its
 * “十四五”期间 record, changes from two base years given 分别, times cut by a share, 分钟, 万家, a
 * table of times beside their 2025 figures). Times are better short: a shorter time than the base
 * is no finding, the planted longer one is (特种设备定期检验平均用时 6 → 8天). A third, a city's
 * 计量发展 action plan for 2026—2030, reports its 2025 figures in a 发展基础 (counts with no verb,
 * 共有, 拥有, figures stated with 为, a sum and its growth) and sets 16 goals and a table of 8 in the ways drafters
 * write them (达到…以上, 新建, 力争新增2—3个, 总数达到, 稳定在, 不低于, 压缩至…以内, 控制在…以内,
 * 提高2个百分点, 由…提高到, 年均增长, 每年为…检定校准…不少于, 累计…, a table pasted as text with a
 * 新增 cell); its planted defect is a goal below the figure its 发展基础 reports. Every row and
 * finding below was checked by reading the plan. A fourth, a city's 2026 工作要点, is a one-year plan
 * (全年, 年内, 年底前, 较上年) after the outline's year; the last, a district's 2026 市场监管 工作要点,
 * names who does the work before its counts and pastes its table from WPS. A city's 2026 消费品质量提升
 * 和个体工商户发展 工作方案 (its year after its place, before a topic of two parts) counts in 万户,
 * 万人次, 万份, 万册, 万批次 and 亿元, reports 2025's figures in a sentence of their own, gives changes
 * from two base years in a 与…相比 clause, what two years gone by added and what 2026 adds, a list
 * whose second count brings its own verb (快检…、抽检…), and a table pasted from WPS (％); its
 * planted defect is a table figure in 人次 apart from the goals' 万人次. A city's 标准化提升 action plan
 * (2026—2028) sets goals in prose and in a 主要指标表, a base said once (与2025年相比，…), stretch
 * goals of an earlier year (力争到2027年, 力争2027年新建…) and a task's count of its year whose noun
 * ends on a verb (2026年完成…示范创建12家); a city's 知识产权强市 plan (2026—2030) reports its 2025
 * figures and sets goals in 万件 and per 万人口, changes from a base said once and per year. A
 * province's 计量支撑产业 plan (2026—2030) sets goals under two horizons (到2027年 then 到2030年 and
 * its —— lines), per 万人口 and per 万家 enterprises, a range, 倍, 亿元, 累计/新增/年均, a table with a
 * 2025 base and 2027 and 2030 columns, and tasks dated by the year their sentence opens on; its
 * planted defect is the table's 2027 figure apart from the goals'. A city's 食品安全放心工程 plan
 * (2026—2028) sets rates with 以上/左右/不低于, a range (90%—95%), 每千人 批次, 个百分点 from a base,
 * 亿元, none of an event, and its tasks count 万批次, 场次 and cases 移送; its planted defect is a
 * 食品抽检合格率 below the outline's. A county's 知识产权强县建设 plan (2025—2027) sets goals for 2025 and 2027
 * with a table of both years beside 2024's base, and funds two sums after one verb; a city's 质量基础设施
 * “一站式”服务 plan (2026—2027) sets its goals under year labels and in tasks (a month's deadline, 在…,
 * 帮助…获得…, 上线, sums saved); their planted slips are a goal below the outline and a task apart from a goal.
 * A city's 质量认证提升 plan (2024—2026) reports 2023's figures, sets goals in 家, 张, 家次, % and 分 with
 * a table beside 2023's base, names who does yearly work before 年 and 每年 (said once for the counts after it), says 每年 once before clauses
 * with no figure, and funds a yearly sum for two stages (到2025年…；到2026年…); its planted slip is a
 * 制造业产品质量合格率 below the outline's 2025 figure. A county's 农产品质量安全提升 plan (2026—2028) reports
 * 2025's figures, sets yearly (每年…) and cumulative (累计新增…) goals and a table beside 2025's base
 * with spans noted after the figures, and its tasks say 每年 once before a level, name two bodies
 * before 每年联合开展 (one pair no registry lists), count sessions in 场 and papers 开具; it plants no defect.
 */
const DIR = join(__dirname, "..", "fixtures", "targets-qa");

interface Row {
  path: string[];
  indicator: string;
  kind: string;
  comparator: string;
  value: number | null;
  upper: number | null;
  unit: string;
  qualifier: string;
  horizon: number | null;
  baseYear: number | null;
  baseValue: number | null;
  cumulative: boolean;
  inGoals: boolean;
}

/** Each target as the report shows it: where, what, how, how much, by when, from what. */
async function rows(name: string): Promise<unknown[][]> {
  const report = await jsonReport<{ rows: Row[] }>("targets", join(DIR, name));
  return report.rows.map((r) => [r.path.join(""), r.indicator, r.kind, r.comparator, r.value, r.upper, r.unit, r.qualifier, r.horizon, r.baseYear, r.baseValue, r.cumulative, r.inGoals]);
}

async function findings(name: string): Promise<string[]> {
  return (await checkedFindings(join(DIR, name))).map((finding) => `${finding.range.start.line + 1} ${finding.rule} ${finding.message}`);
}

describe("a city's 检验检测能力提升 plan", () => {
  it("reads every indicator of its goals, its table and its tasks, in the units it writes", async () => {
    expect(await rows("city-testing-capacity.plan")).toEqual([
      ["二、（二）", "服务效率", "direction", "明显提升", null, null, "", "", 2027, null, null, false, true],
      ["二、（二）", "检验检测机构", "level", "达到", 220, null, "家", "以上", 2027, null, null, false, true],
      ["二、（二）", "省级以上质检中心", "count", "新建", 2, 3, "个", "", 2027, null, null, false, true],
      ["二、（二）", "社会公用计量标准", "count", "新增", 30, null, "项", "", 2027, null, null, false, true],
      ["二、（二）", "检验检测服务业营业收入", "delta", "年均增长", 8, null, "%", "以上", 2027, null, null, false, true],
      ["二、（二）", "检验检测报告平均出具时间", "level", "压缩至", 5, null, "个工作日", "以内", 2027, null, null, false, true],
      ["二、（二）", "计量器具平均检定周期", "level", "缩短到", 7, null, "天", "以内", 2027, null, null, false, true],
      ["二、（二）", "能力验证满意率", "level", "不低于", 95, null, "%", "", 2027, null, null, false, true],
      ["二、（二）", "检验检测机构监督抽查合格率", "level", "稳定在", 98, null, "%", "以上", 2027, null, null, false, true],
      ["二、（二）", "消费者对检验检测服务的投诉处理时限", "level", "不超过", 15, null, "天", "", 2027, null, null, false, true],
      // 累计 said once: every count its sentence lists after it is a total.
      ["二、（二）", "“计量服务进企业”活动", "count", "开展", 200, null, "场次", "", 2027, null, null, true, true],
      ["二、（二）", "中小企业", "count", "服务", 3, null, "万家次", "", 2027, null, null, true, true],
      ["二、（二）", "企业计量人员", "count", "培训", 5000, null, "人次", "", 2027, null, null, true, true],
      ["二、（二）", "检验检测团体标准", "count", "发布", 12, null, "份", "", 2027, null, null, true, true],
      ["二、（二）", "检验检测机构数量", "level", "≥", 220, null, "家", "", 2027, 2024, 186, false, true],
      ["二、（二）", "检验检测报告平均出具时间", "level", "", 5, null, "个工作日", "", 2027, 2024, 7, false, true],
      ["二、（二）", "计量器具平均检定周期", "level", "", 7, null, "天", "", 2027, 2024, 10, false, true],
      ["二、（二）", "能力验证满意率", "level", "≥", 95, null, "%", "", 2027, 2024, 93.5, false, true],
      ["二、（二）", "检验检测服务业营业收入", "level", "", 36, null, "亿元", "", 2027, 2024, 28.6, false, true],
      // Beside its base of 4 built, 6 is how many will stand: a level held to its base, no count of new ones.
      ["二、（二）", "检验检测公共服务平台", "level", "", 6, null, "个", "", 2027, 2024, 4, false, true],
      ["二、（二）", "特种设备定期检验平均用时", "level", "", 8, null, "天", "", 2027, 2024, 6, false, true],
      ["三、（一）2.", "绿色低碳计量标准", "count", "新建", 8, null, "项", "", 2027, null, null, false, false],
      ["三、（一）2.", "计量测试服务站", "count", "建成", 15, null, "座", "", 2027, null, null, false, false],
      ["三、（二）3.", "加急检测用时", "delta", "缩短", 50, null, "%", "", 2027, null, null, false, false],
      // How often before who does the work: a count of 计量器具, 每年 kept with its verb.
      ["三、（二）4.", "计量器具", "count", "每年校准不少于", 1, null, "万台件", "", 2027, null, null, false, false],
    ]);
  });

  it("reports the planted longer time and nothing of the valid variety", async () => {
    expect(await findings("city-testing-capacity.plan")).toEqual([
      "21 targets/weaker-than-baseline “特种设备定期检验平均用时”的目标“8天”高于方案自己给出的基期数值2024年的6天（该指标越低越好）：请核对目标或基期数值",
    ]);
  });
});

describe("a city's 优化营商环境质量服务 plan for the 十五五 period", () => {
  it("reads times cut, changes from two base years, and its table of times as times", async () => {
    expect(await rows("city-business-environment-quality.plan")).toEqual([
      ["一、（二）", "企业开办时间", "level", "稳定在", 0.5, null, "个工作日", "以内", 2030, null, null, false, true],
      ["一、（二）", "工业产品生产许可证审批时限", "level", "压减至", 5, null, "个工作日", "", 2030, null, null, false, true],
      ["一、（二）", "特种设备检验报告出具时限", "delta", "缩短", 30, null, "%", "", 2030, null, null, false, true],
      ["一、（二）", "政务服务事项平均办理时间", "delta", "压缩", 50, null, "%", "", 2030, 2023, null, false, true],
      ["一、（二）", "政务服务事项平均办理时间", "delta", "压缩", 20, null, "%", "", 2030, 2025, null, false, true],
      ["一、（二）", "市场主体满意度", "level", "提高到", 92, null, "分", "以上", 2030, null, null, false, true],
      ["一、（二）", "质量投诉举报按时办结率", "level", "达到", 99, null, "%", "以上", 2030, null, null, false, true],
      ["一、（二）", "质量基础设施“一站式”服务站", "count", "新建", 20, null, "个", "", 2030, null, null, false, true],
      ["一、（二）", "质量帮扶企业", "count", "开展", 5000, null, "家次", "", 2030, null, null, true, true],
      // A coverage is where the reach stands: a level, as the table's row below reads it.
      ["一、（二）", "质量技术服务覆盖企业", "level", "", 8, null, "万家", "以上", 2030, null, null, false, true],
      ["一、（二）", "质量服务进园区活动", "count", "年均开展不少于", 50, null, "场", "", 2030, null, null, false, true],
      ["一、（二）", "平均等待时长", "level", "控制在", 15, null, "分钟", "以内", 2030, null, null, false, true],
      ["一、（二）", "企业开办时间", "level", "", 0.5, null, "个工作日", "", 2030, 2025, 1, false, true],
      ["一、（二）", "工业产品生产许可证审批时限", "level", "", 5, null, "个工作日", "", 2030, 2025, 10, false, true],
      ["一、（二）", "市场主体满意度", "level", "≥", 92, null, "分", "", 2030, 2025, 88.6, false, true],
      ["一、（二）", "质量服务进园区活动", "level", "≥", 50, null, "场", "", 2030, 2025, 40, false, true],
      ["一、（二）", "质量技术服务覆盖企业", "level", "", 8, null, "万家", "", 2030, 2025, 5.2, false, true],
      ["二、（一）1.", "审批时间", "level", "控制在", 3, null, "天", "以内", 2030, null, null, false, false],
      ["二、（二）3.", "服务企业", "count", "每年不少于", 1000, null, "家次", "", 2030, null, null, false, false],
    ]);
  });

  it("reports the planted empty task and no time as a goal below its base", async () => {
    expect(await findings("city-business-environment-quality.plan")).toEqual([
      "21 structure/empty-task 任务“2.提升特种设备检验效率”只有标题和责任单位，没有具体内容：应写明要做的工作，或删除此项",
    ]);
  });
});

describe("a city's 计量发展 action plan for 2026—2030", () => {
  const PLAN = "city-metrology-action.plan";

  it("reads every goal, in the text and in its table, as the drafter wrote it", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、（二）——", "社会公用计量标准", "level", "达到", 450, null, "项", "以上", 2030, null, null, false, true],
      ["二、（二）——", "最高等级计量标准", "count", "新建", 15, null, "项", "", 2030, null, null, false, true],
      ["二、（二）——", "省级以上产业计量测试中心", "count", "新增", 2, 3, "个", "", 2030, null, null, false, true],
      ["二、（二）——", "注册计量师总数", "level", "达到", 600, null, "名", "", 2030, null, null, false, true],
      ["二、（二）——", "强制检定计量器具受检率", "level", "稳定在", 98, null, "%", "以上", 2030, null, null, false, true],
      ["二、（二）——", "重点用能单位能源计量器具配备率", "level", "不低于", 98, null, "%", "", 2030, null, null, false, true],
      ["二、（二）——", "计量器具平均检定周期", "level", "压缩至", 5, null, "个工作日", "以内", 2030, null, null, false, true],
      ["二、（二）——", "计量投诉举报处理时限", "level", "控制在", 10, null, "个工作日", "以内", 2030, null, null, false, true],
      ["二、（二）——", "民生计量抽查合格率", "delta", "提高", 2, null, "个百分点", "", 2030, null, null, false, true],
      ["二、（二）——", "计量纠纷调解成功率", "level", "提高到", 95, null, "%", "", 2030, null, 90, false, true],
      ["二、（二）——", "计量技术机构能力验证满意率", "level", "达到", 93, null, "%", "", 2030, null, null, false, true],
      ["二、（二）——", "计量技术服务业营业收入", "delta", "年均增长", 8, null, "%", "以上", 2030, null, null, false, true],
      ["二、（二）——", "计量技术服务业营业收入", "level", "达到", 18, null, "亿元", "", 2030, null, null, false, true],
      // How often before who it is done for, and a pair of services as one verb.
      ["二、（二）——", "计量器具", "count", "每年检定校准不少于", 2, null, "万台件", "", 2030, null, null, false, true],
      // 累计 said once governs the count after it.
      ["二、（二）——", "“计量服务进园区”活动", "count", "开展", 150, null, "场次", "", 2030, null, null, true, true],
      ["二、（二）——", "服务企业", "count", "", 5000, null, "家次", "", 2030, null, null, true, true],
      // The 主要指标表, each row beside its 2025年基数; 新增2—3个 a count of new things, never held to its base.
      ["二、（二）——", "社会公用计量标准", "level", "≥", 450, null, "项", "", 2030, 2025, 386, false, true],
      ["二、（二）——", "强制检定计量器具受检率", "level", "≥", 98, null, "%", "", 2030, 2025, 96.5, false, true],
      ["二、（二）——", "重点用能单位能源计量器具配备率", "level", "", 98, null, "%", "", 2030, 2025, 95.2, false, true],
      ["二、（二）——", "计量器具平均检定周期", "level", "≤", 5, null, "个工作日", "", 2030, 2025, 8, false, true],
      ["二、（二）——", "注册计量师", "level", "", 600, null, "名", "", 2030, 2025, 420, false, true],
      ["二、（二）——", "计量技术服务业营业收入", "level", "", 18, null, "亿元", "", 2030, 2025, 12.6, false, true],
      ["二、（二）——", "省级以上产业计量测试中心", "count", "新增", 2, 3, "个", "", 2030, 2025, 3, false, true],
      ["二、（二）——", "民生计量抽查合格率", "level", "", 96, null, "%", "", 2030, 2025, 94, false, true],
      ["三、（一）1.", "社会公用计量标准", "count", "每年新建不少于", 12, null, "项", "", 2030, null, null, false, false],
      ["三、（一）2.", "省级产业计量测试中心", "count", "建成", 1, null, "个", "", 2028, null, null, false, false],
      ["三、（二）3.", "计量器具", "count", "每年检定校准", 2, null, "万台件", "", 2030, null, null, false, false],
      // 年均 before who does the work is the count's, kept with its verb.
      ["三、（二）3.", "服务企业", "count", "年均", 300, null, "家次", "以上", 2030, null, null, false, false],
    ]);
  });

  it("reads every figure its 发展基础 reports, each with its own indicator, as the year's level", () => {
    const targets = extractTargets(buildPlan(readFileSync(join(DIR, PLAN), "utf8"))).targets.filter((t) => t.baseline);
    expect(targets.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.horizon, t.cumulative])).toEqual([
      ["社会公用计量标准", "level", "", 386, "项", 2025, false],
      ["最高等级计量标准", "level", "", 52, "项", 2025, false],
      ["依法设置计量技术机构", "level", "", 5, "家", 2025, false],
      ["注册计量师", "level", "", 420, "名", 2025, false],
      ["强制检定计量器具受检率", "level", "为", 96.5, "%", 2025, false],
      ["重点用能单位能源计量器具配备率", "level", "达到", 95.2, "%", 2025, false],
      ["计量器具平均检定周期", "level", "为", 8, "个工作日", 2025, false],
      ["计量技术机构能力验证满意率", "level", "为", 95, "%", 2025, false],
      ["计量技术服务业营业收入", "level", "", 12.6, "亿元", 2025, false],
      ["计量技术服务业营业收入", "delta", "年均增长", 9.5, "%", 2025, false],
      ["省级以上产业计量测试中心", "level", "", 3, "个", null, false],
      ["国家级产业计量测试中心", "level", "", 1, "个", null, false],
      ["计量器具", "count", "检定校准", 8.6, "万台件", 2025, true],
    ]);
  });

  it("reports the planted goal below its reported figure, and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "14 targets/weaker-than-baseline “计量技术机构能力验证满意率”的目标“93%”低于方案自己给出的现状数值95%（该指标越高越好）：请核对目标或现状数值",
    ]);
  });
});

/**
 * A city's 2026年 质量强市建设工作要点: a one-year plan (全年, 年内, 年底前, 较上年) whose 主要目标
 * paragraph and table (2025年完成 | 2026年计划) name the outline's indicators (their 2025 goals are history to a plan of 2026: shown,
 * not compared) and whose tasks set some thirty counts in the ways a 工作要点 writes them; its
 * planted slip is a task restating the goals' 食品抽检合格率 with a lower figure.
 */
describe("a city's 2026 工作要点", () => {
  const PLAN = "city-annual-work-points.plan";

  it("reads every goal and every count of its tasks, all of the plan's year", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、", "制造业产品质量合格率", "level", "达到", 95, null, "%", "以上", 2026, null, null, false, true],
      ["一、", "食品抽检合格率", "level", "稳定在", 98.5, null, "%", "以上", 2026, null, null, false, true],
      // 为 in the goals: a level to reach, as 达到.
      ["一、", "农产品质量安全例行监测合格率", "level", "为", 98, null, "%", "", 2026, null, null, false, true],
      ["一、", "制造业质量竞争力指数", "level", "达到", 86.5, null, "", "", 2026, null, null, false, true],
      // 较上年 in an annual plan: a change this year, no report.
      ["一、", "工程质量抽查符合率", "delta", "较上年提高", 0.5, null, "个百分点", "", 2026, null, null, false, true],
      ["一、", "公共服务质量满意度", "level", "达到", 82, null, "分", "以上", 2026, null, null, false, true],
      ["一、", "质量投诉举报按期办结率", "level", "", 100, null, "%", "", 2026, null, null, false, true],
      ["一、", "省级质量标杆企业", "count", "新增", 5, null, "家", "", 2026, null, null, false, true],
      ["一、", "“示例精品”认证企业总数", "level", "达到", 120, null, "家", "", 2026, null, null, false, true],
      // The table: 2025年完成 its base, 2026年计划 its target, 较上年 and 同比 changes with the row's base.
      ["一、", "制造业产品质量合格率", "level", "≥", 95, null, "%", "", 2026, 2025, 94.6, false, true],
      ["一、", "工程质量抽查符合率", "delta", "较上年提高", 0.5, null, "个百分点", "", 2026, 2025, 96, false, true],
      ["一、", "质量品牌企业营业收入", "delta", "同比增长", 10, null, "%", "", 2026, 2025, 320, false, true],
      // The table's 认证企业 is the text's 认证企业总数: one figure, a restatement (no finding).
      ["一、", "“示例精品”认证企业", "level", "", 120, null, "家", "", 2026, 2025, 105, false, true],
      // 全年组织…项目: 组织 the verb of the work it organises; 全年 the span, no word of the count.
      ["二、（一）1.", "质量攻关项目", "count", "组织", 30, null, "项", "以上", 2026, null, null, false, false],
      // Figure first in 条 after 构建; a text's 5条措施 would be none.
      ["二、（一）2.", "重点产业链标准体系", "count", "构建", 5, null, "条", "", 2026, null, null, false, false],
      ["二、（一）2.", "主导或参与制修订国家标准、行业标准", "count", "", 10, null, "项", "以上", 2026, null, null, false, false],
      ["二、（一）2.", "企业标准“领跑者”", "count", "培育", 15, null, "个", "", 2026, null, null, false, false],
      ["二、（一）3.", "质量提升示范区", "count", "打造", 10, null, "个", "", 2026, null, null, false, false],
      ["二、（一）3.", "市级质量标杆企业", "count", "新认定", 20, null, "家", "", 2026, null, null, false, false],
      ["二、（一）3.", "质量工匠", "count", "培育", 12, null, "名", "", 2026, null, null, false, false],
      // 年底前: the annual plan's deadline before the verb.
      ["二、（一）4.", "规模以上工业企业实施数字化改造", "count", "推动", 200, null, "家", "", 2026, null, null, false, false],
      ["二、（一）4.", "智能工厂", "count", "新增", 8, null, "个", "", 2026, null, null, false, false],
      ["二、（二）5.", "产品质量监督抽查", "count", "完成", 2000, null, "批次", "", 2026, null, null, false, false],
      ["二、（二）5.", "抽查合格率", "level", "不低于", 94, null, "%", "", 2026, null, null, false, false],
      ["二、（二）6.", "每千人食品抽检量", "level", "达到", 5, null, "批次", "", 2026, null, null, false, false],
      // 万批次: a unit of its own, not a bare 万.
      ["二、（二）6.", "食用农产品快检", "count", "完成", 10, null, "万批次", "", 2026, null, null, false, false],
      // The planted slip: 98%以上 where the goals say 98.5%以上 (targets/inconsistent).
      ["二、（二）6.", "食品抽检合格率", "level", "保持在", 98, null, "%", "以上", 2026, null, null, false, false],
      ["二、（二）7.", "工程质量安全检查", "count", "开展", 300, null, "次", "", 2026, null, null, false, false],
      ["二、（二）7.", "省级优质工程", "count", "创建", 15, null, "项", "", 2026, null, null, false, false],
      ["二、（二）8.", "服务质量提升示范点", "count", "建设", 10, null, "个", "", 2026, null, null, false, false],
      ["二、（二）8.", "政务服务事项网上可办率", "level", "达到", 98, null, "%", "", 2026, null, null, false, false],
      ["二、（三）9.", "社会公用计量标准", "count", "新建", 12, null, "项", "", 2026, null, null, false, false],
      ["二、（三）9.", "计量器具", "count", "每年检定校准不少于", 1, null, "万台件", "", 2026, null, null, false, false],
      ["二、（三）10.", "质量基础设施一站式服务站", "count", "建成", 3, null, "个", "", 2026, null, null, false, false],
      ["二、（三）10.", "服务企业", "count", "", 2000, null, "家次", "", 2026, null, null, false, false],
      ["二、（三）11.", "质量管理体系认证证书", "count", "新增", 300, null, "张", "", 2026, null, null, false, false],
      // 累计达到: the total reached, beside the year's 新增300张 (an increment, never compared with it).
      ["二、（三）11.", "质量管理体系认证证书", "level", "达到", 4500, null, "张", "", 2026, null, null, true, false],
      ["二、（四）12.", "“示例精品”认证企业", "count", "新增", 15, null, "家", "", 2026, null, null, false, false],
      ["二、（四）12.", "中国质量奖提名奖", "count", "获得", 1, null, "个", "", 2026, null, null, false, false],
      ["二、（四）12.", "质量品牌企业营业收入", "delta", "比上年增长", 10, null, "%", "", 2026, null, null, false, false],
      ["二、（四）13.", "质量培训", "count", "举办", 20, null, "场", "以上", 2026, null, null, false, false],
      ["二、（四）13.", "质量管理人员", "count", "培训", 3000, null, "人次", "", 2026, null, null, false, false],
    ]);
  });

  it("compares no goal with the outline's 2025 figures, saying why", async () => {
    const report = await jsonReport<{ rows: Array<{ indicator: string; parent: unknown }> }>("targets", join(DIR, PLAN));
    const outline = report.rows.filter((row) => row.parent !== null);
    expect(outline.map((row) => row.indicator)).toEqual(["制造业产品质量合格率", "食品抽检合格率", "农产品质量安全例行监测合格率", "制造业质量竞争力指数", "工程质量抽查符合率", "公共服务质量满意度", "制造业产品质量合格率", "工程质量抽查符合率", "食品抽检合格率"]);
    expect(outline.every((row) => JSON.stringify(row).includes("本方案2026年起实施，不作比较"))).toBe(true);
  });

  it("reports the planted slip, and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "22 targets/inconsistent “食品抽检合格率”的目标值前后不一致：此处为98%以上，前文（一、）为98.5%以上",
    ]);
  });
});

/**
 * A city 市场监管局's 2026年 质量工作要点 for its system: a one-year plan whose 主要目标 set some twenty
 * indicators in the ways such a plan writes them (同比增长, 较上年提高, 认定为, the work it handles
 * counted by volume: 办理投诉举报1.5万件, 处置隐患600起, 查处案件150起, 调解, 核查, 挽回…万元) with a
 * table of 2025年完成 and 2026年目标, and tasks assigned to its divisions, other departments, its
 * county bureaus and its 分局 by place (章贡分局 a district's, 经开区分局 and 蓉江新区分局 zones'), with
 * a 分工表 attached. Its planted defect: the table's 食品抽检合格率 ≥98 below the 98.3 it reached.
 */
describe("a city bureau's 2026 质量工作要点 for its system", () => {
  const PLAN = "city-bureau-quality-work-points.plan";

  it("reads every indicator and count as a reviewer does", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、", "制造业产品质量合格率", "level", "达到", 94.8, null, "%", "以上", 2026, null, null, false, true],
      ["一、", "食品抽检合格率", "level", "稳定在", 98, null, "%", "以上", 2026, null, null, false, true],
      ["一、", "农产品质量安全例行监测合格率", "level", "达到", 98.5, null, "%", "", 2026, null, null, false, true],
      ["一、", "工程质量抽查符合率", "delta", "较上年提高", 0.5, null, "个百分点", "", 2026, null, null, false, true],
      ["一、", "公共服务质量满意度", "level", "达到", 82, null, "分", "以上", 2026, null, null, false, true],
      ["一、", "制造业质量竞争力指数", "level", "达到", 86.2, null, "", "", 2026, null, null, false, true],
      ["一、", "省级质量标杆企业", "count", "新增", 6, null, "家", "", 2026, null, null, false, true],
      // 认定为: the verb that designates, after its noun; 为 no word of the indicator.
      ["一、", "市级质量标杆企业", "count", "认定", 20, null, "家", "", 2026, null, null, false, true],
      ["一、", "“赣南优品”认证企业总数", "level", "达到", 150, null, "家", "", 2026, null, null, false, true],
      // Work handled is counted by its volume: 办理, 处置 (events in 起 only so); 办结率 stays a rate's noun.
      ["一、", "投诉举报", "count", "办理", 1.5, null, "万件", "", 2026, null, null, false, true],
      ["一、", "投诉举报按期办结率", "level", "达到", 100, null, "%", "", 2026, null, null, false, true],
      ["一、", "质量安全风险隐患", "count", "处置", 600, null, "起", "", 2026, null, null, false, true],
      // 同比 kept with its verb: a change this year, not over a period.
      ["一、", "质量品牌企业营业收入", "delta", "同比增长", 8, null, "%", "", 2026, null, null, false, true],
      // 不发生区域性、系统性质量安全事件: a ceiling of none (targets/zeroGoals.ts).
      ["一、", "区域性、系统性质量安全事件", "level", "不发生", 0, null, "起", "", 2026, null, null, false, true],
      // The table: 2025年完成 its base; its 食品抽检合格率 ≥98 below the 98.3 reached is the planted defect.
      ["一、", "制造业产品质量合格率", "level", "≥", 94.8, null, "%", "", 2026, 2025, 94.5, false, true],
      ["一、", "食品抽检合格率", "level", "≥", 98, null, "%", "", 2026, 2025, 98.3, false, true],
      ["一、", "工程质量抽查符合率", "delta", "较上年提高", 0.5, null, "个百分点", "", 2026, 2025, 95.6, false, true],
      // 同比 kept with its verb: a change this year, not over a period.
      ["一、", "质量品牌企业营业收入", "delta", "同比增长", 8, null, "%", "", 2026, 2025, 410, false, true],
      ["一、", "“赣南优品”认证企业", "level", "", 150, null, "家", "", 2026, 2025, 132, false, true],
      ["二、（一）1.", "质量攻关项目", "count", "组织", 40, null, "项", "以上", 2026, null, null, false, false],
      ["二、（一）1.", "规模以上工业企业质量管理体系认证覆盖率", "delta", "提高", 2, null, "个百分点", "", 2026, null, null, false, false],
      ["二、（一）2.", "市级质量标杆企业", "count", "新认定", 20, null, "家", "", 2026, null, null, false, false],
      ["二、（一）2.", "质量工匠", "count", "培育", 15, null, "名", "", 2026, null, null, false, false],
      ["二、（一）2.", "省长质量奖", "count", "争创", 1, null, "个", "", 2026, null, null, false, false],
      ["二、（一）3.", "主导或参与制修订国家标准、行业标准", "count", "", 8, null, "项", "以上", 2026, null, null, false, false],
      ["二、（一）3.", "团体标准", "count", "发布", 20, null, "项", "", 2026, null, null, false, false],
      ["二、（一）3.", "企业标准“领跑者”", "count", "培育", 10, null, "个", "", 2026, null, null, false, false],
      ["二、（二）4.", "产品质量监督抽查", "count", "完成", 2500, null, "批次", "", 2026, null, null, false, false],
      ["二、（二）4.", "抽查合格率", "level", "不低于", 94, null, "%", "", 2026, null, null, false, false],
      // 依法 before the verb: how the work is done, no word of the count.
      ["二、（二）4.", "质量违法案件", "count", "依法查处", 150, null, "起", "", 2026, null, null, false, false],
      ["二、（二）5.", "每千人食品抽检量", "level", "达到", 5, null, "批次", "", 2026, null, null, false, false],
      ["二、（二）5.", "食用农产品快检", "count", "完成", 12, null, "万批次", "", 2026, null, null, false, false],
      ["二、（二）6.", "特种设备使用单位", "count", "检查", 3000, null, "家次", "", 2026, null, null, false, false],
      ["二、（二）6.", "特种设备万台死亡率", "level", "控制在", 0.2, null, "", "以下", 2026, null, null, false, false],
      // 受理, 调解, and what the work recovers (为消费者挽回…万元): whom it is for is no word of the count.
      ["二、（三）7.", "消费者投诉举报", "count", "受理", 1.5, null, "万件", "", 2026, null, null, false, false],
      ["二、（三）7.", "消费纠纷", "count", "调解", 3000, null, "件", "以上", 2026, null, null, false, false],
      ["二、（三）7.", "挽回经济损失", "count", "", 2000, null, "万元", "", 2026, null, null, false, false],
      ["二、（三）8.", "计量器具", "count", "每年检定校准不少于", 2, null, "万台件", "", 2026, null, null, false, false],
      ["二、（三）8.", "质量基础设施一站式服务站", "count", "建成", 5, null, "个", "", 2026, null, null, false, false],
      ["二、（三）8.", "服务企业", "count", "", 3000, null, "家次", "", 2026, null, null, false, false],
      ["二、（三）9.", "服务企业", "count", "", 1000, null, "家次", "", 2026, null, null, false, false],
      // 核查…线索 in 条: work handled.
      ["二、（三）9.", "企业质量问题线索", "count", "核查", 200, null, "条", "", 2026, null, null, false, false],
    ]);
  });

  it("reports the planted defect only: its units' commas between groups are no slips, 12315指挥中心 its own", async () => {
    expect(await findings(PLAN)).toEqual([
      "18 targets/weaker-than-baseline “食品抽检合格率”的目标“≥98%”低于方案自己给出的基期数值2025年的98.3%（该指标越高越好）：请核对目标或基期数值",
    ]);
  });

  it("gives each 分局 and county bureau the tasks of the groups it belongs to", () => {
    const text = readFileSync(join(DIR, PLAN), "utf8");
    const plan = analyze(text).plan;
    const registry = registryOfPlan(registryFor(undefined, undefined), plan);
    const report = unitReport(plan, registry);
    const tasks = (unit: string) => unitTaskList(plan, report, registry, unit).tasks.map((task) => `${task.path.join("")}:${task.role}:${task.via ?? "named"}`);
    // A district's 分局: one of 各分局, and the district's bureau of 各县（市、区）市场监管局.
    expect(tasks("章贡分局")).toEqual([
      "二、（一）1.:responsible:各县（市、区）市场监管局",
      "二、（一）2.:responsible:named",
      "二、（一）3.:responsible:各分局",
      "二、（二）4.:responsible:各县（市、区）市场监管局",
      "二、（二）5.:responsible:各分局",
      "二、（二）6.:responsible:named",
      "二、（三）7.:responsible:各分局",
      "附件1:support:各分局",
      "附件2:support:named",
      "附件3:support:各分局",
    ]);
    // A zone's 分局: one of 各分局 only.
    expect(tasks("经开区分局")).toEqual([
      "二、（一）2.:responsible:named",
      "二、（一）3.:responsible:各分局",
      "二、（二）5.:responsible:各分局",
      "二、（三）7.:responsible:各分局",
      "二、（三）9.:responsible:named",
      "附件1:support:各分局",
      "附件2:support:named",
      "附件3:support:各分局",
    ]);
    // A county bureau by place: one of 各县（市、区）市场监管局, none of 各分局.
    expect(tasks("于都县局")).toEqual([
      "二、（一）1.:responsible:各县（市、区）市场监管局",
      "二、（二）4.:responsible:各县（市、区）市场监管局",
      "二、（二）5.:responsible:各县（市、区）市场监管局",
      "二、（二）6.:responsible:named",
      "附件1:support:各县（市、区）市场监管局",
      "附件4:support:named",
    ]);
    // Another department: the tasks that name it, of no group of the bureau's system.
    expect(tasks("市工信局")).toEqual(["二、（一）1.:responsible:named", "附件3:support:named"]);
  });
});

/**
 * A county's 2026年 食品安全工作要点: a one-year plan whose 工作目标 paragraph sets some fifteen
 * indicators in the ways a 食品安全 plan writes them (goals of none said 零发生 and “零事故”, a figure
 * per head, rates with 稳定在, 不低于, 为 and none, a change 较上年 and one 同比, counts with and
 * without a verb, a coverage) and a table pasted as text beside its 2025年完成 column; its tasks
 * count work done (排查, 依法查处, 挽回, 每季度检查, 培训). Its planted slips: the table's coverage
 * (110) differs from the paragraph's (120), and a task restates 食用农产品抽检合格率 lower (97.5%).
 */
describe("a county's 2026 食品安全 工作要点", () => {
  const PLAN = "county-food-safety-work-points.plan";

  it("reads every goal, its table and its tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      // Goals of none, each named as its row is: the field before 零 joins the events (校园食品安全“零事故”).
      ["一、","重大食品安全事故","level","零发生",0,null,"起","",2026,null,null,false,true],
      ["一、","校园食品安全事故","level","零",0,null,"起","",2026,null,null,false,true],
      ["一、","每千人食品抽检量","level","达到",5,null,"批次","",2026,null,null,false,true],
      ["一、","食品评价性抽检合格率","level","稳定在",98.5,null,"%","以上",2026,null,null,false,true],
      ["一、","食用农产品抽检合格率","level","不低于",98,null,"%","",2026,null,null,false,true],
      ["一、","农产品质量安全例行监测合格率","level","为",98,null,"%","",2026,null,null,false,true],
      ["一、","食品安全群众满意度","level","达到",85,null,"分","以上",2026,null,null,false,true],
      // A change with no indicator of its own is the clause before's; 较上年 kept in its comparator.
      ["一、","食品安全群众满意度","delta","较上年提高",1,null,"分","",2026,null,null,false,true],
      ["一、","食品安全监督抽检","count","完成",3200,null,"批次","",2026,null,null,false,true],
      // The list's verb goes on to a count in tens of thousands of its counter (万批次 as 批次).
      ["一、","食用农产品快检","count","完成",5,null,"万批次","以上",2026,null,null,false,true],
      // A coverage is where the reach stands: a level, as the table's 覆盖学校食堂数 (planted 110) reads it.
      ["一、","“互联网+明厨亮灶”覆盖学校食堂","level","",120,null,"家","",2026,null,null,false,true],
      ["一、","食品安全投诉举报按期办结率","level","",100,null,"%","",2026,null,null,false,true],
      ["一、","食源性疾病暴发事件报告例数","delta","同比下降",10,null,"%","",2026,null,null,false,true],
      ["一、","省级食品安全示范店","count","新增",10,null,"家","",2026,null,null,false,true],
      ["一、","放心菜市场","count","创建",3,null,"个","",2026,null,null,false,true],
      ["一、","每千人食品抽检量","level","",5,null,"批次","",2026,2025,4.8,false,true],
      ["一、","食品评价性抽检合格率","level","≥",98.5,null,"%","",2026,2025,98.3,false,true],
      ["一、","食品安全群众满意度","delta","较上年提高",1,null,"分","",2026,2025,84,false,true],
      ["一、","“互联网+明厨亮灶”覆盖学校食堂数","level","",110,null,"家","",2026,2025,96,false,true],
      ["一、","食品安全监督抽检","level","",3200,null,"批次","",2026,2025,3000,false,true],
      ["一、","重大食品安全事故","level","",0,null,"起","",2026,2025,0,false,true],
      // 排查 counts what is done, as 检查 does.
      ["二、（一）1.","食品生产经营主体","count","排查",4000,null,"家次","",2026,null,null,false,false],
      ["二、（一）1.","食品安全违法案件","count","依法查处",150,null,"起","以上",2026,null,null,false,false],
      ["二、（一）1.","挽回经济损失","count","",50,null,"万元","",2026,null,null,false,false],
      ["二、（一）2.","学校食堂","count","每季度检查",1,null,"次","",2026,null,null,false,false],
      // 完成 reaches the rate, no word of it.
      ["二、（二）3.","包保督导任务覆盖率","level","",100,null,"%","",2026,null,null,false,false],
      ["二、（二）3.","食品安全管理人员","count","培训",2000,null,"人次","",2026,null,null,false,false],
      ["二、（二）4.","农贸市场快检室","count","新建",5,null,"个","",2026,null,null,false,false],
      ["二、（二）4.","食用农产品快检合格率","level","保持在",99,null,"%","左右",2026,null,null,false,false],
      ["二、（二）4.","食用农产品抽检合格率","level","不低于",97.5,null,"%","",2026,null,null,false,false],
    ]);
  });

  it("reports the two planted slips and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "12 targets/inconsistent “‘互联网+明厨亮灶’覆盖学校食堂数”的目标值前后不一致：此处为110家，前文（一、）为120家",
      "22 targets/inconsistent “食用农产品抽检合格率”的目标值前后不一致：此处为不低于97.5%，前文（一、）为不低于98%",
    ]);
  });
});

/**
 * A province's 2026年 标准化工作要点: a one-year plan whose 工作目标 sets seventeen indicators in forms
 * the plans above lack — a range of rates (90%—95%), 不少于 a count, 不低于 a rate, 控制在…以内 a
 * time in 个月, 提高2个百分点, figures per 10,000 (每万家企业…, 每万人口…), 新增 for the year beside
 * 累计达到 a total, a verb of standards (立项, 废止, 复审) — and a table pasted from Word whose 类别
 * cells are merged over the rows below them (left empty), with 新增… and …累计数 rows. Its planted
 * slips: the table's total of 团体标准 (2600) differs from the paragraph's (2500), and a task states
 * 每万人口标准化专业人才数 as 3.8 where the goals say 3.5.
 */
describe("a province's 2026 标准化工作要点", () => {
  const PLAN = "province-standardization-work-points.plan";

  it("reads every goal, its merged-cell table and its tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、","主导或参与制修订国际标准","count","",10,null,"项","以上",2026,null,null,false,true],
      ["一、","主导或参与制修订国家标准","count","",150,null,"项","以上",2026,null,null,false,true],
      ["一、","省地方标准","count","发布不少于",120,null,"项","",2026,null,null,false,true],
      ["一、","团体标准","count","新增",300,null,"项","",2026,null,null,false,true],
      ["一、","团体标准","level","达到",2500,null,"项","",2026,null,null,true,true],
      ["一、","企业标准“领跑者”","count","新增",50,null,"家","",2026,null,null,false,true],
      ["一、","国家级标准化试点示范项目","count","新增",8,10,"个","",2026,null,null,false,true],
      ["一、","重点领域国际标准转化率","level","达到",90,95,"%","",2026,null,null,false,true],
      ["一、","农业标准化生产普及率","delta","提高",2,null,"个百分点","",2026,null,null,false,true],
      ["一、","规模以上工业企业标准化良好行为覆盖率","level","不低于",30,null,"%","",2026,null,null,false,true],
      ["一、","省地方标准平均制定周期","level","控制在",12,null,"个月","以内",2026,null,null,false,true],
      ["一、","每万家企业拥有标准化良好行为企业数","level","达到",15,null,"家","",2026,null,null,false,true],
      ["一、","每万人口标准化专业人才数","level","达到",3.5,null,"人","",2026,null,null,false,true],
      ["一、","标准化专业人员","count","培训不少于",8000,null,"人次","",2026,null,null,false,true],
      ["一、","标准化技术委员会总数","level","达到",180,null,"个","以上",2026,null,null,false,true],
      ["一、","地方标准实施效果评估覆盖率","level","不低于",60,null,"%","",2026,null,null,false,true],
      ["一、","标准化服务业营业收入","delta","增长",10,null,"%","左右",2026,null,null,false,true],
      // Beside 2025年完成 in an annual plan, 发布省地方标准 | 112 | ≥120 is the year's amount of work, as the text's 全年发布…不少于120项: a count, no stock of 120.
      ["一、","省地方标准","count","发布",120,null,"项","以上",2026,2025,112,false,true],
      // A row whose verb says the things are new (新增团体标准 | 280 | 300) is what the year adds, beside what the base year added: a count, no stock of 300.
      ["一、","团体标准","count","新增",300,null,"项","",2026,2025,280,false,true],
      // A row named as a total (团体标准累计数) is the total of 团体标准, as the text's 累计达到2500项: the planted 2600 differs.
      ["一、","团体标准","level","",2600,null,"项","",2026,2025,2200,true,true],
      ["一、","国家级标准化试点示范项目","count","新增",8,10,"个","",2026,2025,36,false,true],
      // Rows under a merged category cell (类别 left empty below 标准实施) are read as the others.
      ["一、","农业标准化生产普及率","level","",70,null,"%","",2026,2025,68,false,true],
      ["一、","规模以上工业企业标准化良好行为覆盖率","level","≥",30,null,"%","",2026,2025,27.5,false,true],
      ["一、","每万家企业拥有标准化良好行为企业数","level","",15,null,"家","",2026,2025,13.2,false,true],
      ["一、","省地方标准平均制定周期","level","≤",12,null,"个月","",2026,2025,14,false,true],
      ["一、","标准化技术委员会","level","",180,null,"个","",2026,2025,172,false,true],
      // 立项, 废止: what a standardisation plan does to standards, each its own verb (废止 is no carried 完成).
      ["二、（一）1.","省地方标准","count","立项",150,null,"项","",2026,null,null,false,false],
      ["二、（一）1.","完成复审","count","",200,null,"项","",2026,null,null,false,false],
      ["二、（一）1.","滞后标准","count","废止",30,null,"项","以上",2026,null,null,false,false],
      ["二、（一）2.","团体标准“领跑者”名单","count","发布不少于",80,null,"项","",2026,null,null,false,false],
      ["二、（一）2.","团体标准","level","达到",2500,null,"项","",2026,null,null,true,false],
      ["二、（二）3.","国家级标准化试点示范项目","count","新增",8,10,"个","",2026,null,null,false,false],
      ["二、（二）3.","省级标准化试点示范项目","count","新增",30,null,"个","",2026,null,null,false,false],
      // 到年底累计建成: the year's end and 累计 lead the verb, a total; no 新增 carried to it.
      ["二、（二）3.","省级以上试点示范项目","count","建成",600,null,"个","",2026,null,null,true,false],
      ["二、（二）4.","评估覆盖率","level","达到",60,null,"%","以上",2026,null,null,false,false],
      ["二、（二）4.","农业标准化生产普及率","level","达到",70,null,"%","",2026,null,null,false,false],
      ["二、（三）5.","标准化专业人员","count","培训",8000,null,"人次","",2026,null,null,false,false],
      ["二、（三）5.","注册标准化工程师","count","新增",100,null,"名","",2026,null,null,false,false],
      // The planted slip: 3.8 where the goals say 3.5.
      ["二、（三）5.","每万人口标准化专业人才数","level","达到",3.8,null,"人","",2026,null,null,false,false],
      ["二、（三）6.","标准化服务机构","count","培育",20,null,"家","",2026,null,null,false,false],
      ["二、（三）6.","标准化服务业营业收入","delta","同比增长",10,null,"%","",2026,null,null,false,false],
      // 提供 counts the services provided; 为企业 is whom for, no word of the count.
      ["二、（三）6.","标准化咨询服务","count","提供不少于",5000,null,"家次","",2026,null,null,false,false],
    ]);
  });

  it("reports the two planted slips and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "11 targets/inconsistent “团体标准”的目标值前后不一致：此处为2600项，前文（一、）为2500项",
      "27 targets/inconsistent “每万人口标准化专业人才数”的目标值前后不一致：此处为3.8人，前文（一、）为3.5人",
    ]);
  });
});

/**
 * A district's 2026 市场监管 工作要点: a one-year plan of a 区市场监管局 whose 工作目标 names the units
 * that do the work before its counts (区市场监管局全年完成…, 区市场监管局、区卫生健康委…), a figure per
 * head after 完成 (4批次/千人), goals of none (零事故, 不发生…事件), counts of work handled (办理, 挽回),
 * a 力争 goal below the outline's 2025 floor, and a table pasted from WPS in full-width digits with a
 * 备注 column (力争) and rows of the year's work beside 2025年完成. Its planted slips: the 力争 goal
 * (reported once, as an aim), and a per-head figure set below the year before.
 */
describe("a district's 2026 市场监管 工作要点", () => {
  const PLAN = "district-market-supervision-work-points.plan";

  it("reads every goal, its WPS table and its tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、","市场主体总量","level","达到",5.6,null,"万户","",2026,null,null,false,true],
      ["一、","每万人口高价值发明专利拥有量","level","达到",6.8,null,"件","",2026,null,null,false,true],
      ["一、","制造业产品质量合格率","level","达到",93.5,null,"%","以上",2026,null,null,false,true],
      // 区市场监管局全年完成…4批次/千人: the bureau is the subject, and a figure per head after 完成 a level per head, named as the national indicators are.
      ["一、","每千人食品安全监督抽检","level","完成",4,null,"批次","",2026,null,null,false,true],
      // 区农业农村局开展…, 区市场监管局、区卫生健康委全年完成…: the units before the verb are who does the work, no word of the indicator.
      ["一、","食用农产品快检","count","开展",1.2,null,"万批次","",2026,null,null,false,true],
      ["一、","药品抽检","count","完成",180,null,"批次","",2026,null,null,false,true],
      ["一、","特种设备定期检验率","level","不低于",99.5,null,"%","",2026,null,null,false,true],
      // 实现特种设备零事故, 确保不发生重大药品安全事件: goals of none, ceilings of 0.
      ["一、","特种设备事故","level","零",0,null,"起","",2026,null,null,false,true],
      ["一、","重大药品安全事件","level","不发生",0,null,"起","",2026,null,null,false,true],
      ["一、","投诉举报","count","办理",3500,null,"件","",2026,null,null,false,true],
      ["一、","投诉举报按期办结率","level","",100,null,"%","",2026,null,null,false,true],
      ["一、","挽回经济损失","count","",300,null,"万元","",2026,null,null,false,true],
      ["一、","区级质量标杆企业","count","新培育",5,null,"家","",2026,null,null,false,true],
      ["一、","团体标准","count","发布",8,null,"项","以上",2026,null,null,false,true],
      // The table pasted from WPS (full-width digits, a 备注 column): read as the digits they are, its 2025年完成 the base.
      ["一、","市场主体总量","level","",5.6,null,"万户","",2026,2025,5.2,false,true],
      ["一、","每万人口高价值发明专利拥有量","level","",6.8,null,"件","",2026,2025,6.1,false,true],
      ["一、","制造业产品质量合格率","level","≥",93.5,null,"%","",2026,2025,93.2,false,true],
      ["一、","每千人食品抽检量","level","",4,null,"批次","",2026,2025,4.2,false,true],
      ["一、","药品抽检","level","",180,null,"批次","",2026,2025,150,false,true],
      ["一、","特种设备定期检验率","level","≥",99.5,null,"%","",2026,2025,99.1,false,true],
      ["一、","投诉举报按期办结率","level","",100,null,"%","",2026,2025,98.6,false,true],
      ["一、","重大特种设备安全事故","level","",0,null,"起","",2026,2025,0,false,true],
      // 发布团体标准 | ６ | ≥８ beside 2025年完成: the year's amount of work, a count as the text's 发布…8项以上, its sign the text's 以上.
      ["一、","团体标准","count","发布",8,null,"项","以上",2026,2025,6,false,true],
      ["一、","特种设备作业人员","count","培训",600,null,"人次","",2026,2025,500,false,true],
      ["二、（一）1.","企业开办时间","level","压缩至",1,null,"个工作日","以内",2026,null,null,false,false],
      ["二、（一）1.","市场主体","count","新增",4000,null,"户","",2026,null,null,false,false],
      ["二、（二）2.","食品生产经营主体","count","检查",3000,null,"家次","",2026,null,null,false,false],
      ["二、（二）2.","食品药品违法案件","count","依法查处",80,null,"起","以上",2026,null,null,false,false],
      ["二、（二）3.","电梯安全专项检查","count","开展",2,null,"次","",2026,null,null,false,false],
      ["二、（二）3.","特种设备作业人员","count","培训",600,null,"人次","",2026,null,null,false,false],
      ["二、（三）4.","服务企业","count","",200,null,"家次","",2026,null,null,false,false],
      ["二、（三）4.","计量器具","count","校准",1000,null,"台件","",2026,null,null,false,false],
    ]);
  });

  it("reports the aim below the outline once, the figure below its base, and the paste's full-width digits", async () => {
    expect(await findings(PLAN)).toEqual([
      "6 targets/weaker-than-parent “制造业产品质量合格率”：本方案力争达到93.5%以上（力争目标，是努力方向而非底线）；2026年的目标低于纲要2025年已要求的94%（上位目标虽已到期、本方案2026年起实施，其数值仍是底线）（《质量强国建设纲要》：制造业产品质量合格率达到94%）；一、的指标表再次写明同一目标，不重复报告",
      "8 text/full-width-alnum 本文的数字和字母大多使用了全角形式（共 32 处，如“２０２５”，从 WPS、网页或扫描件识别结果复制时常见），应为半角“2025”",
      "12 targets/weaker-than-baseline “每千人食品抽检量”的目标“4批次”低于方案自己给出的基期数值2025年的4.2批次（该指标越高越好）：请核对目标或基期数值",
    ]);
  });
});

/**
 * A city's 2026 食品安全 工作要点: a one-year plan whose 工作目标 sets some twenty indicators — per head
 * (每千人5批次) and per 10,000 (每万人口…150户次), 万批次 with its parts (其中监督抽检…、评价性抽检…),
 * groups of units before their goals (各县（市、区）…均达到, 各乡镇（街道）…, 市直各部门…), a total after
 * what the year adds (新增…40家，总数达到300家), counts given 分别 for two years — and a table pasted
 * from WPS (full-width digits, a trailing tab) in 万批次 and 批次/千人. Its planted slip: the table's
 * 农产品质量安全例行监测合格率 (≥98) is below its 2025 figure (98.1).
 */
describe("a city's 2026 食品安全 工作要点", () => {
  const PLAN = "city-food-safety-work-points.plan";

  it("reads every goal, its table and its tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、","重大食品安全事故","level","不发生",0,null,"起","",2026,null,null,false,true],
      ["一、","每千人食品抽检量","level","达到",5,null,"批次","",2026,null,null,false,true],
      ["一、","食品抽检","count","完成",2,null,"万批次","",2026,null,null,false,true],
      // 其中 and the kinds of the whole's work (监督抽检, 评价性抽检): parts named with its object, its verb carried.
      ["一、","食品监督抽检","count","完成",1.2,null,"万批次","",2026,null,null,false,true],
      ["一、","食品评价性抽检","count","完成",0.8,null,"万批次","",2026,null,null,false,true],
      ["一、","食品评价性抽检合格率","level","稳定在",98.5,null,"%","以上",2026,null,null,false,true],
      ["一、","农产品质量安全例行监测合格率","level","不低于",98,null,"%","",2026,null,null,false,true],
      ["一、","食品安全群众满意度","level","达到",86,null,"分","以上",2026,null,null,false,true],
      ["一、","每万人口食品安全执法检查","level","",150,null,"户次","",2026,null,null,false,true],
      ["一、","食用农产品快检","count","",10,null,"万批次","以上",2026,null,null,false,true],
      // 各县（市、区） is the subject, no word of the measure: each county's floor, no second figure of the city's.
      ["一、","每千人食品抽检量","level","达到",4,null,"批次","以上",2026,null,null,false,true],
      // A floor after the noun holds each township to it, as 至少 before the verb does: each one's level.
      ["一、","各乡镇（街道）开展食品安全宣传活动","level","全年不少于",12,null,"场次","",2026,null,null,false,true],
      ["一、","食品安全培训","count","完成",500,null,"人次","",2026,null,null,false,true],
      ["一、","食品安全示范店","count","新增",40,null,"家","",2026,null,null,false,true],
      // 总数 alone names the noun of the count before it: the table's 食品安全示范店 | 家 | 300.
      ["一、","食品安全示范店总数","level","达到",300,null,"家","",2026,null,null,false,true],
      ["一、","智慧农贸市场","count","新建",8,null,"个","",2026,null,null,false,true],
      ["一、","智慧农贸市场","count","新建",12,null,"个","",2027,null,null,false,true],
      ["一、","食品安全投诉举报按期办结率","level","",100,null,"%","",2026,null,null,false,true],
      ["一、","学校食堂“互联网+明厨亮灶”覆盖率","level","达到",100,null,"%","",2026,null,null,false,true],
      // The WPS table (full-width digits, a trailing tab): 万批次 and a per-head unit as the goals write them.
      ["一、","每千人食品抽检量","level","",5,null,"批次","",2026,2025,4.6,false,true],
      ["一、","食品评价性抽检合格率","level","≥",98.5,null,"%","",2026,2025,98.3,false,true],
      ["一、","食品抽检","level","",2,null,"万批次","",2026,2025,1.8,false,true],
      ["一、","每万人口食品安全执法检查","level","",150,null,"户次","",2026,2025,120,false,true],
      ["一、","食品安全群众满意度","level","",86,null,"分","",2026,2025,84.5,false,true],
      ["一、","农产品质量安全例行监测合格率","level","≥",98,null,"%","",2026,2025,98.1,false,true],
      ["一、","食品安全示范店","level","",300,null,"家","",2026,2025,260,false,true],
      ["一、","重大食品安全事故","level","",0,null,"起","",2026,2025,0,false,true],
      // Named units and groups of units before the task's verb are its subject.
      ["二、（一）1.","食品安全监督抽检","count","完成",1.2,null,"万批次","",2026,null,null,false,false],
      ["二、（一）1.","农产品质量安全例行监测","count","开展",3000,null,"批次","",2026,null,null,false,false],
      ["二、（一）2.","食用农产品快检","count","完成",8,null,"万批次","",2026,null,null,false,false],
      ["二、（一）2.","市场开办者自检覆盖率","level","达到",100,null,"%","",2026,null,null,false,false],
      ["二、（二）3.","基层食品安全协管员","count","培训",2000,null,"人次","",2026,null,null,false,false],
      ["二、（二）4.","食品安全示范店","count","新增",40,null,"家","",2026,null,null,false,false],
      ["二、（二）4.","放心肉菜示范超市","count","培育",15,null,"家","",2026,null,null,false,false],
    ]);
  });

  it("reports the planted slip, and no county's floor as a second figure of the city's", async () => {
    const found = await findings(PLAN);
    // The table alone is in full-width digits (the text is not): each cell is reported, no paste habit.
    expect(found.filter((finding) => finding.includes("text/full-width-alnum"))).toHaveLength(24);
    expect(found.filter((finding) => !finding.includes("text/full-width-alnum"))).toEqual([
      // 各县（市、区）…均达到每千人4批次以上 is each county's floor, no restatement of the city's 5批次.
      "14 targets/weaker-than-baseline “农产品质量安全例行监测合格率”的目标“≥98%”低于方案自己给出的基期数值2025年的98.1%（该指标越高越好）：请核对目标或基期数值",
    ]);
  });
});

/**
 * A county's 2026 知识产权和标准化 行动计划, an annual plan: its 工作基础 reports two past years given
 * 分别 (820件、960件; 1.2亿元、1.6亿元, records of 2024 and 2025, no goals) and what stood at the end
 * of 2025 (拥有…18家: what there is, no verb carried from the clause before); its 工作目标 sets some
 * twenty indicators in 件, 项, 家, 家次, %, 万元, a 分别 list of years after 到 and one of kinds of
 * standard, a count from a base year (较2025年新增), work a regulator handles; and a table pasted from
 * WPS whose 类别 cell is merged over the rows below it. Its planted slip: the 调解成功率 goal (≥90%)
 * below its 2025 figure (91.5%). Its 20000万元 goal is above the 1.6亿元 reported, compared scaled.
 */
describe("a county's 2026 知识产权和标准化 行动计划", () => {
  const PLAN = "county-ip-standardisation-2026.plan";

  it("reads every goal, its WPS table and its tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、","有效发明专利拥有量","level","达到",1100,null,"件","以上",2026,null,null,false,true],
      ["二、","每万人口高价值发明专利拥有量","level","达到",3.5,null,"件","",2026,null,null,false,true],
      ["二、","有效注册商标","count","新增",1500,null,"件","",2026,null,null,false,true],
      ["二、","县级知识产权示范企业","count","新培育",10,null,"家","",2026,null,null,false,true],
      ["二、","省级知识产权优势企业","count","新培育",3,null,"家","",2026,null,null,false,true],
      ["二、","知识产权质押融资金额","level","达到",20000,null,"万元","",2026,null,null,false,true],
      ["二、","专利转化运用项目","level","不少于",15,null,"项","",2026,null,null,false,true],
      // 到2026年、2027年分别建成…4个、6个: each figure its own year, no horizon of the first year alone.
      ["二、","知识产权工作站","count","建成",4,null,"个","",2026,null,null,false,true],
      ["二、","知识产权工作站","count","建成",6,null,"个","",2027,null,null,false,true],
      ["二、","国家标准","count","主导或参与制修订达到",2,null,"项","",2026,null,null,false,true],
      ["二、","行业标准","count","主导或参与制修订达到",3,null,"项","",2026,null,null,false,true],
      ["二、","地方标准","count","主导或参与制修订达到",5,null,"项","",2026,null,null,false,true],
      ["二、","团体标准","count","发布",10,null,"项","以上",2026,null,null,false,true],
      ["二、","国家级标准化试点示范项目","count","新创建",1,null,"个","",2026,null,null,false,true],
      // …数量较2025年新增120项: the base the verb adds from is the count's base year, no word of its noun; 新增 its own verb, none carried.
      ["二、","企业标准自我声明公开数量","count","新增",120,null,"项","",2026,2025,null,false,true],
      ["二、","规模以上工业企业标准化覆盖率","level","达到",85,null,"%","",2026,null,null,false,true],
      ["二、","知识产权侵权纠纷调解","count","完成",60,null,"件","",2026,null,null,false,true],
      ["二、","专利侵权纠纷行政裁决案件","count","办理",15,null,"件","",2026,null,null,false,true],
      ["二、","知识产权维权援助服务企业","level","不少于",300,null,"家次","",2026,null,null,false,true],
      ["二、","知识产权纠纷调解成功率","level","稳定在",90,null,"%","以上",2026,null,null,false,true],
      // The table with its 类别 merged over the rows below (WPS leaves the cell out, and the empty 备注 with it): every row read.
      ["二、","有效发明专利拥有量","level","≥",1100,null,"件","",2026,2025,960,false,true],
      ["二、","每万人口高价值发明专利拥有量","level","",3.5,null,"件","",2026,2025,3.1,false,true],
      ["二、","有效注册商标新增量","level","",1500,null,"件","",2026,2025,1320,false,true],
      ["二、","知识产权质押融资金额","level","",20000,null,"万元","",2026,2025,16000,false,true],
      // A noun naming its own doing keeps its verb in a table's row as in the text (qa-49a).
      ["二、","主导或参与制修订各级标准","count","",10,null,"项","",2026,2025,12,false,true],
      ["二、","规模以上工业企业标准化覆盖率","level","",85,null,"%","",2026,2025,82,false,true],
      ["二、","知识产权纠纷调解成功率","level","≥",90,null,"%","",2026,2025,91.5,false,true],
      // 支持企业开展…: whom the plan supports is no word of the count (it was dropped whole).
      ["三、（一）1.","专利导航项目","count","开展",5,null,"个","",2026,null,null,false,false],
      ["三、（一）1.","高价值专利组合","count","培育",3,null,"个","",2026,null,null,false,false],
      // 组织标准化培训8场次: the training organised, 组织 its verb (once missed: 培训 read as a means' verb with nothing to count).
      ["三、（二）2.","标准化培训","count","组织",8,null,"场次","",2026,null,null,false,false],
      ["三、（二）2.","企业标准化人员","count","培训",500,null,"人次","",2026,null,null,false,false],
    ]);
  });

  it("reports only the goal below its base, the past years' figures neither goals nor compared", async () => {
    expect(await findings(PLAN)).toEqual([
      "18 targets/weaker-than-baseline “知识产权纠纷调解成功率”的目标“≥90%”低于方案自己给出的基期数值2025年的91.5%（该指标越高越好）：请核对目标或基期数值",
    ]);
  });
});

describe("a city's 2026 消费品质量提升和个体工商户发展 工作方案", () => {
  const PLAN = "city-consumer-goods-individual-business-2026.plan";

  it("reads every goal of its year in the units it writes, the past year's figures none", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、", "个体工商户", "count", "新增", 3.5, null, "万户", "", 2026, null, null, false, true],
      ["一、", "实有个体工商户", "level", "达到", 45, null, "万户", "以上", 2026, null, null, false, true],
      ["一、", "个体工商户“个转企”", "count", "", 1200, null, "户", "", 2026, null, null, false, true],
      ["一、", "个体工商户经营者", "count", "培训", 2, null, "万人次", "", 2026, null, null, false, true],
      ["一、", "个体工商户帮扶政策宣传资料", "count", "发放", 5, null, "万份", "", 2026, null, null, false, true],
      ["一、", "经营指南", "count", "印发", 1.5, null, "万册", "", 2026, null, null, false, true],
      ["一、", "个体工商户贷款", "count", "新增", 40, null, "亿元", "", 2026, null, null, false, true],
      ["一、", "消费品抽检合格率", "level", "达到", 96, null, "%", "以上", 2026, null, null, false, true],
      ["一、", "消费者满意度", "delta", "提高", 2, null, "分", "", 2026, 2024, null, false, true],
      ["一、", "消费者满意度", "delta", "提高", 1, null, "分", "", 2026, 2025, null, false, true],
      ["一、", "消费品快检", "count", "完成", 1.2, null, "万批次", "", 2026, null, null, false, true],
      ["一、", "消费品抽检", "count", "抽检", 3000, null, "批次", "", 2026, null, null, false, true],
      ["一、", "放心消费示范单位", "count", "新增", 120, null, "家", "", 2026, null, null, false, true],
      ["一、", "消费投诉按期办结率", "level", "保持在", 98, null, "%", "以上", 2026, null, null, false, true],
      ["一、", "12315热线接通率", "level", "不低于", 90, null, "%", "", 2026, null, null, false, true],
      ["一、", "“名特优新”个体工商户", "count", "培育", 500, null, "户", "", 2026, null, null, false, true],
      ["一、", "实有个体工商户", "level", "", 45, null, "万户", "", 2026, 2025, 42.6, false, true],
      ["一、", "个体工商户", "count", "新增", 3.5, null, "万户", "", 2026, 2025, 3.2, false, true],
      ["一、", "消费品抽检合格率", "level", "", 96, null, "%", "", 2026, 2025, 95.8, false, true],
      ["一、", "消费投诉按期办结率", "level", "", 98, null, "%", "", 2026, 2025, 97.5, false, true],
      ["一、", "个体工商户经营者", "count", "培训", 25000, null, "人次", "", 2026, 2025, 18000, false, true],
      ["二、（一）1.", "帮扶政策宣传资料", "count", "发放", 5, null, "万份", "", 2026, null, null, false, false],
      ["二、（一）1.", "政策宣讲", "count", "开展", 200, null, "场次", "", 2026, null, null, false, false],
      ["二、（一）2.", "个体工商户贷款", "count", "新增", 40, null, "亿元", "", 2026, null, null, false, false],
      ["二、（二）3.", "消费品快检", "count", "完成", 1.2, null, "万批次", "", 2026, null, null, false, false],
      ["二、（二）3.", "消费品抽检", "count", "抽检", 3000, null, "批次", "", 2026, null, null, false, false],
      ["二、（二）3.", "抽检合格率", "level", "达到", 96, null, "%", "以上", 2026, null, null, false, false],
      ["二、（二）4.", "放心消费示范单位", "count", "新增", 120, null, "家", "", 2026, null, null, false, false],
      ["二、（二）4.", "消费投诉按期办结率", "level", "保持在", 98, null, "%", "以上", 2026, null, null, false, false],
    ]);
  });

  it("reports the table's figure in 人次 apart from the goals' 2万人次, and the table's full-width ％ cells", async () => {
    expect(await findings(PLAN)).toEqual([
      "11 text/full-width-alnum 表格中单独成格的百分号“％”使用了全角形式，应与表中数字一样用半角“%”",
      "12 text/full-width-alnum 表格中单独成格的百分号“％”使用了全角形式，应与表中数字一样用半角“%”",
      "13 targets/inconsistent “个体工商户经营者”的目标值前后不一致：此处为25000人次，前文（一、）为2万人次",
    ]);
  });
});

describe("a city's 标准化提升 action plan for 2026—2028", () => {
  const PLAN = "city-standardization-action.plan";

  it("reads its goals in prose and in its 主要指标表, and its tasks, as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、（二）","企业标准自我声明公开数量","delta","增长",30,null,"%","",2028,2025,null,false,true],
      // 与2025年相比 said once: the change after it and the count of new things after that go on from 2025.
      ["一、（二）","企业标准“领跑者”","count","新增",15,null,"个","",2028,2025,null,false,true],
      ["一、（二）","规模以上工业企业标准化覆盖率","level","达到",90,null,"%","",2028,null,null,false,true],
      ["一、（二）","重点产业主要产品采用国际标准和国外先进标准比例","level","达到",85,null,"%","以上",2028,null,null,false,true],
      ["一、（二）","标准化专业人才总数","level","达到",1200,null,"人","",2028,null,null,false,true],
      ["一、（二）","市级专业标准化技术委员会","count","组建",3,null,"个","",2028,null,null,false,true],
      ["一、（二）","省级技术标准创新基地","count","建成",1,null,"个","",2028,null,null,false,true],
      // 力争到2027年: the stretch goals' own year, after the goals of the period's end.
      ["一、（二）","主导或参与制修订国际标准","count","",3,null,"项","以上",2027,null,null,false,true],
      ["一、（二）","主导或参与制修订国家标准和行业标准","count","",40,null,"项","以上",2027,null,null,false,true],
      ["一、（二）","地方标准","count","发布",60,null,"项","",2027,null,null,true,true],
      ["一、（二）","团体标准","count","新增",80,null,"项","",2027,null,null,false,true],
      ["一、（二）","国家级标准化试点示范项目","count","新建",5,null,"个","",2027,null,null,false,true],
      // 力争2027年新建…5个 dates its own clause: the yearly additions after it, a verb of their own, are the period's.
      ["一、（二）","省级标准化试点示范项目","count","每年新增不少于",10,null,"个","",2028,null,null,false,true],
      // The 主要指标表 beside its 2025年基数: what will stand, each a level held to its base.
      ["一、（二）","主导或参与制修订国家标准、行业标准","level","≥",40,null,"项","",2028,2025,25,false,true],
      ["一、（二）","地方标准","level","",60,null,"项","",2028,2025,38,true,true],
      ["一、（二）","团体标准","level","",200,null,"项","",2028,2025,120,false,true],
      ["一、（二）","规模以上工业企业标准化覆盖率","level","",90,null,"%","",2028,2025,82,false,true],
      ["一、（二）","国家级标准化试点示范项目","level","",13,null,"个","",2028,2025,8,false,true],
      ["一、（二）","标准化专业人才总数","level","",1200,null,"人","",2028,2025,800,false,true],
      ["二、（一）1.","标准比对分析","count","每年组织开展",20,null,"项","",2028,null,null,false,false],
      ["二、（一）1.","产业链标准体系规划","count","制定",3,null,"个","",2028,null,null,false,false],
      ["二、（一）2.","标准化良好行为企业","count","培育",30,null,"家","",2028,null,null,false,false],
      // 2026年完成…创建12家: the verb after the year is the count's, 创建 the noun's; the list goes on after the comma in that year.
      ["二、（一）2.","企业标准化示范创建","count","完成",12,null,"家","",2026,null,null,false,false],
      ["二、（一）2.","标准化试点项目终期评估","count","完成",8,null,"项","",2026,null,null,false,false],
      ["二、（二）3.","标准信息公共服务平台","count","建成",1,null,"个","",2026,null,null,false,false],
      ["二、（二）3.","标准查询、比对、咨询等服务","count","提供不少于",3000,null,"家次","",2028,null,null,false,false],
      ["二、（二）3.","标准化培训","count","开展",40,null,"场次","",2028,null,null,false,false],
      ["二、（二）3.","培训人员","count","",4000,null,"人次","",2028,null,null,false,false],
      ["二、（二）4.","标准实施情况监督检查","count","开展",500,null,"家次","",2028,null,null,false,false],
      ["二、（二）4.","企业执行标准","count","抽查",1000,null,"个","",2028,null,null,false,false],
      ["二、（二）4.","企业标准自我声明公开抽查覆盖率","level","达到",100,null,"%","",2028,null,null,false,false],
    ]);
  });

  it("finds nothing to report: the table's 2028 levels agree with the prose's counts", async () => {
    expect(await findings(PLAN)).toEqual([]);
  });
});

describe("a city's 知识产权强市 plan for 2026—2030", () => {
  const PLAN = "city-ip-strong-city-2030.plan";

  it("reads its goals under ——, in 万件 and per 万人口, with the bases said once, and its tasks", async () => {
    expect(await rows(PLAN)).toEqual([
      // 万件 kept as written: 3万件 is the level to pass.
      ["二、（一）——","有效发明专利拥有量","level","突破",3,null,"万件","",2030,null,null,false,true],
      ["二、（一）——","每万人口高价值发明专利拥有量","level","达到",15,null,"件","",2030,null,null,false,true],
      ["二、（一）——","有效注册商标总量","level","达到",18,null,"万件","",2030,null,null,false,true],
      ["二、（一）——","地理标志证明商标","count","新增",5,null,"件","",2030,null,null,false,true],
      // 与2025年相比 governs the changes after it, but not a change per year (年均增长), measured from each year before.
      ["二、（一）——","专利密集型产业增加值占地区生产总值比重","delta","提高",3,null,"个百分点","",2030,2025,null,false,true],
      ["二、（一）——","知识产权质押融资金额","delta","年均增长",15,null,"%","",2030,null,null,false,true],
      // 较2025年 of its own, and the counts of new things after it go on from it.
      ["二、（一）——","专利转让许可次数","delta","增长",50,null,"%","",2030,2025,null,false,true],
      ["二、（一）——","国家知识产权示范企业","count","新增",10,null,"家","",2030,2025,null,false,true],
      ["二、（一）——","国家知识产权优势企业","count","新增",40,null,"家","",2030,2025,null,false,true],
      ["二、（一）——","知识产权纠纷调解成功率","level","稳定在",95,null,"%","以上",2030,null,null,false,true],
      ["二、（一）——","专利侵权纠纷行政裁决案件平均办案周期","level","压缩至",3,null,"个月","以内",2030,null,null,false,true],
      ["二、（一）——","知识产权保护社会满意度","level","达到",85,null,"分","以上",2030,null,null,false,true],
      // 力争2027年建成…: the count's year, 力争 no word of its verb.
      ["二、（一）——","国家级知识产权保护中心","count","建成",1,null,"个","",2027,null,null,false,true],
      ["二、（一）——","知识产权服务机构数量","level","达到",150,null,"家","",2030,null,null,false,true],
      ["二、（一）——","知识产权专业人才","count","每年培训",1000,null,"人次","以上",2030,null,null,false,true],
      // 遴选 selects what it counts, as 评选 does: a task's yearly count.
      ["三、（一）1.","高价值专利培育项目","count","每年遴选",20,null,"个","",2030,null,null,false,false],
      ["三、（一）1.","高价值专利组合","count","培育",30,null,"个","",2028,null,null,false,false],
      ["三、（二）2.","商标侵权、假冒专利案件","count","查处",300,null,"件","",2030,null,null,false,false],
      ["三、（二）2.","专利侵权纠纷行政裁决案件","count","办理",120,null,"件","",2030,null,null,false,false],
      ["三、（二）2.","知识产权纠纷","count","调解",500,null,"件","",2030,null,null,false,false],
      ["三、（二）2.","商标标识产品","count","抽检",2,null,"万批次","",2030,null,null,false,false],
      ["三、（二）3.","知识产权维权援助工作站","count","建设",20,null,"个","",2030,null,null,false,false],
      ["三、（二）3.","维权援助服务","count","提供不少于",2000,null,"家次","",2030,null,null,false,false],
    ]);
  });

  it("finds nothing to report: every goal is above what its 发展基础 reports", async () => {
    expect(await findings(PLAN)).toEqual([]);
  });
});

describe("a province's 计量支撑产业高质量发展 plan for 2026—2030", () => {
  const PLAN = "province-metrology-industry-2030.plan";

  it("reads its two horizons, its 2025/2027/2030 table and its tasks' years as a reviewer does", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、（一）","社会公用计量标准","level","达到",3200,null,"项","以上",2027,null,null,false,true],
      ["二、（一）","国家产业计量测试中心","count","新增",1,null,"个","",2027,null,null,false,true],
      ["二、（一）","省级产业计量测试中心","count","新增",6,null,"个","",2027,null,null,false,true],
      ["二、（一）","每万人口注册计量师数","level","达到",2.5,null,"人","",2027,null,null,false,true],
      // After the ；, the sentence goes on under 到2027年; so does the next sentence of its paragraph.
      ["二、（一）","重点用能单位能源计量器具配备率","level","不低于",97,null,"%","",2027,null,null,false,true],
      ["二、（一）","制造业产品质量合格率","level","达到",94.5,null,"%","以上",2027,null,null,false,true],
      // 到2030年 opens the next horizon: the —— lines under it are 2030's.
      ["二、（一）——","社会公用计量标准","level","达到",3600,null,"项","以上",2030,null,null,false,true],
      ["二、（一）——","最高等级计量标准","count","新建",120,null,"项","",2030,null,null,true,true],
      ["二、（一）——","计量校准和测量能力","delta","提升",1,null,"倍","",2030,null,null,false,true],
      ["二、（一）——","每万家规上工业企业拥有计量专业技术人员","level","达到",300,null,"人","",2030,null,null,false,true],
      ["二、（一）——","省级以上产业计量测试中心","level","达到",30,null,"个","",2030,null,null,false,true],
      ["二、（一）——","计量技术服务业营业收入","delta","年均增长",10,null,"%","左右",2030,null,null,false,true],
      ["二、（一）——","计量技术服务业营业收入","level","超过",75,null,"亿元","",2030,null,null,false,true],
      ["二、（一）——","测量管理体系认证企业","count","新增",500,null,"家","",2030,null,null,false,true],
      ["二、（一）——","民生计量器具强制检定受检率","level","保持在",98,null,"%","以上",2030,null,null,false,true],
      ["二、（一）——","计量器具监督抽查合格率","level","达到",95,97,"%","",2030,null,null,false,true],
      ["二、（一）——","定量包装商品净含量抽查合格率","delta","提高",3,null,"个百分点","",2030,2025,null,false,true],
      ["二、（一）——","计量投诉处理满意率","level","不低于",95,null,"%","",2030,null,null,false,true],
      // Two target columns (2027年, 2030年) beside the 2025 base: one row per year, each with the base.
      ["二、（二）","社会公用计量标准","level","",3100,null,"项","",2027,2025,2860,false,true],
      ["二、（二）","社会公用计量标准","level","",3600,null,"项","",2030,2025,2860,false,true],
      ["二、（二）","每万人口注册计量师数","level","",2.5,null,"人","",2027,2025,2.1,false,true],
      ["二、（二）","每万人口注册计量师数","level","",3,null,"人","",2030,2025,2.1,false,true],
      ["二、（二）","省级以上产业计量测试中心","level","",23,null,"个","",2027,2025,16,false,true],
      ["二、（二）","省级以上产业计量测试中心","level","",30,null,"个","",2030,2025,16,false,true],
      ["二、（二）","重点用能单位能源计量器具配备率","level","",97,null,"%","",2027,2025,94.8,false,true],
      ["二、（二）","重点用能单位能源计量器具配备率","level","",98,null,"%","",2030,2025,94.8,false,true],
      ["二、（二）","计量技术服务业营业收入","level","",56,null,"亿元","",2027,2025,46.5,false,true],
      ["二、（二）","计量技术服务业营业收入","level","",75,null,"亿元","",2030,2025,46.5,false,true],
      // 2026年新建…，开展…，培训…: the sentence's only year governs all three; the next sentence is the period's.
      ["三、（一）1.","社会公用计量标准","count","新建",150,null,"项","",2026,null,null,false,false],
      ["三、（一）1.","计量比对","count","开展",20,null,"项","",2026,null,null,false,false],
      ["三、（一）1.","计量检定人员","count","培训",1200,null,"人次","",2026,null,null,false,false],
      ["三、（一）1.","计量标准","count","每年复查不少于",300,null,"项","",2030,null,null,false,false],
      ["三、（一）2.","国家级计量测试研究平台","count","建成",1,null,"个","",2027,null,null,false,false],
      // 力争2027年 reaches its own clause only, as its 力争 does.
      ["三、（一）2.","计量专家服务团队","count","组建",20,null,"支","",2030,null,null,false,false],
      ["三、（一）2.","区域计量中心","count","建成",5,null,"个","",2028,null,null,false,false],
      ["三、（一）2.","服务企业","count","",1.5,null,"万家次","",2028,null,null,false,false],
      ["三、（二）3.","“计量服务中小企业行”活动","count","每年开展",100,null,"场次","以上",2030,null,null,false,false],
      // The sentence's 每年, said once, is this second count's too: calibrations are work done each year.
      ["三、（二）3.","计量器具","count","每年校准",5,null,"万台件","",2030,null,null,false,false],
      // A benefit the service brings, counted in money (节约, as 挽回 is), a year's as the list's work is.
      ["三、（二）3.","节约成本","count","每年",3000,null,"万元","",2030,null,null,false,false],
      ["三、（二）4.","省级计量数据公共服务平台","count","建成",1,null,"个","",2026,null,null,false,false],
      // 接入 is the count's own verb (what the platform takes in), never 建成 carried from the clause before.
      ["三、（二）4.","企业计量数据","count","接入",2000,null,"家","",2026,null,null,false,false],
      ["三、（二）4.","能效计量审查","count","开展",200,null,"家次","",2026,null,null,false,false],
    ]);
  });

  it("reports the table's 2027 figure apart from the goals', and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "18 targets/inconsistent “社会公用计量标准”的目标值前后不一致：此处为3100项，前文（二、（一））为3200项以上",
    ]);
  });
});

describe("a city's 食品安全放心工程 three-year plan for 2026—2028", () => {
  const PLAN = "city-food-safety-assured-2028.plan";

  it("reads its rates, ranges, per-head figure, counts and tasks as a reviewer does", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、","人民群众食品安全满意度","direction","不断提高",null,null,"","",2028,null,null,false,true],
      ["一、（一）","每千人食品抽检量","level","稳定在",6,null,"批次","以上",2028,null,null,false,true],
      ["一、（一）","食品抽检合格率","level","达到",97.5,null,"%","以上",2028,null,null,false,true],
      // 98%左右 against the outline's 98%以上 of 2025: not below it, so no finding (the synonym group holds the 食用 form).
      ["一、（一）","食用农产品质量安全例行监测合格率","level","保持在",98,null,"%","左右",2028,null,null,false,true],
      ["一、（一）","不合格食品核查处置率","level","达到",100,null,"%","",2028,null,null,false,true],
      ["一、（一）","重大食品安全事故","level","",0,null,"起","",2028,null,null,false,true],
      ["一、（二）","规模以上食品生产企业危害分析和关键控制点（HACCP）体系认证率","level","达到",90,95,"%","",2028,null,null,false,true],
      ["一、（二）","大中型餐饮单位“明厨亮灶”覆盖率","level","不低于",95,null,"%","",2028,null,null,false,true],
      ["一、（二）","学校食堂食品安全量化等级B级以上比例","delta","提高",5,null,"个百分点","",2028,2025,null,false,true],
      ["一、（三）","食品安全示范街区","count","培育",10,null,"条","",2028,null,null,true,true],
      ["一、（三）","放心肉菜示范超市","count","新增",30,null,"家","",2028,null,null,false,true],
      ["一、（三）","食品安全管理人员","count","每年培训",2,null,"万人次","以上",2028,null,null,false,true],
      ["一、（三）","食品安全责任保险保费规模","level","达到",1.2,null,"亿元","",2028,null,null,false,true],
      ["一、（三）","群众食品安全满意度","level","达到",85,null,"分","以上",2028,null,null,false,true],
      ["一、（三）","食品安全投诉举报按期办结率","level","提升至",98,null,"%","",2028,2025,null,false,true],
      // 2026年完成…，开展…，其中…: all of 2026; the next sentence's change is the period's.
      ["二、（一）1.","食品安全监督抽检","count","完成",1.2,null,"万批次","",2026,null,null,false,false],
      ["二、（一）1.","食用农产品快检","count","开展",8,null,"万批次","",2026,null,null,false,false],
      ["二、（一）1.","农药兽药残留检测","count","开展",5,null,"万批次","",2026,null,null,false,false],
      ["二、（一）1.","抽检问题发现率","delta","年均提高",0.5,null,"个百分点","",2028,null,null,false,false],
      ["二、（一）2.","食品安全风险监测样品","count","每年完成",1500,null,"份","",2028,null,null,false,false],
      ["二、（一）2.","市级食品安全风险监测实验室","count","建成",1,null,"个","",2027,null,null,false,false],
      ["二、（一）2.","检测能力覆盖参数","level","达到",800,null,"项","以上",2027,null,null,false,false],
      // 2027年底前实现…全覆盖，接入…，开展…: the deadline governs its sentence.
      ["二、（二）3.","餐饮单位","count","接入",3000,null,"家","",2027,null,null,false,false],
      ["二、（二）3.","食品安全培训","count","开展",60,null,"场次","",2027,null,null,false,false],
      ["二、（二）4.","食品安全违法案件","count","查办",600,null,"件","",2028,null,null,false,false],
      // 移送 is work handled of its own, no case 查办 carried from the clause before.
      ["二、（二）4.","公安机关涉嫌犯罪案件","count","移送",30,null,"件","",2028,null,null,false,false],
      // A sum funded each year: what it funds, the payer (市财政) aside, 每年安排 the comparator's (a yearly figure).
      ["三、（二）","食品安全专项经费","level","每年安排不少于",3000,null,"万元","",2028,null,null,false,false],
    ]);
  });

  it("reports the planted 食品抽检合格率 below the outline's 98%, and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "7 targets/weaker-than-parent “食品抽检合格率”的目标“97.5%以上”，2028年的目标低于纲要2025年已要求的98%以上（上位目标虽已到期、本方案2026年起实施，其数值仍是底线）（《质量强国建设纲要》：农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上）",
    ]);
  });
});

/**
 * A county's 知识产权强县建设 plan for 2025—2027: a 发展基础 of 2024's figures, goals by 2025 and by
 * 2027 in prose, and a table with a 2024年基数 and 2025 and 2027 columns (a 指标属性 column after them);
 * tasks supported by the plan (支持重点企业开展…), a yearly count, 依法查处…不少于, what the work
 * recovers, and a 保障措施 funding two sums after one verb (县财政每年安排…资金200万元、…资金100万元).
 * Its planted slips: a 2025 合格率 below the outline's 94% (the table restating it) and a task's
 * 挽回经济损失 apart from the goal's.
 */
describe("a county's 知识产权强县建设 plan with a 2025/2027 table", () => {
  const PLAN = "county-ip-strong-county-2027.plan";

  it("reads the goals of both years, the table's columns beside their base and every task", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、","有效发明专利拥有量","level","达到",1400,null,"件","以上",2025,null,null,false,true],
      ["二、","每万人口高价值发明专利拥有量","level","达到",3,null,"件","",2025,null,null,false,true],
      ["二、","规上工业企业产品质量合格率","level","达到",93.5,null,"%","",2025,null,null,false,true],
      ["二、","知识产权质押融资金额","level","达到",1.8,null,"亿元","",2025,null,null,false,true],
      ["二、","每万人口高价值发明专利拥有量","level","达到",4,null,"件","以上",2027,null,null,false,true],
      ["二、","地理标志证明商标","count","新增",2,null,"件","",2027,null,null,false,true],
      ["二、","国家知识产权优势企业","count","培育",10,null,"家","以上",2027,null,null,true,true],
      ["二、","知识产权质押融资金额","delta","年均增长",15,null,"%","",2027,null,null,false,true],
      ["二、","专利转化实施率","level","不低于",40,null,"%","",2027,null,null,false,true],
      ["二、","知识产权侵权案件平均办案周期","level","压缩至",60,null,"天","以内",2027,null,null,false,true],
      ["二、","挽回经济损失","count","",3000,null,"万元","以上",2027,null,null,false,true],
      ["二、","知识产权保护社会满意度","level","达到",85,null,"分","以上",2027,null,null,false,true],
      ["二、","有效发明专利拥有量","level","",1400,null,"件","",2025,2024,1260,false,true],
      ["二、","有效发明专利拥有量","level","",1800,null,"件","",2027,2024,1260,false,true],
      ["二、","每万人口高价值发明专利拥有量","level","",3,null,"件","",2025,2024,2.6,false,true],
      ["二、","每万人口高价值发明专利拥有量","level","",4,null,"件","",2027,2024,2.6,false,true],
      ["二、","规上工业企业产品质量合格率","level","",93.5,null,"%","",2025,2024,93.1,false,true],
      ["二、","规上工业企业产品质量合格率","level","",95,null,"%","",2027,2024,93.1,false,true],
      ["二、","国家知识产权优势企业","level","",8,null,"家","",2025,2024,6,false,true],
      ["二、","国家知识产权优势企业","level","",10,null,"家","",2027,2024,6,false,true],
      ["二、","知识产权质押融资金额","level","",1.8,null,"亿元","",2025,2024,1.5,false,true],
      ["二、","知识产权质押融资金额","level","",2.4,null,"亿元","",2027,2024,1.5,false,true],
      ["二、","知识产权保护社会满意度","level","",83,null,"分","",2025,2024,81,false,true],
      ["二、","知识产权保护社会满意度","level","",85,null,"分","",2027,2024,81,false,true],
      // 支持重点企业开展…: whom the plan supports is no word of the count.
      ["三、（一）1.","专利导航项目","count","开展",10,null,"个","",2027,null,null,false,false],
      ["三、（一）1.","高价值专利组合","count","培育",5,null,"个","",2027,null,null,false,false],
      ["三、（一）1.","专利代理人员进企业服务活动","count","每年组织不少于",20,null,"场次","",2027,null,null,false,false],
      ["三、（一）2.","地理标志证明商标","count","新培育",1,null,"件","",2025,null,null,false,false],
      ["三、（一）2.","有效注册商标","count","新增",500,null,"件","",2025,null,null,false,false],
      ["三、（二）3.","知识产权质押融资金额","level","达到",2.4,null,"亿元","",2027,null,null,false,false],
      ["三、（二）3.","知识产权质押融资服务","count","提供不少于",100,null,"家次","",2027,null,null,false,false],
      ["三、（三）4.","商标侵权、假冒专利等违法案件","count","依法查处不少于",60,null,"件","",2027,null,null,false,false],
      ["三、（三）4.","挽回经济损失","count","",2500,null,"万元","",2027,null,null,false,false],
      ["三、（三）5.","知识产权维权援助工作站","count","建成",5,null,"个","",2027,null,null,false,false],
      ["三、（三）5.","知识产权维权援助服务企业","count","每年开展不少于",200,null,"家次","",2027,null,null,false,false],
      // 县财政每年安排…资金200万元、…资金100万元: both sums funded, each a yearly one, the purse no word of either.
      ["四、（二）","知识产权专项资金","level","每年安排",200,null,"万元","",2027,null,null,false,false],
      ["四、（二）","专利奖补资金","level","每年安排",100,null,"万元","",2027,null,null,false,false],
    ]);
  });

  it("reports the 2025 合格率 below the outline once, and the task's recovered sum apart from the goal's", async () => {
    expect(await findings(PLAN)).toEqual([
      "9 targets/weaker-than-parent “规上工业企业产品质量合格率”的目标“93.5%”，低于纲要的94%（《质量强国建设纲要》：制造业产品质量合格率达到94%）；二、的指标表再次写明同一目标，不重复报告",
      "27 targets/inconsistent “挽回经济损失”的目标值前后不一致：此处为2500万元，前文（二、）为3000万元以上",
    ]);
  });
});

/**
 * A city's 质量基础设施“一站式”服务 action plan for 2026—2027: goals in prose under a 工作目标 and two
 * year labels (（二）2026年目标, （三）2027年目标: a yearly count under the first is the period's), counts of
 * what is built, served, solved and saved (节约检验检测费用, 累计), times cut to 个工作日, a coverage rate;
 * tasks by a month's deadline (2026年6月底前), where (在重点产业园区新建…), whom the plan helps
 * (帮助企业获得…认证证书), a platform launched (上线), and two sums the purses of two levels fund each
 * year. Its planted slip: a task's 办理时限 of 7 working days beside the goals' 5.
 */
describe("a city's 质量基础设施“一站式”服务 action plan", () => {
  const PLAN = "city-qi-one-stop-service-2027.plan";

  it("reads the goals under their year labels and the tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["一、（二）","市级质量基础设施“一站式”服务中心","count","建成",1,null,"个","",2026,null,null,false,true],
      ["一、（二）","县级服务站","count","建成",10,null,"个","",2026,null,null,false,true],
      // 每年服务… under （二）2026年目标: set for every year of the period, not 2026 alone.
      ["一、（二）","服务企业","count","每年不少于",3000,null,"家次","",2027,null,null,false,true],
      // …每年服务…，帮助企业解决…200个以上: the 每年 said once reaches the problems solved, set for the period as the service is.
      ["一、（二）","质量技术难题","count","每年解决",200,null,"个","以上",2027,null,null,false,true],
      ["一、（二）","企业对“一站式”服务满意度","level","达到",90,null,"%","以上",2026,null,null,false,true],
      ["一、（三）","产业园区服务站","count","新增",8,null,"个","",2027,null,null,false,true],
      ["一、（三）","服务站总数","level","达到",20,null,"个","",2027,null,null,false,true],
      ["一、（三）","服务站乡镇（街道）覆盖率","level","达到",60,null,"%","",2027,null,null,false,true],
      ["一、（三）","服务事项平均办理时限","level","压缩至",5,null,"个工作日","以内",2027,null,null,false,true],
      ["一、（三）","节约检验检测费用","count","",1500,null,"万元","以上",2027,null,null,true,true],
      // 依托…，2026年6月底前建成…: the deadline opening a clause governs the clauses after it to the 。, as
      // one opening the sentence does under the period alone (lineContext.ts): the platform and the institutions are 2026's.
      ["二、（一）1.","“一站式”服务中心","count","建成",1,null,"个","",2026,null,null,false,false],
      ["二、（一）1.","线上服务平台","count","上线",1,null,"个","",2026,null,null,false,false],
      ["二、（一）1.","入驻服务机构","level","不少于",30,null,"家","",2026,null,null,false,false],
      // 在重点产业园区新建…: where is no word of the count; 各县（市、区）各建成… is each county's, no figure of the city's.
      ["二、（一）2.","新建服务站","count","",8,null,"个","",2027,null,null,false,false],
      ["二、（一）2.","每个服务站配备专兼职服务人员","level","不少于",3,null,"名","",2027,null,null,false,false],
      ["二、（二）3.","“质量诊所”活动","count","每年开展",50,null,"场次","",2027,null,null,false,false],
      // 每年组织…50场次，为小微企业提供…: the 每年 said once is the service's too.
      ["二、（二）3.","免费计量校准服务","count","每年提供",1,null,"万台件","",2027,null,null,false,false],
      // …50场次，…1万台件，帮助企业解决…不少于200个: two clauses back, the 每年 is still this count's.
      ["二、（二）3.","质量技术难题","count","每年解决不少于",200,null,"个","",2027,null,null,false,false],
      ["二、（二）4.","制修订标准","count","",80,null,"项","",2027,null,null,false,false],
      ["二、（二）4.","质量管理体系认证证书","count","获得",300,null,"张","",2027,null,null,false,false],
      ["二、（二）4.","服务事项平均办理时限","level","压缩至",7,null,"个工作日","以内",2027,null,null,false,false],
      ["二、（三）5.","梳理服务事项","level","不少于",60,null,"项","",2027,null,null,false,false],
      ["二、（三）5.","企业诉求按期办结率","level","达到",95,null,"%","以上",2027,null,null,false,false],
      // 市、县两级财政每年安排…经费500万元，…资金200万元: the list goes on after the comma.
      ["三、（二）","“一站式”服务专项经费","level","每年安排",500,null,"万元","",2027,null,null,false,false],
      ["三、（二）","服务站运行补助资金","level","每年安排",200,null,"万元","",2027,null,null,false,false],
    ]);
  });

  it("reports the task's time limit apart from the goals' and nothing of the valid variety", async () => {
    expect(await findings(PLAN)).toEqual([
      "19 targets/inconsistent “服务事项平均办理时限”的目标值前后不一致：此处为7个工作日以内，前文（一、（三））为5个工作日以内",
    ]);
  });
});

describe("a city's 质量认证提升 action plan for 2024—2026", () => {
  const PLAN = "city-certification-2026.plan";

  it("reads its goals, its table beside 2023's base and its tasks' yearly work as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、——","获证组织数量","level","达到",4500,null,"家","",2026,null,null,false,true],
      ["二、——","质量管理体系认证证书","count","新增",3000,null,"张","以上",2026,null,null,false,true],
      ["二、——","“示例品质”认证企业","count","培育",50,null,"家","",2026,null,null,false,true],
      // …提升行动每年帮扶企业不少于200家: the programme is who does the work, 每年 the comparator's.
      ["二、——","帮扶企业","count","每年不少于",200,null,"家","",2026,null,null,false,true],
      ["二、——","制造业产品质量合格率","level","达到",93.8,null,"%","",2026,null,null,false,true],
      ["二、——","食品抽检合格率","level","达到",98.5,null,"%","以上",2026,null,null,false,true],
      ["二、——","认证产品监督抽查合格率","level","保持在",95,null,"%","以上",2026,null,null,false,true],
      // 认证检测机构年服务企业…: a body named before 年 and the verb does the work, though its name opens on 认证.
      ["二、——","服务企业","count","年服务",1000,null,"家次","",2026,null,null,false,true],
      ["二、——","认证咨询平均办理时限","level","压缩至",5,null,"个工作日","以内",2026,null,null,false,true],
      ["二、——","企业对认证服务满意度","level","达到",90,null,"分","以上",2026,null,null,false,true],
      ["二、——","获证组织数量","level","",4500,null,"家","",2026,2023,3500,false,true],
      ["二、——","有效质量管理体系认证证书","level","",15000,null,"张","",2026,2023,12000,false,true],
      ["二、——","制造业产品质量合格率","level","",93.8,null,"%","",2026,2023,93.2,false,true],
      ["二、——","食品抽检合格率","level","≥",98.5,null,"%","",2026,2023,97.6,false,true],
      ["二、——","“示例品质”认证企业","level","",50,null,"家","",2026,null,null,false,true],
      // 每年…开展“认证下基层”活动，摸排…，帮助…获得…证书200张: papers are obtained again each year, as work recurs — 200 a year.
      ["三、（一）1.","质量管理体系认证证书","count","每年获得",200,null,"张","",2026,null,null,false,false],
      ["三、（一）2.","“示例品质”团体标准","count","制定",10,null,"项","",2026,null,null,false,false],
      // 2026年达到50家 goes on with the count before it: named as it is.
      ["三、（一）2.","“示例品质”认证企业","level","达到",30,null,"家","",2025,null,null,false,false],
      ["三、（一）2.","“示例品质”认证企业","level","达到",50,null,"家","",2026,null,null,false,false],
      ["三、（二）3.","认证服务站","count","建设",5,null,"个","",2026,null,null,false,false],
      ["三、（二）3.","服务企业","count","年服务不少于",500,null,"家次","",2026,null,null,false,false],
      // 服务站年服务…，开展…30场次，培训…1500人次: 年 said once goes on as 每年 does, the same doer's statement.
      ["三、（二）3.","认证培训","count","年开展",30,null,"场次","",2026,null,null,false,false],
      ["三、（二）3.","企业质量管理人员","count","年培训",1500,null,"人次","",2026,null,null,false,false],
      // 每年开展认证有效性抽查，抽查…300家，查处…20件: the 每年 of a clause with no figure reaches the inspections and the cases.
      ["三、（二）4.","获证组织","count","每年抽查不少于",300,null,"家","",2026,null,null,false,false],
      ["三、（二）4.","认证违法案件","count","每年查处",20,null,"件","",2026,null,null,false,false],
      ["三、（二）4.","认证产品监督抽查合格率","level","保持在",95,null,"%","以上",2026,null,null,false,false],
      // 到2025年，…每年安排…；到2026年，…每年安排…: each stage's yearly sum keeps its year — a rise, not two figures that disagree.
      ["三、（三）5.","认证奖补资金","level","每年安排不少于",300,null,"万元","",2025,null,null,false,false],
      ["三、（三）5.","认证奖补资金","level","每年安排不少于",500,null,"万元","",2026,null,null,false,false],
    ]);
  });

  it("holds its 制造业产品质量合格率 to the outline's and asks a 质量认证 plan for none of the outline's other sectors' goals", async () => {
    expect(await findings(PLAN)).toEqual([
      "11 targets/weaker-than-parent “制造业产品质量合格率”的目标“93.8%”，2026年的目标低于纲要2025年的94%（《质量强国建设纲要》：制造业产品质量合格率达到94%）；二、——的指标表再次写明同一目标，不重复报告",
    ]);
  });
});

/**
 * A county's 特种设备安全提升 plan (2026—2028), written for this review: a 发展基础 of 2025's figures, goals
 * in 台, 家次, 人次, 份, 分钟 and a rate per 万台, 每年 said once before a list, a doer before 年, a table
 * beside its 2025 base whose cells note their span after the figure (300（累计）, ≥2000（每年）), and tasks
 * with counts of a year each given 分别 without their noun, hazards put right (整改) and a certificate
 * obtained (取得). Every row below was checked by reading the plan; it plants no defect.
 */
describe("a county's 特种设备安全提升 action plan for 2026—2028", () => {
  const PLAN = "county-special-equipment-2028.plan";

  it("reads its goals, its table's noted spans and its tasks' yearly and yearly-given counts as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、","特种设备万台设备死亡人数","level","控制在",0.1,null,"人","以下",2028,null,null,false,true],
      ["二、","较大以上特种设备安全事故","level","不发生",0,null,"起","",2028,null,null,false,true],
      ["二、","特种设备定期检验率","level","达到",99,null,"%","以上",2028,null,null,false,true],
      ["二、","电梯应急救援平均到达时间","level","压缩至",15,null,"分钟","以内",2028,null,null,false,true],
      ["二、","电梯应急救援平均到达时间","delta","缩短",3,null,"分钟","",2028,2025,null,false,true],
      ["二、","老旧电梯更新改造","count","完成",300,null,"台","",2028,null,null,true,true],
      ["二、","电梯“保险+服务”试点小区","count","新增",20,null,"个","",2028,null,null,false,true],
      ["二、","特种设备安全总监、安全员配备率","level","达到",100,null,"%","",2028,null,null,false,true],
      ["二、","特种设备安全监督检查","count","每年开展",2000,null,"家次","以上",2028,null,null,false,true],
      ["二、","特种设备使用单位","count","每年抽查",400,null,"家","",2028,null,null,false,true],
      ["二、","作业人员","count","每年培训",1500,null,"人次","",2028,null,null,false,true],
      // …中心年检验特种设备8000台，出具检验报告8000份: the doer before 年 is no word of the count, and 年 said once goes on.
      ["二、","特种设备","count","年检验",8000,null,"台","",2028,null,null,false,true],
      ["二、","检验报告","count","年出具",8000,null,"份","",2028,null,null,false,true],
      ["二、","特种设备定期检验率","level","≥",99,null,"%","",2028,2025,97.2,false,true],
      ["二、","电梯应急救援平均到达时间","level","≤",15,null,"分钟","",2028,2025,18,false,true],
      ["二、","万台特种设备死亡人数","level","≤",0.1,null,"人","",2028,2025,0.12,false,true],
      // 300（累计）, ≥2000（每年）: the span noted after the figure, read as written before it — a total, and a yearly figure beside its base.
      ["二、","老旧电梯更新改造","count","",300,null,"台","",2028,null,null,true,true],
      ["二、","特种设备安全监督检查","level","每年≥",2000,null,"家次","",2028,2025,1800,false,true],
      ["二、","持证作业人员","level","",10000,null,"人","",2028,2025,8600,false,true],
      ["三、（一）1.","考核合格人员","level","达到",1200,null,"人","",2028,null,null,false,false],
      // 每年组织…培训考核，考核合格人员达到1200人，发放…1200份: the 每年 reaches past the level between, to the papers issued.
      ["三、（一）1.","培训合格证明","count","每年发放",1200,null,"份","",2028,null,null,false,false],
      ["三、（一）2.","使用单位","count","每年排查",2350,null,"家","",2028,null,null,false,false],
      ["三、（一）2.","整改隐患","count","每年",500,null,"处","以上",2028,null,null,false,false],
      // 每年开展…整治行动，排查…，整改隐患500处以上: the 每年 reaches the hazards put right; …，县市场监管局开展“双随机”抽查300家次 is another doer's, its own.
      ["三、（一）2.","“双随机”抽查","count","开展",300,null,"家次","",2028,null,null,false,false],
      ["三、（二）3.","老旧电梯更新改造","count","完成",100,null,"台","",2026,null,null,false,false],
      // 2027年、2028年分别完成100台、100台: no noun of their own, the counts are the clause before's, each of its year.
      ["三、（二）3.","老旧电梯更新改造","count","完成",100,null,"台","",2027,null,null,false,false],
      ["三、（二）3.","老旧电梯更新改造","count","完成",100,null,"台","",2028,null,null,false,false],
      ["三、（二）3.","加装电梯","level","达到",150,null,"台","",2028,null,null,false,false],
      ["三、（二）4.","特种设备智慧监管平台","count","建成",1,null,"个","",2027,null,null,false,false],
      ["三、（二）4.","电梯设备","count","接入",6200,null,"台","",2027,null,null,false,false],
      ["三、（二）4.","物联网监测覆盖电梯","level","达到",3000,null,"台","",2027,null,null,false,false],
      ["三、（三）5.","电梯应急救援站点","count","建设",12,null,"个","",2028,null,null,false,false],
      ["三、（三）5.","应急演练","count","每年开展",20,null,"场次","",2028,null,null,false,false],
      ["三、（三）5.","救援人员","count","年培训",300,null,"人次","",2028,null,null,false,false],
      // 年培训…300人次，举办技能竞赛1场: 场 tallies sessions held as 场次 does, and the 年 said once reaches it.
      ["三、（三）5.","技能竞赛","count","年举办",1,null,"场","",2028,null,null,false,false],
      ["三、（三）6.","特种设备","count","年检验",8000,null,"台","",2028,null,null,false,false],
      ["三、（三）6.","检验项目","count","新增",10,null,"项","",2028,null,null,false,false],
      // 取得 counts what is obtained as 获得 does: never the 新增 of the clause before carried to it.
      ["三、（三）6.","资质认定证书","count","取得",1,null,"张","",2028,null,null,false,false],
    ]);
  });

  it("finds nothing in a plan that plants no defect", async () => {
    expect(await findings(PLAN)).toEqual([]);
  });
});

describe("a county's 农产品质量安全提升 action plan for 2026—2028", () => {
  const PLAN = "county-farm-produce-safety-2028.plan";

  it("reads its yearly and cumulative goals, its table beside 2025's base and its tasks as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、","主要农产品例行监测合格率","level","稳定在",98.5,null,"%","以上",2028,null,null,false,true],
      ["二、","重大农产品质量安全事件","level","不发生",0,null,"起","",2028,null,null,false,true],
      ["二、","农产品定量监测","count","每年完成",4000,null,"批次","以上",2028,null,null,false,true],
      ["二、","快速检测","count","每年完成",5,null,"万批次","",2028,null,null,false,true],
      ["二、","农业生产经营主体","count","每年培训",8000,null,"人次","",2028,null,null,false,true],
      ["二、","宣传资料","count","每年发放",2,null,"万份","",2028,null,null,false,true],
      ["二、","绿色食品、有机农产品认证登记","count","新增",40,null,"个","",2028,null,null,true,true],
      ["二、","省级农产品质量安全县","count","创建",1,null,"个","",2028,null,null,true,true],
      ["二、","规模生产经营主体承诺达标合格证开具率","level","达到",95,null,"%","",2028,null,null,false,true],
      ["二、","主要农产品例行监测合格率","level","≥",98.5,null,"%","",2028,2025,98.2,false,true],
      ["二、","农产品定量监测","level","每年≥",4000,null,"批次","",2028,2025,3600,false,true],
      ["二、","绿色有机农产品认证登记","count","新增",40,null,"个","",2028,null,null,true,true],
      ["二、","合格证开具率（规模主体）","level","",95,null,"%","",2028,2025,80,false,true],
      ["二、","乡镇农产品质量安全监管站标准化建设率","level","",100,null,"%","",2028,2025,60,false,true],
      ["三、（一）1.","农资经营门店","count","每年检查",600,null,"家次","",2028,null,null,false,false],
      ["三、（一）1.","农药、肥料样品","count","每年抽检",120,null,"批次","",2028,null,null,false,false],
      ["三、（一）1.","违法案件","count","每年查处",10,null,"起","以上",2028,null,null,false,false],
      ["三、（一）2.","标准化生产基地","count","建成",5,null,"个","",2026,null,null,false,false],
      ["三、（一）2.","标准化生产基地","count","新增",3,null,"个","",2027,null,null,false,false],
      ["三、（一）2.","标准化生产基地","count","新增",4,null,"个","",2028,null,null,false,false],
      // 每年组织农业技术人员培训20场: the training organised (组织 its verb, 每年 how often), 场 a session as 场次 is.
      ["三、（一）2.","农业技术人员培训","count","每年组织",20,null,"场","",2028,null,null,false,false],
      // The sentence gives 2026, 2027 and 2028 before the ；: none of them reaches past it, the level is the period's.
      ["三、（一）2.","考核合格人员","level","达到",600,null,"人","",2028,null,null,false,false],
      // …，考核合格人员达到600人，发放技术明白纸1万份: the 每年 said before reaches past the level between.
      ["三、（一）2.","技术明白纸","count","每年发放",1,null,"万份","",2028,null,null,false,false],
      // 2027年底前完成14个…改造, the figure before its noun: the deadline's year, as written verb first; and the 配备 after it goes on under it.
      ["三、（二）3.","乡镇监管站标准化改造","count","完成",14,null,"个","",2027,null,null,false,false],
      ["三、（二）3.","快检设备","count","配备",80,null,"台套","",2027,null,null,false,false],
      ["三、（二）3.","检测样品","count","年检测",3000,null,"批次","",2028,null,null,false,false],
      ["三、（二）3.","检测报告","count","年出具",3000,null,"份","",2028,null,null,false,false],
      // 县农业农村局、县市场监管局每年联合开展…: two bodies the subject, 联合 how the work is done, no word of the noun.
      ["三、（二）4.","农产品抽检","count","每年联合开展",800,null,"批次","",2028,null,null,false,false],
      // …，县农业综合行政执法大队、县公安局开展…: bodies no registry lists, read by their shape — another doer's count, no 每年 of the clause before.
      ["三、（二）4.","联合执法检查","count","开展",200,null,"家次","",2028,null,null,false,false],
      ["三、（三）5.","绿色食品、有机农产品认证登记","count","新增",40,null,"个","",2028,null,null,true,false],
      ["三、（三）5.","区域公用品牌","count","培育",2,null,"个","",2028,null,null,true,false],
      ["三、（三）5.","纳入追溯平台的生产经营主体","level","达到",1500,null,"家","",2028,null,null,false,false],
      ["三、（三）6.","规模生产经营主体合格证开具率","level","达到",95,null,"%","",2028,null,null,false,false],
      // 开具 issues papers as 出具 does: each year's 30万张.
      ["三、（三）6.","开具合格证","count","每年",30,null,"万张","",2028,null,null,false,false],
    ]);
  });

  it("finds nothing in a plan that plants no defect", async () => {
    expect(await findings(PLAN)).toEqual([]);
  });
});

describe("a county's 计量能力提升 action plan for 2026—2028", () => {
  const PLAN = "county-metrology-2028.plan";

  it("reads its staged goals, its table beside 2025's base and its tasks' deadlines as a reviewer writes the rows", async () => {
    expect(await rows(PLAN)).toEqual([
      ["二、","社会公用计量标准","level","达到",40,null,"项","以上",2028,null,null,false,true],
      ["二、","注册计量师总数","level","达到",30,null,"名","",2028,null,null,false,true],
      ["二、","重点用能单位能源计量器具配备率","level","达到",98,null,"%","以上",2028,null,null,false,true],
      ["二、","县级产业计量测试服务站","count","建成",1,null,"个","",2026,null,null,false,true],
      ["二、","社会公用计量标准","count","新建",5,null,"项","",2027,null,null,false,true],
      // 到2026年，…；到2027年，…；…受检率保持在98%以上: a part after the stages, opening on no year, is the paragraph's 2028.
      ["二、","强制检定计量器具受检率","level","保持在",98,null,"%","以上",2028,null,null,false,true],
      ["二、","计量器具","count","每年检定校准不少于",5,null,"万台件","",2028,null,null,false,true],
      ["二、","计量器具","count","每年校准",2000,null,"台件","",2028,null,null,false,true],
      ["二、","计量标杆企业","count","培育",10,null,"家","",2028,null,null,true,true],
      ["二、","计量示范社区（集市）","count","培育",6,null,"个","",2028,null,null,true,true],
      ["二、","社会公用计量标准","level","≥",40,null,"项","",2028,2025,32,false,true],
      ["二、","注册计量师","level","",30,null,"名","",2028,2025,18,false,true],
      ["二、","重点用能单位能源计量器具配备率","level","≥",98,null,"%","",2028,2025,94.5,false,true],
      ["二、","计量器具","level","每年≥",5,null,"万台件","",2028,2025,4.2,false,true],
      ["二、","计量标杆企业","count","",10,null,"家","",2028,null,null,true,true],
      // 2026年底前完成6项…复查, 2027年内新建…5项: figure first or verb first, each its deadline's year; the part after the ； the period's.
      ["三、（一）1.","社会公用计量标准复查","count","完成",6,null,"项","",2026,null,null,false,false],
      ["三、（一）1.","社会公用计量标准","count","新建",5,null,"项","",2027,null,null,false,false],
      // 年检定设备3万台件: after how often, 检定 is the work done to the equipment, and 年 said once goes on to the certificates.
      ["三、（一）1.","检定设备","count","年检定",3,null,"万台件","",2028,null,null,false,false],
      ["三、（一）1.","检定证书","count","年出具",3,null,"万份","",2028,null,null,false,false],
      // 配备 counts the equipment provided; each station's 配备…不少于2名 stays a standard per unit.
      ["三、（一）2.","计量检测设备","count","配备",120,null,"台套","",2028,null,null,false,false],
      ["三、（一）2.","每个乡镇计量服务站配备专兼职计量人员","level","不少于",2,null,"名","",2028,null,null,false,false],
      // 2027年底建成…: 年底 is a deadline as 年底前 is.
      ["三、（一）2.","能源计量数据采集平台","count","建成",1,null,"个","",2027,null,null,false,false],
      ["三、（二）3.","帮扶企业","count","每年",200,null,"家次","",2028,null,null,false,false],
      ["三、（二）3.","计量技术难题","count","每年解决",30,null,"个","",2028,null,null,false,false],
      ["三、（二）3.","省级计量标杆企业","count","培育",3,null,"家","",2027,null,null,false,false],
      ["三、（二）4.","计量示范社区（集市）","count","建成",2,null,"个","",2026,null,null,false,false],
      ["三、（二）4.","计量示范社区（集市）","count","新增",2,null,"个","",2027,null,null,false,false],
      ["三、（二）4.","计量示范社区（集市）","count","新增",2,null,"个","",2028,null,null,false,false],
      ["三、（二）4.","民用“四表”检定","count","每年开展",5000,null,"台","",2028,null,null,false,false],
      ["三、（二）4.","集贸市场在用衡器抽查覆盖率","level","达到",100,null,"%","",2028,null,null,false,false],
      ["三、（三）5.","计量监督检查","count","每年开展",300,null,"家次","",2028,null,null,false,false],
      ["三、（三）5.","计量违法案件","count","每年查处",15,null,"起","以上",2028,null,null,false,false],
      ["三、（三）5.","加油机、出租车计价器等强检器具受检率","level","达到",100,null,"%","",2028,null,null,false,false],
    ]);
  });

  it("finds nothing in a plan that plants no defect", async () => {
    expect(await findings(PLAN)).toEqual([]);
  });
});

describe("a county's 质量强县 plan as pasted: soft returns, bare rows, a list of inspections and a 考核评分细则", () => {
  const NAME = "county-quality-pasted-2027.plan";

  it("reads each target across its soft return, each row's bare figure, each inspection's own verb, and no scoring threshold", async () => {
    expect(await rows(NAME)).toEqual([
      // 评价合 / 格率达到95%: two characters carried below a sentence under way.
      ["一、（一）", "规模以上工业企业产品质量评价合格率", "level", "达到", 95, null, "%", "以上", 2027, null, null, false, true],
      ["一、（一）", "食品抽检合格率", "level", "稳定在", 98, null, "%", "以上", 2027, null, null, false, true],
      ["一、（一）", "省级以上质量标杆企业", "count", "培育达到", 12, null, "家", "", 2027, null, null, true, true],
      // …12家 / ，其中国家级…2家: the line opening on a comma goes on with its whole.
      ["一、（一）", "国家级质量标杆企业", "count", "培育达到", 2, null, "家", "", 2027, null, null, false, true],
      // The 年份 column gives each bare figure its year; 死亡率 is a ceiling by its name.
      ["一、（一）", "质量竞争型产业占比", "level", "", 35, null, "%", "", 2027, null, null, false, true],
      ["一、（一）", "万台特种设备死亡率", "level", "", 0.2, null, "", "", 2027, null, null, false, true],
      ["二、（一）", "重点企业", "count", "每季度检查", 1, null, "次", "", 2027, null, null, false, false],
      // 每年监测 is its own verb, never 每季度检查's.
      ["二、（一）", "重点企业", "count", "每年监测", 2, null, "次", "", 2027, null, null, false, false],
      ["二、（一）", "高风险食品生产企业", "count", "每月检查", 1, null, "次", "", 2027, null, null, false, false],
      ["二、（二）", "计量、检验检测服务", "count", "每年提供不少于", 500, null, "家次", "", 2027, null, null, false, false],
      // Rows set in columns under no header, under a 重点任务: the task's figures, no goals (no header says so).
      ["二、（二）", "制造业产品质量合格率", "level", "", 94.5, null, "%", "", 2027, null, null, false, false],
      ["二、（二）", "消费者投诉率", "level", "", 0.5, null, "%", "", 2027, null, null, false, false],
    ]);
  });

  it("reports the paste's real defects only: no targets finding on the 考核评分细则's thresholds", async () => {
    expect(await findings(NAME)).toEqual([
      "6 targets/parent-not-localised 《质量强国建设纲要》的量化目标“农产品质量安全例行监测合格率达到98%以上”在本方案中没有对应指标",
      "8 text/broken-sentence 句子在“到12家”与“，其中国”之间被换行断开（下文不能独立成句），疑为复制时带入的手动换行（软回车），应为同一段落",
      "11 structure/markdown-marks Markdown 表格的竖线“|”和表头下的分隔行“|---|”随复制带入，不属于方案内容（3行，修复后单元格以制表符分隔，与从 Word 粘贴的表格相同）",
    ]);
  });
});
