import type { DraftMark } from "./options.js";

/**
 * Where a 落款's 发文机关署名 and 成文日期 stand (GB/T 9704—2012 §7.3.5), in the two forms the
 * standard sets:
 * - sealed (§7.3.5.1, 加盖印章): the 成文日期 four characters in from the right, each 署名 centred
 *   over it, room above them for the seal that presses on both;
 * - unsealed (§7.3.5.2, 不加盖印章): one blank line under the text, the 署名 two characters in from
 *   the right, the 成文日期 on the next line, its first character two characters right of the
 *   署名's; where the date is the longer, the date two characters in and the 署名 moved left to
 *   keep that step. A joint document's names one under another, the lead issuer's first, each
 *   starting where the longest starts.
 * A draft carries no seal: a plan whose front matter says it is one (`状态：征求意见稿`, 送审稿 …,
 * or its `（征求意见稿）` line) has its own 落款 set in the unsealed form, and so has every 落款 of
 * an export marked as a draft (`--draft`); a document meant to be issued, and the notice a draft
 * is sent out with for comments (an issued document), in the sealed form, the seal's place kept.
 */
export type ClosingForm = "sealed" | "unsealed";

/** The form of a 落款: `draftStatus`, the plan's status where the 落款 is the plan's own, else null. */
export function closingForm(draftStatus: string | null, draftMark: DraftMark): ClosingForm {
  return draftStatus !== null || draftMark !== "none" ? "unsealed" : "sealed";
}

/** The right indents (twips) of a 落款's lines: one per 署名, in order, and the 成文日期's. */
export interface ClosingIndents {
  names: number[];
  date: number;
}

/**
 * The right indents of the 署名 lines `names` (their widths as Word sets them) over a 成文日期
 * `date` wide, for a character of `char` twips. Sealed, each name centred over the date, at
 * least two characters in.
 */
export function closingIndents(form: ClosingForm, names: readonly number[], date: number, char: number): ClosingIndents {
  if (form === "sealed") {
    const dateIndent = 4 * char;
    return { names: names.map((name) => Math.round(Math.max(2 * char, dateIndent + (date - name) / 2))), date: dateIndent };
  }
  // A date with no 署名 above it stands where the sealed form sets it: §7.3.5.2 measures it from a 署名.
  if (names.length === 0) return { names: [], date: 4 * char };
  const longest = Math.max(...names);
  // The longest name two characters in, unless the date, two characters right of its start,
  // would then come closer than two characters to the right edge.
  const longestIndent = Math.max(2 * char, 4 * char + date - longest);
  const start = longestIndent + longest;
  return { names: names.map((name) => Math.round(start - name)), date: Math.round(start - 2 * char - date) };
}
