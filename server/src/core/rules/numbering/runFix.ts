import { type NumberingBreak, renumberedValue } from "../../numbering/breaks.js";
import { markerWithValue, renumberRunEdits } from "../../numbering/edits.js";
import type { PlanNumbering } from "../../numbering/runs.js";
import type { Fix, TextEdit } from "../types.js";
import { lazyFix, spanFix } from "../../fixes/fix.js";
import { lazy } from "../../lazy.js";
import type { NumberedItem, PlanDocument, PlanPart } from "../../model/types.js";
import { toChineseNumeral } from "../../model/numerals.js";
import { type PartBreak, partBreaks, partRuns, renumberPartEdits } from "../../numbering/parts.js";
import { carriedReferenceEdits, uncertainNote, uncertainReferences } from "../../references/renumbering.js";
import type { SectionReference } from "../../references/types.js";
import { internalReferences } from "../../references/index.js";

/**
 * The quick fix shared by numbering/sequence and numbering/scope: renumber a run from a break up
 * to the next break of the same run (or the run's end). The items before a run's first break are
 * numbered right by definition (see fitsRun), so the fixes of all its breaks together renumber
 * the whole run, and `fixAll` applies them in one pass. Each edit belongs to one finding only:
 * a run of N items pasted as `1.` gives N findings of one edit each, not N copies of an N-edit
 * fix, so findings, JSON and code actions stay linear in the document.
 */
export function renumberBreakFix(plan: PlanDocument, numbering: PlanNumbering, brk: NumberingBreak): Fix | undefined {
  return fixesOf(plan, numbering).items.get(brk);
}

/**
 * The quick fix of a part's break (numbering/parts.ts), as an item's: the part's run renumbered
 * from the break up to its next break, with the references to the parts it renumbers.
 */
export function renumberPartBreakFix(plan: PlanDocument, numbering: PlanNumbering, brk: PartBreak): Fix | undefined {
  return fixesOf(plan, numbering).parts.get(brk.part);
}

interface BreakFixes {
  items: Map<NumberingBreak, Fix | undefined>;
  parts: Map<PlanPart, Fix | undefined>;
}

function fixesOf(plan: PlanDocument, numbering: PlanNumbering): BreakFixes {
  let fixes = fixesByNumbering.get(numbering);
  if (!fixes) fixesByNumbering.set(numbering, (fixes = computeFixes(plan, numbering)));
  return fixes;
}

const fixesByNumbering = new WeakMap<PlanNumbering, BreakFixes>();

function computeFixes(plan: PlanDocument, numbering: PlanNumbering): BreakFixes {
  const partBreaksOf = partBreaks(plan);
  // Read when a fix is: a plan with breaks and references to its sections renumbered its whole
  // level-1 and level-2 runs on every keystroke for fixes nobody had asked for.
  const carried = lazy(() => carriedByOwner(plan, numbering, partBreaksOf.length > 0));
  const byRun = new Map<NumberingBreak["run"], NumberingBreak[]>();
  for (const brk of numbering.breaks) {
    let breaks = byRun.get(brk.run);
    if (!breaks) byRun.set(brk.run, (breaks = []));
    breaks.push(brk);
  }
  const fixes: BreakFixes = { items: new Map(), parts: new Map() };
  for (const [run, breaks] of byRun) {
    breaks.sort((a, b) => a.index - b.index);
    breaks.forEach((brk, k) => {
      const to = k + 1 < breaks.length ? breaks[k + 1]!.index : run.items.length;
      fixes.items.set(brk, segmentFix(run, brk.index, to, carried));
    });
  }
  // A part's breaks come in run order (numbering/parts.ts partBreaks).
  partBreaksOf.forEach((brk, k) => {
    const next = partBreaksOf[k + 1];
    const to = next !== undefined && next.run === brk.run ? next.index : brk.run.length;
    fixes.parts.set(brk.part, partSegmentFix(plan, brk.run, brk.index, to, carried));
  });
  return fixes;
}

/**
 * The references every run's renumbering carries, by the item or part whose number each writes:
 * judged against the plan as the fixes of all its breaks leave it (they are applied together, and
 * a reference naming a part and an item, 本方案第三部分第（三）项, is carried by two of them), and
 * handed to the fix that renumbers its item or part. Only levels 1 and 2 and parts are named by references.
 */
function carriedByOwner(plan: PlanDocument, numbering: PlanNumbering, partsBreak: boolean): Carried {
  const byOwner = new Map<NumberedItem | PlanPart, TextEdit[]>();
  const uncertainOf = new Map<NumberedItem | PlanPart, SectionReference[]>();
  const found: Carried = { edits: byOwner, uncertain: uncertainOf };
  if (!internalReferences(plan).references.some((reference) => reference.kind === "section")) return found;
  const renumbered = new Map<NumberedItem, number>();
  for (const run of numbering.runs) if (run.level <= 2) renumberRunEdits(run, 0, run.items.length, renumbered);
  const renumberedParts = new Map<PlanPart, number>();
  if (partsBreak) for (const run of partRuns(plan)) renumberPartEdits(plan, run, 0, run.length, renumberedParts);
  for (const edit of carriedReferenceEdits(plan, renumbered, renumberedParts)) {
    const edits = byOwner.get(edit.owner);
    if (edits) edits.push(edit);
    else byOwner.set(edit.owner, [edit]);
  }
  // A reference left as written (its number names two of what is renumbered) is counted by the fix of each it may name.
  for (const { reference, owners } of uncertainReferences(plan, renumbered, renumberedParts)) {
    for (const owner of owners) {
      const references = uncertainOf.get(owner);
      if (references) references.push(reference);
      else uncertainOf.set(owner, [reference]);
    }
  }
  return found;
}

