import type { ResponsibilityClause, PlanDocument } from "../model/types.js";
import { MAY_HAVE_COMMENT as COMMENT_OPEN } from "../text/htmlMarkup.js";

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

/**
 * The forms plan-markup.md §3 accepts as standard for each part of a clause: full-width
 * brackets and colon. Half-width ones (`(责任部门:…)`, pasted from web pages) are never a form
 * to follow, however many clauses use them: a fix only ever moves text towards a standard form.
 */
const STANDARD: Record<keyof ClauseStyle, ReadonlySet<string>> = {
  open: new Set(["〔", "（"]),
  close: new Set(["〕", "）"]),
  label: RESPONSIBILITY_LABELS,
  colon: new Set(["："]),
};

/** The standard counterpart of a half-width form, used when the document's standard forms tie. */
const FULL_WIDTH: Readonly<Record<string, string>> = { "(": "（", ")": "）", ":": "：" };

export function isStandardForm(part: keyof ClauseStyle, value: string): boolean {
  return STANDARD[part].has(value);
}

export interface StyleVote {
  value: string;
  count: number;
  /** True when no other standard value is as frequent: only then is there a majority to follow. */
  clear: boolean;
}

/** The document's majority per part of the clause form, counted among standard forms only (null: none written). */
export interface DocumentClauseStyle {
  open: StyleVote | null;
  close: StyleVote | null;
  label: StyleVote | null;
  colon: StyleVote | null;
  /** The brackets of provincial-form clauses, which vote among themselves. */
  provincialOpen: StyleVote | null;
  provincialClose: StyleVote | null;
}

/**
 * Each part of the clause form decided separately by the document's majority among standard
 * forms. The provincial form `（…按职责分工负责）` is written in round brackets by definition,
 * so its brackets vote only among provincial clauses.
 */
export function documentClauseStyle(plan: PlanDocument): DocumentClauseStyle {
  const open: string[] = [];
  const close: string[] = [];
  const label: string[] = [];
  const colon: string[] = [];
  const provincialOpen: string[] = [];
  const provincialClose: string[] = [];
  for (const clause of plan.clauses) {
    (clause.form === "labeled" ? open : provincialOpen).push(clause.open);
    if (clause.close) (clause.form === "labeled" ? close : provincialClose).push(clause.close);
    for (const segment of clause.segments) {
      if (segment.colon) colon.push(segment.colon);
      if (RESPONSIBILITY_LABELS.has(segment.label)) label.push(segment.label);
    }
  }
  return {
    open: vote("open", open),
    close: vote("close", close),
    label: vote("label", label),
    colon: vote("colon", colon),
    provincialOpen: vote("open", provincialOpen),
    provincialClose: vote("close", provincialClose),
  };
}

/**
 * The standard form a written part should take, or null when it may stay. Only standard forms
 * vote: a half-width form follows the document's standard majority (its own full-width
 * counterpart on a tie), and a standard form changes only to follow a clear standard majority.
 * A document with no standard form of a part is consistent in it and left alone (whether
 * half-width punctuation belongs in a plan at all is the punctuation rules' question).
 */
export function expectedForm(part: keyof ClauseStyle, written: string, vote: StyleVote | null): string | null {
  if (written === "" || vote === null) return null;
  if (!isStandardForm(part, written)) return vote.clear ? vote.value : (FULL_WIDTH[written] ?? vote.value);
  return vote.clear && vote.value !== written ? vote.value : null;
}

/** The style a new clause should take: the document's standard majority, else the canonical form. */
export function preferredClauseStyle(plan: PlanDocument): ClauseStyle {
  const style = documentClauseStyle(plan);
  return {
    open: style.open?.value ?? CANONICAL_CLAUSE_STYLE.open,
    close: style.close?.value ?? CANONICAL_CLAUSE_STYLE.close,
    label: style.label?.value ?? CANONICAL_CLAUSE_STYLE.label,
    colon: style.colon?.value ?? CANONICAL_CLAUSE_STYLE.colon,
  };
}

function vote(part: keyof ClauseStyle, values: readonly string[]): StyleVote | null {
  const counts = new Map<string, number>();
  for (const value of values) if (isStandardForm(part, value)) counts.set(value, (counts.get(value) ?? 0) + 1);
  if (counts.size === 0) return null;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [value, count] = ranked[0]!;
  return { value, count, clear: ranked.length === 1 || ranked[1]![1] < count };
}

/**
 * Offset of a segment's colon: right after its label, past any spaces and any web page's comment
 * (〔责任单位<!--注：待定-->：…〕, grammar's ClauseGap): a colon inside the comment is the comment's.
 */
export function colonOffset(text: string, clause: ResponsibilityClause, segmentIndex: number): number | null {
  const segment = clause.segments[segmentIndex];
  if (!segment?.labelSpan || !segment.colon) return null;
  // Only the label's gap is walked: spaces, format characters and comments, usually none.
  for (let at = segment.labelSpan.end; at < clause.end; at++) {
    if (text.startsWith(segment.colon, at)) return at;
    if (text.startsWith(COMMENT_OPEN, at)) {
      const close = text.indexOf(COMMENT_CLOSE, at + COMMENT_OPEN.length);
      if (close < 0) return null;
      at = close + COMMENT_CLOSE.length - 1;
    }
  }
  return null;
}

/** How a page's comment ends (text/htmlMarkup.ts: at its first `-->`). */
const COMMENT_CLOSE = "-->";
