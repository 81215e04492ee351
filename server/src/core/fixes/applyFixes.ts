import { analyze, type Analysis, type AnalysisOptions } from "../analyze.js";
import type { Finding, Fix, TextEdit } from "../rules/types.js";
import { clauseInventory, clauseInventoryOfResult, keepsEveryClause } from "./clauseInventory.js";
import { keepsEveryReference, referenceTargets } from "./referenceTargets.js";
import { partitionPoint } from "../text/sorted.js";
import type { FixLoss } from "./fixLoss.js";
import { deletesUnitName } from "./deletedNames.js";
import { registryFor, type UnitRegistry } from "../units/registry.js";
import { registryOfPlan } from "../units/documentLevel.js";
import type { PlanDocument, Span } from "../model/types.js";

export type { FixLoss } from "./fixLoss.js";

/** A finding whose fix was refused, and why. The finding itself is still among the findings. */
export type RefusedFinding = Finding & { loss: FixLoss };

/**
 * Applies edits to a text. Edits that overlap an earlier-chosen edit are skipped (they are
 * re-evaluated in the next pass of `fixAll`), so an edit never changes text another edit moved.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; edits: TextEdit[] } {
  const chosen: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const previous = chosen[chosen.length - 1];
    if (previous && edit.start < previous.end) continue;
    if (previous && edit.start === previous.start && edit.end === previous.start && previous.end === previous.start) continue;
    chosen.push(edit);
  }
  const parts: string[] = [];
  let position = 0;
  for (const edit of chosen) {
    parts.push(text.slice(position, edit.start), edit.newText);
    position = edit.end;
  }
  parts.push(text.slice(position));
  return { text: parts.join(""), applied: chosen.length, edits: chosen };
}

/**
 * The findings whose fixes make one pass: each finding's fix when none of its edits overlaps an
 * edit already taken. Edits are checked against the taken ones sorted by start, so a pass over N
 * findings costs N log N, not N² (a pasted list of thousands of `1.` items has thousands of fixes).
 */
function chooseFixes(findings: readonly Finding[]): Array<Finding & { fix: Fix }> {
  const chosen: Array<Finding & { fix: Fix }> = [];
  const taken = new TakenSpans();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.edits.some((edit) => taken.overlaps(edit))) continue;
    for (const edit of fix.edits) taken.add(edit);
    chosen.push(finding as Finding & { fix: Fix });
  }
  return chosen;
}

/**
 * Taken spans, pairwise non-overlapping, sorted by start then end. Their ends then never
 * decrease, so the last span starting before an edit's end is the only one that can overlap
 * it. Overlap is strict, as before: touching spans and an insertion at a span's edge are fine.
 */
class TakenSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  overlaps(edit: TextEdit): boolean {
    const last = this.count((start) => start < edit.end) - 1;
    return last >= 0 && this.ends[last]! > edit.start;
  }

  add(edit: TextEdit): void {
    const at = this.count((start, end) => start < edit.start || (start === edit.start && end <= edit.end));
    this.starts.splice(at, 0, edit.start);
    this.ends.splice(at, 0, edit.end);
  }

  /** How many spans (a prefix, by the ordering) satisfy a predicate that holds for a prefix. */
  private count(before: (start: number, end: number) => boolean): number {
    return partitionPoint(this.starts.length, (i) => before(this.starts[i]!, this.ends[i]!));
  }
}

export interface FixAllResult {
  text: string;
  /** Edits applied. */
  fixed: number;
  /**
   * The findings whose fixes were refused because applying them would have lost a
   * responsibility clause or unit, or re-pointed a reference, with their places in the returned
   * text: the findings are still there, and the shells say why they were not fixed.
   */
  refused: RefusedFinding[];
}

/**
 * `plancheck --fix`: applies every safe fix, re-analysing after each pass until nothing fixable
 * remains (or a pass changes nothing). Idempotent: fixing fixed text changes nothing.
 *
 * Every pass is checked by re-parsing its result: a pass that would leave fewer responsibility
 * clauses, or fewer distinct units in them, than before, or make a reference to an item or part
 * of the plan name another, is not applied as a whole; the fixes that cause the loss are found by
 * halving the pass and refused, the others applied. A rule's bug can then cost a fix, never a
 * department or the meaning of a cross-reference.
 */
