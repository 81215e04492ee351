import { PlanMemo } from "../model/planMemo.js";
import { textEndOf } from "../model/inline.js";
import { toHalfwidthFigures } from "../model/numerals.js";
import type { NumberedItem, PlanDocument, PlanPart, Span } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";
import { documentLevel } from "../units/documentLevel.js";
import { LEVEL_WORDS, levelOfName, type UnitLevel } from "../units/names.js";
import { chineseNumeralValue } from "./chineseFigures.js";
import type { PlanPeriod } from "./types.js";

/**
 * What a plan says about its own time: the period in its title and the year it is dated. The
 * horizon rule compares target years with both; extraction takes the period's end as the
 * default horizon.
 */

// （2023-2027年）, 2023—2027年, (2024～2026年)
const PERIOD = /(\d{4})\s*(?:年\s*)?[-—–－~～至到]+\s*(\d{4})\s*年/;
// 2016年行动计划, 2024年度工作要点: an annual plan, whose targets are for its own year.
// A title that opens with its year names its place, its system and its topic before the genre
// (2024年赣州市市场监管系统质量强市工作方案): the year is the plan's however long they are. After
// its place, the year is the plan's before a topic of two or three parts as well (示例市2026年消费品
// 质量提升和个体工商户发展工作方案) — not a year of something the plan carries out (贯彻落实2024年
// 中央经济工作会议精神的工作方案: a meeting's, its 精神, a 纲要's or a 规划's, a document's in 《》).
// A year's campaign (2025年“质量月”活动方案, 2024年“世界计量日”宣传活动方案) names it in quotes: a quoted
// name right before its 活动方案 is the topic, the year the plan's.
// Its year in brackets after the genre (示例市食品安全工作要点（2026年）, …行动方案（2026年度）) is the plan's too.
// A year written 年度 is one year's in any genre (2025年度质量工作考核实施方案, …考核细则): 年度 says so.
const ANNUAL = /^(\d{4})\s*年度?[^\d（）()]{0,40}?(?:行动计划|工作要点|工作计划|实施计划|行动方案|工作方案|活动方案)|(\d{4})\s*年度?\s*(?:(?:“[^\d\s“”《》]{1,10}”(?=[^\d\s（）()《》“”]{0,6}?活动方案)|(?!会议|精神|纲要|规划)[^\d\s（）()《》“”]){0,20}?)(?:行动计划|工作要点|工作计划|实施计划|行动方案|工作方案|活动方案)|(?:行动计划|工作要点|工作计划|实施计划|行动方案|工作方案|活动方案)\s*[（(]\s*(\d{4})\s*年度?\s*[）)]|(\d{4})\s*年度(?:(?!会议|精神|纲要|规划)[^\d\s（）()《》“”]){0,20}?(?:方案|计划|要点|细则|办法)/;

/** The longest period a plan states: three five-year plan periods. */
const LONGEST_PERIOD = 15;

export function planPeriodOf(plan: PlanDocument): PlanPeriod | null {
  const known = periods.get(plan);
  if (known !== undefined) return known;
  const found = titlePeriodOf(plan) ?? stepsPeriodOf(plan);
  periods.set(plan, found);
  return found;
}

const periods = new PlanMemo<PlanPeriod | null>();

/** The years a title states as its document's period (质量发展纲要（2011—2020年）: 2011 to 2020), if any. */
export function periodInTitle(title: string): { from: number; to: number } | null {
  const period = PERIOD.exec(toHalfwidthFigures(title));
  if (!period) return null;
  const from = Number(period[1]);
  const to = Number(period[2]);
  return to >= from && to - from <= LONGEST_PERIOD ? { from, to } : null;
}

function titlePeriodOf(plan: PlanDocument): PlanPeriod | null {
  const title = toHalfwidthFigures(plan.metadata.title ?? plan.title?.text ?? "");
  const period = periodInTitle(title);
  if (period) return { from: period.from, to: period.to, annual: false, source: "title" };
  const annual = ANNUAL.exec(title);
  if (annual) {
    const year = Number(annual[1] ?? annual[2] ?? annual[3] ?? annual[4]);
    return { from: year, to: year, annual: true, source: "title" };
  }
  // “十四五”质量发展规划 runs 2021—2025 as if it said so; a period only a cited title names
  // (关于贯彻落实《“十四五”市场监管现代化规划》的实施方案) is that document's, not the plan's.
  const fiveYear = fiveYearPeriodIn(title.replace(CITED_TITLE, ""));
  return fiveYear ? { from: fiveYear.from, to: fiveYear.to, annual: false, source: "title" } : null;
}

