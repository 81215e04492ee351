import type { ResponsibilityClause } from "../model/types.js";
import { spanFix } from "../fixes/fix.js";
import type { FindingReport } from "../rules/types.js";
import { detached } from "../text/detached.js";

/**
 * A rule's findings on one responsibility clause, remembered from one analysis to the next by the
 * clause's text, while what the rule read from the rest of the plan stays the same (`context`).
 *
 * Typing changes one clause at most, yet a rule that judges every unit name (units/unknown: the
 * registry look-ups, the clause's neighbours, the suggestions) did the whole plan's clauses again
 * on every keystroke. What such a rule says of a clause depends on the clause's own text (its
 * names, the separators between them) and on a few facts of the whole plan — the units it uses,
 * its level, places and year — which the rule spells out as the context. A clause met again with
 * the same text under the same context gets the same findings, moved to where it stands now.
 *
 * Findings are kept with offsets from the clause's start and carry span fixes only (one
 * replacement each), which is what the clause rules offer. A clause read from a pasted table
 * (its segments follow the table's columns, not its text) is never remembered. Entries are
 * detached copies (text/detached.ts), bounded, and dropped when the context changes.
 */
export class ClauseFindingsMemo<N> {
  private readonly byOwner = new WeakMap<object, { context: string; clauses: Map<string, KeptClause<N>> }>();

  constructor(private readonly limit = 20_000) {}

  /**
   * Whether a plan of this many clauses is worth remembering: one with more than the memo holds
   * would only fill and clear it, keeping an entry per clause for nothing (a 25 MB plan's
   * 100,000 clauses cost some 15 MB).
   */
  keeps(clauses: number): boolean {
    return clauses <= this.limit;
  }

  /**
   * One analysis's pass over the clauses under `owner` (the registry the rule reads with) and
   * `context`. What the pass judges afresh is remembered only when it is committed: a rule whose
   * judgement of a clause turned out to depend on more than the context (units/unknown's bound on
   * searches) throws the pass away.
   */
  begin(owner: object, context: string, text: string): ClausePass<N> {
    let memo = this.byOwner.get(owner);
    if (memo === undefined || memo.context !== context) this.byOwner.set(owner, (memo = { context: detached(context), clauses: new Map() }));
    return new ClausePass(memo.clauses, text, this.limit);
  }
}

/** What a rule said of a clause: its findings and notes of its own (names it searched, say). */
export interface ClauseJudgement<N> {
  findings: readonly FindingReport[];
  notes: readonly N[];
}

interface KeptClause<N> {
  findings: readonly KeptFinding[];
  notes: readonly N[];
  /** For a clause with no findings, its judgement as it is wherever the clause stands. */
  unchanged: ClauseJudgement<N> | null;
}

export class ClausePass<N> {
  private readonly fresh: Array<[string, KeptClause<N>]> = [];

  constructor(
    private readonly kept: Map<string, KeptClause<N>>,
    private readonly text: string,
    private readonly limit: number,
  ) {}

  /** The clause's judgement, remembered or made by `judge`, with its findings where the clause stands now. */
  of(clause: ResponsibilityClause, judge: (clause: ResponsibilityClause) => ClauseJudgement<N>): ClauseJudgement<N> {
    // A pasted table's row is read by its table's columns, not by its text alone.
    if (clause.tableRow !== null) return judge(clause);
    const key = this.text.slice(clause.start, clause.end);
    let kept = this.kept.get(key);
    if (kept === undefined) {
      const judged = judge(clause);
      kept =
        judged.findings.length === 0
          ? { findings: NOTHING, notes: judged.notes, unchanged: { findings: NO_REPORTS, notes: judged.notes } }
          : { findings: judged.findings.map((finding) => keep(finding, clause.start)), notes: judged.notes, unchanged: null };
      this.fresh.push([key, kept]);
    }
    // Most clauses have nothing to say: what is kept is the judgement, with no copy made.
    if (kept.unchanged !== null) return kept.unchanged;
    return { findings: kept.findings.map((finding) => placed(finding, clause.start)), notes: kept.notes };
  }

  /** Remembers what this pass judged afresh. */
  commit(): void {
    for (const [key, kept] of this.fresh) {
      if (this.kept.size >= this.limit) this.kept.clear();
      this.kept.set(detached(key), kept);
    }
    this.fresh.length = 0;
  }
}

/**
 * A finding with offsets from its clause's start, its suggestions as [description, start, end,
 * new text, the name it says it deletes or null]: a suggestion that deletes a residue (删除“市质监局”)
 * placed again without its `deletes` would delete a name it no longer says it does.
 */
interface KeptFinding {
  start: number;
  end: number;
  message: string;
  /** Null where the finding had none (not even an empty list). */
  suggestions: ReadonlyArray<readonly [string, number, number, string, readonly [number, number] | null]> | null;
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NOTHING: readonly KeptFinding[] = [];
const NO_REPORTS: readonly FindingReport[] = [];

function keep(finding: FindingReport, from: number): KeptFinding {
  if (finding.fix !== undefined || finding.internal) throw new Error("ClauseFindingsMemo keeps findings with suggestions only");
  const suggestions = finding.suggestions === undefined ? null : finding.suggestions.map((fix) => {
    const [edit, ...more] = fix.edits;
    if (edit === undefined || more.length > 0) throw new Error("ClauseFindingsMemo keeps one-edit suggestions only");
    const deletes = fix.deletes === undefined ? null : ([fix.deletes.start - from, fix.deletes.end - from] as const);
    return [detached(fix.description), edit.start - from, edit.end - from, detached(edit.newText), deletes] as const;
  });
  return { start: finding.start - from, end: finding.end - from, message: detached(finding.message), suggestions };
}

function placed(finding: KeptFinding, at: number): FindingReport {
  const report: FindingReport = { start: finding.start + at, end: finding.end + at, message: finding.message };
  if (finding.suggestions !== null) {
    report.suggestions = finding.suggestions.map(([description, start, end, newText, deletes]) =>
      spanFix(description, start + at, end + at, newText, deletes === null ? undefined : { start: deletes[0] + at, end: deletes[1] + at }),
    );
  }
  return report;
}
