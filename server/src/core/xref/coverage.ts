import type { NumberedItem, PlanDocument, TableRow } from "../model/types.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../parents/types.js";
import { coverageSectors, withStatedItems } from "../sectors/issuer.js";
import { sectorLabels } from "../sectors/sectors.js";
import { sectorScope, sectorScopeOf, type Unscoped } from "../sectors/scope.js";
import { pathOf } from "../units/matrix.js";
import { annotatedEntries, annotationParent } from "./annotations.js";
import { type CitedNumber, citedEntriesOf } from "./citedNumbers.js";
import { itemCitedNumbers } from "./itemCitations.js";
import { partsNamedBy } from "./partNames.js";
import { type MappingCandidate, mapWordsOf, bodyNamedKinds, headingNames, headingNamesOverSharedWork, headingNamesTrade, INDUSTRY_WORD, namesOnlyByWordsOf, headingSaysOnlyWorkOf, headingSaysWorkOf, sharedNamingPhrases, keywordNamedEntries, keywordsWithinNamed, mapTasks, writesFieldWord, writesSubjectWord, type QuotedEntry, quotedEntries, rankEntries, subjectAgainst, type TaskMapping } from "./mapping.js";
import type { SubjectWeights } from "./planSubject.js";
import { coverageItems, isCarryingOut, isGeneralRequirements, isSafeguards } from "./tasks.js";
import { clauseObjectItems, fundsOnly, listedProductItems, trainingItems } from "./taskThings.js";
import { BODY_CLAUSE_END } from "./bodyClauses.js";
import { groupsTasks, titledEntries } from "./titledHeadings.js";
import { rowTasksWithin } from "./tableRowTasks.js";

/** An inferred mapping at or above this score counts as covering the parent item. */
export const COVERAGE_THRESHOLD = 0.2;

/**
 * A best match below COVERAGE_THRESHOLD counts where it stands apart: at SEPARATED_FLOOR or
 * more and SEPARATED_MARGIN times the second's score. A short heading in the plan's own words
 * (打造赣州特色品牌, 大力推动品牌示范创建) shares few bigrams with any item, so its true item scores
 * low, but it scores low alone; a task near no item scores as low for two or three (坚持标准创新
 * 引领: （八）0.15, （三）0.12). Measured on the five seeds against the hand labels
 * (test/xref/mapping-labels.json, annotation-labels.json): three labelled items more, no other;
 * a margin of 1.2 took two more labelled ones and one wrong (（八） for 坚持标准创新引领, 1.25), a
 * floor of 0.1 nothing more.
 */
const SEPARATED_FLOOR = 0.15;
const SEPARATED_MARGIN = 1.3;
/**
 * The least score at which a best match counts below the threshold when the heading names it by
 * its own word and names the second by none (mapping.ts `headingNames`): the heading says which
 * item the task is, however few of its other words the item has. So does a task whose heading or
 * body writes whole a keyword that names the best item alone and none that names the second
 * (mapping.ts `keywordNamedEntries`: 智慧监管 is （二十六）'s, 质量对标 （十二）'s, 团体标准
 * （二十二）'s): measured on the hand labels (test/xref/mapping.test.ts), one more task of the seeds
 * counted and three of the fixtures, each for its labelled item, and no wrong one.
 */
const NAMED_FLOOR = 0.1;

export interface CoveredBy {
  item: NumberedItem;
  /** Markers from the top: ["二、", "（一）", "1."]. */
  path: string[];
  /**
   * `annotation` for the drafter's statement — an annotation, or the item's number cited in the
   * task's text (basis `cited`: 落实《纲要》第（十七）条, read as an annotation is); `inferred` for
   * the matcher's reading. The CLI's JSON contract has these two values (../shared/spec/cli-json.md).
   */
  how: "annotation" | "inferred";
  /** 1 for the drafter's statement, the matcher's score for an inferred mapping. */
  score: number;
  /** Why it counts (see TaskCredit): for an inferred mapping, and `cited` for a number cited in the text; null for an annotation. */
  basis: TaskCredit["basis"] | null;
  /** The parent item's phrase the task writes verbatim, where it quotes one. */
  quote: string | null;
  /**
   * The task-table row that counts, where the task is a row of a table inside `item` (a 工作要点
   * written as a table: xref/tableRowTasks.ts): its 序号 ends `path`, and a reviewer looks for its
   * 重点任务 and its line, not the section's heading; null for the item's own words.
   */
  row: TableRow | null;
}

export interface CoverageEntry {
  entry: ParentEntry;
  covered: boolean;
  by: CoveredBy[];
}

/**
 * Why a parent item is outside the count: `general-requirements`, an item of the 总体要求 part
 * (guiding thought, principles, goals: what the tasks serve, not a task); `safeguards`, an item
 * of the closing 组织保障 part (leadership, follow-through, evaluation: how the parent is carried
 * out, which a plan takes up in its own 保障措施); `other-sector`, for a sector plan (its title names
 * the sector: 建筑工程质量提升行动方案), an item of another sector, which that sector's plan does not
 * carry out (sectors/scope.ts).
 */
export type OutOfScope = "general-requirements" | "safeguards" | "other-sector";

/** A parent item outside the count, with the plan items that take it up all the same. */
export interface OutOfScopeEntry {
  entry: ParentEntry;
  reason: OutOfScope;
  by: CoveredBy[];
}

/** A task of the plan that counts for no parent item: a local addition, or a match missed. */
export interface UnmatchedTask {
  item: NumberedItem;
  /** Markers from the top, as CoveredBy's. */
  path: string[];
  /** The parent item it is most like, below what counts; null when it shares no word with any. */
  nearest: MappingCandidate | null;
  /** The task-table row that counts for none, as CoveredBy's `row`; null for an item's own words. */
  row: TableRow | null;
}

export interface Coverage {
  parent: ParentDocument;
  /** Whether the plan cites no title and the parent was inferred from its preamble (parents/resolve.ts). */
  inferred: boolean;
  /** For an inferred parent, the cited document it was inferred through (ResolvedParent `through`), else null. */
  inferredThrough: string | null;
  /**
   * The document the plan is the local version of, when it is not this parent's (a 计量 plan
   * citing the outline beside 《计量发展规划》): the plan implements the parent in part, so its
   * uncovered items are expected; null otherwise (ResolvedParent.secondaryTo).
   */
  secondaryTo: string | null;
  /**
   * The document the plan states as its basis where the parent is only its folder's (ResolvedParent
   * `implementsOther`): the plan implements that one, and no likeness of its words counts for this
   * parent — only its annotations and the item numbers it writes; null otherwise.
   */
  implementsOther: string | null;
  /**
   * For a sector plan, its sectors as a report names them (["建设工程"], ["食品", "农产品"]): the
   * count is of those sectors' items and the items common to all, the others are `other-sector`.
   * Null for a plan on quality as a whole, or a parent without a sector table (every item counts).
   */
  sectors: string[] | null;
  /**
   * Where `sectors` (or `unscoped`'s) come from: null for the plan's title, else the department
   * that issues the plan (省交通运输厅: sectors/issuer.ts), whose own field its plan carries out.
   */
  sectorsIssuer: string | null;
  /**
   * A plan whose title names sectors but which is measured against every item all the same, with
   * its sectors' labels and why (sectors/scope.ts Unscoped: a parent of the user's own, or a
   * replacement of the outline whose items are not the built-in's); null otherwise. Said, never silent.
   */
  unscoped: (Unscoped & { sectors: string[] }) | null;
  covered: number;
  total: number;
  /** The items that count, in the parent's order. */
  items: CoverageEntry[];
  /** The parent's other items, in its order: never silently left out of a report. */
  outOfScope: OutOfScopeEntry[];
  /**
   * The plan's tasks (not the items of its 保障措施 or 实施步骤) that neither annotate nor count for
   * any parent item, in plan order, the rows of a task table among them (`row`): a row is a task.
   */
  unmatched: UnmatchedTask[];
}

/** Why items are outside the count, as the reports say it (after the part's name). */
export const OUT_OF_SCOPE_REASONS: Record<OutOfScope, string> = {
  "general-requirements": "是指导思想和目标，不是要落实的任务",
  safeguards: "是上位文件的实施保障，由方案自身的保障措施落实",
  "other-sector": "是其他领域的任务，不由本领域的专项方案落实",
};

/** What a report says first of a plan that implements another document than its folder's parent (Coverage `implementsOther`); "" otherwise. */
export function otherBasisNote(coverage: Pick<Coverage, "implementsOther" | "parent">): string {
  if (coverage.implementsOther === null) return "";
  return `方案序言写明贯彻的是《${coverage.implementsOther}》，没有引用《${coverage.parent.title}》：后者只是配置给整个文件夹的上位文件，不按文字相似度推断覆盖情况，只计标注和写明的条目。`;
}

/**
 * Which items the count leaves out and why, one clause per part: `不计入覆盖率：（一）（二）属
 * “二、总体要求”，是指导思想和目标，不是要落实的任务；…。` The items of other sectors, whatever
 * their parts, are one clause, where the first of them stands: `（三）…（二十八）不属建设工程领域，
 * 是其他领域的任务，…`. Empty when every item counts.
 */
