import { PlanMemo } from "../model/planMemo.js";
import type { PlanConfig } from "../config/schema.js";
import type { Attachment, NumberedItem, PlanDocument, Span } from "../model/types.js";
import { tableExtents } from "../model/tableExtents.js";
import { spanHolding } from "../text/sorted.js";
import { findBreaks, fitsRun, type NumberingBreak } from "./breaks.js";
import { LIST_LEVEL, NUMBERED_LEVELS, numberingPolicies, type NumberedLevel, type PolicySource, type RunLevel } from "./policy.js";
import { isGeneralRequirements } from "../xref/tasks.js";
import { excerptFirst, excerptStart } from "./excerpt.js";
import { mixedSequences } from "../model/equivalentForms.js";
import { type Article, articlesOf } from "../references/articles.js";
import { RunPositions } from "./runPositions.js";
import { loneMarkerCopies, loneMarkerItems } from "./loneMarkers.js";

/**
 * A run is a sequence of items at one level that counts 1, 2, 3 … on its own. Which items
 * share a run is the level's scope: a run is bounded by the nearest ancestor at `boundLevel`
 * or above. With `boundLevel = level − 1` every parent restarts its children (Chengdu's 1.
 * under each （一）); with a smaller one the level counts on across parents — across the
 * （一）…（五） of one chapter (Ganzhou's tasks 1.–21., boundLevel 1, which keeps its goal
 * bullets 1.–5. under 一、 a separate run), or across the whole document (Nanjing's （四）
 * under 三、, boundLevel 0).
 */
export interface NumberingRun {
  level: RunLevel;
  /** The ancestor that bounds the run; null when the run spans the whole document (or attachment). */
  bound: NumberedItem | null;
  /** The attachment the run is in: an attachment numbers on its own, never with the plan. */
  attachment: Attachment | null;
  /**
   * The number the run counts from: 1, except for the top run of an excerpt (numbering/excerpt.ts), which
   * counts from its own first number — a page cut from a plan at （十一） is not misnumbered.
   */
  first: number;
  items: NumberedItem[];
  /**
   * The lone copy of an item's marker over it (`（十二）` / `（十二）提升…`, numbering/loneMarkers.ts),
   * by the item: no item of the run, renumbered with the item it repeats.
   */
  loneCopies: ReadonlyMap<NumberedItem, NumberedItem>;
}

export interface LevelScope {
  level: RunLevel;
  /** Runs are bounded by the nearest ancestor at this level or above; 0 is the whole document. */
  boundLevel: number;
  /** `restart` when every parent restarts its children (always so for level 1). */
  style: "restart" | "continuous";
  source: PolicySource;
  /** Items the chosen scope explains (1 at a run's start, one more than the previous item after). */
  explained: number;
  total: number;
}

export interface PlanNumbering {
  scopes: Map<RunLevel, LevelScope>;
  /** Every run of every level, level by level, each in document order (a level's boxes after the rest). */
  runs: NumberingRun[];
  /** Each item's run and place in it (`runOf.get(item)`), kept compact: numbering/runPositions.ts. */
  runOf: RunPositions<NumberingRun>;
  /** Items that break their run's count, in document order within each level (a level's boxes after the rest). */
  breaks: NumberingBreak[];
}

const cache = new PlanMemo<{ config: PlanConfig | undefined; numbering: PlanNumbering }>();

/**
 * The numbering of a plan: each level's scope, its runs and the items that break them. Rules,
 * fixes and the hover share it; it is computed once per analysed plan and configuration, in
 * time linear in the number of items (each candidate scope is one pass over the level).
 */
export function numberingOf(plan: PlanDocument, config: PlanConfig | undefined): PlanNumbering {
  const cached = cache.get(plan);
  if (cached && cached.config === config) return cached.numbering;
  const numbering = computeNumbering(plan, config);
  cache.set(plan, { config, numbering });
  return numbering;
}

