import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../parents/types.js";
import { pathOf } from "../units/matrix.js";
import { annotationParent, referencedEntry } from "./annotations.js";
import { mapTasks, quotedEntries, type TaskMapping } from "./mapping.js";
import { isGeneralRequirements, isSafeguards } from "./tasks.js";

/** An inferred mapping at or above this score counts as covering the parent item. */
export const COVERAGE_THRESHOLD = 0.2;

export interface CoveredBy {
  item: NumberedItem;
  /** Markers from the top: ["二、", "（一）", "1."]. */
  path: string[];
  how: "annotation" | "inferred";
  /** 1 for an annotation, the matcher's score for an inferred mapping. */
  score: number;
  /** For an inferred mapping, why it counts (see TaskCredit); null for an annotation. */
  basis: TaskCredit["basis"] | null;
  /** The parent item's phrase the task writes verbatim, where it quotes one. */
  quote: string | null;
}

export interface CoverageEntry {
  entry: ParentEntry;
  covered: boolean;
  by: CoveredBy[];
}

export interface Coverage {
  parent: ParentDocument;
  covered: number;
  total: number;
  items: CoverageEntry[];
}

/**
 * The parent items that count as tasks to cover: all but those of its 总体要求 part and of its
 * closing safeguards (the outline's （三）–（二十八）).
 */
export function coverableEntries(parent: ParentDocument): ParentEntry[] {
  return parent.items.filter((e) => !e.section || (!isGeneralRequirements(e.section.title) && !isSafeguards(e.section.title)));
}

/** Why a task without an annotation counts for a parent item. */
export interface TaskCredit {
  entry: ParentEntry;
  /** The matcher's similarity of the task and the item, 0–1. */
  score: number;
  /**
   * `best`: the item the task is most like, at COVERAGE_THRESHOLD or more; `quoted`: the task
   * writes one of the item's attested phrases verbatim, which counts whatever the score.
   */
  basis: "best" | "quoted";
  /** The item's phrase the task writes verbatim, where it quotes one (whatever the basis). */
  quote: string | null;
}

const credits = new WeakMap<TaskMapping, TaskCredit[]>();

/**
 * The parent items a task without an annotation counts for, best first: what coverage credits,
 * the hover marks and the annotate refactoring offers, so that the three agree. The best match
 * counts at COVERAGE_THRESHOLD or more; an item the task quotes counts whatever its score and
 * wherever it ranks — the best match too, when its score alone falls short.
 */
export function taskCredits(parent: ParentDocument, mapping: TaskMapping): TaskCredit[] {
  let result = credits.get(mapping);
  if (result) return result;
  result = [];
  const quoted = quotedEntries(parent, mapping.text.heading, mapping.text.body, mapping.candidates);
  const quoteOf = (entry: ParentEntry) => quoted.find((q) => q.entry === entry)?.phrase ?? null;
  const best = mapping.candidates[0];
  if (best && best.score >= COVERAGE_THRESHOLD) result.push({ entry: best.entry, score: best.score, basis: "best", quote: quoteOf(best.entry) });
  for (const q of quoted) {
    if (!result.some((c) => c.entry === q.entry)) result.push({ entry: q.entry, score: q.score, basis: "quoted", quote: q.phrase });
  }
  result.sort((a, b) => b.score - a.score);
  credits.set(mapping, result);
  return result;
}

/**
 * Which of the parent's tasks a plan takes up: an item is covered by the plan items that
 * annotate it (`〔对应纲要：（七）〕`; a section number `七` stands for each of its items) and by
 * the tasks without an annotation that count for it (`taskCredits`).
 */
export function coverageOf(plan: PlanDocument, parent: ParentDocument, parents: readonly ResolvedParent[], known: readonly ParentDocument[]): Coverage {
  const entries = coverableEntries(parent);
  const by = new Map<ParentEntry, CoveredBy[]>(entries.map((e) => [e, []]));
  const annotated = new Set<NumberedItem>();
  for (const item of plan.allItems) {
    for (const annotation of item.annotations) {
      if (annotationParent(annotation, parents, known) !== parent) continue;
      annotated.add(item);
      for (const reference of annotation.references) {
        const target = referencedEntry(parent, reference);
        if (!target) continue;
        const covered = target.level === 1 ? entries.filter((e) => e.section === target) : [target];
        for (const entry of covered) by.get(entry)?.push({ item, path: pathOf(item), how: "annotation", score: 1, basis: null, quote: null });
      }
    }
  }
  for (const mapping of mapTasks(plan, parent)) {
    if (annotated.has(mapping.item)) continue;
    for (const credit of taskCredits(parent, mapping)) {
      by.get(credit.entry)?.push({ item: mapping.item, path: pathOf(mapping.item), how: "inferred", score: credit.score, basis: credit.basis, quote: credit.quote });
    }
  }
  const items = entries.map((entry) => ({ entry, covered: by.get(entry)!.length > 0, by: by.get(entry)! }));
  return { parent, covered: items.filter((i) => i.covered).length, total: items.length, items };
}
