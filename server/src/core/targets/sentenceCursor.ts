import { toHalfwidthFigures } from "../model/numerals.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { ASPIRATIONAL, BARE_YEAR, CONFIRMS, OPENING_SPAN } from "./figureWords.js";
import { clauseStart } from "./indicators.js";

/**
 * What lineContext.ts asks of the sentence a line's targets stand in, read on from where the last
 * target stopped rather than back to the sentence's start per target: the start of the clause
 * holding an offset, whether its words strive (力争) or commit (确保), and whether a later ；-part
 * follows a clause that opens on a year. Targets come in text order, so each reading goes forward;
 * an offset before the last one asked, or other words to read from, starts that reading afresh.
 * A sentence of forty thousand figures joined by ， was read back to its start once per figure
 * (35 s), a clause of four thousand joined by 、 likewise (8,000 took 4 s): test/unit/abuse.test.ts.
 *
 * One object for the three readings, reset together where the line changes (`reset`): they read
 * one sentence, and a reading kept across lines would be read against another line's floor.
 */
export class SentenceCursor {
  /** Where the line's text starts: no clause starts before it. */
  private floor = -1;
  /** The clause: the offset asked last, and the start found for it. */
  private clauseAt = -1;
  private clauseBegin = -1;
  /** The words from a clause's (or sentence's) start: read from `wordsFrom` up to `wordsTo`. */
  private wordsFrom = -1;
  private wordsTo = -1;
  private wordsAspire = false;
  private wordsConfirm = false;
  /**
   * The sentence after its opening year (`partsFrom`), read up to `partsTo`: the last ； before it,
   * how far clauses were searched for a year, and the first that opens on one.
   */
  private partsFrom = -1;
  private partsTo = -1;
  private lastSemicolon = -1;
  private yearsTo = -1;
  private firstYearClause = -1;

  constructor(
    private readonly text: string,
    /** The year a bare year is compared with: the plan's date, else its period's start. */
    private readonly referenceYear: number | null,
  ) {}

  /** Starts every reading afresh on a line whose text starts at `floor`. */
  reset(floor: number): void {
    this.floor = floor;
    this.clauseAt = this.clauseBegin = -1;
    this.wordsFrom = this.wordsTo = -1;
    this.wordsAspire = this.wordsConfirm = false;
    this.partsFrom = this.partsTo = this.lastSemicolon = this.yearsTo = this.firstYearClause = -1;
  }

  /**
   * `clauseStart(text, at, floor)`, reading back only to the offset asked last when it is before
   * `at`: no clause mark between the two means the same clause. (For a floor after the line's
   * start, clauseStart is the later of the two.)
   */
  clauseStart(at: number): number {
    if (at >= this.clauseAt && this.clauseAt >= this.floor) {
      const start = clauseStart(this.text, at, this.clauseAt);
      if (start > this.clauseAt) this.clauseBegin = start;
    } else {
      this.clauseBegin = clauseStart(this.text, at, this.floor);
    }
    this.clauseAt = at;
    return this.clauseBegin;
  }

  /**
   * Whether the words in [start, at) strive (力争, 争取), or `opening` says the sentence does, and
   * none of them commits (确保): a clause of its own that says 确保 is a commitment still.
   */
  strives(start: number, at: number, opening: boolean): boolean {
    if (start !== this.wordsFrom || at < this.wordsTo) {
      this.wordsFrom = this.wordsTo = start;
      this.wordsAspire = this.wordsConfirm = false;
    }
    if (at > this.wordsTo) {
      // Read on from where the last target stopped, one character back: the words are two characters long.
      const words = this.text.slice(Math.max(start, this.wordsTo - 1), at);
      this.wordsAspire ||= ASPIRATIONAL.test(words);
      this.wordsConfirm ||= CONFIRMS.test(words);
      this.wordsTo = at;
    }
    return (opening || this.wordsAspire) && !this.wordsConfirm;
  }

  /**
   * Whether a clause in [from, the ； before `at`) opens on a year of the plan's (BARE_YEAR, as
   * lineContext.ts bareYear reads one, without making it a horizon): the sentence gives more than
   * its opening year before the ；-part holding `at`. False where no ； stands between.
   */
  laterYearBeforePart(from: number, at: number): boolean {
    const text = this.text;
    if (from !== this.partsFrom || at < this.partsTo) {
      this.partsFrom = this.partsTo = this.yearsTo = from;
      this.lastSemicolon = this.firstYearClause = -1;
    }
    for (let i = this.partsTo; i < at; i++) if (SEMICOLON_CODES.has(text.charCodeAt(i))) this.lastSemicolon = i;
    this.partsTo = at;
    // The part holding `at` starts after the last ； before it; none: the opening year's own part.
    if (this.lastSemicolon < 0) return false;
    const part = this.lastSemicolon + 1;
    if (this.firstYearClause < 0) {
      // A clause read against an earlier part's end may read otherwise against this one's (its
      // words were cut there): the last OPENING_SPAN characters searched are searched again.
      for (let i = Math.max(from, this.yearsTo - OPENING_SPAN); i < part - 1; i++) {
        if (!CLAUSE_MARK_CODES.has(text.charCodeAt(i))) continue;
        const year = BARE_YEAR.exec(toHalfwidthFigures(text.slice(i + 1, Math.min(part, i + 1 + OPENING_SPAN))));
        if (year !== null && (this.referenceYear === null || Number(year[2]) >= this.referenceYear)) {
          this.firstYearClause = i;
          break;
        }
      }
      this.yearsTo = Math.max(this.yearsTo, part - 1);
    }
    return this.firstYearClause >= 0;
  }
}

/** What opens a clause inside a sentence (a comma, a 、 does not: it lists). */
export const CLAUSE_MARK_CODES = codeUnitSet("，,；;");
export const SEMICOLON_CODES = codeUnitSet("；;");
