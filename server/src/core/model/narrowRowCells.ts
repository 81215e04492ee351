import type { UnitRegistry } from "../units/registry.js";
import { type CellKind, kindOf, type TableShape } from "./shiftedRows.js";
import type { Span } from "./types.js";

/**
 * A row of a 分工表 set with single spaces (model/narrowCells.ts) whose cells hold spaces of their
 * own: `1 推进质量技术创新 （三） 区科技局 区市场监管局 2025年底前` under `序号 重点任务 对应《纲要》条目
 * 责任单位 完成时限`, a unit cell listing its names apart by spaces as a web page writes them. Parted at
 * every space the row has more cells than its header, and nothing in the spacing tells which
 * spaces are a cell's: only what the words are does. The row's words are grouped into the
 * header's columns, in order, where exactly one grouping fits: the 序号 alone in its column, a
 * deadline alone in its, names the registry knows (and nothing else) in a unit column, the task's
 * words in the task's, and no known name in any other. A row two groupings fit is left unread
 * (model/tables.ts counts it): no cell is guessed at.
 */
export function narrowRowInColumns(words: readonly Span[], shape: TableShape, text: string, registry: UnitRegistry): Span[] | null {
  const extra = words.length - shape.columns;
  if (extra <= 0 || extra > MAX_EXTRA_WORDS) return null;
  const kinds = words.map((word) => kindOf(text, word, registry));
  // Every row has its unit cell's names somewhere: a row of words only is no row of a 分工表.
  if (!kinds.includes("units")) return null;
  const found: number[][] = [];
  groupings(kinds, shape, 0, 0, [], found);
  if (found.length !== 1) return null;
  const starts = found[0]!;
  return starts.map((from, column) => {
    const to = column + 1 < starts.length ? starts[column + 1]! : words.length;
    return { start: words[from]!.start, end: words[to - 1]!.end };
  });
}

/** The most words a row may have over its header's cells: a cell or two of names apart by spaces. */
const MAX_EXTRA_WORDS = 6;

/** Collects into `found` (two at most: one is the answer, two none) the first word of each column, from `column` and word `at` on. */
function groupings(kinds: readonly CellKind[], shape: TableShape, column: number, at: number, starts: number[], found: number[][]): void {
  if (found.length > 1) return;
  if (column === shape.columns) {
    if (at === kinds.length) found.push([...starts]);
    return;
  }
  // Each column after this one needs a word of its own.
  const most = kinds.length - (shape.columns - column - 1);
  starts.push(at);
  for (let to = at + 1; to <= most; to++) {
    if (!fits(kinds, at, to, column, shape)) continue;
    groupings(kinds, shape, column + 1, to, starts, found);
  }
  starts.pop();
}

/** Whether the words [from, to) fit the column. */
function fits(kinds: readonly CellKind[], from: number, to: number, column: number, shape: TableShape): boolean {
  if (column === shape.numberColumn) return to - from === 1 && kinds[from] === "serial";
  if (column === shape.deadlineColumn) return to - from === 1 && kinds[from] === "deadline";
  const units = shape.unitColumns.includes(column);
  for (let k = from; k < to; k++) {
    if ((kinds[k] === "units") !== units) return false;
    if (column === shape.taskColumn && kinds[k] !== "words") return false;
  }
  return true;
}
