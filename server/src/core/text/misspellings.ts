import data from "./misspellings.json";

/**
 * Misspellings a proofreader marks in 公文 prose (布署 for 部署, 截止2025年底 for 截至2025年底,
 * 95%已上 for 95%以上), an input method's slips of the field's words (质最监管 for 质量监管), and
 * forms the current norm has replaced (台帐 for 台账). The list is data
 * (misspellings.json): each entry is wrong wherever its guards let it match, so a finding never
 * needs the reader's judgement — a word that is right in some sentence (按排名, 既使…又…) has a
 * guard or is not listed. No word list of the whole language stands behind it: a typo not listed
 * goes unseen, which is the price of never flagging a right word.
 *
 * The text is scanned once, a table look-up a character: only where a listed form's first
 * character stands are its entries tried (one regular expression over the whole text with every
 * entry as an alternative took twenty times as long).
 */
export interface Misspelling {
  start: number;
  end: number;
  written: string;
  right: string;
  kind: "typo" | "variant";
}

interface Entry {
  wrong: string;
  right: string;
  kind: "typo" | "variant";
  before?: string;
  after?: string;
}

/**
 * The input method's slips of the field's words (imeSlips in the data): each term with one of its
 * characters changed to a character typed for it (质最监管, 市场坚管). A term is long enough that
 * the changed form is no word wherever it stands, where the two characters alone may be one
 * (品质最好 holds 质最). Made once, with the listed entries, when the list is first read.
 */
function inputMethodSlips(listed: readonly Entry[]): Entry[] {
  const { terms, slips } = data.imeSlips as { terms: string[]; slips: Record<string, string> };
  const taken = new Set<string>(terms);
  for (const entry of listed) taken.add(entry.wrong);
  // A slip a listed entry already finds (捡验检测 holds 捡验) is that entry's. Only the parts of the
  // slip that hold the changed character are looked up: the others are the term's own words,
  // which hold no listed form (a term that did is read part by part, as any slip was).
  const found = new Set<string>();
  for (const entry of listed) if (!entry.before && !entry.after) found.add(entry.wrong);
  const holdsFound = (wrong: string, from: number, to: number) => {
    for (let start = 0; start < to; start++) for (let end = Math.max(start, from) + 1; end <= wrong.length; end++) if (found.has(wrong.slice(start, end))) return true;
    return false;
  };
  const made: Entry[] = [];
  for (const term of terms) {
    const chars = Array.from(term);
    const whole = holdsFound(term, 0, term.length);
    let before = "";
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i]!;
      const own = slips[char];
      if (own !== undefined) {
        const after = term.slice(before.length + char.length);
        for (const slip of own) {
          const wrong = before + slip + after;
          if (taken.has(wrong) || holdsFound(wrong, whole ? 0 : before.length, whole ? wrong.length : before.length + slip.length)) continue;
          taken.add(wrong);
          made.push({ wrong, right: term, kind: "typo" });
        }
      }
      before += char;
    }
  }
  return made;
}

const LISTED = data.entries as Entry[];
let ENTRIES: Entry[] | null = null;
/** The listed entries, then the input method's slips: made when a text first holds a character a slip can start with. */
const entries = (): Entry[] => (ENTRIES ??= [...LISTED, ...inputMethodSlips(LISTED)]);

interface Matcher {
  entry: Entry;
  /** The entry's place in the list: where two match at one place, the one listed first is read. */
  order: number;
  /** The entry with its guards, or null for an entry without any (the text is compared as it is). */
  sticky: RegExp | null;
}

/**
 * The entries by their first two characters, then by their third (TWO_CHARACTERS for a form of
 * two): the terms' slips share their first two characters by the dozen (质量坚管, 质量监官 …), and
 * trying each where the text says 质量 made the scan twenty times slower.
 */
interface EntryIndex {
  first: Uint8Array;
  byPair: Map<number, Map<number, Matcher[]>>;
}

/**
 * The listed entries' index, and the index of every entry once a text holds a character an
 * input method's slip can start with (`SLIP_START`). Making the slips and indexing them all was
 * a fiftieth of a one-file run's start-up, and a text without such a character (a title, a
 * one-line plan) can hold no slip: the listed entries alone read it as every entry would.
 */
let listedIndex: EntryIndex | null = null;
let fullIndex: EntryIndex | null = null;

