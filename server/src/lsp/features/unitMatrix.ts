import type { Range } from "vscode-languageserver";
import { matrixRowContract, unitMatrixRows } from "../../core/units/matrix.js";
import { planUnitKeys, unitReport } from "../../core/units/report.js";
import { roleInRow, unitTaskList } from "../../core/units/unitTasks.js";
import type { LanguageFeature } from "./feature.js";

/** `policyPlan/unitMatrix`: the unit × task rows of one plan, or of every plan in the workspace. */
export const UNIT_MATRIX_REQUEST = "policyPlan/unitMatrix";

export interface UnitMatrixParams {
  uri?: string;
  /** "workspace" for every plan under the workspace roots; the default is the one document. */
  scope?: "document" | "workspace";
  /** One department's task list: only the rows that name it (any writing of it), with its role and partners. */
  unit?: string;
}

/** One row, as `plancheck units --format json` writes it, with the document's URI as `file`. */
export interface UnitMatrixRowDto {
  file: string;
  path: string[];
  heading: string;
  label: string;
  units: string[];
  lead: string | null;
  range: Range;
  /** What `plancheck units --format json` adds to each row: the stated leads, the supporting units, and where the lead comes from. */
  leads: string[];
  supporting: string[];
  leadBasis: "clause" | "convention" | null;
  /** A table row's section rows, outermost first (["一、增强质量发展创新动能"]); empty for any other row. */
  sections: readonly string[];
  /** With `unit`: what the unit does in the row (lead, support, responsible) and the row's other units. */
  role?: "lead" | "support" | "responsible";
  partners?: string[];
  /** With `unit`: whether the row names it (`named`) or gives the task to a group term it belongs to, every body of its kind (`member`: 各镇人民政府) or those concerned (`concerned`: 各有关部门). */
  reach?: "named" | "member" | "concerned";
  /** With `unit`: the group term, where the row does not name the unit; null where it does. */
  via?: string | null;
}

/** The rows a client renders as a table (the VS Code command opens them as Markdown). */
export const unitMatrixFeature: LanguageFeature = {
  capabilities: {},
  register(session) {
    session.connection.onRequest(UNIT_MATRIX_REQUEST, (params: UnitMatrixParams): UnitMatrixRowDto[] => {
      const plans =
        params.scope === "workspace"
          ? session.workspace.plans()
          : params.uri && session.get(params.uri)
            ? [{ uri: params.uri, plan: session.get(params.uri)!.analysis.plan, mapper: session.get(params.uri)!.mapper, registry: session.contextFor(params.uri).registry }]
            : [];
      return plans.flatMap(({ uri, plan, mapper, registry }) => {
        if (!params.unit) {
          // A table row that restates a task is merged into the task's row, its units compared as the report compares them.
          const keyOf = planUnitKeys(plan, registry);
          return unitMatrixRows(plan, (name) => keyOf(name).key, registry).map((row): UnitMatrixRowDto => matrixRowContract(row, uri, mapper.rangeOf(row.span)));
        }
        // The unit's task list, with the group terms it belongs to (units/unitTasks.ts), as `plancheck units --unit` reads it.
        const report = unitReport(plan, registry);
        const roleOf = roleInRow(plan, registry, unitTaskList(plan, report, registry, params.unit), report);
        return report.rows.flatMap((row): UnitMatrixRowDto[] => {
          const found = roleOf(row);
          return found ? [{ ...matrixRowContract(row, uri, mapper.rangeOf(row.span)), ...found }] : [];
        });
      });
    });
  },
};
