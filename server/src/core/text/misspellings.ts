import data from "./misspellings.json";

/**
 * Misspellings a proofreader marks in 公文 prose (布署 for 部署, 截止2025年底 for 截至2025年底,
 * 95%已上 for 95%以上), and forms the current norm has replaced (台帐 for 台账). The list is data
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

const ENTRIES = data.entries as Entry[];

interface Matcher {
  entry: Entry;
  /** The entry with its guards, tried where the text has its first two characters. */
  sticky: RegExp;
}

let index: { first: Uint8Array; byPair: Map<number, Matcher[]> } | null = null;

/** Two UTF-16 code units as one number: a map key without a string made per character. */
const pairAt = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

function indexOf(): NonNullable<typeof index> {
  if (index) return index;
  const first = new Uint8Array(0x10000);
  const byPair = new Map<number, Matcher[]>();
  for (const entry of ENTRIES) {
    first[entry.wrong.charCodeAt(0)] = 1;
    const pair = pairAt(entry.wrong, 0);
    const sticky = new RegExp(`${entry.before ?? ""}${escape(entry.wrong)}${entry.after ?? ""}`, "uy");
    byPair.set(pair, [...(byPair.get(pair) ?? []), { entry, sticky }]);
  }
  return (index = { first, byPair });
}

/** Every listed misspelling in `text`, in order. */
export function misspellings(text: string): Misspelling[] {
  const { first, byPair } = indexOf();
  const found: Misspelling[] = [];
  const last = text.length - 1;
  for (let at = 0; at < last; at++) {
    if (first[text.charCodeAt(at)] === 0) continue;
    const matchers = byPair.get(pairAt(text, at));
    if (matchers === undefined) continue;
    for (const { entry, sticky } of matchers) {
      sticky.lastIndex = at;
      if (!sticky.test(text)) continue;
      found.push({ start: at, end: at + entry.wrong.length, written: entry.wrong, right: entry.right, kind: entry.kind });
      at += entry.wrong.length - 1;
      break;
    }
  }
  return found;
}

/** The entries as listed (tests check each against its guards). */
export const misspellingEntries: readonly Readonly<Entry>[] = ENTRIES;

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
