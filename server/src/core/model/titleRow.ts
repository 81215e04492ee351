import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { isBesideTitle, isHeadingLike, lineText } from "./prelude.js";
import { isTitleRow, titleLabelLength } from "./titleLabel.js";
import type { RepeatedTitle } from "./types.js";

/**
 * A page's metadata table may hold the title in a row of its own (标    题：…), often shortened
 * (the page's 南溪县质量强县建设行动方案 over the document's 南溪县质量强县建设三年行动方案（2023—2025年）).
 * The furniture rules never delete such a row by its label alone: where it is the only copy of
 * the title, it is the title. The row is the table's, and debris, where it stands among the
 * table's rows (a row of the leading debris right above or below it) and the document writes a
 * title of its own under it (a heading-like line that is no debris: the notice's or the plan's):
 * its words then never join the title nor replace it, and the export does not print them. A row
 * that repeats the title word for word among the table's rows is the table's too, not a page
 * heading (repeatedTitle.ts): one defect, the table, one finding (`repeatsInTable`).
 *
 * A table copied row by row may set the label alone on its line and its value on the next
 * (`标    题：` / `南溪县质量强县建设行动方案`): the value line is the row's too, debris with its
 * label where the document's own title stands under it, and the title itself where none does
 * (the label alone set apart then, as the label of a row written on one line is).
 */
export function findTitleRowsInTable(lines: readonly LineNode[], text: string, debris: ReadonlySet<LineNode>, repeats: readonly RepeatedTitle[]): TextLineNode[] {
  if (debris.size === 0) return NO_LINES;
  const repeated = new Set<LineNode>();
  for (const repeat of repeats) for (const line of repeat.lines) repeated.add(line);
  // The content lines in order: a row's neighbours are read past blank lines and comments.
  const content = lines.filter((line) => line.kind !== "blank" && line.kind !== "comment");
  const titleBelow = (below: LineNode) => !debris.has(below) && !repeated.has(below) && isTitleLike(below, text);
  // Whether a title stands below line i is whether the last one stands past i: found once, at the first row.
  let last: number | undefined;
  const lastTitle = () => {
    if (last === undefined) for (last = content.length - 1; last >= 0 && !titleBelow(content[last]!); last--);
    return last;
  };
  let rows: TextLineNode[] | null = null;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (line.kind !== "text" || debris.has(line) || !isTitleRow(lineText(line, text))) continue;
    if (!debris.has(content[i - 1]!) && !debris.has(content[i + 1]!)) continue;
    const rowText = lineText(line, text);
    const value = titleLabelLength(rowText) === rowText.length ? valueBelow(content[i + 1], text, debris, repeated) : null;
    if (lastTitle() <= i) continue;
    (rows ??= []).push(line);
    // The row's value on the next line, with a title of the document's own further down: the table's.
    if (value !== null && lastTitle() > i + 1) rows.push(value);
  }
  return rows ?? NO_LINES;
}

/** The line under a label written alone that holds its value: a heading-like line no other reading has set apart. */
function valueBelow(line: LineNode | undefined, text: string, debris: ReadonlySet<LineNode>, repeated: ReadonlySet<LineNode>): TextLineNode | null {
  if (line === undefined || debris.has(line) || repeated.has(line) || !isTitleLike(line, text)) return null;
  return line;
}

/** A line that can be a title: heading-like, no other title row, no period, date or 文号 (which stand under a title). */
function isTitleLike(line: LineNode, text: string): line is TextLineNode {
  if (!isHeadingLike(line, text)) return false;
  const content = lineText(line, text);
  return !isTitleRow(content) && !isBesideTitle(line, content);
}

/**
 * The repeats (repeatedTitle.ts) whose first copy is the table's title row: they open on a row
 * `findTitleRowsInTable` took, or on the value under a label it took alone on its line. One
 * defect, the table, one finding: the caller drops them from the repeats and sets their lines
 * apart with the table's rows.
 */
export function repeatsInTable(lines: readonly LineNode[], text: string, rows: readonly TextLineNode[], repeats: readonly RepeatedTitle[]): RepeatedTitle[] {
  if (repeats.length === 0) return NO_REPEATS;
  const taken = new Set<LineNode>(rows);
  const labelsAlone = new Set<LineNode>(rows.filter((row) => titleLabelLength(lineText(row, text)) === lineText(row, text).length));
  const firsts = new Map<LineNode, RepeatedTitle>(repeats.map((repeat) => [repeat.lines[0]!, repeat]));
  const found: RepeatedTitle[] = [];
  // One pass, each line's previous content line at hand: a prelude of thousands of repeats stays linear.
  let previous: LineNode | undefined;
  for (const line of lines) {
    const repeat = firsts.get(line);
    if (repeat && (taken.has(line) || (previous !== undefined && labelsAlone.has(previous)))) found.push(repeat);
    if (line.kind !== "blank" && line.kind !== "comment") previous = line;
  }
  return found;
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_LINES: TextLineNode[] = [];
const NO_REPEATS: RepeatedTitle[] = [];
