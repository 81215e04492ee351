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
  return headersUnwidowed(result, columns, points, padding, floor);
}

/**
 * The header row (each column's first cell) is what a reader of every page reads first: a header
 * that wraps with a character alone (完成时 / 限 in a narrow 完成时限 column) is given the width
 * it needs to wrap no worse than two characters a line, taken from the columns with room beyond
 * their floor (their own unbroken words and `least`) whose headers stay as well set, the most
 * spare first — even where a long column's text then wraps a line more: that column had room.
 */
function headersUnwidowed(widths: number[], columns: readonly (readonly string[])[], points: number, padding: number, floor: readonly number[]): number[] {
  const em = points * 20;
  for (let column = 0; column < widths.length; column++) {
    const header = columns[column]?.[0] ?? "";
    if (!headerWidowed(header, widths[column]! - padding, points)) continue;
    const room = headerRoom(header, widths[column]! - padding, points);
    let extra = Math.ceil(room + padding - widths[column]!);
    // What each other column can give: down to its floor, and no narrower than keeps its own header as it was.
    const givers = widths
      .map((width, other) => ({ other, spare: other === column ? 0 : spareKeepingHeader(width, floor[other]!, columns[other]?.[0] ?? "", padding, points, em) }))
      .filter((giver) => giver.spare > 0)
      .sort((a, b) => b.spare - a.spare);
    if (givers.reduce((sum, giver) => sum + giver.spare, 0) < extra) continue;
    widths[column]! += extra;
    for (const giver of givers) {
      const given = Math.min(giver.spare, extra);
      widths[giver.other]! -= given;
      extra -= given;
      if (extra === 0) break;
    }
  }
  return widths;
}

/** How much narrower a column may become: to its floor, keeping its header from a character alone where it had none. */
function spareKeepingHeader(width: number, floor: number, header: string, padding: number, points: number, em: number): number {
  if (header === "" || headerWidowed(header, width - padding, points)) return Math.max(0, width - floor);
  // Half a character at a time: the header's wrap changes only at a character's edge.
  let narrower = width;
  while (narrower - em / 2 >= floor && !headerWidowed(header, narrower - em / 2 - padding, points)) narrower -= em / 2;
  return width - narrower;
}

/** The narrowest room wider than `room` in which the header's last line holds two characters or more (its one line at most). */
function headerRoom(header: string, room: number, points: number): number {
  const whole = wordWidth(header, points, 0);
  for (let wider = room + (points * 20) / 2; wider < whole; wider += (points * 20) / 2) if (!headerWidowed(header, wider, points)) return wider;
  return whole;
}

/** Whether a header, set `room` wide as Word breaks it (between characters, a run of digits or letters kept whole), leaves one character alone on its last line. */
function headerWidowed(header: string, room: number, points: number): boolean {
  // A header written on lines of its own is set as written.
  if (header.length < 2 || header.includes("\n") || wordWidth(header, points, 0) <= room) return false;
  let line = "";
  let last = "";
  for (const token of breakableTokens(header)) {
    if (line !== "" && wordWidth(line + token, points, 0) > room) line = "";
    line += token;
    last = line;
  }
  return [...last].length < 2;
}

/** A header's characters, with each run Word keeps whole (unbrokenRuns) as one. */
function breakableTokens(text: string): string[] {
  const runs = unbrokenRuns(text);
  const tokens: string[] = [];
  let at = 0;
  for (const run of runs) {
    const start = text.indexOf(run, at);
    tokens.push(...text.slice(at, start), run);
    at = start + run.length;
  }
  tokens.push(...text.slice(at));
  return tokens;
}

/** How many of a column's lines of text, `room` wide, wrap with a character or two alone on their last line (or cut a run Word keeps whole). */
function badWraps(lines: readonly number[], room: number, em: number): number {
  let count = 0;
  for (const width of lines) if (width > room && width - (Math.ceil(width / room) - 1) * room <= WIDOW_CHARACTERS * em) count++;
  return count;
}
