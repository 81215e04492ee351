import { codeUnitSet } from "../text/codeUnits.js";
import { alternationOf, FIGURE_UNITS, COUNT_MEASURES, PER_UNIT, measureKind, unitAlternation } from "./measureUnits.js";
import type { TargetSense } from "./types.js";

/**
 * The words and patterns targets are read by — where a clause stops, the noise around an
 * indicator, comparators and which way they go, units, counts and their verbs, years, bases and
 * directions — shared by every reader (the grammar's targets completed in modelTargets.ts, the
 * text's in textReadings.ts and countReadings.ts, a table's rows in tableRows.ts), so that each
 * word is spelled once.
 */

/** Delimiters a clause does not cross; 、 joins indicators that share one value. */
const HARD_STOP = "，,。；;：:！!？?\n\r";
/** HARD_STOP by code unit: the scans below visit every character, and `text[i]` of a Chinese character allocates. */
export const HARD_STOP_CODES = codeUnitSet(HARD_STOP);
/**
 * The hard stops, and a bracket that opens a part of the target before it (`40个（其中国家级5个）`),
 * which its closing bracket ends; not `（含）`, which says the bound counts itself (5家（含）以上).
 * A tab too: in a row pasted with tabs (a 分工表's `3<TAB>质量品牌<TAB>培育品牌产品10个`) a cell's
 * edge ends the text's clause, so that a count is never named by the 序号 and task cells before it;
 * with the quote that opens a cell Excel quoted for a line break in it (model/quotedCells.ts).
 */
export const HARD_STOP_PATTERN = new RegExp(`\t"?|[${HARD_STOP}]|[（(](?=其中|含(?!\\s*[）)]))`, "g");
/**
 * `（含）` between a count's figure and its qualifier (培育…5家（含）以上): 以上 counts the bound
 * already, so the qualifier is read as the bare word (as the grammar's Qualifier reads a level's).
 * A space before either (培育品牌10个 以上, a pasted page's spacing) is read through, as the
 * grammar's TargetRest reads it.
 */
export const INCLUSIVE_MARK = "(?:[（(]\\s*含\\s*[）)]\\s*)?";
/** INCLUSIVE_MARK with the spaces before it, for patterns that end the clause (`$`): none is left out of the target. */
export const INCLUSIVE = `\\s*${INCLUSIVE_MARK}`;
export const OPEN_BRACKET_CODES = codeUnitSet("（(");
export const CLOSE_BRACKET = /[）)]/g;
/** What joins indicators that share a value; 与 not inside a word (参与, 给与, 授与). */
export const JOINERS = /、|以及|和|及|(?<![参给授])与/;
/**
 * A list's bullet an AI writing tool or a web page sets before each line (`- 制造业…`, `• …`, `●培育…`;
 * an ASCII one only before a space: `*重点*产品` is the plan's own text): no word of what follows.
 */
const LIST_BULLET_SOURCE = "[-*+]\\s+|[•·●○▪■◆]\\s*";
export const LIST_BULLET = new RegExp(`^(?:${LIST_BULLET_SOURCE})`);
/**
 * A page's comment a clipboard left in the text (`<!--StartFragment-->`, text/htmlMarkup.ts): no
 * word of a name. Read before or after one, and from its `--` on where the `!` of `<!--` stopped
 * the clause as a mark would (`<!-- StartFragment -->21家`: the name is not `-- StartFragment -->`).
 */
const PAGE_COMMENT = "(?:<!)?--(?:[^\\-\\r\\n]|-(?!->)){0,100}-->\\s*";
/**
 * Words before an indicator that are not part of it (a year in either width of digits), the
 * plan's own area among them: 全市, 本市, 我县, 全旗, 县域内 (县域 alone opens names: 县域经济; a zone's 园区, 高新区 only in a zone's plan:
 * targets/zoneArea.ts, read once the targets are found, `withoutZoneArea`), and Markdown's `**` that closed a bold heading before it (`1.**……。**制造业质量竞争力指数达到86`)
 * or opens a bold sentence (`**食品抽检合格率达到98%**`, `__…__`), and a list's bullet an AI
 * writing tool or a web page sets before each goal (`- 制造业产品质量合格率达到94%以上；`, `• …`;
 * an ASCII one only before a space: `*重点*产品` is the plan's own text), and the 要 or 将 a subject
 * says before one of those (县市场监管局要确保…, 各县（市、区）将力争…: targets/subjects.ts) — only
 * there, since 要 and 将 open nouns too (要素, 将来).
 */
export const LEADING_NOISE = new RegExp(`^(?:${PAGE_COMMENT}|\\*\\*|__|${LIST_BULLET_SOURCE}|、|其中|同时|并且|并|且|和|及|[要将](?=力争|争取|确保|实现)|力争|争取|确保|推动|推进|促进|实现|[全本我][市省区县州盟旗]|[县市省]域(?:范围)?内|全年|年内|年[底末]前|当年|本年度?|今年|到[\\d０-９]{4}年[底末]?前?|至[\\d０-９]{4}年[底末]?前?|[\\d０-９]{4}年(?:[底末]前?|前|内)?)+`);
/** Adverbs before the comparator, a base year (比2020年, 比上年, 同比), a sum's word before a figure (…项目共计18个, 合计, 总计), and Markdown's bold closed before it (`**食品抽检合格率**达到98%`). */
export const TRAILING_NOISE = new RegExp(`(?:${PAGE_COMMENT}|\\*\\*|__|共计|合计|总计|均|都|分别|力争|争取|确保|要|需|应|将|能够|可|进一步|约|逾|已经|已|仍然|依然|仍|继续|始终|必须|须|全部|基本|[比较][\\d０-９]{4}年[底末]?|[比较](?:上一?年|去年)[底末]?|同比|环比|在[\\d０-９]{4}年[底末]?的?基础上|与[\\d０-９]{4}年[底末]?相比)+$`);
export const ASPIRATIONAL = /力争|争取/;
/**
 * Words a count's lead says before its verb that strive or commit (力争, 确保, 要确保, 将力争, 要):
 * the comparator's mood, never the verb's word nor the noun's (各乡镇要确保完成快检3000批次).
 */
const STRIVES = "(?:[要将]?(?:力争|争取|确保)|要(?![求素]))";
/**
 * 累计 with the years it adds up over (三年累计, 5年累计): a total, not the comparator's nor the
 * indicator's words. Before a count's verb (累计培育…20家), at an indicator's start (累计培育企业
 * 数量达到…), or just before the comparator (…企业累计达到50家).
 */
// The span's digits start a number: 较2023年累计 is a base year and 累计, not a 23-year span.
export const CUMULATIVE = "(?:(?:[一二两三四五六七八九十]|(?<![\\d０-９])\\d{1,2})年内?)?累计";
/**
 * A span of years before a count's verb without 累计 (三年新增…两个, 五年内建成…30个): what the span
 * adds, as 新增 alone says; neither the verb's nor the noun's words.
 */
const SPAN_OF_YEARS = "(?:[一二两三四五六七八九十]|(?<![\\d０-９])\\d{1,2})年内?";
/** The place a count is made in, before its verb (全市累计培育…, 力争全县新增…): no part of the verb or the noun. */
const SCOPE = "[全本我][市省区县州盟旗]";
/** The plan's own place alone (全市, 全省): who the figures are of, no noun of what they count. */
export const SCOPE_ONLY = new RegExp(`^${SCOPE}$`);
export const CUMULATIVE_WORD = /累计/;
/** 累计 opening an indicator or a count's words, after the place it is made in (全市累计主导制修订…): a total. */
export const CUMULATIVE_LEAD = new RegExp(`^(?:${SCOPE})?${CUMULATIVE}`);
/** 累计 just before the comparator, with the years it adds up over (…能耗五年累计下降13.5%): none of it the indicator's. */
export const CUMULATIVE_BEFORE = new RegExp(`${CUMULATIVE}\\s*$`);
/**
 * The year a count is made in, before its verb (全年发布…5项, 年内新增…, an annual plan's deadline
 * 年底前建成…3个): no part of the verb or the noun.
 */
// 到年底, 至年末: the year's end an annual plan counts to (到年底累计建成…600个), as 年底前 is.
const PERIOD_SCOPE = "全年|年内|(?:到|至)?年[底末]前?|当年|本年度?|今年";
/**
 * A deadline year before a count's verb (2025年前完成…10项, 2026年底前建成…3个, 2026年6月底前建成…1个: a 专栏's projects
 * are written so): the count's horizon (LineContext reads it as BARE_YEAR), no part of the verb or
 * the noun. Only with 前, 底 or 内 (2027年底建成…12个, 2027年内完成…8个: by the year's end, as 年底前 says):
 * `2022年完成…` may report what was done.
 */
