import type { PlanDocument, Span } from "./types.js";
import { partitionPoint } from "../text/sorted.js";
import { isSpaceCode } from "../text/spaces.js";

/** A line break tag: `<br>`, `<br/>`, `<br />`, any case. */
export function isBreakTag(hit: RegExpExecArray): boolean {
  return hit[1] !== undefined && /^<br[ \t]*\/?>$/i.test(hit[1]);
}

/**
 * The stretches between two adjacent names of one group of a clause, in document order: where a
 * break tag parts a unit cell's names (model/cellBreaks.ts), the text between them is the tag and
 * spaces alone. Read only when a plan has a break tag at all.
 */
export class NameGaps {
  private constructor(private readonly starts: number[], private readonly ends: number[]) {}

  static of(plan: PlanDocument): NameGaps {
    const gaps: Span[] = [];
    // A cell's pieces may be groups of their own: the clause's names in order, not a group's.
    for (const { units } of plan.clauses) {
      for (let at = 1; at < units.length; at++) gaps.push({ start: units[at - 1]!.end, end: units[at]!.start });
    }
    gaps.sort((a, b) => a.start - b.start);
    return new NameGaps(gaps.map((gap) => gap.start), gaps.map((gap) => gap.end));
  }

  /**
   * Whether text[start, end) lies in one gap whose other characters are spaces only: within a
   * cell, never where a tab or a pipe sets two cells apart (a tag at a cell's end is deleted).
   */
  holds(text: string, start: number, end: number): boolean {
    const at = partitionPoint(this.starts.length, (k) => this.starts[k]! <= start) - 1;
    if (at < 0 || end > this.ends[at]!) return false;
    for (let k = this.starts[at]!; k < start; k++) if (!isCellSpace(text.charCodeAt(k))) return false;
    for (let k = end; k < this.ends[at]!; k++) if (!isCellSpace(text.charCodeAt(k))) return false;
    return true;
  }
}

/** A space inside a cell: not the tab that parts two cells. */
function isCellSpace(code: number): boolean {
  return code !== 0x09 && isSpaceCode(code);
}