export function scopeNote(coverage: Pick<Coverage, "outOfScope" | "sectors">): string {
  const parts: string[] = [];
  let at = 0;
  let sectorClause = false;
  while (at < coverage.outOfScope.length) {
    const first = coverage.outOfScope[at]!;
    if (first.reason === "other-sector") {
      if (!sectorClause) {
        const labels = coverage.outOfScope.filter((o) => o.reason === "other-sector").map((o) => entryNumber(o.entry)).join("");
        parts.push(`${labels}不属${(coverage.sectors ?? []).join("、")}领域，${OUT_OF_SCOPE_REASONS[first.reason]}`);
        sectorClause = true;
      }
      at++;
      continue;
    }
    let end = at + 1;
    while (end < coverage.outOfScope.length && coverage.outOfScope[end]!.reason === first.reason && coverage.outOfScope[end]!.entry.section === first.entry.section) end++;
    const labels = coverage.outOfScope.slice(at, end).map((o) => entryNumber(o.entry)).join("");
    parts.push(`${labels}属“${sectionName(first.entry)}”，${OUT_OF_SCOPE_REASONS[first.reason]}`);
    at = end;
  }
  return parts.length > 0 ? `不计入覆盖率：${parts.join("；")}。` : "";
}

/**
 * Why a sector plan is measured against every item of its parent (Coverage.unscoped), as the
 * reports and the editor's table say it; "" for a plan scoped by its sectors or of no sector.
 */
export function unscopedNote(coverage: Pick<Coverage, "parent" | "unscoped" | "sectorsIssuer">): string {
  const unscoped = coverage.unscoped;
  if (unscoped === null) return "";
  const why =
    unscoped.reason === "no-table"
      ? `《${coverage.parent.title}》没有分领域的条目表（只有内置的《质量强国建设纲要》有）`
      : `上位文件《${coverage.parent.title}》替换了内置的纲要，其条目${unscoped.items.join("")}的编号或标题与内置纲要不同，无法确定哪些条目属本领域`;
  return `${sectorsSource(coverage)}表明是${unscoped.sectors.join("、")}领域的专项方案，但${why}：所有条目照常计入覆盖率。`;
}

/** What says a plan is a sector plan, as the reports word it: 方案标题, or 发文机关（省交通运输厅）. */
export function sectorsSource(coverage: Pick<Coverage, "sectorsIssuer">): string {
  return coverage.sectorsIssuer === null ? "方案标题" : `发文机关（${coverage.sectorsIssuer}）`;
}

/**
 * An item's number as a report prints it: its marker, `（七）`, or `7.` for a task of the third
 * level (a city plan's 1.–21. as a 区's parent), whose label is the bare `7` an annotation writes.
 */
export function entryNumber(entry: ParentEntry): string {
  return entry.level === 3 ? `${entry.label}.` : entry.label;
}

/** The part an item belongs to, as people name it: `十一、加强组织保障`; "" for an item of none. */
export function sectionName(entry: ParentEntry): string {
  return entry.section ? `${entry.section.label}、${entry.section.title}` : "";
}

/**
 * Why the entry is outside the count, or null for a task to cover. `scope`: the items a sector
 * plan carries out (`planScope`), null for a plan that carries out every item.
 */
export function outOfScope(entry: ParentEntry, scope: ReadonlySet<ParentEntry> | null = null): OutOfScope | null {
  if (entry.section && isGeneralRequirements(entry.section.title)) return "general-requirements";
  if (entry.section && isSafeguards(entry.section.title)) return "safeguards";
  return scope !== null && !scope.has(entry) ? "other-sector" : null;
}

/**
 * How a hover or an action says an item is outside the count, or null for one that counts: the
 * same reasons as the report's table (`outOfScope`), so that a task credited to （三十）狠抓工作落实
 * is never shown as 计入覆盖 while the report lists （三十） apart. `属其他领域，不计入覆盖率` for a
 * sector plan's other sectors; `属“十一、加强组织保障”，不计入覆盖率` for a part outside every count.
 */
export function outOfScopeText(entry: ParentEntry, scope: ReadonlySet<ParentEntry> | null): string | null {
  const reason = outOfScope(entry, scope);
  if (reason === null) return null;
  return reason === "other-sector" ? "属其他领域，不计入覆盖率" : `属“${sectionName(entry)}”，不计入覆盖率`;
}

/**
 * The parent items that count as tasks to cover in a plan on quality as a whole: all but those
 * of its 总体要求 part and of its closing safeguards (the outline's （三）–（二十八）; see OutOfScope).
 */
export function coverableEntries(parent: ParentDocument): ParentEntry[] {
  return parent.items.filter((e) => outOfScope(e) === null);
}

/**
 * The parent's items a plan carries out by its sectors (sectors/scope.ts), or null for a plan
 * that carries out every item: one whose title names no sector (质量强市建设实施方案), or a
 * parent without a sector table.
 */
export function planScope(plan: PlanDocument, parent: ParentDocument): ReadonlySet<ParentEntry> | null {
  return sectorScope(parent, coverageSectors(plan).sectors);
}

/** Why a task without an annotation counts for a parent item. */
export interface TaskCredit {
  entry: ParentEntry;
  /** The matcher's similarity of the task and the item, 0–1. */
  score: number;
  /**
   * `best`: the item the task is most like, at COVERAGE_THRESHOLD or more; `body`: the item its
   * body is about where the heading says another (see `bodySubject`); `quoted`: the task writes
   * one of the item's attested phrases verbatim, which counts whatever the score; `heading`:
   * one of two subjects its heading joins names the item (see `conjoinedSubjects`); `body` also for
   * an item a clause of the body names under a heading that names its part (see `partClauseSubjects`); `cited`: the
   * task names the item by its number after the parent (落实《质量强国建设纲要》第（五）条), which
   * counts whatever the score (see `citedEntries`).
   */
  basis: "best" | "body" | "heading" | "quoted" | "cited";
  /** The item's phrase the task writes verbatim, where it quotes one (whatever the basis). */
  quote: string | null;
}

const credits = new WeakMap<TaskMapping, TaskCredit[]>();

/**
 * The item a task's body is about, where its heading says another: the best match of the body
 * alone, heading left out, when it is not the task's best match and the task as a whole matches
 * it at COVERAGE_THRESHOLD or more. A heading names one subject and weighs in the task's score
 * (HEADING_WEIGHT); a task that goes on to a second subject — 提升建筑工程质量水平 is （十三）, and
 * its 智能建造试点 and 精品工程 are （十五）'s — has a body more like that second item than like
 * the first. Both scores say so: the body's (relative: the second beats every item, the first
 * included) and the whole task's (absolute: the bar the best match clears).
 *
 * A second match that is merely strong and well separated from the third is not enough: items
 * with a title word in common (（二十二）and（二十三）share 质量基础设施) rank second and third
 * for each other's tasks with scores as high as a true second subject's. Measured on the five
 * seeds against the hand labels (test/xref/mapping-labels.json, annotation-labels.json), counting
 * the credits a task did not already have by a quotation, inside the count: crediting a second
 * match at the threshold whose third scores at most 0.8 of it adds 3 labelled items and 4 others;
 * the body's best match adds 3 labelled items and no other. Under a heading that names the best
 * by a keyword alone, the whole task's score is not asked (`keywordHeadingOverBody`).
 */
function bodySubject(parent: ParentDocument, mapping: TaskMapping): MappingCandidate | null {
  const best = mapping.candidates[0];
  const [body, bodySecond] = rankEntries(parent, "", mapping.text.body, 2, mapping.subject);
  if (!best || !body || body.score === 0 || body.entry === best.entry) return null;
  const whole = mapping.candidates.find((c) => c.entry === body.entry) ?? rankEntries(parent, mapping.text.heading, mapping.text.body, parent.items.length, mapping.subject).find((c) => c.entry === body.entry);
  if (!whole || whole.score === 0) return null;
  if (staysOnHeadingsItem(parent, mapping, best)) return null;
  if (whole.score >= COVERAGE_THRESHOLD) return whole;
  if (keywordHeadingOverBody(parent, mapping, best, body, bodySecond)) return whole;
  if (whole.score >= SEPARATED_FLOOR && titleHeadingOverBody(parent, mapping, best, body, bodySecond)) return whole;
  if (titleHeadingOverKeywordClause(parent, mapping, best, body, bodySecond)) return whole;
  // A heading that says only the kind of work the two items share (监管 of 强化监管: （二十六）'s title word,
  // and （十）'s 农产品食品安全监管体系) names neither; its body says which, where its best stands apart
  // from its second, and the whole task, which that heading draws to the best, scores NAMED_FLOOR for it.
  if (whole.score >= NAMED_FLOOR && body.score >= SEPARATED_MARGIN * (bodySecond?.score ?? 0) && headingSaysWorkOf(parent, mapping.text.heading, best.entry, body.entry)) return whole;
  // A heading that names the best only by a phrase the body's item has too (服务质量 of 提升服务质量:
  // （十八）'s and （十七）'s) names their common field; the body says which item the task is, and the
  // whole task's score for it, which that heading lowers, need only stand as a task's apart would.
  return whole.score >= SEPARATED_FLOOR && sharedNamingPhrases(parent, mapping.text.heading, best.entry, body.entry, mapping.subject).length > 0 ? whole : null;
}

