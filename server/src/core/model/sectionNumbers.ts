import type { LineNode } from "../syntax/cst.js";
import { opensAttachments } from "./attachments.js";
import { textEndOf } from "./inline.js";
import { isSpaceCode } from "../text/spaces.js";

/**
 * A WeChat 公众号 article numbers the parts of the plan it reprints `01` `02` `03` (its editor's
 * section style): on a line of its own over the heading, or `01 总体要求`. These are the plan's
 * level-one parts, as 第一部分 … would be. Two-digit lines are many other things (a 序号 cell of a
 * table copied one cell a line, a page's number, a figure), so a line is read as a part's number
 * only in a run counted from `01`, written with its zero, one more each time, two lines or more,
 * before the attachments, and not under a table's 序号 column.
 */
export function sectionNumberLines(lines: readonly LineNode[], text: string): readonly number[] {
  const run: number[] = [];
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text") continue;
    if (opensAttachments(line, text)) break;
    if (line.textKind !== "plain") continue;
    const value = sectionNumberOf(text, line.indentEnd, textEndOf(line, text));
    if (value === null || value !== expected) continue;
    // Only `01` opens the run: `1` alone is a page's number or a cell's far more often.
    if (value === 1 && (text.charCodeAt(line.indentEnd) !== ZERO || underNumberColumn(lines, i, text))) continue;
    run.push(i);
    expected++;
  }
  return run.length >= 2 ? run : NO_INDEXES;
}

/**
 * The number of a section's line (`01`, `02 重点任务`), or null: two digits alone, or with a
 * heading after a space that opens with a Han character and holds no sentence's mark. Read in
 * code units first: most lines fail on their first two.
 */
export function sectionNumberOf(text: string, start: number, end: number): number | null {
  if (end - start < 2 || !isDigit(text.charCodeAt(start)) || !isDigit(text.charCodeAt(start + 1))) return null;
  const value = (text.charCodeAt(start) - ZERO) * 10 + text.charCodeAt(start + 1) - ZERO;
  if (value === 0) return null;
  if (end - start === 2) return value;
  if (!isSpaceCode(text.charCodeAt(start + 2)) || end - start > MAX_SECTION_LINE) return null;
  let at = start + 2;
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  const heading = text.slice(at, end);
  return HEADING.test(heading) ? value : null;
}

/** Whether the content line right above `index` is a table's 序号 column (a table copied one cell a line). */
function underNumberColumn(lines: readonly LineNode[], index: number, text: string): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return NUMBER_COLUMN.test(text.slice(line.indentEnd, textEndOf(line, text)).trim());
  }
  return false;
}

const ZERO = 0x30;
/** A section's heading is short: the number, a space and a few words. */
const MAX_SECTION_LINE = 40;
/** A heading after the number: Han characters first, no sentence's or clause's mark, no tab (a row's next cell). */
const HEADING = /^[\u4e00-\u9fff][^。；;，,：:！？!?\t]*$/u;
const NUMBER_COLUMN = /^(?:序号|编号)$/;
// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_INDEXES: readonly number[] = [];

function isDigit(code: number): boolean {
  return code >= ZERO && code <= 0x39;
}