/** A five-year plan period (“十四五”): the n-th ran from 2001 + 5n to 2005 + 5n. */
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/u;
const CITED_TITLE = /《[^《》]*》/g;

/** The years of the five-year plan period a title names (“十三五”市场监管规划: 2016 to 2020), if any. */
export function fiveYearPeriodIn(title: string): { from: number; to: number } | null {
  const found = FIVE_YEAR_PLAN.exec(title);
  const numeral = found ? chineseNumeralValue(found[1]!) : null;
  return numeral === null ? null : { from: 2001 + 5 * numeral, to: 2005 + 5 * numeral };
}

/**
 * 实施步骤, 时间安排, 进度安排 …: the section that lays a plan's time out in phases. A 专项行动方案
 * often states its period only there (（一）动员部署阶段（2023年6月—7月）… （三）总结提升阶段（2024年
 * 11月—12月）), never in its title.
 */
const STEPS_HEADING = /^(?:实施|工作|推进|进度|行动)?(?:步骤|阶段)(?:安排|和要求|与要求)?$|^(?:实施|工作|进度|时间)(?:步骤|安排|进度)(?:安排)?$|^(?:时间|进度)安排$|^实施步骤/;
/** A phase of it, as a heading (动员部署阶段（2023年6月—7月）) or a line of the section (第一阶段：…). */
const PHASE = /阶段|^(?:\d{4}\s*年|[（(]\d{4}\s*年)/;
const PHASE_YEAR = /(\d{4})\s*年/g;
/** How much of a section's line is read for a phase's dates: the phase's name and its dates, not the work it lists. */
const PHASE_HEAD = 40;

/**
 * The period the dated phases of a top-level steps section (or part) span, from the first phase's
 * year to the last's: read only where the title states none. A section whose phases name no year (or
 * years further apart than any plan runs) states no period.
 */
function stepsPeriodOf(plan: PlanDocument): PlanPeriod | null {
  const text = plan.text;
  for (const item of plan.items) {
    if (!isStepsTitle(item.heading.text)) continue;
    const period = phasesPeriodOf(item.children, item.bodyLines, text);
    if (period) return period;
  }
  // A plan divided into parts lays its phases out under one (第三章 实施步骤, then 一、启动阶段（…）).
  for (const part of plan.parts) {
    if (!isStepsTitle(part.title)) continue;
    const period = phasesPeriodOf(part.items, [], text);
    if (period) return period;
  }
  return null;
}

function isStepsTitle(title: string): boolean {
  return STEPS_HEADING.test(title.trim().replace(/[。．.：:]$/, ""));
}

/** The period the phases of a steps section span: their headings' years, and their own lines' (第一阶段（…）：…). */
function phasesPeriodOf(phases: readonly NumberedItem[], lines: readonly LineNode[], text: string): PlanPeriod | null {
  let from = Infinity;
  let to = -Infinity;
  const read = (phase: string) => {
    // A cheap first test: a phase without 年 names no year.
    if (phase.indexOf("年") < 0) return;
    const half = toHalfwidthFigures(phase);
    if (!PHASE.test(half)) return;
    for (const match of half.matchAll(PHASE_YEAR)) {
      const year = Number(match[1]);
      if (year < from) from = year;
      if (year > to) to = year;
    }
  };
  for (const phase of phases) read(phase.heading.text);
  for (const line of lines) read(text.slice(line.indentEnd, Math.min(textEndOf(line, text), line.indentEnd + PHASE_HEAD)));
  return to >= from && to - from <= LONGEST_PERIOD ? { from, to, annual: false, source: "steps" } : null;
}

/** The year the plan is dated: its date (front matter or 印发 date), else its 发文字号's year. */
/**
 * The year a plan is in force from: the later of its period's start and its date (a plan dated
 * December 2025 for 2026—2030 starts in 2026). A parent's goal for a year before it is history
 * to the plan (targets/compare.ts): the plan reports where that year left off, and sets its own.
 */
export function planStartOf(plan: PlanDocument): number | null {
  const from = planPeriodOf(plan)?.from ?? null;
  const dated = planYearOf(plan);
  return from === null ? dated : dated === null ? from : Math.max(from, dated);
}

/**
 * The year a change a document states without its base is from: the year before its period
 * (a 2021—2025 plan's 下降13.5% is from 2020, a 2024—2027 plan's from 2023), or null where its
 * title states no period of years. An annual plan's change is from the year before, too.
 */
export function changeBaseOf(plan: PlanDocument): number | null {
  const period = planPeriodOf(plan);
  return period === null || period.source !== "title" ? null : period.from - 1;
}

export function planYearOf(plan: PlanDocument): number | null {
  const date = plan.metadata.date ? /^(\d{4})/.exec(plan.metadata.date) : null;
  if (date) return Number(date[1]);
  const docNumber = plan.metadata.docNumber ? /[〔[【(（﹝](\d{4})[〕\]】)）﹞]/.exec(plan.metadata.docNumber) : null;
  return docNumber ? Number(docNumber[1]) : null;
}

/**
 * The headings of a goals section, as 实施方案, 实施意见 and 行动计划 write them: 主要目标, 工作目标,
 * 总体目标, 发展目标, 行动目标, 目标任务, 年度目标 or one year's (2024年目标, 2025年工作目标), and
 * 主要指标 over a list of figures. This is the one
 * definition of a goals heading: the targets rules, the clause requirement (units/requiredLevels.ts)
 * and the coverage of the outline (xref/tasks.ts) all ask it.
 */
const GOALS_HEADING =
  /^(?:[0-9０-９]{4}\s*年度?)?(?:主要|工作|总体|发展|具体|预期|建设|行动|阶段性?|近期|年度)?目标(?:任务|指标)?[。．.]?$|^任务目标[。．.]?$|^(?:主要|发展|预期|核心)指标[。．.]?$|^(?:主要|工作|总体|发展|行动)目标/;

/** Whether a heading's text (or a part's title) names a goals section. */
// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_PARTS: readonly PlanPart[] = [];

export function isGoalsTitle(text: string): boolean {
  return GOALS_HEADING.test(text.trim());
}

export function isGoalsHeading(item: NumberedItem): boolean {
  return isGoalsTitle(item.heading.text);
}

/** A paragraph that states the goals where no heading does: `到2026年，全市……`, `主要目标：……`. */
const GOALS_PARAGRAPH = /^(?:(?:力争|争取)?[到至]\d{4}年|(?:\d{4}年度?)?(?:主要|工作|总体|发展|行动)目标(?:是|为)?[：:])/;
/**
 * A sentence inside a paragraph that opens on its goals' year: `以…为指导，深入实施…战略。到2026年，
 * 全市……`. 总体要求 often runs its guiding words and its goals into one paragraph.
 */
const GOALS_SENTENCE = /[。；;！!？?]\s*(?:力争|争取)?\s*[到至]\s*[0-9０-９]{4}\s*年/;
/**
 * A clause of such a paragraph that opens on the goals' year after a comma, the year a clause of
 * its own (`坚持人民至上，统筹发展和安全，到2027年，全省…控制在0.1以下`): 总体要求 in one sentence.
 */
const GOALS_CLAUSE = /[，,]\s*(?:力争|争取)?\s*[到至]\s*[0-9０-９]{4}\s*年(?:底|末)?[，,]/;
const SENTENCE_END = /[。；;！!？?…”」』）)]$/;

