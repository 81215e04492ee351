import { extractTargets } from "../../targets/extract.js";
import { formatPath, sameFigure, writtenFigure } from "../../targets/format.js";
import { spanOfTarget } from "../../targets/increments.js";
import { type IndicatorSynonyms, normalizeIndicator, synonymsFor } from "../../targets/synonyms.js";
import type { PlanTarget } from "../../targets/types.js";
import { clauseStart } from "../../targets/indicators.js";
import { measureKind, unitMagnitude } from "../../targets/measureUnits.js";
import { opensOnGroup } from "../../targets/subjects.js";
import { workVolumeNames } from "../../targets/workVolume.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";

/**
 * Two statements of one figure: same indicator, kind and unit, and both commitments or both
 * aims (确保达到94%、力争达到95% states two figures on purpose), both totals over the years or
 * neither (累计达到50家 is not 达到50家), both levels or both what a year adds (每年不少于20项 is not
 * 达到20项: targets/increments.ts); the years are compared below.
 */
function keysOf(target: PlanTarget, annual: boolean, synonyms: IndicatorSynonyms): string[] {
  const keys: string[] = [];
  const aim = target.aspirational ? "力争" : "";
  // 单位ＧＤＰ能耗 (full-width letters, pasted from WPS) is 单位GDP能耗; ％ is %; 万批次 is 批次 (inBaseUnit).
  const unit = unitMagnitude(normalizeIndicator(target.unit)).unit;
  if (target.kind === "level" && target.value !== null && target.indicator) {
    // One indicator written two ways (每千人食品安全监督抽检, the table's 每千人食品抽检量) is one.
    const key = synonyms.statementKeyOf(target.indicator);
    const span = spanOfTarget(target);
    // A part whose name reads as its whole's (食品抽检合格率达到98%，其中县域食品抽检合格率97%: 县域 a
    // qualifier read loosely) is no second figure of the whole: it is keyed by the words it is
    // written in, and so is every level, so that the part stated again (县域食品抽检合格率达到96%)
    // is weighed against the part before the whole.
    const exact = [normalizeIndicator(target.indicator), unit, aim, target.cumulative ? "累计" : "", span, "其中"].join("\u0000");
    if (target.whole !== null && synonyms.statementKeyOf(target.whole.indicator) === key) keys.push(exact);
    else keys.push(exact, [key, unit, aim, target.cumulative ? "累计" : "", span].join("\u0000"));
  }
  // A sum the work recovers or saves (挽回经济损失1000万元, 节约成本…): the outcome of all the plan's
  // work in money, as a funded sum's level is, stated by the goals and a task alike — one figure.
  if (target.kind === "count" && target.value !== null && target.indicator && measureKind(unit) === "money") {
    keys.push([synonyms.statementKeyOf(target.indicator), unit, aim, target.cumulative ? "累计" : "", spanOfTarget(target), "sum"].join("\u0000"));
  }
  // A year's amount of work, a count in the text and a level in the table (全年完成…抽检3200批次,
  // 监督抽检 | 批次 | 3000 | 3200): one indicator, under each name it may be written by.
  for (const name of workVolumeNames(target, annual)) keys.push([name, unit, aim, "", "work"].join("\u0000"));
  return keys;
}

/**
 * Synonyms a plan states side by side that each name a narrower method (食品评价性抽检合格率 98.5%,
 * 食品监督抽检合格率 98%) are two samplings with two figures; one naming none is the same figure.
 */
function sameMethod(a: PlanTarget, b: PlanTarget, synonyms: IndicatorSynonyms): boolean {
  const methodA = synonyms.narrowMethodOf(a.indicator);
  const methodB = synonyms.narrowMethodOf(b.indicator);
  return methodA === null || methodB === null || methodA === methodB;
}

