import type { TextLineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { withoutFormatCharacters } from "../text/invisible.js";
import { fromChineseNumeral } from "./numerals.js";
import type { PlanPart } from "./types.js";

/** `第` + numeral + part word, then the part's title (the grammar's PartHeading). */
const PART = /^第([一二三四五六七八九十]+)(章|部分|篇|编|节)[\s\u3000:：、．.]*(.*)$/;

/**
 * The part a line of kind `part` opens (第一章 总体要求 → 第一章, 1, 章, 总体要求), or null where the
 * line is no such heading after all. Its items are filled in as the outline is read.
 */
export function partOf(line: TextLineNode, text: string): PlanPart | null {
  if (line.textKind !== "part") return null;
  const end = textEndOf(line, text);
  const written = text.slice(line.indentEnd, end);
  // Read as the grammar does, through format characters pasted inside the marker (第\u200b一章).
  const match = PART.exec(withoutFormatCharacters(written));
  if (match === null) return null;
  const value = fromChineseNumeral(match[1]!);
  if (value === null) return null;
  return {
    heading: { text: written.trim(), start: line.indentEnd, end },
    marker: `第${match[1]}${match[2]}`,
    value,
    word: match[2]!,
    title: match[3]!.trim(),
    items: [],
    start: line.indentEnd,
    end,
  };
}