const DEADLINE_YEAR = "(?<![\\d０-９])[\\d０-９]{4}\\s*年(?:[\\d０-９]{1,2}\\s*月)?(?:[底末]前?|前|内)";
/**
 * A year alone before a count's verb and its figure (`…，2026年新增12家`): the year the count is of,
 * which the horizon reads, no word of the verb — a clause that states only a year, a verb and a
 * figure (the end of the words a count reads before it) counts what the clause before counted (targetParts.ts nameElided). Not before a noun: a
 * year gone by before a verb and what it counts (2022年完成质量攻关项目8项) reports, no count.
 */
const YEAR_OF_COUNT = "(?<![\\d０-９])[\\d０-９]{4}\\s*年(?=[\\u4e00-\\u9fff]{1,4}\\s*(?:[\\d０-９]|$))";
/** 力争, 累计 and the place taken off a verb: what is left is the comparator as written (培育, 建设). */
export const NOT_THE_VERB = new RegExp(`${DEADLINE_YEAR}|${YEAR_OF_COUNT}|${STRIVES}|${CUMULATIVE}|${SPAN_OF_YEARS}|${SCOPE}|${PERIOD_SCOPE}`, "g");
/**
 * The unit of a figure a target starts from or a note states, in any unit a figure is written in:
 * %, ‰, 个百分点, or a short run of characters, per another (分, 件, 吨标准煤/万元). A group.
 */
const BASE_UNIT = "(%|％|‰|个百分点|[\\u4e00-\\u9fff]{1,6}(?:[/／每][\\u4e00-\\u9fff]{1,4})?)";
/**
 * The year a change is measured from: 比2020年, 较2022年底, 在2024年基础上, 与2024年相比, and
 * before a total from it (较2023年累计下降). One of groups 1–3 the year.
 */
export const BASE_YEAR = new RegExp(`(?:[比较](\\d{4})年[底末]?|在(\\d{4})年[底末]?的?基础上|与(\\d{4})年[底末]?相比)\\s*(?:${CUMULATIVE})?\\s*$`);
/**
 * The figure a target starts from, just before its comparator: `由92%提高到95%`, `从80分提升至85分`,
 * its year said or not (`由2024年的92.5%提高到95%`), in any unit a figure is written in
 * (`由0.45吨标准煤/万元下降到0.40吨标准煤/万元`, `由8件提高到12件`: a unit of up to six
 * characters, per another of up to four). Groups: the year, the figure, its unit.
 */
export const BASE_VALUE = new RegExp(`[由从]\\s*(?:(\\d{4})\\s*年[底末]?的?\\s*)?(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?\\s*$`);
/**
 * A year noted between an indicator and its comparator: `（2022年为97.5%）` (the figure it starts
 * from), `（2020年）` or a bare past `2020年` (the year the figure is of). Groups: the year, the
 * figure, its unit. A bare year after the plan's own is the target's (YEAR_BEFORE_COMPARATOR).
 */
export const YEAR_NOTE = new RegExp(`(?:[（(]\\s*(\\d{4})\\s*年[底末]?(?:\\s*(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?)?\\s*[）)]|(?<![\\d比较由从到至在])(\\d{4})\\s*年[底末]?)\\s*$`);
/** A base noted in brackets after a target: `（2023年为93.1%）`, `（2022年底是84.5）`. Groups: the year, the figure, its unit. */
export const NOTE_AFTER = new RegExp(`^[（(]\\s*(\\d{4})\\s*年[底末]?\\s*(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?\\s*[）)]`);
/** The characters YEAR_NOTE ends on. */
export const YEAR_NOTE_ENDS = codeUnitSet("年底末）)");
/**
 * A clause that says what an indicator was (in a year), before the clause that sets its goal:
 * `制造业质量竞争力指数2020年为84.5，达到86`. Groups: the indicator, the year, the figure, its unit.
 */
export const BASE_STATEMENT = new RegExp(`^(.+?)(?:(\\d{4})\\s*年[底末]?)?\\s*(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?\\s*$`);
/** An indicator that measures something: what a direction can be said of. */
export const METRIC = /(?:率|指数|比重|比例|占比|满意度|能耗|消耗|数量|拥有量|总量|强度|(?<![多少半])数)$/;

// 翻 (翻一番, read from the text by readInWords) is a rise; 降幅, 增幅 before a figure (能耗降幅13.5%) a change as its verb is.
// 缩短, 压缩, 压减, 缩减 cut a time or a count by so much (办理时限压减50%): a change down.
export const DELTA_COMPARATORS = new Set(["提高", "提升", "增长", "增加", "上升", "回升", "降低", "下降", "减少", "削减", "翻", "降幅", "减幅", "增幅", "涨幅", "缩短", "压缩", "压减", "缩减"]);
/** ≤ ⩽ ＜ < (a goals table's signs) bound from above, as 不高于 does; ≥ ⩾ ＞ > from below, as 不低于. */
export const DOWN_COMPARATORS = new Set(["降幅", "减幅", "降低", "降低到", "降低至", "降至", "下降", "下降到", "下降至", "减少", "削减", "控制在", "不高于", "不超过", "低于", "不多于", "≤", "⩽", "＜", "<", ...["缩短", "压缩", "压减", "缩减"].flatMap((cut) => [cut, `${cut}到`, `${cut}至`])]);
export const KEEP_COMPARATORS = new Set(["保持", "保持在", "稳定在"]);

/** The comparators a 达到或 before them makes one floor with (达到或超过, 达到或高于, 持平或高于). */
export const REACH_OR = /^(?:超过|高于|优于)$/;
export const REACH_OR_BEFORE = /((?:达到|达|持平)或)\s*$/;

/**
 * A change per year (`年均增长8%`, `每年提高0.2个百分点`, `较上年提高0.5`, `同比增长10%`) or against
 * the period before (`环比增长2%`): the basis belongs to the comparator, not the indicator — dropped,
 * the change reads as one over the whole period. A year after a digit is a base year (比2020年降低).
 */
export const RATE_PREFIX = /(?:年均|每年|[较比]上年|同比|环比|(?<![\d０-９上])年)$/;
/**
 * What a physical unit goes on with after the grammar's unit: `0.6吨标准煤/万元以下` is read as
 * 0.6 吨标准煤; the rest of the unit (a substance the units do not list, its denominator) and the qualifier after it.
 */
export const UNIT_TAIL = new RegExp(`^(标煤|二氧化碳当量|二氧化碳)?([/／每](?:${PER_UNIT}))?(及以上|以上|以下|以内|左右)?`);
/**
 * A measure word after a magnitude the grammar took for the unit (100万辆, 不少于5万份, 2万册), and the
 * qualifier after it: any unit of things counted (the unit with its magnitude is one, measureUnits.ts
 * measureKind), or a head of livestock, a plant, an extent.
 */
export const MEASURE_AFTER_MAGNITUDE = new RegExp(`^(${alternationOf([...COUNT_MEASURES.filter((unit) => !/^[万亿]/.test(unit)), "头", "只", "株", "亩", "吨", "千瓦"].sort((a, b) => b.length - a.length))})(及以上|以上|以下|以内|左右)?`);

/**
 * The upper end of a range after a target's value (`93%—95%`, `85.5—87`, `3至5个`) and the unit
 * written after it (a unit per another too: 0.3—0.4吨标准煤/万元). Not a year (`达到86至2025年` is no range) nor part of a longer number.
 */
export const RANGE_TAIL = new RegExp(`^\\s*[—–\\-~～至到]{1,2}\\s*(\\d+(?:\\.\\d+)?)(?![\\d.．年])\\s*((?:${FIGURE_UNITS})(?:[/／](?:${PER_UNIT}))?)?`);

/**
 * The units of a count a verb makes or reaches (培育…10家, 服务企业200家次, 新建绿道30公里, 投资5亿元):
 * things and people, physical quantities built, sums in 万元 and 亿元 (a bare 元 is no plan's sum).
 */
const BUILT_OR_SPENT = new Set(["公里", "平方公里", "平方米", "万平方米", "亩", "万亩", "万元", "亿元"]);
export const COUNT_UNITS = alternationOf([...COUNT_MEASURES, ...BUILT_OR_SPENT].sort((a, b) => b.length - a.length));
/** Events (起, 例): counted only as work handled (HANDLING_VERBS). */
const EVENT_UNITS = unitAlternation("event");
/**
 * What a count's noun ends on when the clause says what something was in a year, not what is to
 * be made (…拥有量2023年为11.2件，到2025年达到15件): the figure is the next target's base
 * (BASE_STATEMENT), no count of its own. A year after 到 or 至 is a goal's.
 */
export const STATES_WHAT_WAS = /(?<![到至\d])\d{4}\s*年[底末]?的?\s*(?:为|是)\s*$/;
/** The units COUNT reads that count things or people (not sums of money): what a level of created things, or of people a verb counts (带动新增就业超过3万人), is in. */
export const COUNTED_UNITS: ReadonlySet<string> = new Set(COUNT_MEASURES);
/**
 * A count: what is counted (with its verb), the figure, and its unit. The figure may be a range,
 * written as RANGE_TAIL writes one, the lower end's unit said or not (新增标准15—20项, 3至5家,
 * 50万元至500万元), or a floor (100余家, 50多项: more than the figure): groups 1 what, 2 the
 * (lower) figure, 3 余 or 多, 4 the lower end's unit, 5 the upper end, 6 the unit, 7 the
 * qualifier. Without the range, 15— would be read into what is counted and 20 taken for the figure.
 */
