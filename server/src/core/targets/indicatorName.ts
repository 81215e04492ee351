import { withoutFormatCharacters } from "../text/invisible.js";

/**
 * An indicator's name as the tables, the hover and the rules' messages show it: the words the
 * plan states, without what a paste put between them and no reader sees as a word. A format
 * character (合格<U+200B>率), a line or paragraph separator a web page or a PDF reader left inside
 * the sentence (产品<U+2028>质量合格率) and Markdown's bold marks (`**食品抽检合格率**达到98%`)
 * are read through where the target is found (the grammar's TargetGap and TargetBold); the text
 * itself keeps them, and text/invisible-char and structure/markdown-marks speak of them there.
 * The span stays the source's.
 */
export function shownIndicator(name: string): string {
  if (!PASTED_MARK_HINT.test(name)) return name;
  return withoutFormatCharacters(name).replace(SEPARATORS, "").replace(BOLD_MARKS, "");
}

/** Whether the name may hold any of them: one test for the names that hold none. */
const PASTED_MARK_HINT = /[\p{Cf}\u2028\u2029*_]/u;
const SEPARATORS = /[\u2028\u2029]+/g;
/** Two stars or two underscores, not a longer run (a mask: 139****5678). */
const BOLD_MARKS = /(?<![*_])(?:\*\*|__)(?![*_])/g;
