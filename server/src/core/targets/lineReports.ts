import type { LineNode } from "../syntax/cst.js";
import { NodeMemo } from "../syntax/nodeMemo.js";

/**
 * What targets/pastStatements.ts answered for the figures of a line (reported or set), kept by
 * line node where the nodes live on (the language server's incremental parses), so that a
 * keystroke reads again only the figures of the lines it touched: every keystroke read every
 * figure's sentence and clause of the plan again (issue 11; session 52: 1.2 % of an edit).
 *
 * A figure's answer depends on its line's text alone — its sentence is read back to the line's
 * heading or indent, its clause on to the line's end — and on the plan's reference year and
 * whether the plan is an annual one, which an edit elsewhere can change: the answers are kept
 * with those two and dropped when either differs.
 */
export class LineReports {
  constructor(
    private readonly text: string,
    private readonly kept: boolean,
    private readonly referenceYear: number | null,
    private readonly annual: boolean,
  ) {}

  /** The answer kept for the figure at `at` of `line`: REPORTS and COMPARED_WITH_PAST bits, or undefined. */
  lookup(line: LineNode, at: number): number | undefined {
    if (!this.kept || !ownAnswer(this.text, line, at)) return undefined;
    const answers = KEPT.lookup(this.kept, line);
    if (answers === undefined || answers.referenceYear !== this.referenceYear || answers.annual !== this.annual) return undefined;
    return answers.byOffset.get(at - line.start);
  }

  /** Keeps `answer` for the figure at `at` of `line`, and returns it. */
  remember(line: LineNode, at: number, answer: number): number {
    if (!this.kept || !ownAnswer(this.text, line, at)) return answer;
    let answers = KEPT.lookup(true, line);
    if (answers === undefined || answers.referenceYear !== this.referenceYear || answers.annual !== this.annual) {
      answers = KEPT.remember(true, line, { referenceYear: this.referenceYear, annual: this.annual, byOffset: new Map() });
    }
    answers.byOffset.set(at - line.start, answer);
    return answer;
  }
}

/**
 * Whether the answer for the figure at `at` is `line`'s own: the figure stands in it, and the
 * clause read on past the figure stops at the line's `\n` or the text's end (a line ended by a
 * lone `\r` is read on into the next: its answers are not kept).
 */
function ownAnswer(text: string, line: LineNode, at: number): boolean {
  return at >= line.start && at < line.end && (line.end === text.length || text.charCodeAt(line.end - 1) === 0x0a);
}

/** The figure is reported: its sentence or clause says what was or is, not what shall be. */
export const REPORTS = 1;
/** Its sentence opens on a year gone by it is compared with (较2020年，…), with no goal word. */
export const COMPARED_WITH_PAST = 2;

/** The answers of every analysis's lines (one process-wide memo: a node met again is the same line). */
const KEPT = new NodeMemo<LineNode, KeptAnswers>();

interface KeptAnswers {
  referenceYear: number | null;
  annual: boolean;
  /** The answers by the figure's offset from the line's start. */
  byOffset: Map<number, number>;
}