export const COUNT = new RegExp(
  `^(.*?[^\\d.\\s第前])\\s*(\\d+(?:\\.\\d+)?)(余|多)?\\s*(?:(${COUNT_UNITS}|${EVENT_UNITS})?\\s*[—–\\-~～至到]{1,2}\\s*(\\d+(?:\\.\\d+)?)\\s*)?(${COUNT_UNITS}|${EVENT_UNITS})${INCLUSIVE}(及以上|以上|左右)?$`,
);
/**
 * Whether COUNT's match is a count `verb` makes: events (起, 例) are tallied, never made, and only
 * work handled counts them (处置隐患500起, 查处案件120起); 事故3起 without one is no count.
 */
export function countsWithVerb(unit: string, verb: string): boolean {
  const kind = measureKind(unit);
  if (BRINGS_BENEFIT.test(verb)) return kind === "money";
  return kind !== "event" || HANDLES_WORK.test(verb);
}
// 开展 and 检查 count what is done (开展工程质量检查300次, 检查在建项目200个), as 排查 and 巡查 do (排查食品生产经营主体4000家次):
// the noun after them is what is counted;
// 带动 and 吸纳 the people a measure employs (带动就业1.5万人: 就业 is what is counted); 设立 and 安排
// what a plan sets up or funds (安排质量提升项目30个, 设立服务站点12个). 帮扶, 指导, 走访, 培养 and
// 孵化 count whom the work reaches (帮扶企业500家次, 培养质量工匠100名), 接入 whom a platform or a
// network takes in (接入餐饮单位3000家; 接入率 is a rate's name); 服务 and 惠及 only before whom
// they reach (服务企业200家, 惠及企业500家次), never the 服务业 or 服务型制造 a noun opens with.
// 构建 builds what 建立 does (构建重点产业链标准体系5条), 上线 launches a platform as 建成 builds it (上线线上服务平台1个). 立项, 复审 and 废止 are what a standardisation
// plan does to standards, as 制定 and 发布 are (立项省地方标准150项, 废止滞后标准30项), and 复查 what a
// metrology plan does to its measurement standards (每年复查计量标准不少于300项; 复查率, 复查合格率 are rates); 提供 counts the
// services it provides (为企业提供标准化咨询服务不少于5000家次). 发放, 核发, 换发, 补发, 颁发, 签发 and
// 出具 count the papers a regulator issues (开具 those a producer issues: 每年开具承诺达标合格证30万张), 印发, 印制 and 分发 what publicity prints, 编发 and 编印 the issues and copies it compiles
// (发放营业执照8000张, 印发宣传手册2万册, 编发质量工作简报12期, 编印宣传资料5000份, 许可证换发120张, 出具检验报告5万份): a
// verb of its own, so that an item of a list that says one keeps it, no verb carried from the item
// before (新增市场主体1.2万户、发放营业执照8000张 issues licences, it adds none). 遴选, 命名 and 授予 select
// and designate as 评选 and 选树 do (每年遴选高价值专利培育项目20个, 命名…示范企业8家, 授予市长质量奖不超过5个).
// 配备 counts the equipment or staff a plan provides (配备快检设备80台套, 为乡镇监管站配备执法车辆12辆) — each
// body's (每个服务站配备专职人员不少于3名) is a standard per unit, a level: no doer (subjects.ts EACH_BODY).
// 申报 counts what is applied for (申报国家级标准化试点项目3件: the projects, 申报 the count's verb, not a word of them).
const MADE_VERBS = "创建|争创|申报|创成|建成|建设|新建|上线|改扩建|改建|扩建|改造|组建|构建|培育|打造|新增|获得|取得|认定|认证|发布|制定|修订|制修订|主导或参与制修订|立项|复审|复查(?!率|合格)|废止|引进|建立|完成|评选|遴选|选树|命名|授予|举办|实施|培训|抽查|抽检|开展|检查|排查|巡查|带动|吸纳|设立|安排|提供|发放|印发|印制|编发|编印|分发|核发|换发|补发|颁发|签发|出具|开具(?!率)|配备(?!率)";
/** The verbs of whom the work reaches: before their object only — at a noun's end they are the noun's (开展质量技术帮扶100次, 质量技术服务). */
const REACH_VERBS = "帮扶|指导|走访|培养|孵化|接入(?!率)|(?:服务|惠及)(?=(?:中小微?|小微|民营|规上|规模以上|重点|各类|外贸|出口)?(?:企业|经营主体|市场主体|群众|客户|项目|园区|产业链))";
/**
 * The services counted by what they are done to (校准计量器具1万台件, 检定计量器具50万台件, the pair
 * 检定校准计量器具2万台件, 检测产品2000
 * 批次, 评定标准化良好行为企业20家): before their object only — before a word that makes them a noun's
 * (检验检测机构, 检测能力, 校准服务, 检定结果, 评定标准) they are that noun's first word, and no verb —
 * but after how often (年检验设备8000台, 每年检测仪器500台件: 年, never a year's digits) the work's: what
 * is done so many times a year is the doing, the equipment what it is done to.
 */
const SERVICE_STEMS = "检定校准|校准检定|检验检测|校准|检定|检测|检验|评定";
const SERVICE_VERBS = `(?:(?<=(?:^|[^\\d０-９])年)(?:${SERVICE_STEMS})(?=设备|仪器|装备|器具)|(?:${SERVICE_STEMS})(?!检|校|认证|评|机构|能力|中心|平台|实验|站|所|院|服务|结果|报告|费|成本|技术|人员|行业|产业|市场|体系|项目|标准(?!化)|业务|资质|数据|设备|仪器|装备|方法|领域|资源|工作|公共|合格|水平|规范|规程|营业|营收|收入|产值|规模))`;
/**
 * 组织 organising work it counts (全年组织质量攻关项目30项, 组织质量竞赛活动20场): the count's verb,
 * its noun ending on the work organised. Not where another verb follows it (组织专家团队服务企业1000家次:
 * who does the work, MEANS_BEFORE_COUNT_VERB's; 组织开展…, 组织召开…: the verb after it, 组织 its lead).
 */
const ORGANISED_WORK = "项目|活动|攻关|赛事|竞赛|比赛";
/**
 * The verbs that designate what they count, written after it with 为 (质量标杆企业认定为20家,
 * 示范企业评定为30家, 重点培育企业确定为15家, 省级品牌培育为10个): the noun before is what is
 * counted, the verb the count's — never a figure stated (…合格率为96%) nor an indicator named …认定为.
 */
const DESIGNATING = "认定|评定|确定|培育|打造|创建|评选|遴选|命名|选树|认证";
/**
 * Holders named by what was done to them, a designation's verb before a bare noun of who or what
 * holds it (认证企业: enterprises certified, 认定企业, 命名单位): a noun, no verb of its own — in a 、
 * list after a count's verb (新增认证证书50张、认证企业30家) the list's verb, and what it says of the
 * span (新增, 每年新增, 累计新增), goes on to it.
 */
export const HOLDERS_BY_DESIGNATION = new RegExp(`^(?:${DESIGNATING}|获证)(?:企业|单位|组织|机构|产品|主体)$`);
/**
 * A count's verb that adds to what stands (新增, 每年新增, 累计新增): the only one carried after a comma
 * to holders named by their designation (新增认证证书50张，认证企业30家) — after work done (开展认证培训
 * 20场次，认证企业30家) the designation is the clause's own verb, as a comma leaves it.
 */
export const ADDS_TO_STOCK = /新增$/;
/**
 * The work a regulator handles, counted by its volume (全年办理投诉举报1.2万件, 受理消费者申诉3000件,
 * 处置风险隐患500起, 查处质量违法案件120起, 调解消费纠纷2000件, and what it recovers: 为消费者挽回
 * 经济损失2000万元), and the cases it passes on (移送公安机关涉嫌犯罪案件30件: no case 查办 before it
 * handles), the problems it solves (帮助企业解决质量技术难题200个) and the hazards it puts right (整改隐患500处,
 * 整治隐患300处): a volume of work handled is a count, as a service done to so many things is. Before their object only — before a word that
 * makes them a noun's (办理时限, 受理窗口, 处置能力, 办结率, 处理结果) they are that noun's first word.
 */
const HANDLING_STEMS = "办理|受理|处置|处理|查处|查办|办结|调处|调解|核查|核处|挽回|移送|解决|整改|整治";
const HANDLING_VERBS = `(?:${HANDLING_STEMS})(?!率|时限|时间|时长|周期|效率|能力|机制|体系|流程|程序|窗口|中心|平台|机构|结果|情况|水平|规范|制度|服务|环节|方式|渠道|系统|部门|人员|队伍|权限|进度|用时)`;
/**
 * A noun whose first word is the doing of a service or of work handled (受理窗口, 办理时限, 检测机构,
 * 处置能力): the verb is the noun's, and the noun a thing of its own — no object of a verb said in
 * the clause before (办理营业执照2万件，受理窗口12个: the windows are no licences handled).
 */