/**
 * The item a task's heading is about, where its body says another: bodySubject the other way
 * round. A body that says more of one item than its heading does outweighs the heading in the
 * task's score (Chengdu's 加强组织领导, whose body goes on from 坚持党对质量工作…的领导 to the leading
 * group and 重要议事日程, is （三十）狠抓工作落实's best), while its heading names another by a word of
 * that item's own (领导 of （二十九）加强党的全面领导) and its first words take that item up. The
 * heading's item counts beside the best where the heading, read alone, is most like it and names
 * it by its own word (and names the best by none), the whole task clears COVERAGE_THRESHOLD for it
 * as a best match must, and a clause of the body names it (`clauseItems`).
 */
function headingSubject(parent: ParentDocument, mapping: TaskMapping): MappingCandidate | null {
  const best = mapping.candidates[0];
  const heading = mapping.text.heading;
  if (!best || best.score < COVERAGE_THRESHOLD) return null;
  const [named] = rankEntries(parent, heading, "", 1, mapping.subject);
  if (!named || named.score === 0 || named.entry === best.entry) return null;
  if (!headingNames(parent, heading, named.entry, subjectFor(parent, mapping, named.entry))) return null;
  // A heading that names the best too names a field two items share (质量基础设施 of （二十二） and
  // （二十三）), not one of them apart.
  if (headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry))) return null;
  const whole = mapping.candidates.find((c) => c.entry === named.entry);
  if (whole === undefined || whole.score < COVERAGE_THRESHOLD) return null;
  // The body takes the heading's item up in a clause of its own (各区（市）县党委、政府要建立健全工作
  // 机制: （二十九）'s 各级党委和政府), not only in the heading's word (a 领导小组 is （三十）'s).
  return clauseItems(parent, mapping).includes(whole.entry) ? whole : null;
}

/**
 * Whether a task whose heading names its best item alone by a keyword or a term (`namesAlone`:
 * 质量信用 of （二十六） in 推进质量信用标准化建设) writes that word in every clause of its body
 * (建立企业质量信用标准体系，推动质量信用信息归集共享，实施质量信用分级分类管理): the body says more
 * of what the heading names and goes on to no second subject, however many words of another item
 * it uses to say it (标准体系, 分级分类管理 of （二十二）, whose list of keywords the whole task
 * matched best). A body with a clause of its own (提升食品检验检测能力 … 建设区域性检验检测中心)
 * is read for a second subject as before.
 */
function staysOnHeadingsItem(parent: ParentDocument, mapping: TaskMapping, best: MappingCandidate): boolean {
  if (!namesAlone(parent, mapping.text.heading, best.entry, mapping)) return false;
  const clauses = clausesOf(mapping);
  return clauses.length > 0 && clauses.every((clause) => keywordNamedEntries(parent, clause, mapping.subject).includes(best.entry));
}

/**
 * Whether a heading that names the task's best item by a keyword alone (`namesAlone`: 加强计量能力
 * 建设 is （二十二）'s) sits over a body that works on another item as plainly as a task counts for
 * its item: the whole task's score cannot say so there, as the heading, which weighs in it
 * (HEADING_WEIGHT), shares no word with the body's item, and the keyword put the best first
 * whatever its score (mapping.ts `rankTask`). The body is read as a task of its own: its best
 * match counts as a task's would (`clearsAsTask`: at COVERAGE_THRESHOLD, or standing apart from
 * its second), and one of its clauses names that item (`clauseItems`), as clauseSubjects asks of
 * a task whose clauses take up two items.
 */
function keywordHeadingOverBody(parent: ParentDocument, mapping: TaskMapping, best: MappingCandidate, body: MappingCandidate, bodySecond: MappingCandidate | undefined): boolean {
  const heading = mapping.text.heading;
  if (!namesAlone(parent, heading, best.entry, mapping) || headingNames(parent, heading, body.entry, subjectFor(parent, mapping, body.entry))) return false;
  if (!clearsAsTask(body, bodySecond)) return false;
  // A heading whose keyword holds the body's item's own keyword (提升食品检验检测能力: 检验检测 of
  // （二十二） inside （十）'s 食品检验检测) names the kind of work the body does: that is enough.
  if (keywordsWithinNamed(parent, heading, mapping.subject).includes(body.entry) || clauseItems(parent, mapping).includes(body.entry)) return true;
  // A clause that writes one of the item's keywords whole (实施企业首席质量官培训: （二十）'s 首席质量官) names
  // it as plainly, however short the clause and low its score as a heading of its own.
  return clausesOf(mapping).some((clause) => keywordNamedEntries(parent, clause, mapping.subject).includes(body.entry));
}

/**
 * Whether a task's heading names its best item by the item's own title word (加快质量技术创新应用 is
 * （十九）'s) over a body that works on another item throughout (推广先进质量管理方法，每年培训企业质量
 * 管理人员1000人次: （二十）提升全面质量管理水平's): the drafter put a second item under the first's
 * heading, and the whole task, which the heading draws to the best, scores under COVERAGE_THRESHOLD for
 * it (0.19). The body read as a task of its own counts for it (`clearsAsTask`), every clause of it names
 * that item (`clauseItems`), and the whole task scores SEPARATED_FLOOR for it (bodySubject): a clause in
 * passing (支持企业争创中国质量奖 in a brand task) or a body of a few words off the heading's subject
 * is no second subject. Not in a carrying-out part (加强组织领导, 强化督查考核), read for what it plainly
 * takes up, its plan's field aside.
 */
function titleHeadingOverBody(parent: ParentDocument, mapping: TaskMapping, best: MappingCandidate, body: MappingCandidate, bodySecond: MappingCandidate | undefined): boolean {
  if (!clearsAsTask(body, bodySecond) || !headingsThingBodysOther(parent, mapping, best, body)) return false;
  const clauses = clausesOf(mapping);
  return clauses.length > 0 && clauses.every((clause) => {
    const [item] = rankEntries(parent, clause, "", 1, mapping.subject);
    return item !== undefined && item.entry === body.entry && item.score >= COVERAGE_THRESHOLD;
  });
}

/**
 * Whether a task's heading names its best item by the item's own title word or a keyword (`headingNames`:
 * 争创知名品牌 is （二十一）'s) over a body whose best item, read as a task of its own, a clause of it names
 * by one of that item's keywords written whole (鼓励企业设立首席质量官: （二十）'s), standing apart from its
 * second, where the clause writes the parent's subject word and no other clause names another item: as under a heading that names its item by a keyword
 * alone (`keywordHeadingOverBody`), the whole task, which the heading draws to the best, cannot say so by
 * its score (0.08), and a keyword written whole names its item however short the clause. A clause in
 * passing in a body that goes on about the heading's item (支持企业争创中国质量奖 in a brand task) leaves
 * the body's best the heading's, or sits beside a clause of it. Not in a carrying-out part, read for what
 * it plainly takes up.
 */
function titleHeadingOverKeywordClause(parent: ParentDocument, mapping: TaskMapping, best: MappingCandidate, body: MappingCandidate, bodySecond: MappingCandidate | undefined): boolean {
  // The body's best stands apart from its second, at NAMED_FLOOR: a clause of a few words that writes
  // the keyword scores what a heading that says only the keyword does (0.14 for 鼓励企业设立首席质量官).
  if (body.score < NAMED_FLOOR || body.score < SEPARATED_MARGIN * (bodySecond?.score ?? 0)) return false;
  if (!headingsThingBodysOther(parent, mapping, best, body)) return false;
  // One item's keyword alone in its clause: a list of honours (争创…中国质量奖、中国精品、全国质量标杆) names
  // several items in passing, none of them as what the task works on. And no other clause names another
  // item, read alone: a clause among others on the heading's item (加强品牌建设。开展区域品牌培育行动，支持
  // 企业争创中国质量奖) is one in passing; 依托本地高校建设质量学院 names none (0.03).
  const clauses = clausesOf(mapping);
  // And the clause speaks of the parent's subject (引导企业建立首席质量官制度): outside it the same keywords
  // are any field's words (提升供电可靠性 of a power-supply task, 推进行政执法改革 of a city's management).
  const writesKeyword = (clause: string) => {
    const named = keywordNamedEntries(parent, clause, mapping.subject);
    return named.length === 1 && named[0] === body.entry && writesSubjectWord(parent, clause);
  };
  return clauses.some(writesKeyword) && clauses.every((clause) => {
    if (writesKeyword(clause)) return true;
    const [first] = rankEntries(parent, clause, "", 1, mapping.subject);
    return first === undefined || first.score < NAMED_FLOOR || first.entry === body.entry;
  });
}

