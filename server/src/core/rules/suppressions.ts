import type { PlanDocument } from "../model/types.js";
import type { Finding } from "./types.js";

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
  return findings.filter(
    (finding) => !suppressions.some((s) => (s.rule === null || s.rule === finding.rule) && finding.start >= s.start && finding.start < s.end),
  );
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
