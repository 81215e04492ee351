/**
 * Words that bodies' names write out or shorten alike, the registry's names shortening them:
 * 广播电视 is 广电 in every 文化广电…旅游局 (市文化广播电视和旅游局, 绍兴's and others'). The
 * registry reads a name written out as its short form; the nearest-name search compares a cut-off
 * name with the short forms so. A module of its own: both read it, and the registry reads the
 * nearest names.
 */
export const WRITTEN_IN_FULL: ReadonlyArray<readonly [string, string]> = [
  ["广播电视", "广电"],
  // A government's offices are written with 人民政府 as often as with 政府 (区人民政府办公室, 市人民政府督查室).
  ["人民政府", "政府"],
  // A government's own financial bodies are 地方 ones, written so or not (市地方金融监管局, 县地方金融服务中心), as against the state's (金融监管总局).
  ["地方金融", "金融"],
];

/** A name with the words WRITTEN_IN_FULL shortened as the registry's names shorten them (市人民政府办公 → 市政府办公). */
export function withWordsShortened(text: string): string {
  for (const [full, short] of WRITTEN_IN_FULL) if (text.includes(full)) text = text.replaceAll(full, short);
  return text;
}