function computeNumbering(plan: PlanDocument, config: PlanConfig | undefined): PlanNumbering {
  const policies = numberingPolicies(plan, config);
  const byLevel = new Map<NumberedLevel, NumberedItem[]>();
  const listed: NumberedItem[] = [];
  const joined = mixedSequencesOf(plan);
  const lone = loneMarkerItems(plan);
  for (const item of plan.allItems) {
    // A marker alone over the same marker with its words is debris, not a sibling: counted, it broke the run.
    if (item.marker.value === null || lone.has(item)) continue;
    // A list entry that one sequence with the level's items writes in another form (`⑴` `（2）`)
    // counts in their run: as a list of its own, `（2）` would be renumbered `（1）`.
    const partner = joined.get(item);
    if (item.kind !== "item" && partner === undefined) {
      listed.push(item);
      continue;
    }
    const level = (partner ?? item).level as NumberedLevel;
    let items = byLevel.get(level);
    if (!items) byLevel.set(level, (items = []));
    items.push(item);
  }
  const runs: NumberingRun[] = [];
  const numbering: PlanNumbering = { scopes: new Map(), runs, runOf: new RunPositions(plan.allItems, runs), breaks: [] };
  const articles = articlesOf(plan);
  for (const level of NUMBERED_LEVELS) {
    const levelItems = byLevel.get(level);
    if (!levelItems) continue;
    const { policy, source } = policies[level];
    const candidates = candidateBoundLevels(level, policy);
    // A 专栏 box's list numbers on its own (model/boxes.ts): its items are neither in the
    // plan's runs nor a break of them, and each box is a scope of its own.
    const { items, boxes } = apartFromBoxes(levelItems);
    // The plan and each attachment number on their own, each in its own style: a plan that
    // counts its tasks on across chapters may carry a task list that restarts them, and neither
    // is wrong. So does an opening 总体要求 chapter: its goal bullets 1.–5. never share a count
    // with tasks numbered 1.–21. across the chapters after it. Items of one numbering scope are
    // consecutive (the opening chapter comes first, attachments after the plan).
    // Numbering scopes (groups) with the best bound level of each: the plan and each attachment
    // number on their own, each in its own style (a plan that counts its tasks on across
    // chapters may carry a task list that restarts them, and neither is wrong).
    const scoped = groupsByScope(items, null).map((group) => bestScope(plan, group, candidates));
    // An opening 总体要求 chapter may number apart too: its goal bullets 1.–5. and tasks 1.–21.
    // counted on across the chapters after it. Only where that explains more items than one
    // count does: a plan whose （一）（二）（三） of 总体要求 go on as （四）… in 二、 is one count.
    const opening = openingRequirements(plan);
    const split = opening === null ? null : groupsByScope(items, opening);
    // Scored only where the opening chapter has items of this level and the rest has some too.
    if (split !== null && split.length > scoped.length) {
      const apart = split.map((group) => bestScope(plan, group, candidates));
      if (explainedIn(apart) > explainedIn(scoped)) scoped.splice(0, scoped.length, ...apart);
    }
    // A plan divided into parts (第一章 …, model/parts.ts) may count each part's items from 1
    // again, or count on across the parts: the parts split the count only where that explains
    // more items.
    if (plan.parts.length > 0) {
      const byPart = scoped.flatMap(({ group }) => splitAtParts(group)).map((group) => bestScope(plan, group, candidates));
      if (byPart.length > scoped.length && explainedIn(byPart) > explainedIn(scoped)) scoped.splice(0, scoped.length, ...byPart);
    }
    // A 分工表 pasted into the text may number its section rows (一、推动…) on their own, beside
    // the plan's chapters (二、重点任务 over the table, 三、保障措施 after it): each table's rows
    // number apart where that explains more items. Where the section rows go on with the
    // chapters' count (the plan's tasks chapter written as the table), one count explains more.
    const tables = tableExtents(plan);
    if (tables.length > 0) {
      const byTable = scoped.flatMap(({ group }) => apartFromTables(group, tables)).map((group) => bestScope(plan, group, candidates));
      if (byTable.length > scoped.length && explainedIn(byTable) > explainedIn(scoped)) scoped.splice(0, scoped.length, ...byTable);
    }
    // A document written in articles (第三条 … 下列条件：（一）…（二）…) numbers each article's
    // items apart, as every 办法 does: the articles split the count where that explains more.
    if (articles.length > 0) {
      const byArticle = scoped.flatMap(({ group }) => splitAtArticles(group, articles)).map((group) => bestScope(plan, group, candidates));
      if (byArticle.length > scoped.length && explainedIn(byArticle) > explainedIn(scoped)) scoped.splice(0, scoped.length, ...byArticle);
    }
    for (const { group, boundLevel, explained } of scoped) {
      // The level's scope as rules and hovers name it: the plan's own, its tasks' where its
      // opening chapter numbers apart (an attachment's where the plan has no item at the level).
      if (!numbering.scopes.has(level) || (group[0]!.attachment === null && !numbersApart(group[0]!, opening))) {
        numbering.scopes.set(level, {
          level,
          boundLevel,
          style: boundLevel === level - 1 ? "restart" : "continuous",
          source,
          explained,
          total: group.length,
        });
      }
      addRuns(plan, numbering, level, group, boundLevel);
    }
    // A box's list takes the style that explains it best; it names the level's scope only
    // where nothing else has the level (as an attachment does), so that the level has one.
    for (const group of boxes) {
      const { boundLevel, explained } = bestScope(plan, group, candidates);
      if (!numbering.scopes.has(level)) numbering.scopes.set(level, { level, boundLevel, style: boundLevel === level - 1 ? "restart" : "continuous", source, explained, total: group.length });
      addRuns(plan, numbering, level, group, boundLevel);
    }
  }
  // Numbered list entries (① ② …): every parent's list counts from 1 (bound by the nearest
  // numbered ancestor), in the plan, each attachment and each box alike.
  if (listed.length > 0) {
    let explained = 0;
    for (const group of groupsByScope(listed, null)) {
      explained += explainedBy(plan, group, LIST_LEVEL - 1);
      addRuns(plan, numbering, LIST_LEVEL, group, LIST_LEVEL - 1);
    }
    numbering.scopes.set(LIST_LEVEL, { level: LIST_LEVEL, boundLevel: LIST_LEVEL - 1, style: "restart", source: "inferred", explained, total: listed.length });
  }
  return numbering;
}