/**
 * The reading titleHeadingOverBody and titleHeadingOverKeywordClause share: a task's heading says
 * what it works on (its best item, by that item's title word or a keyword) and not the body's item,
 * whose words are no kind of the best's own (`bodyInBestsWords`), so that the body's item is a second
 * thing the drafter put under the heading rather than how the heading's thing is done. Not in a
 * carrying-out part, read for what it plainly takes up.
 */
function headingsThingBodysOther(parent: ParentDocument, mapping: TaskMapping, best: MappingCandidate, body: MappingCandidate): boolean {
  const heading = mapping.text.heading;
  if (isCarryingOut(mapping.item)) return false;
  if (!headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry)) || headingNames(parent, heading, body.entry, subjectFor(parent, mapping, body.entry))) return false;
  return !bodyInBestsWords(mapping.text.body, best.entry, body.entry);
}

/**
 * Whether the body's words for the other item are ones the best's own keywords write (检验检测 of
 * （十六）'s 检验检测、知识产权、质量咨询等科技服务 under 提高生产服务专业化水平): they say the heading's item,
 * a kind of what it names.
 */
function bodyInBestsWords(text: string, best: ParentEntry, other: ParentEntry): boolean {
  return other.keywords.some((keyword) => text.includes(keyword) && best.keywords.some((own) => own.includes(keyword)));
}

/**
 * The plan's subject as a task's heading names one item by (mapping.ts `subjectAgainst`): 品牌 names
 * （二十一） in a brand plan's task that writes （二十一）'s own 品牌培育, as in any plan.
 */
function subjectFor(parent: ParentDocument, mapping: TaskMapping, entry: ParentEntry): SubjectWeights {
  return subjectAgainst(parent, mapping.text.heading, mapping.text.body, entry, mapping.subject);
}

/** Whether a best match would count for a task by its score: at COVERAGE_THRESHOLD, or standing apart from the second (SEPARATED_MARGIN). */
function clearsAsTask(best: MappingCandidate, second: MappingCandidate | undefined): boolean {
  return best.score >= COVERAGE_THRESHOLD || (best.score >= SEPARATED_FLOOR && best.score >= SEPARATED_MARGIN * (second?.score ?? 0));
}

/**
 * The parent's items a task or a heading names by number right after naming the parent
 * (xref/itemCitations.ts, the reading the xref rules check): the item whose quoted title follows
 * the number where the two differ — the title copied is surer than the number typed
 * (xref/unknown-section reports the mismatch); every item of a range (第（十七）至（十九）条).
 */
function citedEntries(parent: ParentDocument, all: readonly CitedNumber[], text: string): ParentEntry[] {
  const found: ParentEntry[] = [];
  for (const cited of all) {
    const entry = cited.titled?.entry ?? cited.numbered;
    // A part named together with an item of it (按照纲要第八部分“……”要求，落实第（二十一）项“争创国内
    // 国际知名品牌”) says where the item stands: the task counts for the item, not the whole part.
    const named = entry !== null && entry.level === 1 ? itemsNamedIn(parent, entry, all, text) : [];
    for (const each of named.length > 0 ? named : citedEntriesOf(parent, cited)) if (!found.includes(each)) found.push(each);
  }
  return found;
}

/** The items of a part a text names besides: by a cited number, or by the item's title in quotation marks. */
function itemsNamedIn(parent: ParentDocument, part: ParentEntry, cited: readonly CitedNumber[], text: string): ParentEntry[] {
  const named: ParentEntry[] = [];
  for (const item of parent.items) {
    if (item.section !== part) continue;
    const byNumber = cited.some((each) => (each.titled?.entry ?? each.numbered) === item);
    if (byNumber || QUOTES.some(([open, close]) => text.includes(`${open}${item.title}${close}`))) named.push(item);
  }
  return named;
}

const QUOTES: ReadonlyArray<readonly [string, string]> = [["“", "”"], ["\"", "\""], ["「", "」"]];

const OPEN_BRACKET = /[（(]/;

/**
 * The items a task or a heading names by number (citedEntries), where a heading that is an
 * item's title word for word with one citation in brackets after it (（二）提高产业质量竞争水平
 * （落实纲要第（九）条）) names that item: the title copied is surer than the number typed.
 */
function citedItems(parent: ParentDocument, item: NumberedItem, cited: readonly CitedNumber[], text: string): ParentEntry[] {
  const entries = citedEntries(parent, cited, text);
  if (entries.length !== 1) return entries;
  const heading = item.heading.text;
  const titled = parent.items.find((entry) => heading.startsWith(entry.title) && OPEN_BRACKET.test(heading.charAt(entry.title.length)));
  if (!titled) return entries;
  const afterTitle = item.heading.start + titled.title.length;
  return citedEntries(parent, cited.filter((each) => each.start >= afterTitle && each.end <= item.heading.end), "").length === 1 ? [titled] : entries;
}

/** Whether the best match below the threshold stands apart from the second (see SEPARATED_MARGIN). */
function standsApart(parent: ParentDocument, mapping: TaskMapping): boolean {
  const [best, second] = mapping.candidates;
  if (best === undefined) return false;
  if (clearsAsTask(best, second)) return true;
  // A heading that names the best item by its own word, and the second by none, says which it is.
  const heading = mapping.text.heading;
  if (best.score > 0 && namesAlone(parent, heading, best.entry, mapping)) return true;
  if (best.score < NAMED_FLOOR) return false;
  // A body that says which kind of the heading's common head the task is (生产性服务业 under 发展现代服务业) names its item.
  if (bodyNamedKinds(parent, heading, mapping.text.body, mapping.candidates, mapping.subject).includes(best.entry)) return true;
  if (headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry)) && (second === undefined || !headingNames(parent, heading, second.entry, subjectFor(parent, mapping, second.entry)) || headingNamesOverSharedWork(parent, heading, best.entry, second.entry, subjectFor(parent, mapping, best.entry)))) return true;
  // A heading that names the second only by the kind of work the best does too (监管 of 实施从农田到餐桌
  // 全过程监管: （二十六）'s title word, and （十）'s 农产品食品安全监管体系) and the best by none leaves
  // the body to say which: it does where, read alone, it clears as a task's for the best.
  if (second !== undefined && !headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry)) && headingSaysOnlyWorkOf(parent, heading, second.entry, best.entry, subjectFor(parent, mapping, second.entry))) {
    const [body, bodySecond] = rankEntries(parent, "", mapping.text.body, 2, mapping.subject);
    if (body !== undefined && body.entry === best.entry && clearsAsTask(body, bodySecond)) return true;
  }
  if (splitSubjects(parent, mapping) !== null) return true;
  if (writesBestsKeyword(parent, mapping)) return true;
  return namedBySubjectAlone(parent, mapping) || bodyNamesBySubject(parent, mapping);
}

/** The other word local plans make a trade with (纺织服装行业), which the parent's titles do not write. */
const OTHER_TRADE_HEAD = "行业";

/**
 * The items a heading whose object is a trade names (mapping.ts `headingNamesTrade`: 促进纺织服装产业转型,
 * 推动家电、建材产业提质升级): the industry item, of those whose title writes the parent's word for an
 * industry (`INDUSTRY_WORD`: （六）产业基础, （七）产业质量竞争, （八）产业集群), the heading read alone is
 * most like, and an item the heading names by a word of its own beside it (建材 of （十四）), where the
 * whole task scores anything for them. The heading says whose quality the task betters, an industry's;
 * its body says how, in a firm's means (质量控制体系, 技术改造), which are another item's words (（二十）'s
 * 供应商质量控制能力) and drew the task there. Empty for any other heading.
 */
function tradeIndustry(parent: ParentDocument, mapping: TaskMapping): MappingCandidate[] {
  const heading = mapping.text.heading;
  if (isCarryingOut(mapping.item) || !headingNamesTrade(parent, heading)) return [];
  // A trade's 行业 is what the parent calls 产业 (陶瓷行业转型升级): read so, not as （二十七）'s 行业协会.
  const alone = rankEntries(parent, heading.replaceAll(OTHER_TRADE_HEAD, INDUSTRY_WORD), "", parent.items.length, mapping.subject).filter((c) => c.score > 0);
  const industry = alone.find((c) => c.entry.title.includes(INDUSTRY_WORD));
  const named = alone[0] !== undefined && alone[0] !== industry && headingNames(parent, heading, alone[0].entry, subjectFor(parent, mapping, alone[0].entry)) ? alone[0] : undefined;
  const whole = rankEntries(parent, heading, mapping.text.body, parent.items.length, mapping.subject);
  return [industry, named].flatMap((c) => whole.find((w) => c !== undefined && w.entry === c.entry && w.score > 0) ?? []);
}

