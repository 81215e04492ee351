import { type CompletionItem, CompletionItemKind, type CompletionList } from "vscode-languageserver";
import { DEADLINE_LABELS } from "../../core/model/deadlines.js";
import { CLAUSE_OPENER, LABEL_SPACE, labelColon } from "../../core/syntax/labelPatterns.js";
import type { PlanDocument } from "../../core/model/types.js";
import { planPeriodOf, planStartOf } from "../../core/targets/plan.js";
import type { ModeledDocument } from "../session.js";

/**
 * A deadline's value being typed: after `〔完成时限：`, or `；完成时限：` inside a clause, with no
 * closing bracket or separator since. Read back over the line only, a bounded stretch of it.
 */
const OPEN_DEADLINE = new RegExp(`(?:${CLAUSE_OPENER}|[；;])${LABEL_SPACE}${labelColon(DEADLINE_LABELS)}([^〕）)】；;，,。\\n]*)$`);
const LOOK_BACK = 80;
/** Deadlines that name no date, as plans write them for standing tasks. */
const STANDING = ["长期坚持", "持续推进"];
/** A plan that states no period of its own gets the year it starts in and the two after it. */
const DEFAULT_YEARS = 3;

/**
 * Completion of a deadline's value: the ends of the years of the plan's period (`2025年底前` for
 * a 2025—2027 plan's years, from the year it is dated where that is later; a plan with no
 * period, that year and the two after it), then the standing ones. A year outside the period
 * or before the date is what structure/deadline-period reports, so none is offered.
 */
export function deadlineCompletion(entry: ModeledDocument, offset: number): CompletionList | null {
  const text = entry.analysis.plan.text;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const open = OPEN_DEADLINE.exec(text.slice(Math.max(lineStart, offset - LOOK_BACK), offset));
  if (open === null) return null;
  const typed = open[2]!;
  const range = { start: entry.mapper.positionAt(offset - typed.length), end: entry.mapper.positionAt(offset) };
  const values = [...yearEnds(entry.analysis.plan), ...STANDING];
  const items: CompletionItem[] = values
    .filter((value) => value.startsWith(typed.trim()))
    .map((value, index) => ({
      label: value,
      kind: CompletionItemKind.Value,
      sortText: String(index).padStart(3, "0"),
      filterText: typed,
      textEdit: { range, newText: value },
    }));
  return { isIncomplete: true, items };
}

function yearEnds(plan: PlanDocument): string[] {
  // From the later of the period's start and the plan's date (a year before it is past when
  // the plan is issued), to the period's end.
  const period = planPeriodOf(plan);
  const from = planStartOf(plan);
  if (from === null) return [];
  const to = period === null ? from + DEFAULT_YEARS - 1 : period.to;
  const years: string[] = [];
  for (let year = from; year <= to && years.length < 15; year++) years.push(`${year}年底前`);
  return years;
}
