import type { UnitRegistry } from "../units/registry.js";
import { kindOf, type TableShape } from "./shiftedRows.js";
import type { Span } from "./types.js";

/**
 * A 分工表 row a web page's copy left only its own cells — a measure under a task whose 序号,
 * 重点任务 and unit cells are merged down over it (rowspan), written once, on the first row:
 * `推动企业标准自我声明公开<TAB>2024年底前` under `序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限`.
 * The same row set with spaces (the table copied as text, its cells apart by wide gaps) is one too.
 * Its cells are the columns no merge covers, in order: its words in the columns of words that
 * are no task's (具体措施, 工作内容, 备注), its deadline in the deadline column. For each column, the
 * index of the row's cell there (-1 where a merged cell stands), or null where the cells are not
 * exactly those columns' — a row with a 序号 or names of its own is no such row.
 */
export function measureRowPlacement(cells: readonly Span[], shape: TableShape, text: string, registry: UnitRegistry): number[] | null {
  if (shape.taskColumn < 0 || cells.length >= shape.columns) return null;
  const placed: number[] = new Array<number>(shape.columns).fill(-1);
  let column = 0;
  for (let at = 0; at < cells.length; at++) {
    const kind = kindOf(text, cells[at]!, registry);
    if (kind !== "words" && kind !== "deadline") return null;
    while (column < shape.columns && !ownColumn(column, shape, kind === "deadline")) column++;
    if (column === shape.columns) return null;
    placed[column++] = at;
  }
  // Every column of its own the row fills: a row short of one of them is another reading's.
  for (let each = 0; each < shape.columns; each++) if (placed[each] === -1 && ownColumn(each, shape, false)) return null;
  return placed;
}

/** Whether a column is one a measure's row writes itself: a column of words no merge spans (no 序号's, task's or unit's), or the deadline's. */
function ownColumn(column: number, shape: TableShape, deadline: boolean): boolean {
  if (column === shape.deadlineColumn) return deadline;
  return !deadline && column !== shape.numberColumn && column !== shape.taskColumn && !shape.unitColumns.includes(column);
}
