/**
 * An indicator's name as the tables, the hover and the rules' messages show it: the words the
 * plan states, without what a paste put between them and no reader sees as a word. A format
 * character (合格<U+200B>率), a line or paragraph separator a web page or a PDF reader left inside
 * the sentence (产品<U+2028>质量合格率) and Markdown's bold marks (`**食品抽检合格率**达到98%`)
 * are read through where the target is found (the grammar's TargetGap and TargetBold); the text
 * itself keeps them, and text/invisible-char and structure/markdown-marks speak of them there.
 * A footnote's reference Word or a PDF left after the name (制造业产品质量合格率①达到94%,
 * 合格率[1]达到…, 合格率¹) is the note's, no word of the indicator: it is left out too, so the
 * indicator is matched with the parent's of that name. The span stays the source's.
 */
export function shownIndicator(name: string): string {
  if (!PASTED_MARK_HINT.test(name)) return name;
  return name.replace(READ_THROUGH, "").replace(BOLD_MARKS, "").replace(FOOTNOTE_REFERENCE, "");
}

/** A footnote's reference at the name's end: ①–⑳ or ⑴–⒇, [1] (either width), a superscript figure. */
const FOOTNOTE_REFERENCE = /(?:[\u2460-\u2487]|[［\[][0-9０-９]{1,2}[］\]]|[¹²³\u2070-\u2079]{1,2})$/u;

/**
 * What the grammar reads a target through (FormatChar, TargetGap): the soft hyphen, zero-width
 * characters, Word's U+2060–U+2064, the BOM, and the line and paragraph separators. Never the bidi
 * embeddings, overrides and isolates: they reorder what a reader sees, and the tables show them
 * (<U+202E>), as text/invisible-char names them.
 */
const READ_THROUGH = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u2028\u2029]+/g;
/** Whether the name may hold any of them, a bold mark or a footnote's reference: one test for the names that hold none. */
const PASTED_MARK_HINT = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u2028\u2029*_\u2460-\u2487\]］¹²³\u2070-\u2079]/;
/** Two stars or two underscores, not a longer run (a mask: 139****5678). */
const BOLD_MARKS = /(?<![*_])(?:\*\*|__)(?![*_])/g;
