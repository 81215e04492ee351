import type { UnitMatrixRowDto } from "../../../server/src/lsp/features/unitMatrix.js";

/**
 * `vscode.l10n`'s shape, passed in so the wording can be tested without the editor; called as
 * l10n.t with the message written out in the call, as the l10n tools and test/unit/manifest.test.ts find them.
 */
export interface L10n {
  t(message: string, ...args: Array<string | number>): string;
}

/**
 * The line above one unit's task list: how many tasks, how many it leads and supports where the
 * plan says, and how many reach it only through a group term it belongs to (各镇人民政府, 各有关
 * 部门) — the counts `plancheck units --unit` gives in its heading, so the editor and the report
 * agree on what a department is asked to do.
 */
export function unitTaskSummary(rows: readonly UnitMatrixRowDto[], l10n: L10n): string {
  if (rows.length === 0) return l10n.t("本文没有分配给该单位的任务");
  const leads = rows.filter((row) => row.role === "lead").length;
  const supports = rows.filter((row) => row.role === "support").length;
  const through = rows.filter((row) => row.via).length;
  if (leads + supports > 0) {
    return through > 0
      ? l10n.t("共 {0} 项任务（牵头 {1} 项，配合 {2} 项，经由统称 {3} 项）", rows.length, leads, supports, through)
      : l10n.t("共 {0} 项任务（牵头 {1} 项，配合 {2} 项）", rows.length, leads, supports);
  }
  return through > 0 ? l10n.t("共 {0} 项任务（经由统称 {1} 项）", rows.length, through) : l10n.t("共 {0} 项任务", rows.length);
}
