import { isPageLine } from "../model/clauseReading.js";
import { addLinesSetApart } from "../model/setApart.js";
import type { PlanDocument, Span } from "../model/types.js";
import { findingOf } from "../rules/findingShape.js";
import type { Finding, Fix } from "../rules/types.js";
import type { LineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * The model reads a clause past lines that are not its own (model/clauseReading.ts): a page's
 * number and running head where a PDF's page ended inside it, and the lines it sets apart (a Word
 * review balloon, model/setApart.ts). The spans the units rules edit — the separator between two
 * names, a repeated name with the separator before it, a name cut by a line break — are read
 * from the document, so they hold such a line when it stands inside them: units/duplicate's
 * `删除重复的“市工信局”` deleted a reviewer's `批注 [张三1]: …` standing before the repeat. Those
 * lines are their own rules' (structure/review-markup, structure/page-number …, OWNERS): another
 * rule's fix or suggestion that would change one is withdrawn, and its finding stays.
 *
 * A clause over lines is rare, one over such a line rarer: the clauses are placed by a binary
 * search each, and the findings are read only when one is found.
 */
const OWNERS: ReadonlySet<string> = new Set([
  "structure/review-markup",
  "structure/repeated-paste",
  "structure/page-number",
  "structure/trailing-text",
  "structure/table-of-contents",
]);

export function withoutFixesOverForeignLines(plan: PlanDocument, findings: Finding[]): void {
  const { clauses, lines } = foreignLinesInClauses(plan);
  if (lines.length === 0) return;
  const crosses = (fix: Fix) => fix.edits.some((edit) => lines.some((line) => edit.start < line.end && edit.end > line.start));
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    if ((finding.fix === undefined && finding.suggestions === undefined) || OWNERS.has(finding.rule)) continue;
    // Only a finding in a clause that holds such a line edits near one.
    if (!clauses.some((clause) => finding.start < clause.end && finding.end > clause.start)) continue;
    const fix = finding.fix !== undefined && crosses(finding.fix) ? undefined : finding.fix;
    const suggestions = finding.suggestions?.filter((suggestion) => !crosses(suggestion));
    if (fix === finding.fix && suggestions?.length === finding.suggestions?.length) continue;
    const kept = findingOf(finding.start, finding.end, finding.message, finding.rule, finding.severity, fix, suggestions?.length ? suggestions : undefined);
    if (finding.internal !== undefined) kept.internal = finding.internal;
    findings[i] = kept;
  }
}

/** The clauses that hold lines not their own, and those lines' content. */
function foreignLinesInClauses(plan: PlanDocument): { clauses: Span[]; lines: Span[] } {
  const found = { clauses: [] as Span[], lines: [] as Span[] };
  const all = plan.lines;
  let setApart: Set<LineNode> | null = null;
  for (const clause of plan.clauses) {
    const first = partitionPoint(all.length, (k) => all[k]!.end <= clause.start);
    // Most clauses stand on one line: one look says so.
    if (first >= all.length || all[first]!.end >= clause.end) continue;
    let holds = false;
    for (let k = first + 1; k < all.length && all[k]!.start < clause.end; k++) {
      const line = all[k]!;
      setApart ??= addLinesSetApart(plan, new Set<LineNode>());
      if (!isPageLine(line) && !setApart.has(line)) continue;
      found.lines.push({ start: line.start, end: line.contentEnd });
      holds = true;
    }
    if (holds) found.clauses.push({ start: clause.start, end: clause.end });
  }
  return found;
}
