import { buildPlan } from "../model/buildPlan.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import { extractTargets } from "../targets/extract.js";
import { isChangeCeiling } from "../targets/format.js";
import { betterWayOfTarget } from "../targets/polarity.js";
import { coverageItems, isGeneralRequirements, isSafeguards } from "../xref/tasks.js";
import { bodyOf } from "./outlineData.js";
import type { ParentDocument, ParentEntry, ParentTarget } from "./types.js";

/**
 * A parent written as a plan (a province's 实施意见, the city's plan a 区 implements, typed in
 * plan markup): parsed like any plan. Its sections are the level-1 items; its items are its
 * tasks, read as a plan's own are (xref/tasks.ts: Nanjing's （一）…, a city plan's 1.–21. under
 * its （一）（二） groups), with the items of its 总体要求 and 保障措施 parts, which coverage keeps
 * outside the count. Every item stays, where a level restarts per section too (一、总体要求's
 * （一） and 二、主要任务's （一）); an annotation's number names the first item with that number
 * (annotations address items by number only). A 专栏 box's list is the box's (model/boxes.ts),
 * never a section or a task.
 */
export function parentFromPlanText(text: string, id: string, source: string = id): ParentDocument {
  const plan = buildPlan(text);
  const fileTitle = source.replace(/^.*[\\/]/, "").replace(/\.plan(\.txt)?$/, "");
  const title = plan.metadata.title ?? fileTitle;
  const numbered = plan.allItems.filter((i) => i.kind === "item" && i.marker.value !== null && i.box === null);
  const sections = firstByValue(numbered.filter((i) => i.level === 1)).map((item) => entryOf(text, item, 1, null));
  const items = parentItems(plan).map((item) => {
    let section: NumberedItem | null = item.parent;
    while (section && section.level !== 1) section = section.parent;
    return entryOf(text, item, item.level as 2 | 3, sections.find((s) => s.item === section) ?? null);
  });
  const read = targetsOf(plan, text);
  const goals = read.filter((goal) => goal.added !== true);
  const targets2025 = goals.filter((goal) => goal.horizon === 2025);
  const otherYearTargets = goals.filter((goal) => goal.horizon !== 2025);
  const addedCounts = read.filter((goal) => goal.added === true);
  return {
    id,
    title,
    aliases: [],
    docNumber: plan.metadata.docNumber,
    issuer: plan.metadata.issuer,
    date: plan.metadata.date,
    source,
    unconfirmed: [],
    text,
    plan,
    sections,
    items,
    targets2025,
    otherYearTargets,
    addedCounts,
  };
}

/**
 * The parent's goals as a plan states them, each for its year (2025's, and a milestone's or a
 * later plan's: ParentDocument `otherYearTargets`): read by the same extraction as a plan's own
 * targets (targets/extract.ts), so that an indicator list sharing one value (`农产品…合格率和食品
 * 抽检合格率均达到98%以上`) gives one goal per indicator, as the built-in outline's data does, and
 * a direction (`单位GDP资源能源消耗不断下降`) is a goal without a figure. The outline printed by
 * `plancheck parent` and read back gives the goals of the built-in it was printed from. Figures
 * it only reports (发展基础) are not goals; directions count in its goals section only, where they
 * are goals rather than the wording of a task; counts (`创建……1个`: what the period adds) are no
 * goal to localise, unless they are totals (`累计培育……100家`), which a plan's totals are
 * compared with; they are read apart, marked `added` (ParentDocument `addedCounts`), for a plan's
 * count of the same things.
 */
function targetsOf(plan: PlanDocument, text: string): ParentTarget[] {
  const goals: ParentTarget[] = [];
  for (const target of extractTargets(plan).targets) {
    if (target.baseline || target.horizon === null) continue;
    const added = target.kind === "count" && !target.cumulative;
    const quantified = target.kind !== "direction";
    if (quantified ? target.value === null || target.blank || target.placeholder : !target.inGoals) continue;
    goals.push({
      bullet: target.item?.heading.text ?? "",
      indicator: target.indicator,
      quantified,
      value: target.value,
      unit: target.unit || null,
      qualifier: target.qualifier || null,
      comparator: quantified ? target.comparator : null,
      direction: quantified ? null : target.comparator,
      // A ceiling on a change says the indicator is better the other way: 能耗增长控制在2%以内, lower.
      // A figure only to reach says it by its name: a province's table of 企业开办时间 | 3 (个工作日) is a time to be short.
      higherIsBetter: isChangeCeiling(target) ? target.sense === "down" : betterWayOfTarget(target) !== "down",
      cumulative: target.cumulative,
      added,
      change: target.kind === "delta",
      baseYear: target.baseYear,
      wording: text.slice(target.start, target.end),
      horizon: target.horizon,
      verified: true,
      span: { start: target.start, end: target.end },
    });
  }
  return goals;
}

/**
 * The items a plan parent's readers address, in document order: its tasks, the numbered items of
 * its 总体要求 chapter and those of its closing 保障措施 (not a 实施步骤 part's phases, which are
 * neither), at levels 2 and 3, the levels an annotation names.
 */
function parentItems(plan: PlanDocument): NumberedItem[] {
  const { tasks, all } = coverageItems(plan);
  const chapterOf = (item: NumberedItem): NumberedItem => {
    let chapter = item;
    while (chapter.parent) chapter = chapter.parent;
    return chapter;
  };
  const isTask = new Set(tasks);
  const safeguards = all.filter((item) => !isTask.has(item) && isSafeguards(chapterOf(item).heading.text));
  const general = plan.items.filter((chapter) => chapter.kind === "item" && isGeneralRequirements(chapter.heading.text)).flatMap((chapter) => chapter.children);
  return [...general, ...tasks, ...safeguards]
    .filter((item) => item.kind === "item" && item.marker.value !== null && item.box === null && (item.level === 2 || item.level === 3))
    .sort((a, b) => a.start - b.start);
}

function firstByValue(items: NumberedItem[]): NumberedItem[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.marker.value!) && seen.add(item.marker.value!));
}

function entryOf(text: string, item: NumberedItem, level: 1 | 2 | 3, section: ParentEntry | null): ParentEntry {
  const value = item.marker.value!;
  const label = level === 1 ? item.marker.canonicalText.replace(/、$/, "") : level === 2 ? item.marker.canonicalText : String(value);
  return {
    level,
    value,
    label,
    title: item.heading.text,
    keywords: [],
    keywordsAttested: 0,
    verified: true,
    section,
    span: { start: item.start, end: item.end },
    headingSpan: { start: item.heading.start, end: item.heading.end },
    body: bodyOf(text, item),
    item,
  };
}