export const OPENS_ON_A_DOING = new RegExp(`^(?:${HANDLING_STEMS}|${SERVICE_STEMS})`);
/**
 * The verbs that build or make the things they count (建成…服务站10个): after one, a noun that opens
 * on a doing (检验检测公共服务平台) is a thing built like the one before, so the verb goes on to it
 * (OPENS_ON_A_DOING keeps a handled noun apart: 办理营业执照2万件，受理窗口12个).
 */
export const BUILDS_THINGS = /^(?:新?建成|建设|新建|改扩建|扩建|组建|构建|打造|培育|创建|争创|创成|设立|建立|引进)$/;
/** Whether a count's verb says work handled (HANDLING_VERBS): the only verbs that count events (处置隐患500起, 查处案件120起). */
export const HANDLES_WORK = new RegExp(`${HANDLING_VERBS}$`);
const ORGANISING = `组织(?![^，,；;。：:\\d]{0,12}?(?:${MADE_VERBS}|${REACH_VERBS}|${SERVICE_VERBS}|召开|参加|参与|申报|编制))(?=[^，,；;。：:\\d]{0,12}?(?:${ORGANISED_WORK}))`;
/**
 * The benefit a service brings, counted in money (帮助企业节约成本3000万元, 为企业降低成本1500万元, 节约检验检测费用…,
 * 减少经济损失800万元, 节省检测费用200万元): a sum the work saves, as 挽回经济损失2000万元 is one it
 * recovers (HANDLING_STEMS) — before what is saved only (成本, 损失, 费用, 开支, 支出), so that
 * 降低 and 减少 stay a change's verbs everywhere else (降低成本10%, 减少审批环节3个), and in money
 * only (countsWithVerb).
 */
const BENEFIT_STEMS = "节约|节省|降低|减少|避免";
const BENEFIT_VERBS = `(?:${BENEFIT_STEMS})(?=(?:企业|群众|消费者|经营主体)?(?:各类|直接|间接|生产|运营|经营|检验检测|检测|计量|认证|标准化|融资|制度性交易|经济)?(?:成本|损失|费用|开支|支出))`;
/** Whether a count's verb is a benefit's (BENEFIT_VERBS): counted in money only. */
const BRINGS_BENEFIT = new RegExp(`(?:${BENEFIT_STEMS})$`);
/** The verbs that count a sum (a benefit, or what work recovers, 挽回): a level in money after one is a count of it. */
export const COUNTS_MONEY = new RegExp(`(?:挽回|${BENEFIT_STEMS})$`);
/**
 * What research work overcomes, counted (突破“卡脖子”质量技术难题5项, 攻克关键核心技术10项, 突破技术瓶颈3个):
 * 攻克 and 突破 before what they overcome only — 突破 before a figure is a comparator (产值突破1000亿元),
 * and before no problem or technology a word of its own (突破性进展).
 */
const OVERCOMING_VERBS = "(?:攻克|突破)(?=[^，,；;。：:\\d]{0,16}?(?:难题|问题|技术|瓶颈|短板|工艺|装备|材料))";
const COUNT_VERBS = `${MADE_VERBS}|${REACH_VERBS}|${SERVICE_VERBS}|${HANDLING_VERBS}|${BENEFIT_VERBS}|${OVERCOMING_VERBS}|${ORGANISING}`;
/**
 * The verbs that make what stands once made: a base of them is a stock, whatever the plan's span
 * (tableRows.ts), and the things they made a level where the text says 达到 (认证企业达到30家: modelTargets.ts).
 * A designation conferred stands as a thing built does (遴选, 命名, 评选, 授予 beside 认定, 评定,
 * 选树, 获得): 遴选质量标杆企业 | 家 | 10 | 20 names enterprises that stay 标杆, so that without a
 * base column of what the year did (2025年完成) the table gives no evidence of a year's selections.
 */
export const MAKES_WHAT_STANDS = /^新?(?:创建|争创|创成|建成|建设|新建|改扩建|改建|扩建|改造|组建|构建|培育|打造|获得|取得|认定|认证|引进|建立|设立|评定|选树|遴选|命名|评选|授予)/;
/**
 * How often a figure is to be met (每年检查…200个, 食品抽检量每年不少于…, 每季度抽查…): the target's,
 * written with its comparator, never a word of what it counts or measures. Not 年均 before a
 * measure: 年均浓度, 年均降水量 name a measure (a count's 年均新增 is a count per year all the same).
 * The point of each period it falls at is the frequency's too (每季度末, 每月底, 每年末): read
 * without it, the name opened on 末.
 */
export const FREQUENCY = "(?:每年度?|每季度|每半年|每月|每周)(?:末|底)?";
/**
 * 年 alone before a count's verb (年服务企业200家, 年培训质量管理人员1000人次): so many a year, as 每年
 * says; only there — 年产值, 年均浓度 name a measure.
 */
const YEARLY = "年(?!均|度|内|底|末)";
/**
 * How often, after the words of who does the work (OFTEN_COUNT_VERB): 每年 and the like, 年均, and 年
 * alone after a noun's last word (…机构年服务…) — never a year's own word (今年, 全年, 当年, 三年, 2025年).
 */
const OFTEN_AFTER_DOER = `(?:${FREQUENCY}|年均|(?<=[\\u4e00-\\u9fff])(?<![今明全当上去次本每近两三四五六七八九十百一])${YEARLY})`;
/** A frequency that opens a level's indicator (每年财政投入…不少于): the comparator's. */
export const FREQUENCY_LEAD = new RegExp(`^(?:${FREQUENCY})`);
/** How often or over what span a standard per unit is met, said after its bodies (每年, 全年, 年内): the comparator's, as a count's 每年 is. */
export const SPAN_AFTER_BODIES = new RegExp(`^(?:${FREQUENCY}|全年|年内)`);
/**
 * How often a count's comparator says its figure is met, 年 alone and 年均 included (年服务, 年均开展,
 * 每年开展): what a list of counts after it goes on with (countReadings.ts frequencyGoesOn).
 */
export const OFTEN_LEAD = new RegExp(`^(?:${FREQUENCY}|年均|${YEARLY})(?=[\\u4e00-\\u9fff])`);
/** A frequency (or 年均) after a count's noun, just before its figure (新增…企业年均5家). */
export const FREQUENCY_AFTER_NOUN = new RegExp(`(?:${FREQUENCY}|年均)\\s*$`);
/**
 * A frequency just before a level's comparator (食品抽检量每年不少于…, 质押融资额年均达到30亿元): 年均
 * there is the comparator's too — a measure it names (年均浓度) has no comparator right after it, and
 * read apart, its 均 was taken for 都 (A、B均达到) and 年 left on the indicator.
 */
export const FREQUENCY_BEFORE = new RegExp(`(?:${FREQUENCY}|年均)\\s*$`);
/**
 * The verbs that make or designate what 新增 before them says is new (新增培育省级专精特新企业50家,
 * 新增创建, 新增认定): 新增 and the verb one comparator, as 培育新增 is. Never a verb a noun opens on
 * (认证企业, 获得认证企业 are what is counted), which 新增 alone counts.
 */
const MADE_AFTER_NEW = "培育|建设|建成|创建|创成|争创|打造|认定|引进|组建|构建|建立|设立|评选|遴选|选树|命名";
/**
 * A count's verb before what it counts, 新 said or not (新培育, 新认定, 新获得: the figure is of new
 * ones, as with 新增 and 新建), or 新增 before or after it (新增培育…, 培育新增省级专精特新企业50家: the
 * verb and what is new, an increment, no word of the noun — never 新增长点, 新增加值). Not at a noun's
 * end (VERB_AFTER), where 新 ends 专精特新.
 */
const ONE_COUNT_VERB = `(?:新增(?=${MADE_AFTER_NEW})(?:${MADE_AFTER_NEW})|新?(?:${COUNT_VERBS})(?:新增(?![长加量值]))?)`;
export const LEADING_COUNT_VERBS = `${ONE_COUNT_VERB}(?:(?:、|和|或|及|与|/)${ONE_COUNT_VERB})*`;
/**
 * How often and a count's verb inside a clause's words, after who does the work or how
 * (组织专家团队每年服务企业…, 依托检验机构每季度抽检…): where the count starts.
 */
export const OFTEN_COUNT_VERB = new RegExp(`${OFTEN_AFTER_DOER}${LEADING_COUNT_VERBS}`);
/**
 * How often said before a count's verb inside a clause (服务站年服务企业500家次, 每年开展…, 年均培训…):
 * group 1, 年 alone only after a noun's last word or at the clause's start — never a year's own word.
 */