/** What the renumberings of a plan's breaks carry, by the item or part whose number each writes. */
interface Carried {
  edits: ReadonlyMap<NumberedItem | PlanPart, TextEdit[]>;
  uncertain: ReadonlyMap<NumberedItem | PlanPart, SectionReference[]>;
}

/** The references a fix leaves uncertain: those that may name one of the items or parts it renumbers, each once. */
function uncertainCount(owners: Iterable<NumberedItem | PlanPart>, carried: Carried): number {
  if (carried.uncertain.size === 0) return 0;
  const references = new Set<SectionReference>();
  for (const owner of owners) for (const reference of carried.uncertain.get(owner) ?? []) references.add(reference);
  return references.size;
}

/**
 * Renumbers parts `from` … `to − 1` of a run to their positions; undefined when nothing can change.
 * The references it carries, and the description that counts them, are read when the fix is.
 */
function partSegmentFix(plan: PlanDocument, run: readonly PlanPart[], from: number, to: number, carriedByPlan: () => Carried): Fix | undefined {
  const renumbered = new Map<PlanPart, number>();
  const edits = renumberPartEdits(plan, run, from, to, renumbered);
  if (edits.length === 0) return undefined;
  return lazyFix(() => carryingPartFix(run, from, to, edits, renumbered, carriedByPlan()));
}

function carryingPartFix(run: readonly PlanPart[], from: number, to: number, edits: TextEdit[], renumbered: ReadonlyMap<PlanPart, number>, carriedOf: Carried): Fix {
  const carried: TextEdit[] = [];
  for (const part of renumbered.keys()) for (const edit of carriedOf.edits.get(part) ?? []) carried.push({ start: edit.start, end: edit.end, newText: edit.newText });
  const named = (index: number) => `第${toChineseNumeral(index + 1)}${run[index]!.word}`;
  const range = to - from === 1 ? `“${named(from)}”` : `“${named(from)}”至“${named(to - 1)}”`;
  const what = to === run.length ? "重新编号本组" : "重新编号至下一处编号问题之前";
  const description = `${what}：改为${range}${carried.length > 0 ? `，并更新 ${carried.length} 处引用` : ""}${uncertainNote(uncertainCount(renumbered.keys(), carriedOf))}`;
  return { description, edits: [...edits, ...carried].sort((a, b) => a.start - b.start) };
}

/**
 * Renumbers items `from` … `to − 1` of a run to their positions; undefined when nothing can change.
 * The references it carries, and the description that counts them, are read when the fix is.
 */
function segmentFix(run: NumberingBreak["run"], from: number, to: number, carriedByPlan: () => Carried): Fix | undefined {
  // Only levels 1 and 2 are named by references (carriedByOwner): a deeper run's fix carries none,
  // and is made at once, as cheaply as its one edit (a pasted list numbered 1. 1. 1. has a break per item).
  const carries = run.level <= 2;
  const renumbered = carries ? new Map<NumberedItem, number>() : undefined;
  const edits = renumberRunEdits(run, from, to, renumbered);
  if (edits.length === 0) return undefined;
  return renumbered ? lazyFix(() => carryingFix(run, from, to, edits, renumbered, carriedByPlan())) : carryingFix(run, from, to, edits, undefined, NOTHING_CARRIED);
}

const NOTHING_CARRIED: Carried = { edits: new Map(), uncertain: new Map() };

function carryingFix(run: NumberingBreak["run"], from: number, to: number, edits: TextEdit[], renumbered: ReadonlyMap<NumberedItem, number> | undefined, carriedOf: Carried): Fix {
  // The references to the items renumbered go with them, where that is exact.
  const carried: TextEdit[] = [];
  if (renumbered) for (const item of renumbered.keys()) for (const edit of carriedOf.edits.get(item) ?? []) carried.push({ start: edit.start, end: edit.end, newText: edit.newText });
  const first = run.items[from]!.marker;
  const last = run.items[to - 1]!.marker;
  const value = (index: number) => renumberedValue(run, index);
  const range = to - from === 1 ? `“${markerWithValue(first, value(from))}”` : `“${markerWithValue(first, value(from))}”至“${markerWithValue(last, value(to - 1))}”`;
  let crosses = false;
  for (let index = from + 1; index < to && !crosses; index++) crosses = run.items[index]!.parent !== run.items[from]!.parent;
  // Up to the run's end it settles the run; before another break it settles the items up to it.
  const what = to === run.items.length ? "重新编号本组" : "重新编号至下一处编号问题之前";
  const left = renumbered ? uncertainCount(renumbered.keys(), carriedOf) : 0;
  const description = `${what}：改为${range}${crosses ? "（跨上级连续）" : ""}${carried.length > 0 ? `，并更新 ${carried.length} 处引用` : ""}${uncertainNote(left)}`;
  if (carried.length > 0) return { description, edits: [...edits, ...carried].sort((a, b) => a.start - b.start) };
  // Most breaks settle one item (a pasted list numbered 1. 1. 1. has one break per item).
  return edits.length === 1 ? spanFix(description, edits[0]!.start, edits[0]!.end, edits[0]!.newText) : { description, edits };
}
