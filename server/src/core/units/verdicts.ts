import type { ResponsibilityClause, UnitName } from "../model/types.js";

/**
 * What a rule says of a unit name, worked out once per distinct name in one analysis: a plan
 * writes the same few dozen names thousands of times, and such a verdict depends on the name
 * alone (given what the rule gathered from the whole plan before asking). `null` is a verdict
 * too: nothing to report.
 */
export class VerdictPerName<V> {
  private readonly verdicts = new Map<string, V | null>();

  constructor(private readonly judge: (name: string) => V | null) {}

  of(name: string): V | null {
    let verdict = this.verdicts.get(name);
    if (verdict === undefined) this.verdicts.set(name, (verdict = this.judge(name)));
    return verdict;
  }
}

/** Each name of the clauses that has a verdict, with it and its clause, in document order. */
export function eachJudgedName<V>(clauses: readonly ResponsibilityClause[], verdicts: VerdictPerName<V>, visit: (unit: UnitName, verdict: V, clause: ResponsibilityClause) => void): void {
  for (const clause of clauses) {
    for (const unit of clause.units) {
      const verdict = verdicts.of(unit.text);
      if (verdict !== null) visit(unit, verdict, clause);
    }
  }
}
