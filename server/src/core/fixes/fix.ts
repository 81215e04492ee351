import type { Span } from "../model/types.js";
import type { Fix, TextEdit } from "../rules/types.js";

/**
 * Fixes that make their edits when read. Most fixes are never applied (the CLI applies them only
 * with --fix, the editor when the user picks the action), yet every analysis made them all: a
 * 25 MB plan's findings kept some 190,000 edit objects (a tenth of the analysis's peak), and
 * every keystroke in the editor made them again for the whole plan. A fix here keeps only what
 * its edits are made from; both kinds read and serialise (the CLI's cache, JSON) as the plain
 * `{ description, edits }` they stand for.
 */

/**
 * A fix that replaces one span by one text: its fields, the edit made when read. `deletes`: the
 * repeated or residual unit name it deletes on purpose (Fix `deletes`).
 */
export function spanFix(description: string, start: number, end: number, newText: string, deletes?: Span): Fix {
  return new SpanFix(description, start, end, newText, deletes);
}

/**
 * A fix whose edits `makeEdits` makes when they are first read, then keeps. `makeEdits` must
 * give the same edits whenever it is called (it reads the analysed plan, which never changes);
 * it is a closure, so it pays only where a fix has several edits or costly ones.
 */
export function deferredFix(description: string, makeEdits: () => TextEdit[], deletes?: Span): Fix {
  return new DeferredFix(description, makeEdits, deletes);
}

/**
 * A fix made whole — description and edits — when either is first read. For a fix whose
 * description counts what its edits carry (a renumbering's `，并更新 2 处引用`) where working that
 * out reads the whole plan: the language server reads no fix until the user asks for one, and
 * every keystroke made them all. `make` must give the same fix whenever it is called (it reads
 * the analysed plan, which never changes).
 */
export function lazyFix(make: () => Fix): Fix {
  return new LazyFix(make);
}

class SpanFix implements Fix {
  constructor(
    readonly description: string,
    private readonly start: number,
    private readonly end: number,
    private readonly newText: string,
    readonly deletes: Span | undefined,
  ) {}

  get edits(): TextEdit[] {
    return [{ start: this.start, end: this.end, newText: this.newText }];
  }

  toJSON(): { description: string; edits: TextEdit[] } {
    return { description: this.description, edits: this.edits };
  }
}

class DeferredFix implements Fix {
  // Private (#) so that a structural comparison of two findings sees the description, not two
  // different closures; compare fixes by their JSON to include the edits.
  #made: TextEdit[] | null = null;
  #makeEdits: (() => TextEdit[]) | null;

  constructor(
    readonly description: string,
    makeEdits: () => TextEdit[],
    readonly deletes: Span | undefined,
  ) {
    this.#makeEdits = makeEdits;
  }

  get edits(): TextEdit[] {
    if (this.#made === null) {
      this.#made = this.#makeEdits!();
      // The closure may hold what the edits were made from; the edits are all that is needed now.
      this.#makeEdits = null;
    }
    return this.#made;
  }

  toJSON(): { description: string; edits: TextEdit[] } {
    return { description: this.description, edits: this.edits };
  }
}

class LazyFix implements Fix {
  // Private (#), as DeferredFix's: compare fixes by their JSON.
  #made: Fix | null = null;
  #make: (() => Fix) | null;

  constructor(make: () => Fix) {
    this.#make = make;
  }

  private made(): Fix {
    if (this.#made === null) {
      this.#made = this.#make!();
      // The closure holds what the fix was made from; the fix is all that is needed now.
      this.#make = null;
    }
    return this.#made;
  }

  get description(): string {
    return this.made().description;
  }

  get edits(): TextEdit[] {
    return this.made().edits;
  }

  get deletes(): Span | undefined {
    return this.made().deletes;
  }

  toJSON(): { description: string; edits: TextEdit[] } {
    return { description: this.description, edits: this.edits };
  }
}
