/** Chinese characters that carry words: ideographs, not punctuation and not marker numerals. */
const WORD_CHAR = /[\u3400-\u9fff\u{20000}-\u{2fa1f}]/u;
const NUMERAL = /[一二三四五六七八九十百零〇两]/u;

/** How often each word-carrying character occurs in a text: what a fix may not lower unless it names the words it drops. */
export function wordChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) if (WORD_CHAR.test(char) && !NUMERAL.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}