/** The characters a slip may start with: each term's first, and each slip of it. */
let slipStart: Uint8Array | null = null;
function slipStartOf(): Uint8Array {
  if (slipStart) return slipStart;
  const codes = new Uint8Array(0x10000);
  const { terms, slips } = data.imeSlips as { terms: string[]; slips: Record<string, string> };
  for (const term of terms) {
    codes[term.charCodeAt(0)] = 1;
    for (const slip of slips[term.charAt(0)] ?? "") codes[slip.charCodeAt(0)] = 1;
  }
  return (slipStart = codes);
}

const TWO_CHARACTERS = -1;

/**
 * Two UTF-16 code units as one 32-bit integer: a map key without a string made per character, and
 * a small integer (a product of the two past 2³¹ was a heap number, made and hashed at every 质 and
 * 市 of the text).
 */
const pairAt = (text: string, at: number) => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);

/** The index to read text[from, last) with: the full one where it is made or needed, else the listed entries'. */
function indexFor(text: string, from: number, last: number): EntryIndex {
  if (fullIndex !== null) return fullIndex;
  if (holdsCodeOf(text, from, last, slipStartOf())) return (fullIndex = indexOf(entries()));
  return (listedIndex ??= indexOf(LISTED));
}

/** `list` indexed; an entry's order is its place in the list (the listed entries come first in every list). */
function indexOf(list: readonly Entry[]): EntryIndex {
  const first = new Uint8Array(0x10000);
  const byPair = new Map<number, Map<number, Matcher[]>>();
  list.forEach((entry, order) => {
    first[entry.wrong.charCodeAt(0)] = 1;
    const guarded = entry.before !== undefined || entry.after !== undefined;
    const sticky = guarded ? new RegExp(`${entry.before ?? ""}${escape(entry.wrong)}${entry.after ?? ""}`, "uy") : null;
    const byThird = byPair.get(pairAt(entry.wrong, 0)) ?? new Map<number, Matcher[]>();
    byPair.set(pairAt(entry.wrong, 0), byThird);
    const third = entry.wrong.length > 2 ? entry.wrong.charCodeAt(2) : TWO_CHARACTERS;
    const matchers = byThird.get(third);
    if (matchers) matchers.push({ entry, order, sticky });
    else byThird.set(third, [{ entry, order, sticky }]);
  });
  return { first, byPair };
}

/** The first of `matchers` that matches at `at`, or undefined. */
function matchAt(text: string, at: number, matchers: readonly Matcher[] | undefined): Matcher | undefined {
  if (matchers === undefined) return undefined;
  for (const matcher of matchers) {
    if (matcher.sticky === null) {
      if (text.startsWith(matcher.entry.wrong, at)) return matcher;
      continue;
    }
    matcher.sticky.lastIndex = at;
    if (matcher.sticky.test(text)) return matcher;
  }
  return undefined;
}

/**
 * Every listed misspelling in `text`, in order; or those that start in text[from, to) (a line: no
 * entry holds a line break, and its guards read the text around it as they would the whole).
 */
export function misspellings(text: string, from = 0, to = text.length): Misspelling[] {
  const last = Math.min(to, text.length - 1);
  const { first, byPair } = indexFor(text, from, last);
  const found: Misspelling[] = [];
  for (let at = from; at < last; at++) {
    if (first[text.charCodeAt(at)] === 0) continue;
    const byThird = byPair.get(pairAt(text, at));
    if (byThird === undefined) continue;
    const longer = matchAt(text, at, byThird.get(text.charCodeAt(at + 2)));
    const two = matchAt(text, at, byThird.get(TWO_CHARACTERS));
    const match = longer === undefined || (two !== undefined && two.order < longer.order) ? two : longer;
    if (match === undefined) continue;
    const { entry } = match;
    found.push({ start: at, end: at + entry.wrong.length, written: entry.wrong, right: entry.right, kind: entry.kind });
    at += entry.wrong.length - 1;
  }
  return found;
}

/** Whether text[from, last) holds a code unit of `codes`. */
function holdsCodeOf(text: string, from: number, last: number, codes: Uint8Array): boolean {
  for (let at = from; at < last; at++) if (codes[text.charCodeAt(at)] === 1) return true;
  return false;
}

/** The entries as listed and made (tests check each against its guards). */
export const misspellingEntries = (): readonly Readonly<Entry>[] => entries();

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
