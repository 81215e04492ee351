import { isLineFeed } from "../syntax/parse.js";
import type { Comment, PlanDocument } from "../model/types.js";
import type { DirectiveNode } from "../syntax/cst.js";
import { SpanCover } from "../text/coverage.js";
import type { DirectiveUse, Finding, TextEdit } from "./types.js";
import { hasValueIn, partitionPoint } from "../text/sorted.js";

interface Suppression {
  rule: string | null;
  start: number;
  end: number;
  use: DirectiveUse;
}

/**
 * Applies `// plancheck-disable-next-line RULE`, `// plancheck-disable RULE` … `// plancheck-enable
 * RULE` (plan-markup.md §4). A directive with no rule id applies to every rule. Returns the
 * findings left and what each directive did: a directive is used when it suppressed at least one
 * finding (every directive covering a finding counts as used, so that of two overlapping
 * directives neither is called useless while the other is needed).
 */
export function applySuppressions(plan: PlanDocument, findings: Finding[]): { findings: Finding[]; uses: DirectiveUse[] } {
  const { suppressions, uses } = collectSuppressions(plan);
  if (suppressions.length === 0) return { findings, uses };
  // Per rule (and for directives naming no rule) one cover and one sorted list of finding
  // starts: a look-up per finding and per directive, so thousands of each are not a product.
  const byRule = new Map<string | null, Suppression[]>();
  for (const suppression of suppressions) {
    const list = byRule.get(suppression.rule);
    if (list) list.push(suppression);
    else byRule.set(suppression.rule, [suppression]);
  }
  const covers = new Map<string | null, SpanCover>([...byRule].map(([rule, list]) => [rule, new SpanCover(list)]));
  const anyRule = covers.get(null);
  const startsByRule = new Map<string | null, number[]>([[null, []]]);
  for (const finding of findings) {
    if (!byRule.has(finding.rule)) continue;
    const starts = startsByRule.get(finding.rule);
    if (starts) starts.push(finding.start);
    else startsByRule.set(finding.rule, [finding.start]);
  }
  if (anyRule) startsByRule.set(null, findings.map((finding) => finding.start));
  for (const starts of startsByRule.values()) starts.sort((a, b) => a - b);
  for (const suppression of suppressions) {
    if (hasValueIn(startsByRule.get(suppression.rule) ?? [], suppression.start, suppression.end)) suppression.use.used = true;
  }
  return { findings: findings.filter((finding) => !(anyRule?.covers(finding.start) || covers.get(finding.rule)?.covers(finding.start))), uses };
}

function collectSuppressions(plan: PlanDocument): { suppressions: Suppression[]; uses: DirectiveUse[] } {
  const suppressions: Suppression[] = [];
  const uses: DirectiveUse[] = [];
  const open = new Map<string | null, { start: number; use: DirectiveUse }>();
  const lines = plan.syntax.lines;
  let lineIndex = 0;
  for (const comment of plan.comments) {
    const directive = comment.directive;
    if (!directive) continue;
    const rules = directive.ruleIds.length > 0 ? directive.ruleIds : [null];
    const useOf = (rule: DirectiveUse["rule"]): DirectiveUse => {
      const use: DirectiveUse = { comment, directive, rule, used: false };
      uses.push(use);
      return use;
    };
    if (directive.name === "plancheck-disable-next-line") {
      while (lineIndex < lines.length && lines[lineIndex]!.end <= comment.start) lineIndex++;
      let next = lineIndex + 1;
      while (next < lines.length && (lines[next]!.kind === "comment" || lines[next]!.kind === "blank")) next++;
      const target = lines[next];
      for (const rule of rules) {
        const use = useOf(rule);
        if (target) suppressions.push({ rule: rule?.id ?? null, start: target.start, end: target.end, use });
      }
    } else if (directive.name === "plancheck-disable") {
      // A second `disable` of a rule already disabled changes nothing: it stays unused.
      for (const rule of rules) {
        const use = useOf(rule);
        if (!open.has(rule?.id ?? null)) open.set(rule?.id ?? null, { start: comment.end, use });
      }
    } else {
      for (const rule of rules) {
        const use = useOf(rule);
        const opened = open.get(rule?.id ?? null);
        if (opened === undefined) continue;
        use.used = true;
        use.closes = opened.use;
        suppressions.push({ rule: rule?.id ?? null, start: opened.start, end: comment.start, use: opened.use });
        open.delete(rule?.id ?? null);
      }
    }
  }
  for (const [rule, { start, use }] of open) suppressions.push({ rule, start, end: plan.text.length + 1, use });
  return { suppressions, uses };
}

/** The index of the syntax line holding an offset: the last line starting at or before it. */
function lineIndexAt(plan: PlanDocument, offset: number): number {
  const lines = plan.syntax.lines;
  return Math.max(0, partitionPoint(lines.length, (i) => lines[i]!.start <= offset) - 1);
}

/**
 * The edit that takes one rule id out of a directive that names several: the id with the
 * separator before it (or, for the first id, the separator after it). Null when the id is the
 * directive's only one (remove the directive instead).
 */
export function removeRuleIdEdit(directive: DirectiveNode, id: { start: number; end: number }): TextEdit | null {
  const ids = directive.ruleIds;
  const index = ids.findIndex((rule) => rule.start === id.start);
  if (index < 0 || ids.length < 2) return null;
  return index > 0 ? { start: ids[index - 1]!.end, end: id.end, newText: "" } : { start: id.start, end: ids[1]!.start, newText: "" };
}

/**
 * The edit that removes a directive's comment line, terminator included, and whether the line
 * holds nothing but the directive (no reason after `--`, no further comment), so that removing
 * it loses nothing a person wrote for others to read.
 */
export function removeDirectiveLineEdit(plan: PlanDocument, comment: Comment): { edit: TextEdit; onlyDirective: boolean } {
  const directive = comment.directive;
  const lastId = directive?.ruleIds[directive.ruleIds.length - 1];
  const directiveEnd = lastId ? lastId.end : directive ? directive.nameStart + directive.name.length : comment.start;
  const line = plan.syntax.lines[lineIndexAt(plan, comment.start)]!;
  return { edit: { start: line.start, end: line.end, newText: "" }, onlyDirective: plan.text.slice(directiveEnd, comment.end).trim() === "" };
}

/**
 * The edit of the "disable for this line" quick fix: `// plancheck-disable-next-line RULE` on a
 * new line above the finding's line (same indentation, same line ending), or, when the line
 * above already is such a directive, the rule added to it (`RULE, OTHER`). Null when the
 * directive above already names the rule.
 */
export function disableNextLineEdit(plan: PlanDocument, finding: Pick<Finding, "start" | "rule">): TextEdit | null {
  // Front matter holds `key: value` lines only: a directive cannot stand above one of them, and
  // one after the block would suppress nothing (and be reported as unused).
  const frontMatter = plan.syntax.frontMatter;
  if (frontMatter && finding.start < frontMatter.end) return null;
  const lines = plan.syntax.lines;
  const low = lineIndexAt(plan, finding.start);
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
  const eol = isLineFeed(line.eol) ? line.eol : above !== undefined && isLineFeed(above.eol) ? above.eol : "\n";
  return { start: line.start, end: line.start, newText: `${indent}// plancheck-disable-next-line ${finding.rule}${eol}` };
}