export const OFTEN_BEFORE_VERB = new RegExp(`(${FREQUENCY}|年均|(?:^|(?<=[\\u4e00-\\u9fff])(?<![今明全当上去次本每近两三四五六七八九十百一]))${YEARLY})(?=${LEADING_COUNT_VERBS})`);
/**
 * Who does the work, a noun no word says is one (计量技术机构年服务企业200家, 质量服务站年均服务企业
 * 500家次, 各服务站每年开展…), before how often and a count's verb with what it counts after it: the
 * doer, no word of the count (group 1, the count's lead, is empty: how often opens the verb). Not a
 * verb with nothing after it, whose words before it are what it counts (重点企业每年帮扶3次: countVerbAfter).
 */
export const DOER_BEFORE_OFTEN = new RegExp(`^()[^，,；;。：:\\d]{2,16}?(?=${OFTEN_AFTER_DOER}${LEADING_COUNT_VERBS}[^，,；;。：:\\d])`);
/**
 * What may open a count before its verb, or before who does the work: its deadline, its place,
 * 力争, the year it is made in, how often (每年, 年均, 年), a total over years (累计, 三年累计) —
 * the comparator's (how often, 力争) or the total's, never the verb's nor the noun's words.
 */
export const COUNT_LEAD = `(?:${DEADLINE_YEAR}|${YEAR_OF_COUNT})?(?:${SCOPE})?(?:${STRIVES})?(?:${DEADLINE_YEAR})?(?:${SCOPE})?(?:${PERIOD_SCOPE})?(?:${FREQUENCY}|年均|${YEARLY})?(?:${CUMULATIVE}|${SPAN_OF_YEARS})?`;
/**
 * Who does the work or for whom, opening a count before its verb, how often said or not (为企业免费
 * 校准…, 组织专家团队服务企业…, 依托检验机构抽检…): the words up to the verb, no part of the verb
 * or of what is counted. Only after a word that says so (为, 组织, 依托 …; whom the plan supports or
 * urges to do it, 支持重点企业开展专利导航项目10个, 鼓励企业建设…; where, 在重点产业园区新建服务站8个): a verb further in a
 * noun (质量技术服务平台) is the noun's. The verb is the last before the object (通过检验检测认证
 * 服务企业: 认证 is the means', 服务 the count's) — unless a noun's word follows it (帮助企业获得…认证证书300张:
 * 获得 the count's, 认证证书 what it counts) — but a pair of services is one verb (为企业免费检定
 * 校准…: 检定校准, not 校准; 推动企业制修订标准…: 制修订, not 修订); how often stays the comparator's, before the
 * means (每年为企业免费校准…, 年均组织专家团队服务…, 累计为企业检定…: COUNT_LEAD, group 1, which
 * the caller puts back before the verb) or after them (为企业每年校准…). The verb has an object after
 * it: one right before the figure (组织农业技术人员培训20场) ends the work organised, no means' verb;
 * nor is 联合 right before the verb a means (联合开展…抽检: done jointly, COUNT_VERB_WORDS).
 */
/**
 * 在 saying where the work is done (在重点产业园区新建…), never the first character of a word it opens
 * (在线 online, 在建, 在用, 在册, 在岗, 在校, 在职, 在营: 在线消费纠纷解决（ODR）企业 is a noun whole).
 */
const WHERE = "在(?![线建用册岗校职营])";
export const MEANS_BEFORE_COUNT_VERB = new RegExp(`^(${COUNT_LEAD})(?:为|向|${WHERE}|帮助|组织|依托|通过|联合(?!${LEADING_COUNT_VERBS})|委托|动员|支持|鼓励|引导|推动|指导|督促)(?:(?!每|年均|${OFTEN_AFTER_DOER}${LEADING_COUNT_VERBS})[^，,；;。：:\\d]){1,12}(?<!检定|校准|制)(?=${OFTEN_AFTER_DOER}?${LEADING_COUNT_VERBS}(?!证书|标志|机构|结果|报告)[^，,；;。：:\\d\\s])`);
/**
 * Where a count starts after who does the work or how (OFTEN_COUNT_VERB, MEANS_BEFORE_COUNT_VERB) in
 * `words`, else 0; and the words before the means that are the count's lead (每年, 累计: COUNT_LEAD),
 * to be read before its verb — else "".
 */
export function countStartAfterMeans(words: string): { start: number; lead: string } {
  const often = OFTEN_COUNT_VERB.exec(words);
  if (often !== null) return { start: often.index, lead: "" };
  const means = MEANS_BEFORE_COUNT_VERB.exec(words);
  return means !== null ? { start: means[0].length, lead: means[1]! } : { start: 0, lead: "" };
}
// 依法 before the work a regulator handles (依法查处案件120起) is how, no word of what is counted;
// 联合 and 共同 just before the verb say with whom (联合开展农产品抽检800批次: the work done jointly).
const COUNT_VERB_WORDS = `(?:支持|推动|积极|组织|带动|吸纳|依法|联合|共同)?${LEADING_COUNT_VERBS}`;
export const COUNT_VERB = new RegExp(`^${COUNT_LEAD}${COUNT_VERB_WORDS}`);
/**
 * A year before a count's verb and what it counts (`2026年建成放心消费示范街区3个`), which
 * YEAR_OF_COUNT leaves to the noun: only the plan's period tells the two readings apart — a year
 * of its own period is the count's (its verb the comparator), one before it a report's (`2022年
 * 完成质量攻关项目8项` in a 发展基础, read as it always was) — so the reading keeps both and the
 * placing chooses (countReadings.ts countOfItsYear). The place and 力争 or 争取 before the year or
 * after it (`力争2026年建成…`, `全市力争在2027年新增…`, `2027年力争新增…`) strive for the count of
 * that year, no word of its verb nor of its noun. Groups: the year as written, its digits, the verb.
 */
export const YEAR_BEFORE_COUNT_VERB = new RegExp(`^(?:${SCOPE})?(?:(?:力争|争取)\\s*[在于到]?\\s*)?((\\d{4})\\s*年)(?:力争|争取)?(${COUNT_VERB_WORDS})`);
/**
 * A year (with 底, 前, a month's deadline) that the clause's verb follows at once (`力争2027年建成…1个`, `2026年底前建成…`, `2026年6月底前建成…`,
 * `力争到2028年新建…`): the year by which that work is done, dating its clause and the counts that
 * go on with its verb, not the clauses after it with verbs of their own (`，…数量达到150家`: the
 * plan's horizon). Read on the text after the year.
 */
export const VERB_AFTER_YEAR = new RegExp(`^\\s*(?:[\\d０-９]{1,2}\\s*月\\s*)?(?:[底末]\\s*)?(?:前\\s*)?(?:力争|争取)?\\s*${COUNT_VERB_WORDS}`);
/**
 * A year striven for or a deadline written as a clause of its own (`力争到2027年，`, `到2026年底前，`;
 * the text around the year): the year of its sentence only, where a horizon of the paragraph's is in
 * force — a stretch goal or a milestone inside a longer plan, after which the paragraph's year resumes.
 */
export const STRIVING_BEFORE_YEAR = /(?:力争|争取)\s*$/;
export const DEADLINE_CLAUSE_AFTER_YEAR = /^\s*(?:[底末]\s*)?前\s*[，,]/;
export const CLAUSE_AFTER_YEAR = /^\s*(?:[底末]\s*)?前?\s*[，,]/;
/**
 * Who takes part in the work a count's noun names, before their part (企业主导或参与…, 重点企业和科研
 * 院所参与制定…): a body's kind, its qualifiers, a few joined by 和 or 、 — the indicator's subject.
 */
const OWN_DOING_SUBJECT = "(?:[\\u4e00-\\u9fff、]{0,10}?(?:企业|单位|机构|高校|院所|协会|学会|商会|联盟|团体))?";
/**
 * A count's noun that names its own doing, the subject's part in it first (主导和参与制修订国际、国家和
 * 行业标准50项, 牵头或参与制定团体标准20项, 参与制定国家标准10项): the part is the indicator's (主导 and
 * 参与 count different things), so no verb is taken off it, and it is a count to make wherever it
 * stands — a task's or a 专栏's, not only the goals'.
 */
/**
 * What a plan's part in drafting governs (标准, 规范, 规程, 指南, 标准样品, 标准物质 …): the nouns a list
 * carries PARTICIPATION's head to (`主导或参与制修订国家标准10项，行业标准20项`) — never another thing
 * the list counts after it (`…50项，省级质量标杆企业5家`: no enterprise is drafted).
 */
export const DRAFTED_DOCUMENT = /(?:标准|规范|规程|指南|导则|细则|规则|样品|物质)$/;
/** How a plan takes part in a standard (牵头或参与起草, 企业主导制定): a head the counts of a list share. */
export const PARTICIPATION = new RegExp(`^${OWN_DOING_SUBJECT}(?:(?:牵头|主导|参与)(?:或|和|及|、)?)+(?:起草|制定|制订|制修订|修订|研制)`);
export const NAMES_ITS_DOING = new RegExp(`^${OWN_DOING_SUBJECT}(?:主导|参与|牵头)(?:[和或及与、/](?:主导|参与|牵头))*${LEADING_COUNT_VERBS}`);
/**
 * A count's noun that names a conversion (个体工商户转型为企业500户, 小微企业升级为规上企业30家): who
 * becomes what, counted by those converted — the work the plan does, named whole, no verb taken off
 * it, a count wherever it stands (a task's as well as the goals'), as a noun naming its own doing is.
 */