export function fixAll(
  text: string,
  options: AnalysisOptions = {},
  maxPasses = 10,
  /** Which findings' fixes to apply (`plancheck --fix-type units`); all by default. */
  accept: (finding: Finding) => boolean = () => true,
): FixAllResult {
  let current = text;
  let analysis = analyze(current, options);
  let fixed = 0;
  // Findings refused in `current`, left out of the next pass so that fixes they overlap get
  // their turn; forgotten when the text changes (they are tried, and refused, again).
  let refused: RefusedFinding[] = [];
  const excluded = new Set<string>();
  const key = (finding: Finding) => `${finding.rule}\0${finding.start}\0${finding.end}\0${finding.fix?.description}`;
  let settled = false;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = chooseFixes(analysis.findings.filter((finding) => accept(finding) && !excluded.has(key(finding))));
    if (chosen.length === 0) {
      settled = true;
      break;
    }
    const next = applyKeepingClauses(current, analysis, chosen.map((finding) => finding.fix), options);
    const refusedNow = refusedFindings(chosen, next.refused);
    if (next.applied === 0 || next.text === current) {
      for (const finding of refusedNow) excluded.add(key(finding));
      refused.push(...refusedNow);
      if (refusedNow.length === 0) {
        settled = true;
        break;
      }
      continue;
    }
    fixed += next.applied;
    current = next.text;
    analysis = next.analysis;
    refused = [];
    excluded.clear();
  }
  // Out of passes: what is still fixable here would be refused or is simply left; say which.
  if (!settled) {
    const chosen = chooseFixes(analysis.findings.filter((finding) => accept(finding) && !excluded.has(key(finding))));
    if (chosen.length > 0) {
      const again = applyKeepingClauses(current, analysis, chosen.map((finding) => finding.fix), options);
      refused.push(...refusedFindings(chosen, again.refused));
    }
  }
  return { text: current, fixed, refused };
}

function refusedFindings(findings: ReadonlyArray<Finding & { fix: Fix }>, refused: ReadonlyMap<Fix, FixLoss>): RefusedFinding[] {
  return findings.flatMap((finding) => {
    const loss = refused.get(finding.fix);
    return loss === undefined ? [] : [{ ...finding, loss }];
  });
}

/**
 * Applies non-overlapping fixes to a text whose analysis is given, refusing those that would
 * leave fewer clauses or units or re-point a reference (see fixAll). Returns the new text with
 * its analysis, and the refused fixes with why.
 */
export function applyKeepingClauses(
  text: string,
  analysis: Analysis,
  fixes: readonly Fix[],
  options: AnalysisOptions = {},
): { text: string; applied: number; analysis: Analysis; refused: Map<Fix, FixLoss> } {
  const clauses = clauseInventory(analysis.plan, options);
  const references = referenceTargets(analysis.plan);
  const lossOf: LossCheck = (result) =>
    !keepsEveryClause(clauses, clauseInventoryOfResult(result.analysis.plan, options)) ? "clause" : !keepsEveryReference(references, result.edits, result.analysis.plan) ? "reference" : null;
  const refused = new Map<Fix, FixLoss>();
  const unchanged: Applied = { text, applied: 0, edits: [], analysis };
  const keeping = withoutNameDeletions(text, analysis, fixes, options, refused);
  const { result } = safeFixes(text, { fixes: [], result: unchanged }, keeping, options, lossOf, refused, keeping.length > 0 ? applyFixes(text, keeping, options) : unchanged);
  return { text: result.text, applied: result.applied, analysis: result.analysis, refused };
}

/**
 * The given findings' fixes applied together (fix-all in the editor), split into those that
 * keep every clause, unit and reference and those refused (see applyKeepingClauses).
 */
export function partitionKeepingClauses(
  text: string,
  analysis: Analysis,
  findings: readonly Finding[],
  options: AnalysisOptions = {},
): { kept: Finding[]; refused: RefusedFinding[] } {
  const withFixes = findings.filter((finding): finding is Finding & { fix: Fix } => finding.fix !== undefined);
  const refused = applyKeepingClauses(text, analysis, withFixes.map((finding) => finding.fix), options).refused;
  return { kept: withFixes.filter((finding) => !refused.has(finding.fix)), refused: refusedFindings(withFixes, refused) };
}

