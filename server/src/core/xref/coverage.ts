import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../parents/types.js";
import { pathOf } from "../units/matrix.js";
import { annotationParent, referencedEntry } from "./annotations.js";
import { mapTasks, quotedEntries } from "./mapping.js";
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

/**
 * Which of the parent's tasks a plan takes up: an item is covered by the plan items that
 * annotate it (`〔对应纲要：（七）〕`; a section number `七` stands for each of its items) and by
 * the tasks without an annotation whose best inferred match it is, at COVERAGE_THRESHOLD or more,
 * or that quote one of its attested phrases (see `quotedEntries`).
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
        for (const entry of covered) by.get(entry)?.push({ item, path: pathOf(item), how: "annotation", score: 1 });
      }
    }
  }
  for (const mapping of mapTasks(plan, parent)) {
    if (annotated.has(mapping.item)) continue;
    const best = mapping.candidates[0];
    if (best && best.score >= COVERAGE_THRESHOLD) by.get(best.entry)?.push({ item: mapping.item, path: pathOf(mapping.item), how: "inferred", score: best.score });
    // Items the task quotes count too, whatever their score: a task takes up more than one.
    for (const quoted of quotedEntries(parent, mapping.text.heading, mapping.text.body, mapping.candidates)) by.get(quoted.entry)?.push({ item: mapping.item, path: pathOf(mapping.item), how: "inferred", score: quoted.score });
  }
  const items = entries.map((entry) => ({ entry, covered: by.get(entry)!.length > 0, by: by.get(entry)! }));
  return { parent, covered: items.filter((i) => i.covered).length, total: items.length, items };
}
