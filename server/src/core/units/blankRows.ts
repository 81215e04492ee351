import type { BlankTableRow } from "../model/types.js";

/**
 * How a 分工表 row nobody is given is named to a reader: its 序号 (第3项, else 一行) and its
 * task cell in quotes where it has one. The unit report's note and units/blank's finding say it
 * in these same words, so that a reviewer finds the one row from either.
 */
export function blankRowLabel(row: Pick<BlankTableRow, "number" | "task">): string {
  const which = row.number !== "" ? `第${row.number}项` : "一行";
  return row.task !== "" ? `${which}“${row.task}”` : which;
}