/**
 * The list entries of the plan's mixed sequences (model/equivalentForms.ts), each with the item
 * whose form its fix writes: every sibling list (roots, children, attachments, boxes) read once.
 */
export function mixedSequencesOf(plan: PlanDocument): Map<NumberedItem, NumberedItem> {
  let joined = mixedCache.get(plan);
  if (joined !== undefined) return joined;
  joined = new Map();
  if (plan.allItems.some((item) => item.kind === "list" && item.marker.value !== null)) {
    mixedSequences(plan.items, joined);
    for (const attachment of plan.attachments) mixedSequences(attachment.items, joined);
    for (const box of plan.boxes) mixedSequences(box.items, joined);
    for (const item of plan.allItems) if (item.children.length > 1) mixedSequences(item.children, joined);
  }
  mixedCache.set(plan, joined);
  return joined;
}

const mixedCache = new PlanMemo<Map<NumberedItem, NumberedItem>>();

/** A group's runs, their positions and their breaks added to the numbering. */
function addRuns(plan: PlanDocument, numbering: PlanNumbering, level: RunLevel, group: readonly NumberedItem[], boundLevel: number): void {
  const runs = splitIntoRuns(plan, level, group, boundLevel);
  // Element by element: spreading 100,000 items into push() overflows the stack.
  for (const run of runs) {
    // Kept for the plan's life: cut to its length, where push left room for 17 items (most runs hold a few).
    run.items = run.items.slice();
    numbering.runOf.add(numbering.runs.length, run.items);
    numbering.runs.push(run);
  }
  for (const brk of findBreaks(runs, boundLevel === level - 1)) numbering.breaks.push(brk);
}

