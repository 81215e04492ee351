import { detached } from "./detached.js";

/**
 * One shared copy of each string seen lately. Findings' messages are built by templates, one
 * new string per finding (a rope of its pieces), though a plan repeats the same few hundred
 * messages thousands of times: a 25 MB plan's hundred thousand findings kept some 17 MB of
 * message strings. The pool outlives the plan, so it keeps copies (text/detached.ts), never a
 * slice of the plan's text. Bounded: cleared when full.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(private readonly limit: number) {}

  /** The pool's copy of `text`. */
  get(text: string): string {
    let pooled = this.strings.get(text);
    if (pooled === undefined) {
      if (this.strings.size >= this.limit) this.strings.clear();
      pooled = detached(text);
      this.strings.set(pooled, pooled);
    }
    return pooled;
  }
}