/**
 * How a 工作要点's preamble opens its goals, besides GOALS_PARAGRAPH's: its year and a comma
 * (`2024年，全市…达到…`; a year gone by is a report, which pastStatements sets apart), or a label
 * after a few words (`全年主要目标是：`, `今年全市质量工作的主要目标是：`).
 */
const PREAMBLE_GOALS = /^(?:\d{4}年(?:底|末)?[，,]|[^。；;：:]{0,16}?目标(?:是|为)?[：:])/;

function isPreambleGoals(line: LineNode, text: string): boolean {
  return PREAMBLE_GOALS.test(toHalfwidthFigures(text.slice(line.indentEnd, line.indentEnd + 24)));
}

/**
 * A sentence of 总体要求 that opens on a year and a comma (`…深入实施质量强市战略。2024年，全市…`):
 * an annual plan's goals, written without 到. A year gone by is a report (pastStatements).
 */
const YEAR_SENTENCE = /(?:^|[。；;！!？?])\s*[0-9０-９]{4}\s*年(?:底|末)?[，,]/;

/**
 * Whether a line states goals where no heading does: it opens on `到2026年`, a sentence of it does,
 * or it goes on from such a line that ended inside a sentence (a paragraph broken after
 * `…指数达到87，`: the line below is the same sentence).
 */
