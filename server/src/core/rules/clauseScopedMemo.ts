import { PlanMemo } from "../model/planMemo.js";
import { deferredFix, spanFix } from "../fixes/fix.js";
import { detached } from "../text/detached.js";
import { partitionPoint } from "../text/sorted.js";
import type { PlanDocument, ResponsibilityClause } from "../model/types.js";
import type { UnitRegistry } from "../units/registry.js";
import { findingOf } from "./findingShape.js";
import type { Finding, Fix, Severity } from "./types.js";

/**
 * The findings of the rules that read only a plan's responsibility clauses and its unit context
 * (`RuleMeta.reads: "clauses"`), kept from one analysis to the next while neither changes.
 *
 * A keystroke in a task's text changes no clause, yet the clause rules (units/alias, units/level,
 * units/separator …) judged every name of a 100 KB plan again on each one: together a fifth of a
 * keystroke's rules. Their findings are a function of the clauses' text, in order, and of the
 * context (units/planContext.ts), the registry, the rule's options and severity; every finding
 * and every edit of its fixes lies inside one clause. So when a new version of the plan has the
 * same clauses (the same count, each with the same text; a table row also under the same
 * columns) and the same context, each finding is the last one moved by as much as its clause
 * moved. Anything else — a clause typed in, one added or removed, an issuer or title changed,
 * another configuration — runs the rule afresh.
 *
 * Only the server's analyses use it (the parser keeps nodes there: syntax/incremental.ts
 * `nodesAreKept`); in the CLI every file is new. What is kept per run is the clauses' text
 * (not the plan's) and the findings with offsets from their clause, their fixes made into plain
 * edits; a rule whose finding lies outside every clause is never kept (the metadata was wrong,
 * and the rule is simply run each time). A few runs are kept per rule: one per open plan.
 */
export class ClauseScopedMemo {
  private readonly runs = new Map<string, KeptRun[]>();

  constructor(
    /** Runs kept per rule (the plans being edited side by side). */
    private readonly perRule = 4,
    /** Plans with more clauses are not kept: a pasted 25 MB plan's copy would cost more than its run. */
    private readonly maxClauses = 20_000,
  ) {}

  /** The rule's findings for `plan` when a kept run had the same inputs; null when the rule must run. */
  recall(rule: string, plan: PlanDocument, inputs: RunInputs): Finding[] | null {
    const runs = this.runs.get(rule);
    if (runs === undefined) return null;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      if (run.registry !== inputs.registry || run.options !== inputs.options || run.severity !== inputs.severity || run.context !== inputs.context) continue;
      if (!sameClauses(plan, run.clauses)) continue;
      // Most recently used first.
      if (i > 0) runs.unshift(...runs.splice(i, 1));
      return placedFindings(run, plan.clauses);
    }
    return null;
  }

  /** Keeps what the rule found for `plan` under `inputs`, unless a finding lies outside every clause. */
  remember(rule: string, plan: PlanDocument, inputs: RunInputs, findings: readonly Finding[]): void {
    if (plan.clauses.length > this.maxClauses) return;
    const clauses = keptClausesOf(plan);
    if (clauses === null) return;
    const kept: KeptFinding[] = [];
    for (const finding of findings) {
      const keptFinding = keepFinding(finding, plan.clauses);
      if (keptFinding === null) return;
      kept.push(keptFinding);
    }
    let runs = this.runs.get(rule);
    if (runs === undefined) this.runs.set(rule, (runs = []));
    // The context is made of the plan's own strings (its issuer, its title): a copy, as the clauses' text.
    runs.unshift({ registry: inputs.registry, options: inputs.options, severity: inputs.severity, context: detached(inputs.context), clauses, findings: kept });
    if (runs.length > this.perRule) runs.length = this.perRule;
  }
}

/** Everything besides the clauses that a clause rule's findings depend on. */
export interface RunInputs {
  registry: UnitRegistry;
  options: Record<string, unknown>;
  severity: Severity;
  /** units/planContext.ts `unitsContextOf`. */
  context: string;
}

interface KeptRun extends RunInputs {
  clauses: KeptClauses;
  findings: readonly KeptFinding[];
}

/** A version's clauses as read: their text one after another, where each ends in it, a table row's columns. */
interface KeptClauses {
  text: string;
  ends: Int32Array;
  columns: ReadonlyArray<string | null>;
}

/** A finding with offsets from the start of its clause (the clause's index). */
interface KeptFinding {
  clause: number;
  start: number;
  end: number;
  message: string;
  rule: string;
  severity: Severity;
  fix: KeptFix | null;
  suggestions: readonly KeptFix[] | null;
}

interface KeptFix {
  description: string;
  /** [start, end, new text], offsets from the clause's start. */
  edits: ReadonlyArray<readonly [number, number, string]>;
  /** The name the fix says it deletes (Fix `deletes`), from the clause's start: the fix guard lets it go. */
  deletes: readonly [number, number] | null;
}