/** Whether a group of units opens the target's clause as its subject (targets/subjects.ts). */
function groupsFigure(text: string, target: PlanTarget): boolean {
  const at = target.indicatorSpan?.start ?? target.start;
  // A clause's first character is all most targets need looked at: a group opens on 各, 有关, 相关 or a level's word.
  const start = clauseStart(text, at, Math.max(0, at - LONGEST_GROUP_REACH));
  return GROUP_OPENING.test(text.charAt(start)) && opensOnGroup(text.slice(start, target.end));
}
/**
 * A sum a clause says is recovered or saved through one means or by one unit (通过诉前调解挽回经济损失
 * 300万元, 依托12315平台…): that channel's share of the plan's figure, no second statement of it.
 */
function sumByOneMeans(text: string, target: PlanTarget): boolean {
  if (target.kind !== "count" || measureKind(target.unit) !== "money") return false;
  const at = target.indicatorSpan?.start ?? target.start;
  const before = text.slice(clauseStart(text, at, Math.max(0, at - LONGEST_GROUP_REACH)), at);
  return ONE_MEANS.test(before);
}
/** The words that name the means or the body a share is recovered by. */
const ONE_MEANS = /通过|依托|借助|利用|经由|(?:局|委|办|中心|站|所)\s*(?:为|帮助|全年|每年)/;
/** How far back a group's words may open a target's clause. */
const LONGEST_GROUP_REACH = 40;
const GROUP_OPENING = /[各有相省市区县镇乡州旗自]/;

/** A figure in the unit its magnitude is of (1.2万批次 as 12000批次), as compared; the target itself where none. */
function inBaseUnit(target: PlanTarget): PlanTarget {
  const { unit, factor } = unitMagnitude(normalizeIndicator(target.unit));
  if (factor === 1 || target.value === null) return target;
  // Rounded past what a plan writes: 1.15 × 10000 is 11499.999999999998 in floating point.
  const scaled = (figure: number) => Math.round(figure * factor * 1e6) / 1e6;
  const value = scaled(target.value);
  return { ...target, value, valueText: String(value), upper: target.upper === null ? null : scaled(target.upper), unit };
}

/** A figure with no year of its own may restate one with a year; two different years may differ. */
const sameYear = (a: PlanTarget, b: PlanTarget) => a.horizon === null || b.horizon === null || a.horizon === b.horizon;

/**
 * One plan, one figure per indicator and year: when the goals say 94% and a task says 92%, one of
 * them is a leftover of an earlier draft, and units will be held to whichever they read.
 */