function isGoalsParagraph(line: LineNode, text: string, item: NumberedItem | null = null): boolean {
  if (GOALS_PARAGRAPH.test(toHalfwidthFigures(text.slice(line.indentEnd, line.indentEnd + 10)))) return true;
  const end = textEndOf(line, text);
  const words = text.slice(line.indentEnd, end);
  if (GOALS_SENTENCE.test(words) || GOALS_CLAUSE.test(words)) return true;
  if (item === null) return false;
  const lines = item.bodyLines;
  const at = lines.indexOf(line as (typeof lines)[number]);
  if (at <= 0) return false;
  const above = lines[at - 1]!;
  return !SENTENCE_END.test(text.slice(Math.max(above.indentEnd, textEndOf(above, text) - 1), textEndOf(above, text))) && isGoalsParagraph(above, text, item);
}

/**
 * Whether a line is in the plan's goals section: under a goals heading; a goals paragraph of
 * 总体要求 (`到2025年，…` in a plan without a 主要目标 item); or a `——` entry of the list such a
 * paragraph opens (`到2026年，…` then `——标准体系更加健全。…`, the national outline's own layout),
 * with the entry's own paragraphs. Asked only for lines that state a target.
 */
export function isGoalsLine(line: LineNode, item: NumberedItem | null, text: string, parts: readonly PlanPart[] = NO_PARTS, preamble: Span | null = null): boolean {
  for (let node = item; node; node = node.parent) if (isGoalsHeading(node)) return true;
  // A 工作要点 or a short 行动计划 states its year's goals in the preamble, before its first item
  // (2024年主要目标：全市…达到…), having no 总体要求 to hold them.
  if (item === null && preamble !== null && preamble.start <= line.start && line.start < preamble.end && (isGoalsParagraph(line, text) || isPreambleGoals(line, text))) return true;
  // A part headed as the goals (第二章 行动目标): its items' lines, and its paragraphs before any item.
  if (item !== null ? item.part !== null && isGoalsTitle(item.part.title) : inGoalsPart(parts, line.start)) return true;
  if (item === null) return false;
  // A `——` entry of 总体要求 (a principle) may own the goals paragraph that follows it, and so may
  // a part of it headed otherwise (（一）指导思想 … 到2025年，…).
  let general = false;
  for (let node: NumberedItem | null = item; node && !general; node = node.parent) general = isGeneralHeading(node);
  if (line !== item.line) return general && (isGoalsParagraph(line, text, item) || YEAR_SENTENCE.test(text.slice(line.indentEnd, textEndOf(line, text))) || (item.kind === "item" && isGoalsBullet(item, text)));
  return general && isGoalsBullet(item, text);
}

/**
 * Whether a part headed as the goals holds `offset`: the parts that hold it are the last to start
 * before it and those it stands within (parts nest, 章 over 节), found by binary search — this is
 * asked of every line no item owns, and a plan may have thousands of parts.
 */
function inGoalsPart(parts: readonly PlanPart[], offset: number): boolean {
  for (let part: PlanPart | null = parts[partitionPoint(parts.length, (i) => parts[i]!.start <= offset) - 1] ?? null; part !== null; part = part.within) {
    if (part.start <= offset && offset < part.end && isGoalsTitle(part.title)) return true;
  }
  return false;
}

/**
 * A `——` entry of 总体要求 whose run of `——` entries follows a goals paragraph: the paragraph is
 * the last one before the run, the parent's or the entry before's own.
 */
function isGoalsBullet(item: NumberedItem, text: string): boolean {
  const parent = item.parent;
  if (!parent) return false;
  return goalBulletsOf(parent, text).has(item);
}

/** A paragraph that ends on a colon introduces what follows it (具体目标是：, 主要目标如下：). */
const LEAD_IN = /[：:]$/;

/**
 * The entries of a parent that are goals, found in one pass over its children: an entry is
 * when the paragraph just before it is a goals paragraph, or when an entry with no paragraph of
 * its own stands just before it and is (the run goes on). `——` entries follow any goals
 * paragraph; numbered ones (（一）经济发展质量效益明显提升。…) only one that introduces them with
 * a colon (到2025年，…具体目标是：), as 总体要求's parts (（一）指导思想) follow a paragraph of
 * their own. Asked per entry, a walk back through the run made 40,000 goal bullets take 47 s.
 */
