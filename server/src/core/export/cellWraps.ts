import { codeUnitSet, isAnyDigitCode, isAnyLatinCode } from "../text/codeUnits.js";
import { wordWidth } from "./gongwen.js";

/**
 * Column widths that wrap no cell badly. Shared in proportion (docx.ts fitColumns), a column can
 * end a hair short of a cell's line: 制造业产品质量合格 on one line and 率 alone on the next, or a
 * figure or a date's digits (150000, 2026) cut in two, which Word never breaks inside but for a
 * column too narrow to hold them. Where the page allows (another column keeps what it needs:
 * its own words unbroken, and at least `least`), each such column takes the little it lacks from
 * the column that has the most to spare. Measured at the table's size, CJK full width
 * (gongwen.ts wordWidth), inside the cells' margins.
 */

/** How much wider than its column a cell's last line may be and still be pulled up: two characters. */
const WIDOW_CHARACTERS = 2;

/** The marks inside a figure or a code, which Word keeps with its digits and letters (94.5%, 2026-12, ISO/IEC). */
const RUN_MARKS = codeUnitSet(".．%％-/:");

/** The runs of a cell Word does not break inside: digits and Latin letters of either width, and RUN_MARKS between them. */
function unbrokenRuns(cell: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= cell.length; i++) {
    const code = i < cell.length ? cell.charCodeAt(i) : -1;
    const inRun = code >= 0 && (isAnyDigitCode(code) || isAnyLatinCode(code) || RUN_MARKS.has(code));
    if (inRun && start < 0) start = i;
    else if (!inRun && start >= 0) {
      runs.push(cell.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

export function unwidowedWidths(widths: readonly number[], columns: readonly (readonly string[])[], points: number, padding: number, least: number): number[] {
  const result = [...widths];
  const em = points * 20;
  const lines = columns.map((cells) => cells.flatMap((cell) => cell.split("\n")).map((line) => wordWidth(line, points, 0)));
  // The narrowest each column may be: its longest unbroken run on one line, and `least`.
  const floor = columns.map((cells) => Math.max(least, padding + Math.max(0, ...cells.flatMap((cell) => unbrokenRuns(cell).map((run) => wordWidth(run, points, 0))))));
  for (let column = 0; column < result.length; column++) {
    const room = result[column]! - padding;
    let want = Math.max(result[column]!, floor[column]!);
    for (const width of lines[column]!) {
      if (width <= room) continue;
      const count = Math.ceil(width / room);
      const last = width - (count - 1) * room;
      // A last line of a character or two: the cell's lines one fewer, each a little longer.
      if (last <= WIDOW_CHARACTERS * em) want = Math.max(want, Math.ceil(width / (count - 1)) + padding);
    }
    const extra = want - result[column]!;
    if (extra <= 0) continue;
    // The column with the most to spare beyond what it needs gives it, if it can give it all and
    // is left with no cell of its own wrapped badly that was not so already.
    let donor = -1;
    let most = 0;
    for (let other = 0; other < result.length; other++) {
      const spare = result[other]! - floor[other]!;
      if (other === column || spare < extra || spare <= most) continue;
      if (badWraps(lines[other]!, result[other]! - extra - padding, em) > badWraps(lines[other]!, result[other]! - padding, em)) continue;
      donor = other;
      most = spare;
    }
    if (donor < 0) continue;
    result[donor]! -= extra;
    result[column] = want;
  }
  return result;
}

/** How many of a column's lines of text, `room` wide, wrap with a character or two alone on their last line (or cut a run Word keeps whole). */
function badWraps(lines: readonly number[], room: number, em: number): number {
  let count = 0;
  for (const width of lines) if (width > room && width - (Math.ceil(width / room) - 1) * room <= WIDOW_CHARACTERS * em) count++;
  return count;
}