export const NAMES_CONVERSION = /^[\u4e00-\u9fff]{2,12}?(?:转型升级为|转型为|升级为|转为|转升为)[\u4e00-\u9fff]{2,10}$/;
/**
 * Whom the plan supports or urges (支持, 鼓励, 引导 …) before a noun that names its own doing
 * (支持企业主导或参与制修订国际标准、国家标准20项, 鼓励企业参与制定团体标准50项): the support is the
 * means, no word of the count; the subject and its part in the work (企业主导或参与) are the
 * indicator's, as the goals' 企业主导或参与制修订…20项 reads them — never a means' words that leave
 * the bare standards counted. Group 1: the count's lead (每年, 累计: COUNT_LEAD).
 */
export const URGED_TO_OWN_DOING = new RegExp(`^(${COUNT_LEAD})(?:积极)?(?:支持|鼓励|引导|推动|动员|督促|组织)(?=${OWN_DOING_SUBJECT}(?:主导|参与|牵头)(?:[和或及与、/](?:主导|参与|牵头))*${LEADING_COUNT_VERBS})`);
/**
 * What was done already, before a count's verb (已服务企业200家, 目前已建成中心5个, 累计已培育…):
 * the count reports the plan's starting point, as a 发展基础 does — a baseline, never a target.
 * The area it speaks of may come first (到2025年底，全县已建成检验检测中心3个).
 */
/**
 * What there is, before a count's noun (全市现有检验检测机构326家, 共有注册计量师420名, 现已拥有…,
 * 建有…中心12个): the count says how many there are — a level the plan reports, no verb and no word
 * of the noun. As targets/pastStatements.ts PRESENT_FACT reads it: 有 after a word that makes it
 * what there is (现, 共, 已), 拥有 and 建有 alone; not 有效, 有序 ….
 */
export const WHAT_THERE_IS = /^(?:全[省市县区州盟旗]|我[省市县区州]|本[省市县区])?(?:目前|当前|现阶段)?(?:(?:共计|共|现已|现|已经|已)(?:拥)?有|拥有|建有)(?!效|序|力|关|的?基础|工作|成果|经验|政策|资源|渠道)/;
/**
 * A figure stated to be what an indicator is (产品质量监督抽查合格率为96.2%, 营业收入2025年为35.2亿元):
 * as a plan reports where it stands, never a goal's comparator. Not 为 of another word (作为, 成为,
 * 认定为, 评为, 分为 …). Groups: the indicator, the year, the figure, its unit, the qualifier.
 */
export const STATED_FIGURE = new RegExp(`^(.*?[^\\d\\s])\\s*(?:(\\d{4})\\s*年[底末]?)?\\s*(?<![作成定评列视转改更变分称名]|${DESIGNATING})为\\s*(\\d+(?:\\.\\d+)?)\\s*(${FIGURE_UNITS})?${INCLUSIVE}(及以上|以上|以下|以内|左右)?$`);
export const ALREADY_DONE = /^(?:全[省市县区州盟旗]|我[省市县区州])?(?:目前|当前|现|截至目前|截止目前)?(?:累计)?(?:已经|业已|已)(?:累计)?/;
/** A total over a span of years and nothing else before its figure (三年累计, 全县五年累计): no verb, no noun. */
export const BARE_TOTAL = new RegExp(`^(?:${SCOPE})?(?:力争|争取)?(?:${PERIOD_SCOPE})?(?:[一二两三四五六七八九十]|\\d{1,2})年内?累计$`);
/**
 * The base a count's verb after its noun adds from (企业标准自我声明公开数量较2025年新增120项): the
 * count's base year, no word of its noun nor of its verb. Groups (in BASE_SINCE): the year.
 */
const BASE_BEFORE_VERB = "(?:[较比]\\d{4}\\s*年[底末]?|与\\d{4}\\s*年[底末]?相比)";
export const BASE_SINCE = /^(?:[较比](\d{4})\s*年[底末]?|与(\d{4})\s*年[底末]?相比)/;
/**
 * A count's verb (or 累计) after the two characters at least of what it counts, at the end of its
 * noun. A verb of whom the work reaches is one there only after how often (重点企业每年帮扶3次): at
 * a noun's end alone it is the noun's (质量技术帮扶).
 */
const VERB_AFTER = new RegExp(`(?<=[\\u4e00-\\u9fff]{2}[^\\d]*)(?:(?:${BASE_BEFORE_VERB})?(?:${FREQUENCY}|年均)?(?:${CUMULATIVE})?(?:${MADE_VERBS})|(?:${FREQUENCY}|年均)(?:帮扶|指导|走访|服务)|${CUMULATIVE})$`);
/**
 * 新增 at the end of a count's noun that opens on a verb of its own (认证证书新增200张, 获得质量管理
 * 体系认证证书的企业新增200家, 认证证书较2022年新增…): what is added is the thing so named — 认证 and
 * 获得 are words of the noun, 新增 the count's verb (addedAfterNoun).
 */
const ADDED_AFTER_NOUN = new RegExp(`(?<=[\\u4e00-\\u9fff]{2}[^\\d]*)(?:${BASE_BEFORE_VERB})?(?:${FREQUENCY}|年均)?(?:${CUMULATIVE})?新增$`);

/** Whether `what`, opening on a count's verb `opening` characters long, names a thing with 新增 after it (ADDED_AFTER_NOUN). */
export function addedAfterNoun(what: string, opening: number): boolean {
  if (!what.endsWith("新增")) return false;
  const added = ADDED_AFTER_NOUN.exec(what);
  return added !== null && added.index >= opening + 2;
}
/** A verb that designates and its 为 at the end of a count's noun (质量标杆企业认定为): DESIGNATING. */
const DESIGNATED_AFTER = new RegExp(`(?<=[\\u4e00-\\u9fff]{2}[^\\d]*)(?:${FREQUENCY}|年均)?(?:${CUMULATIVE})?(?:${DESIGNATING})为$`);
const AS = "为".charCodeAt(0);
/**
 * The count's verb at the end of its noun (VERB_AFTER), or a verb that designates with its 为
 * (DESIGNATED_AFTER): the second pattern is tried only on a noun that ends in 为, so that the
 * first, which every count without a verb before it is read for, has no alternatives more.
 */
export function countVerbAfter(what: string): RegExpExecArray | null {
  if (what.charCodeAt(what.length - 1) === AS) return DESIGNATED_AFTER.exec(what);
  const after = VERB_AFTER.exec(what);
  // 监督抽检, 评价性抽检, 专项检查: the method names the work, and its verb is the work's name, no count's verb after a noun.
  // 食品抽检1200批次: an inspection right after its object, no how often, 累计 or base before it, names
  // the work as 食品快检 does (INSPECTION) — read as a verb, the count was of 食品, named 抽检食品.
  return after !== null && (NAMED_METHOD.test(what.slice(0, after.index)) || INSPECTION_ONLY.test(after[0])) ? null : after;
}
/** A word that says which kind of a doing the verb after it names (监督抽检, 评价性抽检, 例行监测, 专项检查). */
const METHOD_WORDS = "监督|评价性|专项|例行|风险|飞行|执法";
const NAMED_METHOD = new RegExp(`(?:${METHOD_WORDS})$`);
/**
 * The inspections a regulator's work is named by, at the end of what a count counts (食品快检,
 * 食品抽检, 特种设备检验): the doing, after its object — and alone (快检2万批次), the work itself.
 */
export const INSPECTION = "抽检|快检|抽查|检查|检测|检验|监测|巡查|排查|检定|校准";
/**
 * The verbs of work that recurs, counted by what it is done to (校准计量器具5万台件, 受理投诉1.2万件,
 * 节约成本3000万元, 抽查获证组织300家: an inspection is done again each year as a service is), and a
 * service provided (为小微企业提供免费计量校准服务1万台件: given each year as the calibration it names
 * is): a 每年 said before the list is theirs too (countReadings.ts frequencyGoesOn).
 */
