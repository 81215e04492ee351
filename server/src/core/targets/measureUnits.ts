/**
 * The units of measure a plan's figures carry (%, 个, 家, 项, 亿元, 个百分点, 个工作日 …): one list,
 * each unit with what it measures, which every reader of a figure takes its units from — the
 * grammar's `Unit` (grammar/plan.peggy spells the same words, Peggy cannot import them;
 * test/unit/measureUnits.test.ts holds the two lists equal), a table's 单位 cell and figure cells,
 * a range's upper end, the next figures of a 分别 list, the counts a verb makes. Lists spelled
 * apart drifted: 份 and 公里 were units in one place and words in another.
 */

/**
 * What a unit measures, which decides how a figure in it is read:
 * - `rate` — a share or a change of one (%, ‰, 个百分点, 个点);
 * - `score` — a score out of a scale (分);
 * - `thing` — things, organisations, people or what is done for them, counted (个, 家, 人次, 批次);
 * - `event` — events tallied, never made by a verb (起 accidents, 例 cases);
 * - `grade` — a class, a level or an age (类, 级, 岁): a figure, no count;
 * - `money` — a sum (元, 万元, 亿元);
 * - `duration` — a time (天, 小时, 个工作日, 个月): a time a service takes is better short;
 * - `extent` — a physical quantity: length, area, volume, mass, energy (公里, 平方米, 吨标准煤);
 * - `multiple` — times (倍);
 * - `magnitude` — a bare 万 or 亿 before the measure word the grammar leaves to the text (100万辆).
 */
export type MeasureKind = "rate" | "score" | "thing" | "event" | "grade" | "money" | "duration" | "extent" | "multiple" | "magnitude";

/** Every unit a figure may carry, with what it measures. The order is free: patterns put the longer of two that start alike first. */
const MEASURES: ReadonlyArray<readonly [string, MeasureKind]> = [
  ["%", "rate"], ["％", "rate"], ["‰", "rate"], ["个百分点", "rate"], ["个点", "rate"],
  ["分", "score"],
  ["个", "thing"], ["项", "thing"], ["家", "thing"], ["件", "thing"], ["所", "thing"], ["座", "thing"], ["名", "thing"], ["位", "thing"],
  ["条", "thing"], ["处", "thing"], ["种", "thing"], ["批", "thing"], ["款", "thing"], ["篇", "thing"], ["场", "thing"], ["台", "thing"],
  ["套", "thing"], ["支", "thing"], ["部", "thing"], ["张", "thing"], ["辆", "thing"], ["份", "thing"], ["宗", "thing"], ["户", "thing"],
  // 册: booklets and copies printed, as publicity work counts them (印发宣传手册2万册).
  ["册", "thing"],
  // 期 and 轮: sessions, issues and rounds held (举办培训班不少于2期, 编发质量简报12期, 开展3轮专项检查), tallied
  // as 场 and 场次 are. Only after a figure: 一期工程, 新一轮 are words (chineseFigures.ts leaves them so).
  ["期", "thing"], ["轮", "thing"],
  ["人", "thing"], ["次", "thing"], ["人次", "thing"], ["批次", "thing"], ["场次", "thing"], ["家次", "thing"], ["户次", "thing"],
  ["万个", "thing"], ["万家", "thing"], ["万件", "thing"], ["万人", "thing"], ["万名", "thing"], ["万人次", "thing"], ["万户", "thing"],
  ["万辆", "thing"], ["万台", "thing"], ["万套", "thing"], ["万家次", "thing"], ["万户次", "thing"],
  // 万批次: samples tested in tens of thousands, as food-safety plans count them (食品抽检1.5万批次, 快检10万批次).
  ["万批次", "thing"],
  // 台件: instruments counted piece by piece, as 计量 plans count what they calibrate (校准计量器具1万台件).
  ["台件", "thing"], ["万台件", "thing"],
  // 台（套）: equipment counted by the unit or the set, as special-equipment plans count what they inspect (检验特种设备1200台（套）).
  ["台（套）", "thing"], ["台(套)", "thing"], ["台套", "thing"],
  // 台（件）, 个（家）, 项（个）: a count in one unit or, bracketed, the other a drafter allows for the same things
  // (检定计量器具2万台（件）以上, 培育龙头企业10个（家）, 制定标准5项（个）) — one unit, as 台（套） is.
  ["台（件）", "thing"], ["台(件)", "thing"], ["万台（件）", "thing"], ["万台(件)", "thing"],
  ["个（家）", "thing"], ["个(家)", "thing"], ["项（个）", "thing"], ["项(个)", "thing"],
  ["起", "event"], ["例", "event"],
  ["类", "grade"], ["级", "grade"], ["岁", "grade"],
  ["元", "money"], ["万元", "money"], ["亿元", "money"],
  ["天", "duration"], ["小时", "duration"], ["个小时", "duration"], ["分钟", "duration"], ["工作日", "duration"], ["个工作日", "duration"], ["个月", "duration"],
  ["公里", "extent"], ["平方公里", "extent"], ["平方米", "extent"], ["万平方米", "extent"], ["立方米", "extent"], ["万立方米", "extent"],
  ["吨", "extent"], ["万吨", "extent"], ["吨标准煤", "extent"], ["万吨标准煤", "extent"], ["千克", "extent"], ["亩", "extent"], ["万亩", "extent"],
  ["公顷", "extent"], ["万公顷", "extent"], ["千瓦", "extent"], ["万千瓦", "extent"], ["千瓦时", "extent"], ["万千瓦时", "extent"], ["分贝", "extent"],
  ["微克/立方米", "extent"], ["毫克/立方米", "extent"], ["毫克/升", "extent"],
  ["倍", "multiple"],
  ["万", "magnitude"], ["亿", "magnitude"],
];