/** A level's items outside boxes, and each box's items of the level (consecutive: a box is a stretch of lines). */
function apartFromBoxes(items: NumberedItem[]): { items: NumberedItem[]; boxes: NumberedItem[][] } {
  if (!items.some((item) => item.box !== null)) return { items, boxes: [] };
  const outside: NumberedItem[] = [];
  const boxes: NumberedItem[][] = [];
  for (const item of items) {
    if (item.box === null) outside.push(item);
    else if (boxes.length > 0 && boxes[boxes.length - 1]![0]!.box === item.box) boxes[boxes.length - 1]!.push(item);
    else boxes.push([item]);
  }
  return { items: outside, boxes };
}

/**
 * A group's items with each table's section rows taken out into a group of their own (in
 * document order after the rest, as a box's list is: apartFromBoxes); the group alone where no
 * item of it stands in a table.
 */
function apartFromTables(group: NumberedItem[], tables: readonly Span[]): NumberedItem[][] {
  const outside: NumberedItem[] = [];
  const inTables: NumberedItem[][] = [];
  let current: Span | null = null;
  for (const item of group) {
    const table = spanHolding(tables, item.start);
    if (table === null) outside.push(item);
    else if (table === current) inTables[inTables.length - 1]!.push(item);
    else inTables.push([item]);
    if (table !== null) current = table;
  }
  if (inTables.length === 0) return [group];
  return outside.length > 0 ? [outside, ...inTables] : inTables;
}

interface ScopedGroup {
  group: NumberedItem[];
  boundLevel: number;
  explained: number;
}

/** The bound level that explains most of a group's items; candidates go from the most local outwards, so a tie keeps the more local one. */
function bestScope(plan: PlanDocument, group: NumberedItem[], candidates: readonly number[]): ScopedGroup {
  let best: ScopedGroup = { group, boundLevel: candidates[0]!, explained: -1 };
  for (const boundLevel of candidates) {
    const explained = explainedBy(plan, group, boundLevel);
    if (explained > best.explained) best = { group, boundLevel, explained };
  }
  return best;
}

function explainedIn(groups: readonly ScopedGroup[]): number {
  let explained = 0;
  for (const group of groups) explained += group.explained;
  return explained;
}

/** The plan's first chapter when it is a 总体要求 (guiding thought, principles, goals), else null. */
function openingRequirements(plan: PlanDocument): NumberedItem | null {
  const first = plan.items[0];
  return first && first.level === 1 && isGeneralRequirements(first.heading.text) ? first : null;
}

/** Whether an item is in the opening 总体要求 chapter, which numbers apart from the plan's tasks. */
function numbersApart(item: NumberedItem, opening: NumberedItem | null): boolean {
  // The chapters themselves (一、二、…) count on through the opening one.
  if (opening === null || item === opening) return false;
  let top = item;
  while (top.parent) top = top.parent;
  return top === opening;
}

/** A level's items split where their numbering scope changes: the opening chapter, the rest of the plan, each attachment. */
function groupsByScope(items: readonly NumberedItem[], opening: NumberedItem | null): NumberedItem[][] {
  const groups: NumberedItem[][] = [];
  let current: NumberedItem[] | null = null;
  let currentApart = false;
  for (const item of items) {
    const apart = numbersApart(item, opening);
    if (current === null || current[0]!.attachment !== item.attachment || apart !== currentApart) groups.push((current = []));
    current.push(item);
    currentApart = apart;
  }
  return groups;
}

/** A group of one level's items split where the article they stand in changes (the plan's items only: an attachment numbers apart). */
function splitAtArticles(group: readonly NumberedItem[], articles: readonly Article[]): NumberedItem[][] {
  const groups: NumberedItem[][] = [];
  let current: NumberedItem[] | null = null;
  let currentArticle = -1;
  let next = 0;
  for (const item of group) {
    while (next < articles.length && articles[next]!.start <= item.start) next++;
    const article = item.attachment === null ? next - 1 : -2;
    if (current === null || article !== currentArticle) groups.push((current = []));
    currentArticle = article;
    current.push(item);
  }
  return groups;
}

