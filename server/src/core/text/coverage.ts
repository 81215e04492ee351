import type { Span } from "../model/types.js";
import { partitionPoint, sortByStart } from "./sorted.js";

/**
 * Answers "does any of these spans cover this offset?" in O(log n). Spans may overlap and come
 * in any order. Rules ask this per character or per finding, and hostile documents (one pasted
 * line with thousands of clauses, thousands of disable directives) made a linear scan per
 * question quadratic.
 */
export class SpanCover {
  /** Most paragraphs have nothing another family owns: one shared cover serves them all. */
  static readonly EMPTY = new SpanCover([]);

  private readonly starts: number[];
  /** `reach[i]`: the furthest end among the spans sorted up to i. */
  private readonly reach: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = sortByStart([...spans]);
    this.starts = sorted.map((span) => span.start);
    this.reach = [];
    let furthest = -Infinity;
    for (const span of sorted) this.reach.push((furthest = Math.max(furthest, span.end)));
  }

  get size(): number {
    return this.starts.length;
  }

  /** Whether some span overlaps [start, end): starts before `end` and ends after `start`. */
  meets(start: number, end: number): boolean {
    const before = partitionPoint(this.starts.length, (i) => this.starts[i]! < end);
    return before > 0 && this.reach[before - 1]! > start;
  }

  /** Whether some span has start ≤ offset < end. */
  covers(offset: number): boolean {
    const after = partitionPoint(this.starts.length, (i) => this.starts[i]! <= offset);
    return after > 0 && this.reach[after - 1]! > offset;
  }
}