/**
 * The body's item of an item of the carrying-out parts that is its best item's by its heading alone: the heading names
 * the best only by words of its title that the body's item's keywords write too (领导 of （二十九）加强党的全面
 * 领导 and of （三十）'s 领导小组, in 加强组织领导: mapping.ts `namesOnlyByWordsOf`), the body read alone is
 * that other item's, and no clause of the body takes the best up (`clauseItems`). Such a heading is the
 * genre's, the same in every plan; what the safeguard does is its body's (成立…工作领导小组，统筹推进各项
 * 任务: （三十）'s 领导小组), which counts for that item in its place where the whole task scores NAMED_FLOOR
 * for it. A body that takes the heading's item up (坚持党对质量工作的全面领导) keeps both. Null otherwise.
 */
function bodyOverGenreHeading(parent: ParentDocument, mapping: TaskMapping): MappingCandidate | null {
  const best = mapping.candidates[0];
  if (best === undefined || !isCarryingOut(mapping.item) || !headingNames(parent, mapping.text.heading, best.entry, subjectFor(parent, mapping, best.entry))) return null;
  const [body] = rankEntries(parent, "", mapping.text.body, 1, mapping.subject);
  if (body === undefined || body.entry === best.entry || clauseItems(parent, mapping).includes(best.entry)) return null;
  // Nor one whose keyword the body writes whole (各设区市人民政府要切实承担本地区质量工作责任: （二十九）'s 质量工作责任).
  if (keywordNamedEntries(parent, mapping.text.body, subjectFor(parent, mapping, best.entry)).includes(best.entry)) return null;
  if (!namesOnlyByWordsOf(parent, mapping.text.heading, best.entry, body.entry, subjectFor(parent, mapping, best.entry))) return null;
  const whole = mapping.candidates.find((c) => c.entry === body.entry);
  return whole !== undefined && whole.score >= NAMED_FLOOR ? whole : null;
}

/**
 * Whether a task writes the best item's own keyword whole (一站式服务 is （二十三）'s alone), and none
 * of the second's: it names the item in its words as a heading that names it does. Also a keyword a
 * put-into clause writes apart (将质量工作纳入政府绩效考核: （三十一）'s 质量工作考核, mapping.ts `keywordsNamed`).
 */
function writesBestsKeyword(parent: ParentDocument, mapping: TaskMapping): boolean {
  const [best, second] = mapping.candidates;
  if (best === undefined) return false;
  const words = `${mapping.text.heading}\n${mapping.text.body}`;
  const writesKeyword = (entry: ParentEntry) => keywordNamedEntries(parent, words, subjectFor(parent, mapping, entry)).includes(entry);
  return writesKeyword(best.entry) && (second === undefined || !writesKeyword(second.entry));
}

/**
 * Whether an item of the carrying-out parts plainly takes up its best item under the threshold: it
 * writes that item's own keyword and none of the second's (`writesBestsKeyword`), at NAMED_FLOOR. A
 * safeguard's words are few and the genre's (强化考核评价。将质量工作纳入政府绩效考核…: （三十一） 0.14),
 * and its heading's 考核评价 is a word of （二十）'s 供应商质量控制能力考核评价 too; the keyword says which.
 */
function carryingOutTakesUp(parent: ParentDocument, mapping: TaskMapping): boolean {
  const best = mapping.candidates[0];
  return best !== undefined && best.score >= NAMED_FLOOR && writesBestsKeyword(parent, mapping);
}

/**
 * The second item of a task whose heading names it by its own word (`headingNames`) and the best by
 * none, over a body that read alone is the best's as plainly as a task is its item's (`clearsAsTask`):
 * 推进稀土新材料产业延链补链 names （十九） by its 新材料, and its body of 关键技术攻关 and 产业链供应链韧性
 * is （三）'s (0.19, （十九） 0.14). The heading says one item and the body the other, and the whole task,
 * like both, scores SEPARATED_FLOOR for each (0.17, 0.15) and stands apart from neither: each counts
 * (standsApart, taskCredits). Null where the task is not split so.
 */
function splitSubjects(parent: ParentDocument, mapping: TaskMapping): MappingCandidate | null {
  const [best, second] = mapping.candidates;
  if (best === undefined || second === undefined || second.score < SEPARATED_FLOOR || isCarryingOut(mapping.item)) return null;
  const heading = mapping.text.heading;
  if (headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry)) || !headingNames(parent, heading, second.entry, subjectFor(parent, mapping, second.entry))) return null;
  const [named] = rankEntries(parent, heading, "", 1, mapping.subject);
  if (named === undefined || named.entry !== second.entry) return null;
  const [body, bodySecond] = rankEntries(parent, "", mapping.text.body, 2, mapping.subject);
  return body !== undefined && body.entry === best.entry && clearsAsTask(body, bodySecond) ? second : null;
}

/**
 * Whether the heading names the best item alone by a keyword that is the plan's own subject (计量,
 * （二十二）'s, in a metrology plan), and the second by no word of its own (`headingNames`). Every
 * heading of such a plan writes the subject, so it names no item there (mapping.ts `keywordsNamed`)
 * and weighs little in each task's vectors (planSubject.ts): a task that says little besides it
 * (建设产业计量测试中心, whose 产业 and 中心 are weighed down as what the facility is for, mapping.ts
 * `carrierQualifiers`) scored 0.10–0.15 for its item and counted for nothing — the plan's subject
 * made the tasks it names unplaceable. The subject is read here as the naming word it is in any
 * other plan, but only where the heading names no other item: a heading whose other words are
 * another item's (计量人才, 诚信计量) is that item's, and its best match is.
 */
function namedBySubjectAlone(parent: ParentDocument, mapping: TaskMapping): boolean {
  const [best, second] = mapping.candidates;
  if (best === undefined || mapping.subject.size === 0 || best.score < NAMED_FLOOR) return false;
  const heading = mapping.text.heading;
  const named = keywordNamedEntries(parent, heading);
  if (named.length !== 1 || named[0] !== best.entry) return false;
  return second === undefined || !headingNames(parent, heading, second.entry, subjectFor(parent, mapping, second.entry));
}

/**
 * Whether a task of a plan of one subject whose heading names no item says its work on the subject
 * in its body, where the subject word names the best item alone, standing apart from the second
 * (SEPARATED_MARGIN) at NAMED_FLOOR: 推进资源整合。深化检验检测机构整合改革… in a 检验检测 plan is
 * （二十二）'s by its 检验检测 (0.13, （十六） 0.07). Such a plan's headings leave out the subject
 * every task is of (推进资源整合, 推进仪器设备国产化); its words in the body are weighed down as
 * the plan's subject (planSubject.ts), so the task scored under the threshold for the item the
 * subject is and counted for nothing. A heading that names any item says which the task is, and
 * the best match decides as elsewhere.
 */
function bodyNamesBySubject(parent: ParentDocument, mapping: TaskMapping): boolean {
  const [best, second] = mapping.candidates;
  if (best === undefined || mapping.subject.size === 0 || best.score < NAMED_FLOOR) return false;
  if (second !== undefined && best.score < SEPARATED_MARGIN * second.score) return false;
  const heading = mapping.text.heading;
  if (keywordNamedEntries(parent, heading).length > 0 || headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry))) return false;
  if (second !== undefined && headingNames(parent, heading, second.entry, subjectFor(parent, mapping, second.entry))) return false;
  const body = mapping.text.body;
  const apart = keywordNamedEntries(parent, body, mapping.subject);
  const bySubject = keywordNamedEntries(parent, body).filter((entry) => !apart.includes(entry));
  return bySubject.length === 1 && bySubject[0] === best.entry;
}

/**
 * Whether the heading writes whole a keyword that names the item and no other (mapping.ts
 * `keywordNamedEntries`: 计量 in 优化计量服务 is （二十二）'s alone): the drafter named the item by
 * the parent's own word for it, as sure a sign as a quotation, so it counts whatever the score.
 * Its score is low when the heading's other words are its own (量服 of 计量服务) and the item's
 * text is its title and keywords alone (（二十二）–（二十八）: the outline's text there is unknown).
 */
function namesAlone(parent: ParentDocument, heading: string, entry: ParentEntry, mapping: TaskMapping): boolean {
  const named = keywordNamedEntries(parent, heading, mapping.subject);
  return named.length === 1 && named[0] === entry;
}


/**
 * The items the clauses of a task's body each name plainly, where the body takes up two or more
 * of them: 落实工程质量安全手册制度，推进绿色建造和智能建造 is （十三）'s and then （十五）'s;
 * 推进生产性服务业向专业化……延伸，提升生活性服务业品质 is （十六）'s and then （十七）'s. The whole
 * task is like each of them only in part, and the best of them, if any, is all that counted: a
 * heading over two subjects (提升建设工程品质, 推动服务业提质增效) names neither. A clause counts
 * for an item where, read as a heading alone, it scores COVERAGE_THRESHOLD for it, best of all
 * items, and the whole task scores SEPARATED_FLOOR or more for it (a clause in passing, 支持企业争创
 * 中国质量奖 in a brand task, leaves the whole task far from its item); and only where two
 * clauses name two items so, and the heading names neither: a body of one subject is the best
 * match's, or bodySubject's.
 */
