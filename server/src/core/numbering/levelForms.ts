import type { NumberMarker, NumberedItem, PlanDocument } from "../model/types.js";
import { halfWidthDigits } from "../text/codeUnits.js";
import { markerForm } from "./edits.js";
import { PlanMemo } from "../model/planMemo.js";
import { loneMarkerItems } from "./loneMarkers.js";

/**
 * How each level of a plan is written: the forms of its markers as a reader tells them apart,
 * how often each is written and which is the usual one. numbering/mixed-forms reports the markers
 * that depart from the usual form; numbering/marker-style reads the same usual form to tell a
 * level the document writes in a variant (Nanjing's (一)), whose markers it fixes together: a fix
 * of one of them alone would leave a standard marker among the variants, the odd one out.
 */
export interface LevelForms {
  level: number;
  /** The level's markers in document order, each with its form (`（一）`, `(一)`, `1.`). */
  items: ReadonlyArray<{ item: NumberedItem; form: string }>;
  counts: ReadonlyMap<string, number>;
  /** Each form as the document first writes it (`１．`, not the read `1.`), for messages. */
  written: ReadonlyMap<string, string>;
  /** The most written form; on a tie the standard form if it is among the tied, else the one met first. */
  usual: string;
}

/** GB/T 9704's form of each level, written with the numeral 一 as the forms are. */
export const STANDARD_FORMS = ["", "一、", "（一）", "1.", "（1）", "——"];

/** The plan's levels and how each is written; computed once per plan for both rules. */
export function levelForms(plan: PlanDocument): readonly LevelForms[] {
  return formsByPlan.of(plan, computeLevelForms);
}

// On the plan, not in a WeakMap keyed by it (model/planMemo.ts says why).
const formsByPlan = new PlanMemo<readonly LevelForms[]>();

/** Whether a level's usual form is a variant of its standard one (the level is written so throughout, or mostly). */
export function isWrittenInVariant(forms: LevelForms): boolean {
  return forms.usual !== STANDARD_FORMS[forms.level];
}

function computeLevelForms(plan: PlanDocument): LevelForms[] {
  const byLevel = new Map<number, Array<{ item: NumberedItem; form: string }>>();
  // A marker alone over the same marker with its words is debris whose line doubled-mark deletes: no form of its level.
  const lone = loneMarkerItems(plan);
  for (const item of plan.allItems) {
    if (lone.has(item)) continue;
    // A lost, mistyped or other level's marker is not a form of its level: its own rule's.
    const style = item.marker.style;
    if (style === "missingNumeral" || style === "mistyped" || style === "otherLevel") continue;
    // A numbered list entry (① ⑴ 1)) has no standard form to differ from, and one list in ①
    // and another in ⑴ are two lists, not one level written two ways (the —— entries are).
    if (item.kind === "list" && item.marker.value !== null) continue;
    const items = byLevel.get(item.level) ?? [];
    items.push({ item, form: readForm(item.marker) });
    byLevel.set(item.level, items);
  }
  const levels: LevelForms[] = [];
  for (const [level, items] of byLevel) {
    const counts = new Map<string, number>();
    const written = new Map<string, string>();
    for (const { item, form } of items) {
      counts.set(form, (counts.get(form) ?? 0) + 1);
      if (!written.has(form)) written.set(form, markerForm(item.marker));
    }
    // On a tie the standard form, so that it is never called the odd one out for lack of a majority.
    const standard = STANDARD_FORMS[level];
    let usual = "";
    for (const [form, count] of counts) {
      const best = counts.get(usual) ?? 0;
      if (count > best || (count === best && form === standard)) usual = form;
    }
    levels.push({ level, items, counts, written, usual });
  }
  return levels;
}

/**
 * A marker's form as a reader tells forms apart: its digits and its 下脚点 read half-width (`１．`
 * is `1.`). GB/T 15835 writes the digits half-width and GB/T 15834 counts the 下脚点 a Western
 * mark some guides write `．`: their width is a slip of one marker, no form of its own.
 */
export function readForm(marker: NumberMarker): string {
  return halfWidthDigits(markerForm(marker)).replace(FULL_WIDTH_POINT, ".");
}

const FULL_WIDTH_POINT = /．/g;

/**
 * A level the document writes in a variant (levelForms' `isWrittenInVariant`): its markers that
 * depart from the standard form, and those markers by form, the most written first (a first met
 * first on a tie), each as the document first writes it — what one finding says of the level.
 */
export interface VariantLevel {
  level: number;
  /** In document order. */
  markers: NumberMarker[];
  variants: Array<{ written: string; markers: NumberMarker[] }>;
  /** How many markers the level has in all (standard ones and those that depart in width only too). */
  total: number;
}

/**
 * The markers of each level the document writes in a variant whose form is not the standard one
 * (every (一) and （二) where (一) is the usual form), where there are at least two: fixed one at
 * a time, the first fixed would stand as the standard odd one out among the rest, so
 * numbering/marker-style reports and fixes them together. A marker whose only departure is its
 * width reads as the standard form (readForm) and stays its width's.
 */
export function variantLevelMarkers(plan: PlanDocument, isNonStandard: (marker: NumberMarker) => boolean): VariantLevel[] {
  const levels: VariantLevel[] = [];
  for (const forms of levelForms(plan)) {
    if (!isWrittenInVariant(forms)) continue;
    const standard = STANDARD_FORMS[forms.level];
    const markers: NumberMarker[] = [];
    const byForm = new Map<string, NumberMarker[]>();
    for (const { item, form } of forms.items) {
      if (form === standard || !isNonStandard(item.marker)) continue;
      markers.push(item.marker);
      const same = byForm.get(form);
      if (same === undefined) byForm.set(form, [item.marker]);
      else same.push(item.marker);
    }
    if (markers.length < 2) continue;
    // A stable sort: forms of one count keep the order the document first writes them in.
    const variants = [...byForm].map(([form, of]) => ({ written: forms.written.get(form)!, markers: of })).sort((a, b) => b.markers.length - a.markers.length);
    levels.push({ level: forms.level, markers, variants, total: forms.items.length });
  }
  return levels;
}