const RECURRING_STEMS = `${SERVICE_STEMS}|${HANDLING_STEMS}|${BENEFIT_STEMS}|${INSPECTION}|提供`;
export const RECURRING_WORK = new RegExp(`(?:${RECURRING_STEMS})$`);
/** RECURRING_WORK anywhere in a clause's words: a count of such work the clause states. */
export const RECURRING_WORK_IN = new RegExp(RECURRING_STEMS);
/** An inspection and nothing else (快检, 抽检, 检查): the work a count counts, named. */
export const INSPECTION_ONLY = new RegExp(`^(?:${INSPECTION})$`);
/** The inspection a verb or comparator ends on (抽检, 全年抽检, 组织检查): the work it names where nothing follows it. */
export const INSPECTION_AT_END = new RegExp(`(?:${INSPECTION})$`);
/** A kind of a regulator's doing, named whole (监督抽检, 评价性抽检, 风险监测, 专项检查): a part of that doing's work. */
export const KIND_OF_WORK = new RegExp(`^(?:${METHOD_WORDS})(?:抽检|抽查|检查|监测|检测|检验)$`);
/** The 为 of a verb that designates (认定为), which the comparator leaves out: the verb is 认定. */
const DESIGNATED_AS = /为$/;
/** A count's verb as its comparator writes it: without its lead (the year, the place, 力争, 累计) and the 为 of 认定为. */
export function countVerbOf(words: string): string {
  return words.replace(NOT_THE_VERB, "").replace(DESIGNATED_AS, "");
}
/**
 * 对 fronting what a verb after it acts on (对高风险企业每年检查2次): no word of what is counted.
 * Not the words 对外, 对口, 对标, 对接 open.
 */
export const FRONTED_OBJECT = /^对(?![外口标接])/;
/**
 * A count written figure first: `推动3.3万家企业上云上平台`, `建成10个示范园区`, `构建5条重点产业链标准体系`,
 * `700家以上企业实施数字化转型`; its verb opened as a count's is (全年打造…, 2026年底前建成…, 全市…:
 * COUNT_LEAD's deadline, place and year), in any unit of things counted (条, 名, 场, 人次 …: the one
 * list). A figure after 第 (第5条) is an ordinal, never at the start; without a verb only organisations
 * are counted (ORGANISATION_UNITS), so a title's 5条措施 is none.
 * Groups: the verb before the figure (may be absent), the figure, its unit, 以上…, what is counted.
 */
export const FIGURE_FIRST = new RegExp(
  `^((?:(?:力争|争取)?${DEADLINE_YEAR})?(?:${SCOPE})?(?:${STRIVES})?(?:${PERIOD_SCOPE}|${FREQUENCY})?(?:${CUMULATIVE})?(?:(?:支持|推动|积极|带动|引导|加快|加强)?${LEADING_COUNT_VERBS}|推动|推进|带动|引导|帮助|组织|促进|支持))?\\s*(\\d+(?:\\.\\d+)?)\\s*(${unitAlternation("thing")})(及以上|以上|左右)?的?(?!(?:及以上|以上|左右)$)([\\u4e00-\\u9fff][^\\d]{1,30})$`,
);
/**
 * The deadline opening a count written figure first (`2027年底前完成14个…`, `力争2027年内建成…`): the
 * year its horizon reads, so that the count is dated after it, as one written verb first is.
 */
export const FIGURE_FIRST_DEADLINE = new RegExp(`^(?:力争|争取)?${DEADLINE_YEAR}`);
/**
 * What a figure in 条 counts when it counts a text's own articles (实施5条措施, 出台10条支持举措, 落实3条意见…):
 * the prose's parts, no thing a plan makes — unlike 5条产业链, 10条绿道.
 */
export const ARTICLES_OF_TEXT = /^[\u4e00-\u9fff]{0,6}?(?:措施|举措|意见|规定|要求|条款|建议|规则|细则|原则|做法|经验|清单)/;
/** Without a verb, a figure first counts organisations only: 700家企业…, not 3个工作日内…. */
export const ORGANISATION_UNITS = new Set(["家", "万家"]);
/**
 * A share written figure first: `城镇新建民用建筑100%按照绿色建筑标准规划、设计、建设`. Groups: what
 * the share is of (no digit, not ending on a verb, so `全面执行75%节能标准` is no share), the
 * figure, the verb and what it does.
 */
export const SHARE = /^([^\d%％]{2,30}?[\u4e00-\u9fff])(?<!执行|实现|达到|完成|采用|占|为|约|近|超|比)\s*(\d+(?:\.\d+)?)\s*[%％]((?:按照|按|执行|采用|使用|实现|纳入|接入|落实|覆盖|配备|通过).{1,40})$/;

/** An average a target is set against (全国平均水平, 全省水平, 同类城市平均水平): as targets/compare.ts reads it. */
const AVERAGE = "(?:全国|全省|全市|全区|全县|同期|同类城市|同类地区)?的?(?:平均)?水平";

/** The phrases of a direction without a figure (不断提高, 保持全国前列, 不低于全国平均水平). */
const DIRECTION_PHRASES = [
  "(?:不断|逐年|逐步|稳步|持续|明显|显著|进一步|大幅|全面|有效|有所|小幅|略有)(?:提高|提升|增强|增加|增长|扩大|上升|回升|下降|降低|减少|改善|优化)",
  // The verb alone (产品质量合格率下降, 质量安全事故起数增长): a movement all the same, of a measure
  // (METRIC) only; a modifier before it is read with it, the shortest indicator first.
  "(?:提高|提升|增加|增长|上升|回升|下降|降低|减少)",
  // A rank among places (进入全国前十, 跻身全省第一梯队): targets/ranks.ts reads its standing.
  "(?:继续)?(?:保持|位居|稳居|位列|居于|走在|进入|跻身)(?:全国|全省|全市)?(?:前列|前茅|前[一二三四五六七八九十]{1,2}[名位]?|领先水平|领先|第一方阵|第一梯队|首位)",
  "保持(?:总体)?稳定",
  // Steady with a rise (or a fall): 稳中有升, 稳中有增, 稳中有降, as a goals table's cell or the text says it.
  "稳中有(?:升|增|降)",
  // A level held, with no figure: 食品抽检合格率保持较高水平, 维持在良好水平.
  "(?:继续)?(?:保持|维持)在?(?:较高|高位|高|良好|较好|合理)的?水平",
  "(?:稳定|保持)在[^\\d，,。；;]{1,16}",
  // Relative to an average: a direction with no figure of its own (不低于全国平均水平, 低于全省
  // 平均水平, 高于全国平均水平2个百分点); targets/compare.ts `relativeTo` reads it.
  `(?:不低于|达到|高于|优于|超过|好于|不高于|不超过|低于)${AVERAGE}(?:\\d+(?:\\.\\d+)?(?:个百分点|%|％))?(?:以上)?`,
  // Against the year before (研发投入强度不低于上年水平, 保持在上年水平以上): a direction, no average.
  "(?:不低于|高于|超过|好于|不高于|不超过|低于)(?:上年|上一年度?|去年|前一年)的?水平|(?:保持|稳定|维持)在(?:上年|上一年度?|去年)的?水平(?:以上)?",
].join("|");
export const DIRECTION = new RegExp(`^(.+?)(${DIRECTION_PHRASES})$`);
/** A direction's verb with nothing before it (提升, 下降). */
export const BARE_MOVEMENT = /^(?:提高|提升|增加|增长|上升|回升|下降|降低|减少)$/;
/** A clause that opens on a task's verb (推动…提升, 促进…下降): what is done, not a goal's movement. */
export const TASK_VERB_FIRST = /^\s*(?:推动|促进|推进|加快|带动|引导|助推|力促|着力)/;
/** A direction alone: what a table's target cell may say instead of a figure (稳步提升). */
export const DIRECTION_PHRASE = new RegExp(`^(?:${DIRECTION_PHRASES})$`);

/** The way a direction's phrase moves its indicator. */
export function directionSense(phrase: string): TargetSense {
  return /下降|降低|减少|有降|^(?:不高于|不超过|低于)/.test(phrase) ? "down" : /稳定|保持在|(?:保持|维持).*水平$/.test(phrase) ? "keep" : "up";
}

// 继续保持省长质量奖获奖数量全省前列: the verb comes first.
export const DIRECTION_VERB_FIRST = /^((?:继续)?(?:保持|稳居))(.+?)((?:全国|全省|全市)(?:前列|领先|首位))$/;

/**
 * What a clause must have for DIRECTION or DIRECTION_VERB_FIRST to match: one of their endings,
 * or 稳定在/保持在. Most clauses have neither, and the two patterns try every split of the
 * clause before failing; this test is one scan.
 */
export const DIRECTION_HINT = /(?:提高|提升|增强|增加|增长|扩大|上升|回升|下降|降低|减少|改善|优化|前列|前茅|前[一二三四五六七八九十]{1,2}[名位]?|水平|领先|方阵|梯队|首位|稳定|有升|有增|有降)$|(?:稳定|保持)在|水平\d/;

/** How far into a sentence or a clause its opening (力争到2025年，, 2025年底前) is read. */
export const OPENING_SPAN = 24;
/**
 * A sentence that opens on 力争 or 争取 before its year (力争到2025年，…; 力争2025年底前，…;
 * 力争在2028年前，…): the whole sentence is striven for. 力争推动…，…建成… strives for its own clause only.
 */
