/**
 * Binary search over anything sorted: the index of the first of `count` elements for which
 * `isBefore` is false, where `isBefore` holds for a prefix and then never again (Rust's
 * `partition_point`). Lines by offset, spans by start, markers by position: every look-up of
 * the core that must not scan goes through here.
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether an ascending list holds a value in [start, end). */
export function hasValueIn(sorted: readonly number[], start: number, end: number): boolean {
  const first = partitionPoint(sorted.length, (i) => sorted[i]! < start);
  return first < sorted.length && sorted[first]! < end;
}

/**
 * The first of `spans` that holds `offset` ([start, end), or [start, end] when `closed`), or
 * null: spans in order and not nested (boxes, attachments), so their ends are in order too and the
 * first whose end is not before `offset` is the only one that can hold it. A plan may have
 * thousands; each of its lines asks.
 */
export function spanHolding<T extends { start: number; end: number }>(spans: readonly T[], offset: number, closed = false): T | null {
  const first = partitionPoint(spans.length, (i) => (closed ? spans[i]!.end < offset : spans[i]!.end <= offset));
  const span = spans[first];
  return span !== undefined && span.start <= offset ? span : null;
}

/**
 * Sorts spans by start in place, stably. The lists sorted per paragraph on every keystroke are
 * short and nearly in order, where an insertion sort allocates nothing and takes a pass;
 * `Array.prototype.sort` made a work array per call.
 */
export function sortByStart<T extends { start: number }>(spans: T[]): T[] {
  if (spans.length > 32) return spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i]!;
    let j = i - 1;
    while (j >= 0 && spans[j]!.start > span.start) {
      spans[j + 1] = spans[j]!;
      j--;
    }
    spans[j + 1] = span;
  }
  return spans;
}
