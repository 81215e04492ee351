import { detached } from "./detached.js";

/**
 * Answers remembered by text, for work asked again and again about the same strings (a unit
 * name, a title, a text run, a finding's message) on every keystroke and in every plan of a
 * folder. Such a memo outlives the plan its texts were cut from, so it keeps copies
 * (text/detached.ts): a slice would keep that whole version of the plan alive. Bounded: cleared
 * when full.
 *
 * `lookup` first, `remember` only on a miss: a call site writes
 * `memo.lookup(text) ?? memo.remember(text, make)` (or compares with undefined where null is
 * an answer), so the function that makes an answer is created only when one is made.
 */
export class TextMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The answer remembered for `text`, or undefined. */
  lookup(text: string): V | undefined {
    return this.answers.get(text);
  }

  /** Makes the answer for `text` from a detached copy of it, remembers and returns it. */
  remember(text: string, make: (copy: string) => V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    const copy = detached(text);
    const answer = make(copy);
    this.answers.set(copy, answer);
    return answer;
  }
}

/** One `TextMemo` per owner (a registry, a list of known documents), made on first use. */
export class TextMemoByOwner<O extends object, V> {
  private readonly memos = new WeakMap<O, TextMemo<V>>();

  constructor(private readonly limit: number) {}

  of(owner: O): TextMemo<V> {
    let memo = this.memos.get(owner);
    if (!memo) this.memos.set(owner, (memo = new TextMemo(this.limit)));
    return memo;
  }
}

/** A text as itself: the maker of a string pool's entries (the pool keeps the copy). */
export const itself = (copy: string): string => copy;
