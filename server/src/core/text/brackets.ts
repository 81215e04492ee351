/**
 * Which brackets a look back counts: `openers` and `closers` pair up (a closer met first makes the
 * next opener its own); a code unit of `stops` ends the look (a bracket open before a sentence's
 * end is prose's, not the clause's being read). Sets by code unit (`codeUnitSet`): the look is
 * asked of every line's end.
 */
export interface BracketMarks {
  readonly openers: ReadonlySet<number>;
  readonly closers: ReadonlySet<number>;
  readonly stops: ReadonlySet<number>;
}

/**
 * The offset of the last opener in `text.slice(from, offset)` that no closer after it closes, or
 * -1 where there is none or a stop comes first: where a clause still open at `offset` began (the
 * cursor of a completion, the end of a line a clause goes on past), or, from just before a
 * closer, where that closer's bracket opened. Asked again from the offset it returned, it finds
 * the bracket open around that one. Looks back from `offset`: linear in the distance.
 */
export function unclosedBefore(text: string, from: number, offset: number, marks: BracketMarks): number {
  let depth = 0;
  for (let i = offset - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (marks.closers.has(code)) depth++;
    else if (marks.openers.has(code)) {
      if (depth === 0) return i;
      depth--;
    } else if (marks.stops.has(code)) return -1;
  }
  return -1;
}
