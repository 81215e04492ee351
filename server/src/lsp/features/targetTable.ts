import type { Range } from "vscode-languageserver";
import { targetTableRows, type TargetTableRow } from "../../core/targets/table.js";
import type { LanguageFeature } from "./feature.js";

/** `policyPlan/targetTable`: the target table of one plan (the 显示目标指标表 command). */
export const TARGET_TABLE_REQUEST = "policyPlan/targetTable";

export interface TargetTableParams {
  uri: string;
}

/** One row as the core computes it, with its range in the document instead of offsets. */
export type TargetTableRowDto = Omit<TargetTableRow, "span"> & { range: Range };

export const targetTableFeature: LanguageFeature = {
  capabilities: {},
  register(session) {
    session.connection.onRequest(TARGET_TABLE_REQUEST, (params: TargetTableParams): TargetTableRowDto[] => {
      const entry = session.get(params.uri);
      if (!entry) return [];
      return targetTableRows(entry.analysis.plan, entry.analysis.parents, session.configFor(params.uri)).map(({ span, ...row }) => ({
        ...row,
        range: entry.mapper.rangeOf(span),
      }));
    });
  },
};