export const STRIVING_OPENING = /^[\s“"‘]*(?:力争|争取)\s*[到至在于]?\s*\d{4}\s*年(?:底|末)?前?\s*[，,]/;
export const CONFIRMS = /确保/;
/**
 * A year with no 到 before it opening a sentence or a clause (2025年，…; 2025年达到80家; 力争2025年底前…;
 * 在 or 于 before it, 力争在2028年前，…: the year by which, never 在2025年（的）基础上, the base's;
 * a milestone inside a target, …达到94%，其中2024年达到93%): the year of the targets after it, when
 * it is not before the plan's own (or the plan's year is unknown); not a year things start from
 * (2023年起, 2023年至2025年) nor one gone by (2020年以来). Groups: the year as written, its digits.
 */
/**
 * A year between an indicator and its comparator (`制造业质量竞争力指数2025年达到85.5，2026年达到86`):
 * the target's own year, no part of the indicator's name. Not a base year (比2020年, 较2022年:
 * BASE_YEAR), nor one that starts a period (2023年起) or a range (2023年至). Group 1 the year.
 */
export const YEAR_BEFORE_COMPARATOR = /(?<![\d比较由从])(?:到|至|在)?(\d{4})\s*年(?:底|末)?前?\s*(?:均|都|分别)?\s*$/;
/** 分别 just before a comparator: each indicator (or year) before it has its own figure, in order. */
export const RESPECTIVELY = /分别\s*$/;
/**
 * The years of one indicator's figures given 分别 (制造业产品质量合格率2025年、2027年分别达到94%、95%;
 * after 在: …合格率在2025年、2027年分别…, 在 no part of the indicator). Not after 比/较/由/从: those
 * years are bases (较2022年、2023年分别提高…).
 */
/**
 * The base years of one indicator's changes given 分别 (食品抽检合格率较2022年、2023年分别提高1个和
 * 0.5个百分点, 与2020年、2022年相比分别下降…): each change is measured from its year, in order;
 * the years are no part of the indicator. Group 1: the years.
 */
/**
 * The base years in a clause of their own before the 分别 clause they are the bases of
 * (`与2022年、2023年相比，…分别新增15家、10家`, `同2020年、2022年相比，…合格率分别提高…`): paired with
 * the figures as 较2022年、2023年分别… is. The text before the clause ends on it; group 1 the years.
 */
export const COMPARED_CLAUSE_BEFORE = /(?:与|同)\s*(\d{4}\s*年[底末]?(?:\s*[、和及与]\s*\d{4}\s*年[底末]?)+)\s*相比\s*[，,]\s*$/;
/**
 * One base year in a clause of its own before the change it is the base of (`到2030年，与2025年相比，
 * 制造业产品质量合格率提高2个百分点`; `同2025年底相比，`, `较2025年，`): the change's base year, as
 * `较2025年提高…` written in its clause is (BASE_YEAR). The text before the clause ends on it; one
 * of groups 1–2 the year.
 */
export const COMPARED_YEAR_CLAUSE_BEFORE = /(?:(?:与|同|和)\s*(\d{4})\s*年[底末]?\s*相比|[较比]\s*(\d{4})\s*年[底末]?)\s*[，,]\s*$/;
/**
 * A change's figure after its verb (下降13.5%, 增长20%), or a count of what the period adds, its noun
 * between (新增省级质量标杆企业20家, 新培育…): what a base year is the base of.
 */
const NEW_THINGS = "新(?:增|建|培育|认定|获得)";
const CHANGE_FIGURE = `(?:(?:提高|提升|增长|增加|下降|降低|减少)\\s*\\d|${NEW_THINGS}[^\\d，,]*\\d)`;
/**
 * A count's comparator that says its things are new (新增, 新培育, 累计新增): what the period adds,
 * a change in how many there are, which a base year said for the sentence is the base of — unlike
 * work done (培育, 完成, 开展), which no base measures.
 */
export const ADDS_NEW_THINGS = new RegExp(`^(?:累计)?${NEW_THINGS}`);
/**
 * A clause stating a change with its figure and no base of its own (`单位地区生产总值能耗下降13.5%`):
 * after a 与…相比 clause, the next clause goes on under it (`与2025年相比，能耗下降13.5%，万人发明专利
 * 拥有量增长20%`: both from 2025), as it does in Chinese until the sentence or a base of its own ends
 * it — and so does a change against the year before (较上年, 同比, 环比), a base of its own too.
 */
export const CHANGE_WITHOUT_BASE = new RegExp(`^(?![^]*(?:[比较由从]\\s*\\d|[比较](?:上一?年|去年)|[同环]比|相比|基础上))[^]*${CHANGE_FIGURE}`);
/**
 * A clause with a base of its own (较2020年, 较上年, 同比, 与…相比, 在…基础上) or figures given 分别: one a
 * base said before it for the sentence does not reach past (governedBase.ts).
 */
export const OWN_BASE_OR_LIST = /[比较由从]\s*\d|[比较](?:上一?年|去年)|[同环]比|相比|基础上|分别/;
/**
 * A clause stating a change from one base year of its own (`单位地区生产总值能耗较2020年下降10%`,
 * `…与2020年相比增长20%`, `…较2025年新增120项`): the base of the changes after it in its sentence
 * that state none (`，每万人口高价值发明专利拥有量增长20%`), as a 与…相比 clause of its own is. Not
 * bases given 分别 (较2022年、2023年分别…: whose is the next?). One of groups 1–2 the year.
 */
export const CHANGE_FROM_ONE_BASE = new RegExp(`(?:[比较]\\s*(\\d{4})\\s*年[底末]?|(?:与|同|和)\\s*(\\d{4})\\s*年[底末]?\\s*相比)(?!\\s*[、和及与]\\s*\\d)(?![^]*分别)[^]*?${CHANGE_FIGURE}`);
export const RESPECTIVE_BASES = /(?:[比较]|与)\s*(\d{4}\s*年[底末]?(?:\s*[、和及与]\s*\d{4}\s*年[底末]?)+)\s*(?:相比\s*[，,]?\s*)?分别\s*$/;
export const RESPECTIVE_YEARS = /(?:(?<![\d比较由从])[在于到至]\s*)?(?<![\d比较由从])(\d{4})\s*年(?:\s*[、和及与]\s*\d{4}\s*年)+\s*分别\s*$/;
/**
 * The years of one indicator's figures written before it, where its clause starts
 * (2025年、2027年药品抽检合格率分别达到99%、99.5%; 到2025年、2027年，…分别…): group 1 the years. After
 * the start of a line, a stop, a dash or 到/至/在 only — not a base (较2020年、2022年). AT_START:
 * the same years opening the clause's own text.
 */
export const LEADING_YEARS_AT_START = /^\s*(?:[到至在于]\s*)?(\d{4}\s*年(?:\s*[、和及与]\s*\d{4}\s*年)+)(?![\d底末前起至以])/;
export const LEADING_YEARS = /(?:^|[。；;，,：:—\s]|[到至在于])(\d{4}\s*年(?:\s*[、和及与]\s*\d{4}\s*年)+)\s*[，,]?\s*$/;
export const A_YEAR = /(\d{4})\s*年/g;
/**
 * A further figure of a 分别 list after the first (、98.5%, 和95%以上), its unit said or not; never a
 * year (…分别达到92%、93%，2026年力争…: the next clause's year, no figure of the list).
 */
export const NEXT_FIGURE = new RegExp(`^\\s*[、，,和及与]\\s*(\\d+(?:\\.\\d+)?)(?![\\d.]|\\s*年)\\s*(${FIGURE_UNITS})?\\s*(及以上|以上|以下|以内|左右)?`);
export const BARE_YEAR = /^[\s“"‘]*(?:(?:力争|争取|确保|其中)\s*)?(?:[在于]\s*)?((\d{4})\s*年(?:底|末)?前?)(?!以来|以前|前后|来|均|度|起|开始|的?(?:基础|水平)|\s*[至到—–\-~～])/;

/**
 * A heading or a line that is only a year (1.2024年目标, （一）2025年, 2024年度工作目标：): the year of
 * the targets below it, as a 到…年 line is, up to the next item of its level. A task's marker before
 * the year is no item to the model (1.2024年目标 reads as a decimal), and is skipped here. Group: the
 * year's digits.
 */
export const YEAR_LABEL = /^[\s“"‘]*(?:\d{1,2}[.．、]\s*)?(\d{4})\s*年(?:底|末)?前?度?的?(?:主要|工作|阶段性?|行动|发展|年度)?(?:目标|任务|指标)*\s*[：:。．.]?$/;
/** How long a year label is at most: the longest YEAR_LABEL reads with spaces to spare. */
export const YEAR_LABEL_SPAN = 20;

/** 十: a horizon node that opens on it is a five-year period (“十四五”期间), not a 到…年. */
export const FIVE_YEAR_PERIOD = 0x5341;

/** The levels a part of a target is named by (其中国家级5个, 含省级以上10个, 其中国家级和省级20家). */
const LEVELS = "(?:国家级|省部级|省级|市级|县级|区级|国际)(?:及以上|以上)?";
export const LEVEL_ONLY = new RegExp(`^${LEVELS}(?:(?:和|及|与|或|、)${LEVELS})*$`);
export const LEADING_LEVELS = new RegExp(`^${LEVELS}(?:(?:和|及|与|或|、)${LEVELS})*`);
