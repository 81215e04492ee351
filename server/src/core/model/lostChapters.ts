import type { ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { isAttachmentLabel } from "./attachments.js";
import { isHeadingText } from "./lostMarkers.js";
import { textLineAsItem } from "./misreadMarkers.js";
import { endsLikeTitle } from "./prelude.js";
import type { HardWrap } from "./types.js";

/**
 * Chapters whose every 一、 was lost: Word's or WPS's outline numbering on the chapter headings,
 * pasted as text, drops the numbers while the groups' （一） typed by hand stay. Read as written,
 * the plan has no chapter, its first heading (`总体要求`) is taken for its title, and the groups'
 * count, which starts again at （一） under each lost chapter, is reported out of order and
 * renumbered across the chapters (（一）（二）（三）（四）…).
 *
 * Only the structure tells such a heading from a line of the text, so every sign must agree:
 * - the plan's text (before its first attachment) has no level-1 item, and its level-2 count
 *   starts at （一） two times or more;
 * - right above each such （一） (blank lines and comments aside) stands a heading line — short,
 *   no sentence mark, starting with a Han character (lostMarkers.ts isHeadingText) — that no
 *   PDF measure carried on from the line above, and that does not end as a plan's title does
 *   (`××实施方案`: a plan without a preamble puts its title right above its first （一）; only
 *   there, as a chapter may end so too: 保障措施).
 * Each is then read as the chapter it is, with an empty marker of its place's number (style
 * `missingNumeral`, value certain): the outline nests the groups under it, the groups' count
 * starts again under each, and numbering/missing-numeral reports it and writes 一、 二、 ….
 */
export function readLostChapters(lines: LineNode[], text: string, hardWrap: HardWrap | null): void {
  // The （一） that start the groups' count, and the heading line above each; given up at the first sign against.
  const headings: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isAttachmentLabel(line, text)) break;
    if (line.kind !== "item") continue;
    if (line.marker.level === 1) return;
    if (line.marker.level !== 2 || line.marker.value !== 1) continue;
    const above = headingAbove(lines, i, text, hardWrap, headings.length === 0);
    if (above < 0) return;
    headings.push(above);
  }
  if (headings.length < 2) return;
  for (let k = 0; k < headings.length; k++) {
    const index = headings[k]!;
    const line = lines[index] as TextLineNode;
    const start = line.indentEnd;
    const marker: MarkerNode = { level: 1, text: "", value: k + 1, numeral: "", open: "", close: "", start, end: start, valueCertain: true };
    lines[index] = textLineAsItem(line, marker, text) satisfies ItemLineNode;
  }
}

/** The index of the heading line right above the item line at `at`, or −1; `first`: above the plan's first （一）. */
function headingAbove(lines: readonly LineNode[], at: number, text: string, hardWrap: HardWrap | null, first: boolean): number {
  let j = at - 1;
  while (j >= 0 && (lines[j]!.kind === "blank" || lines[j]!.kind === "comment")) j--;
  const line = lines[j];
  if (line === undefined || line.kind !== "text" || line.textKind !== "plain" || !isHeadingText(text, line)) return -1;
  // Above the first （一） only: a chapter may well end as a title does (保障措施, 实施计划).
  if (first && endsLikeTitle(text.slice(line.indentEnd, line.contentEnd).trim())) return -1;
  // A heading's words the measure carried on from the line above are no line of their own.
  const previous = lines[j - 1];
  if (previous !== undefined && hardWrap !== null && hardWrap.lines.includes(previous)) return -1;
  return j;
}
