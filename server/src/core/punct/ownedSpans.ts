import type { Span } from "../model/types.js";

/**
 * The spans of a prose paragraph that other families own (punct/prose.ts), as the punctuation
 * rules ask of them: whether an offset lies in one. Kept flat — `[start, end, start, end, …]`,
 * sorted, overlapping and touching spans merged — in one array of the exact size: a paragraph
 * that owned its spans as objects, in a list grown by `push`, with a `SpanCover` of two more
 * lists beside it, kept some 600 bytes (a third of a plan's paragraphs own a span, a clause's
 * marks most; 14 MB of the 25 MB bench plan's analysis). Only whether an offset is covered is
 * ever read, so spans that merge read the same.
 */
export type OwnedSpans = readonly number[];

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
/** What most paragraphs own: nothing, one shared list. */
export const NOTHING_OWNED: OwnedSpans = [];

/** `spans` (sorted by start) as owned spans: merged where they overlap or touch. */
export function ownedSpansOf(spans: readonly Span[]): OwnedSpans {
  if (spans.length === 0) return NOTHING_OWNED;
  let count = 1;
  let reach = spans[0]!.end;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start > reach) {
      count++;
      reach = span.end;
    } else if (span.end > reach) reach = span.end;
  }
  const flat = new Array<number>(count * 2);
  let at = 0;
  flat[0] = spans[0]!.start;
  flat[1] = spans[0]!.end;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start > flat[at + 1]!) {
      at += 2;
      flat[at] = span.start;
      flat[at + 1] = span.end;
    } else if (span.end > flat[at + 1]!) flat[at + 1] = span.end;
  }
  return flat;
}

/**
 * Whether one of `owned` holds `offset` (start ≤ offset < end). Asked for every character of a
 * paragraph, and a pasted line may own thousands of spans: a binary search, written out so that
 * no closure is made per question.
 */
export function ownsOffset(owned: OwnedSpans, offset: number): boolean {
  let low = 0;
  let high = owned.length >> 1;
  // The first span that starts after `offset`; the one before it is the only one that can hold it.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (owned[middle * 2]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 && owned[low * 2 - 1]! > offset;
}
