/**
 * The text with every punctuation mark and space taken out: two texts that agree here differ
 * only in punctuation and spacing, which is all a formatting or punctuation fix may change.
 */
export function withoutPunctuationAndSpaces(text: string): string {
  return text.replace(/[\p{P}\p{S}\s\u3000]/gu, "");
}