function clauseSubjects(parent: ParentDocument, mapping: TaskMapping): MappingCandidate[] {
  // What could count, known before any clause is read (most tasks stop here: ranking each clause
  // against every item is what this costs): a second candidate near the best, and a heading that
  // does not name the best by its own word.
  const [best, ...rest] = mapping.candidates;
  if (best === undefined || best.score < SEPARATED_FLOOR) return [];
  const near = rest.filter((c) => c.score >= SEPARATED_FLOOR && c.score * SEPARATED_MARGIN >= best.score);
  if (near.length === 0) return [];
  const heading = mapping.text.heading;
  if (headingNames(parent, heading, best.entry, subjectFor(parent, mapping, best.entry))) return [];
  const named = clauseItems(parent, mapping);
  if (!named.includes(best.entry)) return [];
  // A heading that names one of them by its own word says the task is that item's, whatever its
  // clauses touch on (推进质量信用标准化建设 is （二十六）'s 质量信用, its 实施质量信用分级分类管理 no
  // task of （二十二）'s 分级分类管理): a second subject there is bodySubject's question.
  const others = near.filter((c) => named.includes(c.entry));
  if (others.length === 0 || others.some((c) => headingNames(parent, heading, c.entry, subjectFor(parent, mapping, c.entry)))) return [];
  return [best, ...others];
}

/** A heading whose thing is people and their growth (质量人才, 人才队伍, 技能人才): its body's courses are its thing. */
const PEOPLE_HEADING = /人才|队伍/u;

/**
 * The items a task's body works on as its thing (taskThings.ts: the members of a list of products it
 * sets out, 围绕家电、灯具、建材等产品，组织开展质量比对; a keyword a clause's verb takes whole, 实施首席质量官
 * 制度 under 加强质量人才培养), beside whatever its heading names: the means the rest of the body writes
 * (质量比对, 培训) drew the whole task elsewhere, and the thing is what the task betters. Each where the
 * whole task scores NAMED_FLOOR or more for it: a thing in passing in a long body of another subject does
 * not reach it.
 */
function bodyThings(parent: ParentDocument, mapping: TaskMapping, credited: readonly TaskCredit[]): MappingCandidate[] {
  const body = mapping.text.body;
  const fresh = (entry: ParentEntry) => !credited.some((c) => c.entry === entry);
  const things = [...listedProductItems(parent, body, mapping.subject), ...clauseObjectItems(parent, body, mapping.subject), ...trainingItems(parent, body)].filter(fresh);
  // A heading that holds a training (开展质量培训), or whose thing is people (加强质量人才培养), says the body's
  // courses are the task's thing, not a means in passing: any likeness to the training counts.
  const heading = mapping.text.heading;
  const trainings = [...trainingItems(parent, heading), ...(PEOPLE_HEADING.test(heading) ? trainingItems(parent, body) : [])].filter(fresh);
  things.push(...trainings.filter((entry) => !things.includes(entry)));
  if (things.length === 0) return [];
  // Ranked against every item only where a thing is none of the task's best three.
  const whole = things.every((entry) => mapping.candidates.some((c) => c.entry === entry)) ? mapping.candidates : rankEntries(parent, mapping.text.heading, body, parent.items.length, mapping.subject);
  // A body in words the best's own keywords write says a kind of the best's (发展计量、认证认可服务 beside
  // 检验检测 under 提高生产服务专业化水平: （十六）'s 科技服务); a word the best's title writes too (质量基础设施
  // of （二十三）提升质量基础设施服务效能) is the field the two share, no kind of either.
  const best = mapping.candidates[0]?.entry;
  const kindOfBest = (thing: ParentEntry) => best !== undefined && thing.keywords.some((keyword) => body.includes(keyword) && !best.title.includes(keyword) && best.keywords.some((own) => own.includes(keyword)));
  return whole.filter((c) => things.includes(c.entry) && (c.score >= NAMED_FLOOR || (trainings.includes(c.entry) && c.score > 0)) && !kindOfBest(c.entry));
}

/**
 * The items of a part of the parent that a heading names by its title's own phrase (partNames.ts:
 * 创新质量治理模式 writes the 质量治理 of 十、推进质量治理现代化) and that a clause of the body names
 * by a keyword of theirs written whole (建立产品质量安全事故强制报告制度: （二十六）'s 质量安全事故;
 * 面向质量攻关、质量创新、质量激励…的企业予以融资支持: （二十五）'s 质量激励). Such a task puts several
 * items of the part into one (Nanjing's law, policy, accident reporting and relief), is like each only
 * in part, and scored 0.11–0.14 for each: no best stood apart and it counted for none. The part says
 * where its clauses belong; a keyword written whole says which item of it each is. Only where the
 * heading names none of the part's items by its own word (a heading that does is that item's task,
 * and the best match's reading stands), and only items the whole task scores NAMED_FLOOR or more
 * for: a keyword in passing in a long body of another subject does not reach it.
 */
function partClauseSubjects(parent: ParentDocument, mapping: TaskMapping): MappingCandidate[] {
  const heading = mapping.text.heading;
  const parts = partsNamedBy(parent, heading);
  if (parts.length === 0) return [];
  const members = parent.items.filter((item) => item.section !== null && parts.includes(item.section));
  if (members.some((item) => headingNames(parent, heading, item, subjectFor(parent, mapping, item)))) return [];
  const found: MappingCandidate[] = [];
  let whole: MappingCandidate[] | null = null;
  for (const clause of mapping.text.body.split(BODY_CLAUSE_END)) {
    if (clause.length < CLAUSE_MIN) continue;
    for (const entry of keywordNamedEntries(parent, clause, mapping.subject)) {
      if (!members.includes(entry) || found.some((c) => c.entry === entry)) continue;
      const score = (whole ??= rankEntries(parent, heading, mapping.text.body, parent.items.length, mapping.subject)).find((c) => c.entry === entry)?.score ?? 0;
      if (score >= NAMED_FLOOR) found.push({ entry, score });
    }
  }
  return found;
}

/**
 * The items a task's clauses name beside its best match where its heading names the best only by a
 * phrase they share (mapping.ts `sharedNamingPhrases`: 提升服务质量's 服务质量 is （十八）'s title
 * phrase and （十七）'s 旅客服务质量): the heading names their common field, and a clause that names
 * one of the other items by words of its own (推进生活性服务业标准化, （十七）'s 生活服务) says the task
 * works on it too. A clause that writes the shared phrase (实施质量安全监测 under 保障重要领域质量安全,
 * 推进质量基础设施互联互通 under 加强质量基础设施区域协同) says more of the field, not of one item.
 * The whole task's score for the item is low, the heading having drawn it to the best, so it need only
 * reach SEPARATED_FLOOR; it must still be among the task's best three. bodySubject asks the same of
 * a body of one subject.
 */
function fieldClauseSubjects(parent: ParentDocument, mapping: TaskMapping): MappingCandidate[] {
  const [best, ...rest] = mapping.candidates;
  if (best === undefined) return [];
  const found: MappingCandidate[] = [];
  for (const candidate of rest) {
    if (candidate.score < SEPARATED_FLOOR) continue;
    const shared = sharedNamingPhrases(parent, mapping.text.heading, best.entry, candidate.entry, mapping.subject);
    if (shared.length === 0) continue;
    const names = (clause: string) => {
      if (clause.length < CLAUSE_MIN || shared.some((phrase) => clause.includes(phrase))) return false;
      const [item] = rankEntries(parent, clause, "", 1, mapping.subject);
      return item !== undefined && item.entry === candidate.entry && item.score >= COVERAGE_THRESHOLD;
    };
    if (mapping.text.body.split(BODY_CLAUSE_END).some(names)) found.push(candidate);
  }
  return found;
}

/**
 * The kinds of its heading's common head a body names beside the best, which is one of them
 * (mapping.ts `bodyNamedKinds`): 提升现代服务业质量 over 推动临空物流…等生产性服务业标准化发展，提升养老
 * 托育…等生活性服务业质量水平 is （十六）'s and （十七）'s, the body saying both kinds of the 服务业 its
 * heading names. With the whole task's score, which must be above 0, as every credit's.
 */
function bodyKindSubjects(parent: ParentDocument, mapping: TaskMapping): MappingCandidate[] {
  const best = mapping.candidates[0];
  if (best === undefined) return [];
  const kinds = bodyNamedKinds(parent, mapping.text.heading, mapping.text.body, mapping.candidates, mapping.subject);
  if (kinds.length < 2 || !kinds.includes(best.entry)) return [];
  const all = rankEntries(parent, mapping.text.heading, mapping.text.body, parent.items.length, mapping.subject);
  return all.filter((c) => c.entry !== best.entry && c.score > 0 && kinds.includes(c.entry));
}

/**
 * The items the clauses of a task's body name plainly, in the order it names them: a clause names
 * the item it scores COVERAGE_THRESHOLD or more for, best of all items, read as a heading alone.
 */
