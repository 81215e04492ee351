/**
 * The offset of the last bracket of `openers` in `text.slice(from, offset)` that no bracket of
 * `closers` after it closes, or -1: where a clause still open at `offset` began (the cursor of
 * a completion, the end of a line a clause goes on past). Looks back from `offset`: linear in
 * the distance.
 */
export function unclosedBefore(text: string, from: number, offset: number, openers: string, closers: string): number {
  let depth = 0;
  for (let i = offset - 1; i >= from; i--) {
    const char = text[i]!;
    if (closers.includes(char)) depth++;
    else if (openers.includes(char)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
