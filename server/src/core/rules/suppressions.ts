import type { PlanDocument } from "../model/types.js";
import { SpanCover } from "../text/coverage.js";
import type { Finding, TextEdit } from "./types.js";

interface Suppression {
  rule: string | null;
  start: number;
  end: number;
}

/**
 * Applies `// plancheck-disable-next-line RULE`, `// plancheck-disable RULE` … `// plancheck-enable
 * RULE` (plan-markup.md §4). A directive with no rule id applies to every rule.
 */
export function applySuppressions(plan: PlanDocument, findings: Finding[]): Finding[] {
  const suppressions = collectSuppressions(plan);
  if (suppressions.length === 0) return findings;
  // One look-up per finding (by its rule, and for directives naming no rule): thousands of
  // directives and findings would otherwise be a product.
  const byRule = new Map<string | null, Suppression[]>();
  for (const suppression of suppressions) {
    const list = byRule.get(suppression.rule);
    if (list) list.push(suppression);
    else byRule.set(suppression.rule, [suppression]);
  }
  const covers = new Map<string | null, SpanCover>([...byRule].map(([rule, list]) => [rule, new SpanCover(list)]));
  const anyRule = covers.get(null);
  return findings.filter((finding) => !(anyRule?.covers(finding.start) || covers.get(finding.rule)?.covers(finding.start)));
}

function collectSuppressions(plan: PlanDocument): Suppression[] {
  const suppressions: Suppression[] = [];
  const open = new Map<string | null, number>();
  const lines = plan.syntax.lines;
  let lineIndex = 0;
  for (const comment of plan.comments) {
    const directive = comment.directive;
    if (!directive) continue;
    const rules = directive.ruleIds.length > 0 ? directive.ruleIds.map((r) => r.id) : [null];
    if (directive.name === "plancheck-disable-next-line") {
      while (lineIndex < lines.length && lines[lineIndex]!.end <= comment.start) lineIndex++;
      let next = lineIndex + 1;
      while (next < lines.length && (lines[next]!.kind === "comment" || lines[next]!.kind === "blank")) next++;
      const target = lines[next];
      if (target) for (const rule of rules) suppressions.push({ rule, start: target.start, end: target.end });
    } else if (directive.name === "plancheck-disable") {
      for (const rule of rules) if (!open.has(rule)) open.set(rule, comment.end);
    } else {
      for (const rule of rules) {
        const start = open.get(rule);
        if (start === undefined) continue;
        suppressions.push({ rule, start, end: comment.start });
        open.delete(rule);
      }
    }
  }
  for (const [rule, start] of open) suppressions.push({ rule, start, end: plan.text.length + 1 });
  return suppressions;
}

/**
 * The edit of the "disable for this line" quick fix: `// plancheck-disable-next-line RULE` on a
 * new line above the finding's line (same indentation, same line ending), or, when the line
 * above already is such a directive, the rule added to it (`RULE, OTHER`). Null when the
 * directive above already names the rule.
 */
export function disableNextLineEdit(plan: PlanDocument, finding: Pick<Finding, "start" | "rule">): TextEdit | null {
  const lines = plan.syntax.lines;
  let low = 0;
  let high = lines.length - 1;
  // The line holding the finding's start: the last line starting at or before it.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= finding.start) low = middle;
    else high = middle - 1;
  }
  const line = lines[low];
  if (!line) return { start: 0, end: 0, newText: `// plancheck-disable-next-line ${finding.rule}\n` };
  const above = lines[low - 1];
  if (above?.kind === "comment" && above.directive?.name === "plancheck-disable-next-line" && above.directive.ruleIds.length > 0) {
    const ids = above.directive.ruleIds;
    if (ids.some((rule) => rule.id === finding.rule)) return null;
    const last = ids[ids.length - 1]!;
    return { start: last.end, end: last.end, newText: `, ${finding.rule}` };
  }
  const indent = plan.text.slice(line.start, line.indentEnd);
  const eol = line.eol || above?.eol || "\n";
  return { start: line.start, end: line.start, newText: `${indent}// plancheck-disable-next-line ${finding.rule}${eol}` };
}