function clauseItems(parent: ParentDocument, mapping: TaskMapping): ParentEntry[] {
  const named: ParentEntry[] = [];
  for (const clause of mapping.text.body.split(BODY_CLAUSE_END)) {
    if (clause.length < CLAUSE_MIN) continue;
    const [item] = rankEntries(parent, clause, "", 1, mapping.subject);
    if (item && item.score >= COVERAGE_THRESHOLD && !named.includes(item.entry)) named.push(item.entry);
  }
  return named;
}

/** A clause shorter than this (推动落实, 严格执法) is too short to name an item of its own. */
const CLAUSE_MIN = 6;

/** The clauses of a task's body long enough to name an item (CLAUSE_MIN). */
function clausesOf(mapping: TaskMapping): string[] {
  return mapping.text.body.split(BODY_CLAUSE_END).filter((clause) => clause.length >= CLAUSE_MIN);
}

/** The words that join two subjects in a heading: 消费品和工业品, 产品与服务, 食品及药品. */
const CONJUNCTION = /以及|[和与及]/;

/**
 * The items a heading names beside its best match, where it joins two subjects (促进消费品和
 * 工业品提质升级: （十一）'s 消费品 and （十二）'s 工业品): each subject, read as a heading of its own,
 * whose best item is another than the task's best and that it names as plainly as a heading
 * names the item it counts for (its score as a heading alone at COVERAGE_THRESHOLD or more).
 * A task's body mostly says more of one subject than of the other, and the whole task's score
 * for the other falls short (0.16 for （十二）, the body being of 消费品) though the heading names
 * it: the drafter joined two of the parent's items in one task. With the whole task's score
 * (which must be above 0: the task shares words with the item), as every credit's.
 *
 * Only a conjunction, not 、: a run of nouns (产品、工程、服务质量) lists the parts of one subject.
 * A side too short to name a subject (树立产业 after the genre's words are cut) does not score as
 * a heading: measured on the five seeds, the one new credit is Ganzhou's 7. for （十二）.
 */
function conjoinedSubjects(parent: ParentDocument, mapping: TaskMapping): MappingCandidate[] {
  const heading = mapping.text.heading;
  if (!CONJUNCTION.test(heading)) return [];
  const best = mapping.candidates[0];
  const found: MappingCandidate[] = [];
  let whole: MappingCandidate[] | null = null;
  for (const side of heading.split(CONJUNCTION)) {
    const [named] = rankEntries(parent, side, "", 1, mapping.subject);
    if (!named || named.score < COVERAGE_THRESHOLD || named.entry === best?.entry || found.some((c) => c.entry === named.entry)) continue;
    const score = (whole ??= rankEntries(parent, heading, mapping.text.body, parent.items.length, mapping.subject)).find((c) => c.entry === named.entry)?.score ?? 0;
    if (score > 0) found.push({ entry: named.entry, score });
  }
  return found;
}

/**
 * How much of the best match's score an item the task quotes must have to count beside it. A
 * task clearly about one item may name a phrase of another on the way (完善质量基础设施管理 …
 * 加快战略性新兴产业、绿色低碳产业等相关认证研究; a green task's 传统制造业高端化、智能化、绿色化
 * 转型升级): the phrase is （七）'s, the task is not. A quoted item the task goes on to say more of
 * scores with the best: 0.42–0.77 of it on the five seeds, 0.27 for a task whose heading is the
 * best's title word for word (test/xref/quotedCoverage.test.ts); one named in a single clause of a
 * long task about something else, 0.21 and 0.22. The margin is thin: measured, not a law.
 */
const PASSING_SHARE = 0.25;

/**
 * Whether a task clearly about its best match names a quoted item only in passing (PASSING_SHARE).
 * An item's confirmed title written whole is the drafter taking it up, never in passing.
 */
function inPassing(quoted: QuotedEntry, best: MappingCandidate): boolean {
  return quoted.phrase !== quoted.entry.title && quoted.score < PASSING_SHARE * best.score;
}

/**
 * The parent items a task without an annotation counts for, best first: what coverage credits,
 * the hover marks and the annotate refactoring offers, so that the three agree. The best match
 * counts at COVERAGE_THRESHOLD or more, and with it the item the body is about where that is
 * another (`bodySubject`); an item the task quotes counts whatever its score and wherever it
 * ranks — the best match too, when its score alone falls short. An item of the plan's
 * carrying-out parts (保障措施, 实施步骤: xref/tasks.ts `isCarryingOut`) is no task, but what it
 * says is plan text: it counts for the parent's safeguards it takes up, and for a task of the
 * parent it plainly takes up too (Chengdu's 保障措施 （二）加强政策激励, the parent's （二十五）健全质量政策制度).
 * Every credit by likeness asks that the task, read with its plan's title, write a word of the
 * parent's field (mapping.ts `writesFieldWord`): a 安全生产 plan's 落实部门监管责任 shares 监管 with
 * （二十六）, and 开展重大事故隐患排查 事故 and 隐患排查, as any field's plan would; a quotation and a
 * cited number stay the drafter's word.
 */
export function taskCredits(parent: ParentDocument, mapping: TaskMapping): TaskCredit[] {
  let result = credits.get(mapping);
  if (result) return result;
  result = [];
  const quoted = quotedEntries(parent, mapping.text.heading, mapping.text.body, mapping.candidates, mapping.subject);
  const quoteOf = (entry: ParentEntry) => quoted.find((q) => q.entry === entry)?.phrase ?? null;
  const best = mapping.candidates[0];
  // A task that writes no word of the parent's field is like an item only by words every field's plans use.
  const likeness = writesFieldWord(parent, mapping.text.heading, mapping.text.body, mapping.subject.title);
  const clear = likeness && best !== undefined && best.score >= COVERAGE_THRESHOLD;
  // An item of the carrying-out parts counts only for what it plainly takes up: at the threshold.
  // A trade's heading names its industry's item; a best under the threshold that no keyword of the task
  // names is its body's means (规范电子商务产业发展 over 知识产权保护 stays （二十四）'s).
  const trade = likeness && !clear && !writesBestsKeyword(parent, mapping) ? tradeIndustry(parent, mapping) : [];
  for (const c of trade) result.push({ entry: c.entry, score: c.score, basis: c.entry === best?.entry ? "best" : "heading", quote: quoteOf(c.entry) });
  if (best && likeness && (clear || (trade.length === 0 && (isCarryingOut(mapping.item) ? carryingOutTakesUp(parent, mapping) : standsApart(parent, mapping))))) {
    // Under the threshold a quotation is the stronger word for why it counts (basis quoted, below).
    if ((clear || quoteOf(best.entry) === null) && !result.some((c) => c.entry === best.entry)) result.push({ entry: best.entry, score: best.score, basis: "best", quote: quoteOf(best.entry) });
    const second = bodySubject(parent, mapping);
    if (second && !result.some((c) => c.entry === second.entry)) result.push({ entry: second.entry, score: second.score, basis: "body", quote: quoteOf(second.entry) });
    const split = clear ? null : splitSubjects(parent, mapping);
    if (split && !result.some((c) => c.entry === split.entry)) result.push({ entry: split.entry, score: split.score, basis: "heading", quote: quoteOf(split.entry) });
    const headings = headingSubject(parent, mapping);
    if (headings && !result.some((c) => c.entry === headings.entry)) result.push({ entry: headings.entry, score: headings.score, basis: "heading", quote: quoteOf(headings.entry) });
    for (const subject of conjoinedSubjects(parent, mapping)) {
      if (!result.some((c) => c.entry === subject.entry)) result.push({ entry: subject.entry, score: subject.score, basis: "heading", quote: quoteOf(subject.entry) });
    }
    for (const kind of bodyKindSubjects(parent, mapping)) {
      if (!result.some((c) => c.entry === kind.entry)) result.push({ entry: kind.entry, score: kind.score, basis: "body", quote: quoteOf(kind.entry) });
    }
  }
  if (likeness && !isCarryingOut(mapping.item)) {
    for (const subject of [...clauseSubjects(parent, mapping), ...fieldClauseSubjects(parent, mapping), ...partClauseSubjects(parent, mapping)]) {
      if (!result.some((c) => c.entry === subject.entry)) result.push({ entry: subject.entry, score: subject.score, basis: "body", quote: quoteOf(subject.entry) });
    }
  }
  // A safeguard of funding pays for what its body names (“一站式”服务专项经费) and takes none of it up: it is
  // the parent's safeguards' alone, with the drafter's word (a quotation, a cited number).
  if (isCarryingOut(mapping.item) && fundsOnly(mapping.text.heading)) result = result.filter((c) => c.entry.section !== null && isSafeguards(c.entry.section.title));
  for (const q of quoted) {
    if (clear && q.entry !== best.entry && inPassing(q, best)) continue;
    if (!result.some((c) => c.entry === q.entry)) result.push({ entry: q.entry, score: q.score, basis: "quoted", quote: q.phrase });
  }
  if (likeness && !isCarryingOut(mapping.item)) {
    for (const thing of bodyThings(parent, mapping, result)) {
      if (!result.some((c) => c.entry === thing.entry)) result.push({ entry: thing.entry, score: thing.score, basis: "body", quote: quoteOf(thing.entry) });
    }
  }
  // A safeguard's heading is every plan's (加强组织领导): its best by the heading alone yields to its body's item.
  const bodys = best && result.some((c) => c.entry === best.entry && c.basis === "best") ? bodyOverGenreHeading(parent, mapping) : null;
  if (bodys) {
    result = result.filter((c) => c.entry !== best!.entry);
    if (!result.some((c) => c.entry === bodys.entry)) result.push({ entry: bodys.entry, score: bodys.score, basis: "body", quote: quoteOf(bodys.entry) });
  }
  const cited = citedItems(parent, mapping.item, mapping.cited, `${mapping.text.heading}\n${mapping.text.body}`);
  if (cited.length > 0) {
    const all = rankEntries(parent, mapping.text.heading, mapping.text.body, parent.items.length, mapping.subject);
    for (const entry of cited) {
      const known = result.find((c) => c.entry === entry);
      // The drafter's word outranks a reading of the words: an item the task also matches is cited.
      if (known) known.basis = "cited";
      else result.push({ entry, score: all.find((c) => c.entry === entry)?.score ?? 0, basis: "cited", quote: quoteOf(entry) });
    }
  }
  result.sort((a, b) => b.score - a.score);
  credits.set(mapping, result);
  return result;
}