function goalBulletsOf(parent: NumberedItem, text: string): ReadonlySet<NumberedItem> {
  const known = goalBullets.get(parent);
  if (known) return known;
  const found = new Set<NumberedItem>();
  const siblings = parent.children;
  let numberedToo = false;
  for (let at = 0; at < siblings.length; at++) {
    const before = at > 0 ? siblings[at - 1]! : null;
    const lines = before ? before.bodyLines : parent.bodyLines;
    const lead = lines[lines.length - 1];
    const entry = siblings[at]!;
    let runIsGoals: boolean;
    if (lead !== undefined && isGoalsParagraph(lead, text)) {
      runIsGoals = true;
      numberedToo = LEAD_IN.test(text.slice(Math.max(lead.indentEnd, textEndOf(lead, text) - 1), textEndOf(lead, text)));
    } else runIsGoals = before !== null && lead === undefined && found.has(before);
    if (runIsGoals && (entry.kind === "list" || numberedToo)) found.add(entry);
  }
  goalBullets.set(parent, found);
  return found;
}

const goalBullets = new WeakMap<NumberedItem, ReadonlySet<NumberedItem>>();

/** 总体要求 and the like, whose `到2025年，…` paragraphs state the goals when no 主要目标 item does. */
const GENERAL_HEADING = /总体要求|总体思路|指导思想和(?:主要|总体)?目标|目标要求/;

export function isGeneralHeading(item: NumberedItem): boolean {
  return GENERAL_HEADING.test(item.heading.text);
}

const LEVELS: readonly UnitLevel[] = ["国家", "省", "市", "县"];
/** The government an issuer is, by the last level word before its organ: 江西省人民政府 → 省, 赣州市章贡区人民政府 → 区. */
const ISSUER_LEVEL = /(自治区|[省市州盟区县旗])(?:人民政府|政府|委员会|党委|委)/g;
const NATIONAL_ISSUER = /^(?:中共中央|国务院|全国)/;

/**
 * The level of government a document is for, as far as it says: its front matter's 层级, its
 * issuer (中共中央、国务院 → 国家, …市人民政府 → 市), else the level its responsible units' names
 * carry; null when none of them says. Sums of things (企业20家, 投资100亿元) are compared only
 * between documents known to be of one level (targets/compare.ts): a province's count is the
 * sum of its cities'.
 */
export function jurisdictionOf(plan: PlanDocument): UnitLevel | null {
  const known = jurisdictions.get(plan);
  if (known !== undefined) return known;
  let level: UnitLevel | null = null;
  const declared = plan.metadata.level;
  if (declared) level = LEVELS.find((each) => declared.startsWith(each)) ?? null;
  const issuer = plan.metadata.issuer;
  if (level === null && issuer) {
    if (NATIONAL_ISSUER.test(issuer)) level = "国家";
    else for (const match of issuer.matchAll(ISSUER_LEVEL)) level = LEVEL_WORDS.get(match[1]!) ?? level;
  }
  if (level === null && plan.clauses.some((clause) => clause.units.some((unit) => levelOfName(unit.text) !== null))) level = documentLevel(plan).level;
  jurisdictions.set(plan, level);
  return level;
}

const jurisdictions = new PlanMemo<UnitLevel | null>();

/** How a level of government's whole is named in a reason, where the plan says no more. */
export const WHOLE_OF: Record<UnitLevel, string> = { 国家: "全国", 省: "全省", 市: "全市", 县: "全县（区）" };

/**
 * How a reason names the whole of a plan's area at its level of government: 全国, 全省, 全市; a
 * county-level plan by the word its names carry (全区 for a district's or a development zone's
 * plan, 全县, 全旗; 全市（县级市） for a county-level city's), 全县（区） where they say none. A zone
 * such as 南京高新区 is at a county's level, but no county: "全县（区）" named it as one.
 */
export function wholeOf(plan: PlanDocument, level: UnitLevel): string {
  if (level !== "县") return WHOLE_OF[level];
  const names = documentLevel(plan);
  if (names.level !== "县") return WHOLE_OF[level];
  return LEVEL_WORDS.get(names.word) === "市" ? "全市（县级市）" : `全${names.word}`;
}