const KIND = new Map<string, MeasureKind>(MEASURES);

/**
 * Any count unit in tens of thousands or hundreds of millions (5万份, 2万册, 10万张, 1.2亿人次): a
 * drafter puts 万 or 亿 before whatever is counted, and the list cannot spell every pair. Each of
 * them counts the same things as the unit it magnifies and is compared scaled (unitMagnitude), as
 * 万批次 is. The list spells some (万家, 万人次) because the grammar reads them as one unit; these
 * are the rest, which the figure readers after the grammar read (figureWords.ts COUNT_UNITS).
 */
const MAGNIFIED_COUNTS: ReadonlyMap<string, MeasureKind> = new Map(
  MEASURES.filter(([unit, kind]) => kind === "thing" && !/^[万亿]/.test(unit))
    .flatMap(([unit]) => ["万" + unit, "亿" + unit])
    .filter((unit) => !KIND.has(unit))
    .map((unit) => [unit, "thing"] as const),
);

/** Longest first, so that an alternation (or a PEG choice) takes 个百分点 before 个, 人次 before 人. */
const byLength = (a: string, b: string) => b.length - a.length;
const escaped = (unit: string) => unit.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The units, longest first: the grammar's `Unit` lists exactly these. */
export const MEASURE_UNITS: readonly string[] = MEASURES.map(([unit]) => unit).sort(byLength);

/** What a unit measures, or null for a word that is none. */
export function measureKind(unit: string): MeasureKind | null {
  return KIND.get(unit) ?? MAGNIFIED_COUNTS.get(unit) ?? null;
}

/** The units of things counted, with every one a magnitude goes before (万份, 亿人次), longest first. */
export const COUNT_MEASURES: readonly string[] = [...MEASURE_UNITS.filter((unit) => KIND.get(unit) === "thing"), ...MAGNIFIED_COUNTS.keys()].sort(byLength);

/** The units of the given kinds as one regular-expression alternation, longest first (no group). */
export function unitAlternation(...kinds: MeasureKind[]): string {
  return alternationOf(MEASURE_UNITS.filter((unit) => kinds.includes(KIND.get(unit)!)));
}

/** `units` as a pattern's alternation, each escaped: a unit may hold a bracket or a slash (台(套), 吨标准煤/万元). */
export function alternationOf(units: readonly string[]): string {
  return units.map(escaped).join("|");
}

