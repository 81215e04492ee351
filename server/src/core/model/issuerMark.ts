/**
 * The 发文机关标志 of GB/T 9704 §7.2.4: an issuer's name and 文件, or a kind of it
 * (`××市人民政府办公室文件`, `××市人民政府办公室行政规范性文件`, `中共××市委文件`), which a document
 * prints on its first page and a PDF of it at the top of every page. A plan's text never says it
 * alone on a line. One reading of where the name ends and the mark's word begins for every
 * reader: the model (a running head, model/reading.ts), the exporter (a joint mark's names set
 * left of the word, export/layout.ts and export/docx.ts) and the .docx reader (a joint mark set
 * as a table, node/docx/issuerMark.ts).
 */

/** What an issuer's name ends in: a government, its office, a committee, a bureau … */
const ISSUER_END = "人民政府|办公厅|办公室|委员会|领导小组|政府|局|厅|委|办|部";
/** The word after the name: 文件, or a kind of it (行政规范性文件, 党组文件). */
const MARK_WORD = "[\\u4e00-\\u9fff]{0,8}文件";
/**
 * The name greedy, so that it ends at its last issuer's end: `示例市人民政府办公室文件` is the
 * office's mark (文件 after 办公室), not the government's with the word `办公室文件`.
 */
const ISSUER_MARK = new RegExp(`^[\\u4e00-\\u9fff]{2,30}(?:${ISSUER_END})(?=(${MARK_WORD})$)`);
const MARK_WORD_ONLY = new RegExp(`^${MARK_WORD}$`);

/**
 * Where the word of a 发文机关标志 starts in `content` (Han characters only, no spaces), or -1
 * when it is none: `示例市人民政府办公室行政规范性文件` → 10.
 */
export function issuerMarkWordStart(content: string): number {
  const match = ISSUER_MARK.exec(content);
  return match === null ? -1 : match[0].length;
}

/** Whether a line's content (without indentation) is a 发文机关标志. */
export function isIssuerMark(content: string): boolean {
  return ISSUER_MARK.test(content);
}

/** Whether `word` is what a 发文机关标志 sets after its issuers' names (文件, 行政规范性文件). */
export function isIssuerMarkWord(word: string): boolean {
  return MARK_WORD_ONLY.test(word);
}