/** The clauses of one plan as kept, made once per plan for all the rules that remember it. */
function keptClausesOf(plan: PlanDocument): KeptClauses | null {
  let kept = keptByPlan.get(plan);
  if (kept === undefined) {
    const clauses = plan.clauses;
    const pieces: string[] = [];
    const ends = new Int32Array(clauses.length);
    const columns: Array<string | null> = [];
    let length = 0;
    kept = { text: "", ends, columns };
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i]!;
      // Clauses in document order, apart: a finding's clause is found by its offset.
      if (i > 0 && clause.start < clauses[i - 1]!.end) {
        kept = null;
        break;
      }
      pieces.push(plan.text.slice(clause.start, clause.end));
      length += clause.end - clause.start;
      ends[i] = length;
      columns.push(columnsOf(clause));
    }
    // A copy: the pieces are slices of the plan, and a joined string keeps them (and the plan) alive.
    if (kept !== null) kept.text = detached(pieces.join(""));
    keptByPlan.set(plan, kept);
  }
  return kept;
}

const keptByPlan = new PlanMemo<KeptClauses | null>();

/** A table row's clause is read by its table's columns as well as its text. */
function columnsOf(clause: ResponsibilityClause): string | null {
  return clause.tableRow === null ? null : clause.tableRow.table.columns.join("\t");
}

/** Whether the plan's clauses read as the kept ones: remembered per plan and kept run (the rules of one analysis ask alike). */
function sameClauses(plan: PlanDocument, kept: KeptClauses): boolean {
  let answers = sameByPlan.get(plan);
  if (answers === undefined) sameByPlan.set(plan, (answers = new WeakMap()));
  let same = answers.get(kept);
  if (same === undefined) answers.set(kept, (same = compareClauses(plan, kept)));
  return same;
}

const sameByPlan = new PlanMemo<WeakMap<KeptClauses, boolean>>();

function compareClauses(plan: PlanDocument, kept: KeptClauses): boolean {
  const { clauses, text } = plan;
  if (clauses.length !== kept.ends.length) return false;
  let from = 0;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const to = kept.ends[i]!;
    if (clause.end - clause.start !== to - from) return false;
    for (let at = clause.start, k = from; k < to; at++, k++) if (text.charCodeAt(at) !== kept.text.charCodeAt(k)) return false;
    if (columnsOf(clause) !== kept.columns[i]) return false;
    from = to;
  }
  return true;
}

/** The index of the clause holding [start, end), or -1 (clauses are in order and apart). */
function clauseHolding(clauses: readonly ResponsibilityClause[], start: number, end: number): number {
  // The last clause starting at or before `start`.
  const index = partitionPoint(clauses.length, (i) => clauses[i]!.start <= start) - 1;
  return index >= 0 && end <= clauses[index]!.end ? index : -1;
}

function keepFinding(finding: Finding, clauses: readonly ResponsibilityClause[]): KeptFinding | null {
  if (finding.internal) return null;
  const index = clauseHolding(clauses, finding.start, finding.end);
  if (index < 0) return null;
  const from = clauses[index]!.start;
  const keepFix = (fix: Fix): KeptFix | null => {
    const edits: Array<readonly [number, number, string]> = [];
    for (const edit of fix.edits) {
      if (clauseHolding(clauses, edit.start, edit.end) !== index) return null;
      edits.push([edit.start - from, edit.end - from, detached(edit.newText)]);
    }
    // Copies: a description or new text made from a name may be a slice of the plan's version.
    const deletes = fix.deletes === undefined ? null : ([fix.deletes.start - from, fix.deletes.end - from] as const);
    return { description: detached(fix.description), edits, deletes };
  };
  const fix = finding.fix === undefined ? null : keepFix(finding.fix);
  if (finding.fix !== undefined && fix === null) return null;
  let suggestions: KeptFix[] | null = null;
  if (finding.suggestions !== undefined) {
    suggestions = [];
    for (const suggestion of finding.suggestions) {
      const kept = keepFix(suggestion);
      if (kept === null) return null;
      suggestions.push(kept);
    }
  }
  return { clause: index, start: finding.start - from, end: finding.end - from, message: finding.message, rule: finding.rule, severity: finding.severity, fix, suggestions };
}

function placedFindings(run: KeptRun, clauses: readonly ResponsibilityClause[]): Finding[] {
  const placed: Finding[] = [];
  for (const kept of run.findings) {
    const at = clauses[kept.clause]!.start;
    const fix = kept.fix === null ? undefined : placedFix(kept.fix, at);
    const suggestions = kept.suggestions === null ? undefined : kept.suggestions.map((suggestion) => placedFix(suggestion, at));
    placed.push(findingOf(kept.start + at, kept.end + at, kept.message, kept.rule, kept.severity, fix, suggestions));
  }
  return placed;
}

function placedFix(fix: KeptFix, at: number): Fix {
  const deletes = fix.deletes === null ? undefined : { start: fix.deletes[0] + at, end: fix.deletes[1] + at };
  if (fix.edits.length === 1) {
    const [start, end, newText] = fix.edits[0]!;
    return spanFix(fix.description, start + at, end + at, newText, deletes);
  }
  return deferredFix(fix.description, () => fix.edits.map(([start, end, newText]) => ({ start: start + at, end: end + at, newText })), deletes);
}