/** Every unit but the bare magnitudes (万, 亿): what a figure's unit after it, a table's cell, a range's end may be. */
export const FIGURE_UNITS = unitAlternation("rate", "score", "thing", "event", "grade", "money", "duration", "extent", "multiple");

/**
 * What a unit is per (吨标准煤/万元, 批次/千人, 元/户, 微克/立方米 is an extent per volume): the
 * denominators after `/`, `／` or 每.
 */
export const PER_UNIT = "万元|亿元|元|吨|(?:十万|[十百千万])?人口?|户|平方米|千瓦时|立方米";

/** A time: what a service's time limit, a cycle, a wait is measured in — better short. */
export function isDuration(unit: string): boolean {
  return KIND.get(unit) === "duration";
}

/**
 * Whether a unit tallies doings (次, 批次, 人次, 家次, 场次, 户次, and in tens of thousands: 万批次,
 * 万人次): how often something is done, never how many things stand — a level in one is an amount
 * of work (targets/workVolume.ts). 场 counts sessions held as 场次 does (举办技能竞赛1场, 开展培训5场):
 * nothing a plan builds is counted in 场 (a market, a farm, a venue is 个, 家 or 座); 期 and 轮
 * count sessions, issues and rounds as 场 does (举办培训班2期, 开展专项检查3轮).
 */
export function countsDoings(unit: string): boolean {
  return (unit.endsWith("次") || SESSIONS.has(unit)) && measureKind(unit) === "thing";
}

/**
 * Whether a unit counts papers (张, 份, and in tens of thousands: 万张, 万份): certificates, licences,
 * reports, samples — what work issues or obtains again each year, never a thing that stands once
 * made (a station, a title), so that a 每年 said before a list reaches them as it reaches doings
 * (每年组织企业开展认证，获得证书200张: 200 a year; countReadings.ts frequencyGoesOn).
 */
export function countsPapers(unit: string): boolean {
  return PAPERS.has(unitMagnitude(unit).unit);
}
const PAPERS = new Set(["张", "份"]);
const SESSIONS = new Set(["场", "期", "轮"]);

/**
 * A unit written with its magnitude (万批次, 万家, 万人次, 万元, 亿元): the unit it counts in and how many
 * of that one stands for — 1.2万批次 is 12000批次, so that a goal in one and its table in the other
 * (`完成食品抽检1.2万批次`, `食品抽检 | 批次 | 12000`) state one figure. Only where the rest is a unit
 * of the list measuring the same (万元 of 元); any other unit is its own, times one.
 */
export function unitMagnitude(unit: string): { unit: string; factor: number } {
  const canonical = canonicalUnit(unit);
  const factor = canonical.startsWith("万") ? 1e4 : canonical.startsWith("亿") ? 1e8 : 1;
  const base = canonical.slice(1);
  return factor !== 1 && KIND.has(base) && KIND.get(base) === measureKind(canonical) ? { unit: base, factor } : { unit: canonical, factor: 1 };
}

/**
 * A figure in `from` written in `to`, where the two are one unit on two magnitudes (7万家 is 70000家,
 * 150000万元 is 15亿元): what a parent's figure, a base and a goal written on two scales are compared
 * as. Null where they measure different things or are one unit already (nothing to scale).
 */
export function onScaleOf(value: number, from: string, to: string): number | null {
  const own = unitMagnitude(from);
  const other = unitMagnitude(to);
  if (own.unit !== other.unit || own.factor === other.factor) return null;
  // Rounded to the figures a plan writes: 1.2 × 10000 is 12000, never 12000.000000000002.
  return Math.round((value * own.factor) / other.factor * 1e6) / 1e6;
}

/** The form a unit is compared in: ％ is %, 个点 is 个百分点, 工作日 is 个工作日, 个小时 is 小时. */
export function canonicalUnit(unit: string): string {
  switch (unit) {
    case "％": return "%";
    case "个点": return "个百分点";
    case "工作日": return "个工作日";
    case "个小时": return "小时";
    default: return unit;
  }
}
