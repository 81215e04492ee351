import type { ResponsibilityClause, PlanDocument } from "../model/types.js";

/** How a document writes its clauses: `〔责任单位：…〕`, `(责任部门:…)`, … */
export interface ClauseStyle {
  open: string;
  close: string;
  /** 责任单位 or 责任部门: the label for a clause that names one group of units. */
  label: string;
  colon: string;
}

/** The canonical form (plan-markup.md §3), used when a document has no clause to follow yet. */
export const CANONICAL_CLAUSE_STYLE: ClauseStyle = { open: "〔", close: "〕", label: "责任单位", colon: "：" };

/** Labels that mean the same thing and differ only in wording; 牵头单位 / 配合单位 say something else. */
export const RESPONSIBILITY_LABELS: ReadonlySet<string> = new Set(["责任单位", "责任部门"]);

export interface StyleVote {
  value: string;
  count: number;
  /** True when no other value is as frequent: only then is there a majority to follow. */
  clear: boolean;
}

export interface DocumentClauseStyle {
  open: StyleVote | null;
  close: StyleVote | null;
  label: StyleVote | null;
  colon: StyleVote | null;
}

/** Each part of the clause form decided separately by the document's majority. */
export function documentClauseStyle(plan: PlanDocument): DocumentClauseStyle {
  const open: string[] = [];
  const close: string[] = [];
  const label: string[] = [];
  const colon: string[] = [];
  for (const clause of plan.clauses) {
    open.push(clause.open);
    if (clause.close) close.push(clause.close);
    for (const segment of clause.segments) {
      if (segment.colon) colon.push(segment.colon);
      if (RESPONSIBILITY_LABELS.has(segment.label)) label.push(segment.label);
    }
  }
  return { open: vote(open), close: vote(close), label: vote(label), colon: vote(colon) };
}

/** The style a new clause should take: the document's majority, else the canonical form. */
export function preferredClauseStyle(plan: PlanDocument): ClauseStyle {
  const style = documentClauseStyle(plan);
  return {
    open: style.open?.value ?? CANONICAL_CLAUSE_STYLE.open,
    close: style.close?.value ?? CANONICAL_CLAUSE_STYLE.close,
    label: style.label?.value ?? CANONICAL_CLAUSE_STYLE.label,
    colon: style.colon?.value ?? CANONICAL_CLAUSE_STYLE.colon,
  };
}

function vote(values: readonly string[]): StyleVote | null {
  if (values.length === 0) return null;
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [value, count] = ranked[0]!;
  return { value, count, clear: ranked.length === 1 || ranked[1]![1] < count };
}

/** Offset of a segment's colon: right after its label, past any spaces. */
export function colonOffset(text: string, clause: ResponsibilityClause, segmentIndex: number): number | null {
  const segment = clause.segments[segmentIndex];
  if (!segment?.labelSpan || !segment.colon) return null;
  const at = text.indexOf(segment.colon, segment.labelSpan.end);
  return at >= 0 && at < clause.end ? at : null;
}