/** How a task counts for a parent item it is credited with (taskCredits). */
function creditedBy(plan: PlanDocument, item: NumberedItem, credit: TaskCredit, row: TableRow | null = null): CoveredBy {
  // A number the task cites is the drafter's statement, as an annotation is: no likeness to weigh.
  const cited = credit.basis === "cited";
  return { item, path: rowPath(plan, item, row), how: cited ? "annotation" : "inferred", score: cited ? 1 : credit.score, basis: credit.basis, quote: credit.quote, row };
}

/** An item's path, and for a row of a table inside it the row's 序号 after it. */
function rowPath(plan: PlanDocument, item: NumberedItem, row: TableRow | null): string[] {
  const path = pathOf(plan, item);
  if (row !== null) path.push(row.number);
  return path;
}

/** A task (or a row of a task table inside it) that counts for no item, with the item it is most like. */
function unmatchedTask(plan: PlanDocument, mapping: TaskMapping, row: TableRow | null): UnmatchedTask {
  const nearest = mapping.candidates[0];
  return { item: mapping.item, path: rowPath(plan, mapping.item, row), nearest: nearest && nearest.score > 0 ? nearest : null, row };
}

/**
 * Which of the parent's tasks a plan takes up: an item is covered by the plan items that
 * annotate it (`〔对应纲要：（七）〕`; a section number `七` stands for each of its items) and by
 * the tasks without an annotation that count for it (`taskCredits`). The items outside the
 * count get their plan items the same way, and are reported apart (`outOfScope`): an
 * annotation `〔对应纲要：（二十九）〕` is the drafter's statement, never dropped unseen.
 */
export function coverageOf(plan: PlanDocument, parent: ParentDocument, parents: readonly ResolvedParent[], known: readonly ParentDocument[]): Coverage {
  const by = new Map<ParentEntry, CoveredBy[]>(parent.items.map((e) => [e, []]));
  const annotated = new Set<NumberedItem>();
  for (const item of plan.allItems) {
    for (const annotation of item.annotations) {
      if (annotationParent(annotation, parents, known) !== parent) continue;
      annotated.add(item);
      // Each reference's entry, every entry within a range (（十三）至（十五）), a title written in it.
      for (const target of annotatedEntries(plan.text, parent, annotation)) {
        if (!target) continue;
        const covered = target.level === 1 ? parent.items.filter((e) => e.section === target) : [target];
        for (const entry of covered) by.get(entry)?.push({ item, path: pathOf(plan, item), how: "annotation", score: 1, basis: null, quote: null, row: null });
      }
    }
  }
  const unmatched: UnmatchedTask[] = [];
  const implementsOther = parents.find((entry) => entry.parent === parent)?.implementsOther ?? null;
  for (const mapping of mapTasks(plan, parent)) {
    if (annotated.has(mapping.item)) continue;
    // A plan that implements another document is that document's: only the numbers it writes are its word on this parent.
    if (implementsOther !== null) {
      for (const credit of taskCredits(parent, mapping)) if (credit.basis === "cited") by.get(credit.entry)?.push(creditedBy(plan, mapping.item, credit));
      continue;
    }
    const credits = taskCredits(parent, mapping);
    for (const credit of credits) {
      by.get(credit.entry)?.push(creditedBy(plan, mapping.item, credit));
    }
    // An item of the carrying-out parts is no task: never a task the parent lacks.
    const listsUnmatched = !isCarryingOut(mapping.item);
    // A task table's rows inside the task (a 工作要点 written as a table) are tasks each: their items
    // count by the row, its 序号 after the task's path; a row that counts for none is a task the
    // parent lacks as an item is, and with rows the section is no task of its own to list.
    const rows = rowTasksWithin(plan, mapping.item);
    for (const { row, text } of rows) {
      const rowMapping = mapWordsOf(plan, parent, mapping.item, text);
      const rowCredits = taskCredits(parent, rowMapping);
      for (const credit of rowCredits) by.get(credit.entry)?.push(creditedBy(plan, mapping.item, credit, row));
      if (rowCredits.length === 0 && listsUnmatched) unmatched.push(unmatchedTask(plan, rowMapping, row));
    }
    if (credits.length === 0 && rows.length === 0 && listsUnmatched) unmatched.push(unmatchedTask(plan, mapping, null));
  }
  // A heading over tasks that names the item its part carries out (（一）增强质量发展创新动能（落实
  // 纲要第（三）条）) says so as an annotation on it would: the item counts, by the heading. Its
  // tasks are read apart, each for what it says, as under an annotated heading.
  const isCoverageItem = new Set(coverageItems(plan).all);
  for (const item of plan.allItems) {
    if (item.children.length === 0 || isCoverageItem.has(item) || annotated.has(item)) continue;
    const heading = item.heading.text;
    const cited = citedItems(parent, item, itemCitedNumbers(plan, parent, item, "heading"), heading);
    if (cited.length === 0) continue;
    for (const entry of cited) by.get(entry)?.push(creditedBy(plan, item, { entry, score: 1, basis: "cited", quote: null }));
  }
  // A heading over tasks that writes an item's title whole (（一）增强质量发展创新动能 over 1. 加强质量技术创新 …)
  // groups them under that item as a citation would: the item counts, by the heading, a quotation
  // of its title. Its tasks are still read each for what it says.
  const isTask = (item: NumberedItem) => isCoverageItem.has(item);
  for (const item of plan.allItems) {
    if (item.children.length === 0 || isCoverageItem.has(item) || annotated.has(item) || !groupsTasks(item, isTask)) continue;
    const titled = titledEntries(parent, item.heading.text);
    if (titled.length === 0) continue;
    const scores = rankEntries(parent, item.heading.text, "", parent.items.length);
    for (const entry of titled) {
      const own = by.get(entry);
      if (own === undefined || own.some((b) => b.item === item)) continue;
      own.push(creditedBy(plan, item, { entry, score: scores.find((c) => c.entry === entry)?.score ?? 0, basis: "quoted", quote: entry.title }));
    }
  }
  const items: CoverageEntry[] = [];
  const outside: OutOfScopeEntry[] = [];
  // A sector plan (建筑工程质量提升行动方案) is measured against its sectors' items and the common ones.
  // A department's plan (省交通运输厅's) is its field's sector plan whatever its title (sectors/issuer.ts).
  const { sectors: planSectorSet, issuer: sectorsIssuer } = coverageSectors(plan);
  const { items: fieldScope, unscoped } = sectorScopeOf(parent, planSectorSet);
  const scope = fieldScope !== null && sectorsIssuer !== null ? withStatedItems(fieldScope, parent, (entry) => by.get(entry)!.some((b) => b.how === "annotation")) : fieldScope;
  for (const entry of parent.items) {
    const reason = outOfScope(entry, scope);
    if (reason) outside.push({ entry, reason, by: by.get(entry)! });
    else items.push({ entry, covered: by.get(entry)!.length > 0, by: by.get(entry)! });
  }
  const inference = parents.find((entry) => entry.parent === parent && entry.via === "inferred");
  const inferred = inference !== undefined;
  const inferredThrough = inference?.through ?? null;
  const secondaryTo = parents.find((entry) => entry.parent === parent)?.secondaryTo ?? null;
  const sectors = scope !== null ? sectorLabels(planSectorSet!) : null;
  const unscopedSectors = unscoped !== null ? { ...unscoped, sectors: sectorLabels(planSectorSet!) } : null;
  return { parent, inferred, inferredThrough, secondaryTo, implementsOther, sectors, sectorsIssuer: planSectorSet !== null ? sectorsIssuer : null, unscoped: unscopedSectors, covered: items.filter((i) => i.covered).length, total: items.length, items, outOfScope: outside, unmatched };
}