/**
 * Which of several alternative fixes — the quick fixes and suggestions offered at one place,
 * some on the same span — would lose a clause or unit if the person applied that one alone
 * (an editor applies one quick fix at a time). Fixes whose edits do not meet are checked
 * together, so a selection's fixes cost one analysis; fixes on one span go in separate layers.
 */
export function refusedAlone(text: string, analysis: Analysis, fixes: readonly Fix[], options: AnalysisOptions = {}): Map<Fix, FixLoss> {
  const refused = new Map<Fix, FixLoss>();
  let rest = [...fixes];
  while (rest.length > 0) {
    const layer: Fix[] = [];
    const later: Fix[] = [];
    const taken = new TakenSpans();
    // Two insertions at one place would both pass the overlap test, and applyEdits keeps one.
    const starts = new Set<number>();
    for (const fix of rest) {
      if (fix.edits.some((edit) => taken.overlaps(edit) || starts.has(edit.start))) {
        later.push(fix);
        continue;
      }
      for (const edit of fix.edits) {
        taken.add(edit);
        starts.add(edit.start);
      }
      layer.push(fix);
    }
    for (const [fix, loss] of applyKeepingClauses(text, analysis, layer, options).refused) refused.set(fix, loss);
    rest = later;
  }
  return refused;
}

/**
 * The fixes that delete no unit's name they do not say they delete (deletedNames.ts); the others
 * refused. The registry is built only where a fix deletes text.
 */
function withoutNameDeletions(text: string, analysis: Analysis, fixes: readonly Fix[], options: AnalysisOptions, refused: Map<Fix, FixLoss>): readonly Fix[] {
  let registry: UnitRegistry | null = null;
  let tasks: Span | null = null;
  let kept: Fix[] | null = null;
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i]!;
    if (fix.edits.some((edit) => edit.end > edit.start)) {
      registry ??= registryOfPlan(registryFor(options.config, options.registryEntries), analysis.plan);
      tasks ??= tasksSpan(analysis.plan);
      if (deletesUnitName(text, fix, registry, tasks)) {
        refused.set(fix, "clause");
        kept ??= fixes.slice(0, i);
        continue;
      }
    }
    kept?.push(fix);
  }
  return kept ?? fixes;
}

/** Where a plan writes its tasks' units: from its first item to its last clause's end. */
function tasksSpan(plan: PlanDocument): Span {
  const first = plan.allItems[0];
  let end = 0;
  for (const clause of plan.clauses) if (clause.end > end) end = clause.end;
  return first === undefined ? { start: 0, end: 0 } : { start: first.start, end };
}

type Applied = { text: string; applied: number; edits: TextEdit[]; analysis: Analysis };
type LossCheck = (result: Applied) => FixLoss | null;

function applyFixes(text: string, fixes: readonly Fix[], options: AnalysisOptions): Applied {
  const edits: TextEdit[] = [];
  for (const fix of fixes) for (const edit of fix.edits) edits.push(edit);
  const result = applyEdits(text, edits);
  return { ...result, analysis: analyze(result.text, options) };
}

/** Fixes found safe together, and their application. */
interface Kept {
  fixes: readonly Fix[];
  result: Applied;
}

/**
 * The most of `fixes` that can join the `kept` ones with nothing lost, found by halving: a few
 * parses per harmful fix, not one per fix. Each half is tried together with what was kept before
 * it, so of two fixes harmless alone but harmful together (a renumbering that carries a reference,
 * and a restyled marker that then stands above it) the first is kept and the second refused, and
 * what is kept always holds together. `tried` is the application of kept and fixes where known.
 */
function safeFixes(text: string, kept: Kept, fixes: readonly Fix[], options: AnalysisOptions, lossOf: LossCheck, refused: Map<Fix, FixLoss>, tried?: Applied): Kept {
  if (fixes.length === 0) return kept;
  const result = tried ?? applyFixes(text, [...kept.fixes, ...fixes], options);
  const loss = lossOf(result);
  if (loss === null) return { fixes: [...kept.fixes, ...fixes], result };
  if (fixes.length === 1) {
    refused.set(fixes[0]!, loss);
    return kept;
  }
  const half = fixes.length >> 1;
  const first = safeFixes(text, kept, fixes.slice(0, half), options, lossOf, refused);
  return safeFixes(text, first, fixes.slice(half), options, lossOf, refused);
}