/** A group of one level's items split where the part they are under changes. */
function splitAtParts(group: readonly NumberedItem[]): NumberedItem[][] {
  const groups: NumberedItem[][] = [];
  let current: NumberedItem[] | null = null;
  for (const item of group) {
    if (current === null || current[0]!.part !== item.part) groups.push((current = []));
    current.push(item);
  }
  return groups;
}

/** Bound levels a policy allows, the most local (restart) first. */
function candidateBoundLevels(level: NumberedLevel, policy: "auto" | "continuous" | "restart"): number[] {
  const all = Array.from({ length: level }, (_, i) => level - 1 - i);
  if (level === 1) return all;
  if (policy === "restart") return [level - 1];
  if (policy === "continuous") return all.slice(1);
  return all;
}

/** The ancestor bounding an item's run: the nearest at `boundLevel` or above (null: the document). */
export function boundOf(item: NumberedItem, boundLevel: number): NumberedItem | null {
  if (boundLevel === 0) return null;
  let ancestor = item.parent;
  while (ancestor && ancestor.level > boundLevel) ancestor = ancestor.parent;
  return ancestor;
}

/**
 * How many items a scope explains (see `fitsRun`). The scope that explains most items is the
 * document's own style; a single moved or missing item costs every scope about the same.
 */
function explainedBy(plan: PlanDocument, items: readonly NumberedItem[], boundLevel: number): number {
  let explained = 0;
  let previous: NumberedItem | null = null;
  let previousBound: NumberedItem | Attachment | null | undefined = undefined;
  let index = 0;
  // The number the run counts from: an excerpt's top run from its own first group (excerpt.ts), as splitIntoRuns counts it.
  let first = 1;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const bound = scopeKeyOf(item, boundLevel);
    if (previous === null || bound !== previousBound) {
      index = 0;
      // Only the outline's first item can open an excerpt: the run's length is read once per scope.
      if (item === plan.items[0]) {
        const length = runLength(items, k, bound, boundLevel);
        first = excerptFirst(plan, item, boundOf(item, boundLevel), length, items[k + length - 1]!);
      } else first = 1;
    }
    if (fitsRun(item, index, index === 0 ? null : previous, first)) explained++;
    previous = item;
    previousBound = bound;
    index++;
  }
  return explained;
}

/** How many items from `from` on share the scope key `bound` (a run's items are consecutive). */
function runLength(items: readonly NumberedItem[], from: number, bound: NumberedItem | Attachment | null, boundLevel: number): number {
  let end = from + 1;
  while (end < items.length && scopeKeyOf(items[end]!, boundLevel) === bound) end++;
  return end - from;
}

/** What an item's run is bounded by: its bounding ancestor, else its attachment, else the document. */
function scopeKeyOf(item: NumberedItem, boundLevel: number): NumberedItem | Attachment | null {
  return boundOf(item, boundLevel) ?? item.attachment;
}

/** Items of a level with the same bound are consecutive (a subtree is contiguous), so one pass splits them. */
function splitIntoRuns(plan: PlanDocument, level: RunLevel, items: readonly NumberedItem[], boundLevel: number): NumberingRun[] {
  const runs: NumberingRun[] = [];
  let current: NumberingRun | null = null;
  let currentKey: NumberedItem | Attachment | null = null;
  for (const item of items) {
    const key = scopeKeyOf(item, boundLevel);
    if (!current || currentKey !== key) {
      runs.push((current = { level, bound: boundOf(item, boundLevel), attachment: item.attachment, first: 1, items: [], loneCopies: loneMarkerCopies(plan) }));
      currentKey = key;
    }
    current.items.push(item);
  }
  for (const run of runs) run.first = excerptStart(plan, run);
  return runs;
}