export const inconsistentTarget: Rule = {
  meta: {
    id: "targets/inconsistent",
    family: "targets",
    severity: "warning",
    description: "同一指标在方案中前后给出不同的目标值",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "同一指标、同一目标年份在一份方案中只能有一个目标值（未写年份的一处视为与前文同年；“确保达到94%、力争达到95%”分别给出的底线和争取值不算前后不一致；指标表的单元格写不下“力争”，与正文力争目标数值相同的一项即是该力争目标，不与任务中的底线数值比较）。主要目标写“94%以上”、任务中又写“92%”，必有一处是旧稿遗留，各单位会按各自读到的数值落实。本规则比较指标名称、单位和目标年份都相同的水平目标（达到、不低于、控制在……；名称和单位中的全角字母、数字和符号与半角的相同：“单位ＧＤＰ能耗”即“单位GDP能耗”；名词后说“多少”的“总数”“数量”“总量”（计数名词后的“数”）不另成指标：“注册计量师总数”即指标表中的“注册计量师”；同一指标的不同写法是同一指标：“每千人食品安全监督抽检”即指标表中的“食品抽检量（批次/千人）”（“食品安全”的“安全”、抽检前的“监督”、工作量的“量”不另成指标），而同义词表同一组中并列写出的两个名称（“农产品质量安全例行监测合格率”“食用农产品例行监测合格率”）、各自写明不同抽样方式的（“例行监测”“监督抽查”）是方案有意分列的两个指标，“风险监测”也不是“抽检”；“每年不少于50家”是每年的数量，不与“达到300家”比较；年度方案主要目标中的全年工作量，如“全年完成食品安全监督抽检3200批次”，与指标表中以批次、人次、家次、场次等计的同一项工作，如“食品安全监督抽检 | 批次 | 3000 | 3500”，是同一指标；为消费者挽回经济损失、为企业节约成本等以金额计的工作成效，主要目标与任务中写法相同的是同一指标，比较其数值（写明通过某一渠道或由某一单位挽回的金额是其分担的部分，不比较）；新建、培育的数量不与存量比较，任务中由某一单位完成的工作量是其分担的部分，也不比较；服务覆盖的企业数按句子本身判断，不看写在主要目标还是任务中：写明“以上”“达到”、累计数或“到2028年”等所在句子给出年份的（如“质量技术服务覆盖企业8万家以上”）是覆盖达到的水平，与指标表中同一指标比较，写在任务中也一样；跟在某项工作之后、只写一个数的（如“开展质量技术帮扶，服务覆盖企业500家”）是该项工作服务的数量，不与其他数值比较；“其中”“含”之后所列的部分（如“食品抽检合格率达到98%，其中县域食品抽检合格率97%”）不是整体的另一个目标值，不与整体比较，部分是否大于整体由 targets/part-exceeds-whole 检查；以“各县（市、区）”“各乡镇”等一组单位开头的目标是每个单位各自的要求，不与全市（全县）的目标值比较），以万、亿计的单位按其倍数换算后比较：正文的“完成食品抽检1.2万批次”与指标表“食品抽检 | 批次 | 12000”是同一数值；数值或“以上”“以下”不同时在后出现的一处报告，并指出前文的写法和位置。同一承诺的不同写法不报告：指标表中的“≥95”或“>95”与正文的“95%以上”相同（表中的“>”是“以上”的简写，不是更严的目标）；指标表目标列只写数值（如“93.5”，单位在“单位”列）或正文只写“达到93.5%”时未说上下限，与同一数值的“93.5%以上”视为同一目标。无法自动修复：哪一个数值是定稿要由起草人决定。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到94%以上。\n二、主要任务\n（一）提升产品质量。到2025年，制造业产品质量合格率达到92%。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到94%以上。\n二、主要任务\n（一）提升产品质量。到2025年，制造业产品质量合格率达到94%以上。\n",
    },
  },
  check({ plan, config, report }) {
    const seen = new Map<string, PlanTarget[]>();
    const extraction = extractTargets(plan);
    const annual = extraction.period?.annual === true;
    const synonyms = synonymsFor(config);
    for (const target of extraction.targets) {
      // A figure the plan reports (2022年，…为97.8%) is where it starts from, not a second goal; one a
      // group of units is each held to (各县（市、区）…均达到每千人4批次以上) is theirs, not the plan's.
      if (target.baseline || groupsFigure(plan.text, target) || sumByOneMeans(plan.text, target)) continue;
      let earlier: PlanTarget | undefined;
      for (const key of keysOf(target, annual, synonyms)) {
        const statements = seen.get(key);
        earlier ??= statements?.find((statement) => sameYear(statement, target) && sameMethod(statement, target, synonyms));
        if (statements) statements.push(target);
        else seen.set(key, [target]);
      }
      if (!earlier) continue;
      // The same commitment written two ways (≥95 or a bare 95 in a table, 95%以上 in the text; 1.2万批次
      // and 12000批次) is one figure.
      if (sameFigure(inBaseUnit(target), inBaseUnit(earlier))) continue;
      report({
        start: target.valueSpan?.start ?? target.start,
        end: target.end,
        // As written, with a table's bound (≥96, not a bare 96%): the reader finds the figure by it.
        message: `${quoted(target.indicator)}的目标值前后不一致：此处为${writtenFigure(target)}，前文（${formatPath(earlier.path)}）为${writtenFigure(earlier)}`,
      });
    }
  },
};
