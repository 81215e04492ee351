import type { pinyin as PinyinFunction } from "pinyin-pro";

// pinyin-pro builds its dictionaries when it is loaded (about a quarter of a one-file CLI run's
// time), and most runs never need a reading: it is loaded on the first one. The bundler turns
// this require into a lazily initialised module.
let pinyinFunction: typeof PinyinFunction | undefined;
function pinyin(...args: Parameters<typeof PinyinFunction>): ReturnType<typeof PinyinFunction> {
  pinyinFunction ??= (require("pinyin-pro") as typeof import("pinyin-pro")).pinyin;
  return (pinyinFunction as (...a: unknown[]) => ReturnType<typeof PinyinFunction>)(...args);
}

/**
 * Pinyin for matching unit names the way drafters type them: half-way through an IME word they
 * have Latin letters (`scjg`, `shichang`) or a few characters (`市场`) in the buffer. pinyin-pro
 * is a maintained dictionary with word segmentation, so 银行 reads hang; every other reading of a
 * character is kept as well, because a name is short and a wrong guess (分行 → fen xing) must not
 * hide it.
 */

/** Per character of a text, its readings without tones, the likeliest first; a non-Han character reads as itself. */
export type Readings = readonly (readonly string[])[];

const cache = new Map<string, Readings>();
const CACHE_LIMIT = 5000;

export function readingsOf(text: string): Readings {
  const cached = cache.get(text);
  if (cached) return cached;
  const chars = [...text];
  const all = pinyin(text, { toneType: "none", type: "all", v: true });
  const readings: string[][] = [];
  // pinyin-pro returns one record per character; fall back to the characters if it ever differs.
  if (all.length === chars.length) {
    for (const record of all) {
      if (!record.isZh) {
        readings.push([record.origin.toLowerCase()]);
        continue;
      }
      const set = new Set([record.pinyin, ...record.polyphonic.map(stripTone)]);
      readings.push([...set].filter(Boolean));
    }
  } else {
    for (const char of chars) readings.push([char.toLowerCase()]);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, readings);
  return readings;
}

function stripTone(syllable: string): string {
  return syllable.replace(/ü/g, "v").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
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
