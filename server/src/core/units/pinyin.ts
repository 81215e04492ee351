import { lazy } from "../lazy.js";
import { TextMemo } from "../text/textMemo.js";

/**
 * Pinyin for matching unit names the way drafters type them: half-way through an IME word they
 * have Latin letters (`scjg`, `shichang`) or a few characters (`市场`) in the buffer. Every
 * reading of a character is kept, because a name is short and one guess (行 as xing, not hang)
 * must not hide it.
 *
 * The readings are pinyin-pro's, extracted per character into `readings.json` by
 * `npm run generate` (a test holds the checked-in table to the library): loading pinyin-pro
 * itself builds its dictionaries, which was most of the first check of a plan with an unknown
 * unit name, and the matching here only ever asked it about one character at a time. The table
 * is read on first use (out/data/readings.js in the bundles, see DATA in scripts/build.mjs):
 * most checks never need it.
 */
const readingsTable = lazy(() => require("./readings.json") as typeof import("./readings.json"));

/** Per character of a text, its readings without tones, the likeliest first; a non-Han character reads as itself. */
export type Readings = readonly (readonly string[])[];

const cache = new TextMemo<Readings>(5000);

export function readingsOf(text: string): Readings {
  return cache.lookup(text) ?? cache.remember(text, (copy) => Array.from(copy, charReadings));
}

/**
 * Each code point's entry of `table.readings`, split once on first use. The split is one call
 * of the engine's own; a loop that found the entries' starts ran interpreted in a fresh process
 * and was a sixth of the first check of a plan with an unknown unit name.
 */
let entries: readonly string[] | undefined;
const byChar = new Map<string, readonly string[]>();

function charReadings(char: string): readonly string[] {
  let readings = byChar.get(char);
  if (readings) return readings;
  const table = readingsTable();
  const index = char.length === 1 ? char.charCodeAt(0) - table.first : -1;
  const all = (entries ??= table.readings.split(" "));
  const entry = index >= 0 && index < all.length ? all[index]! : "";
  readings = entry === "" ? [char.toLowerCase()] : entry.split(",");
  byChar.set(char, readings);
  return readings;
}

/** The likeliest reading of each character, for distances between names. */
export function syllablesOf(text: string): string[] {
  return readingsOf(text).map((readings) => readings[0]!);
}

const LATIN = /[a-z]/;

/**
 * Where a query typed at a name matches it, as the index of the name's first matched character,
 * or -1. Han characters in the query match themselves; a run of Latin letters matches the
 * readings of consecutive characters, each by a prefix of one reading — the initial (`scjg`),
 * the whole syllable (`shichang`) or anything between (`shic`). The match is contiguous and may
 * start anywhere, so `scjg` finds 市市场监管局 without typing the leading 市.
 */
export function pinyinMatchStart(query: string, name: string): number {
  const q = query.toLowerCase();
  if (q === "") return 0;
  const chars = [...name];
  const readings = readingsOf(name);
  const qChars = [...q];
  for (let start = 0; start < chars.length; start++) {
    if (matchesFrom(qChars, 0, chars, readings, start, new Map())) return start;
  }
  return -1;
}

function matchesFrom(q: string[], qi: number, chars: string[], readings: Readings, ci: number, memo: Map<number, boolean>): boolean {
  if (qi === q.length) return true;
  if (ci === chars.length) return false;
  const key = qi * 64 + ci;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let result = false;
  const head = q[qi]!;
  if (!LATIN.test(head)) {
    result = head === chars[ci] && matchesFrom(q, qi + 1, chars, readings, ci + 1, memo);
  } else {
    for (const reading of readings[ci]!) {
      // Try the longest prefix first: a whole syllable is the likelier intent.
      for (let k = Math.min(reading.length, q.length - qi); k >= 1 && !result; k--) {
        if (q.slice(qi, qi + k).join("") === reading.slice(0, k)) result = matchesFrom(q, qi + k, chars, readings, ci + 1, memo);
      }
      if (result) break;
    }
  }
  memo.set(key, result);
  return result;
}
