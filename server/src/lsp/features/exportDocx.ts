import { ExportOptionError, resolveExportOptions, type ExportSettings } from "../../core/export/options.js";
import type { LanguageFeature } from "./feature.js";

/** `policyPlan/exportDocx`: the open plan as .docx bytes in the 公文 format; the client saves them. */
export const EXPORT_DOCX_REQUEST = "policyPlan/exportDocx";

export interface ExportDocxParams {
  uri: string;
  /** Export even when the plan has error-level findings. */
  force?: boolean;
  /** The editor's `policyPlan.export` settings (any LSP client may send its own). */
  settings?: ExportSettings;
}

export type ExportDocxResult =
  /** The .docx, base64 (JSON-RPC carries text); `errors` error-level findings were forced through. */
  | { status: "exported"; data: string; errors: number }
  /** Not exported: error-level findings, listed in `message` (Chinese), and no `force`. */
  | { status: "blocked"; message: string; errors: number }
  /** Not exported: the plan is not open, or a setting has a value that cannot be used. */
  | { status: "failed"; message: string };

/**
 * The same export as `plancheck export`: the core lays out and packs, from the checked analysis.
 * The export (and the docx library under it, about a third of the bundle) is loaded on the first
 * request, not when the server starts.
 */
export const exportDocxFeature: LanguageFeature = {
  capabilities: {},
  register(session) {
    session.connection.onRequest(EXPORT_DOCX_REQUEST, async (params: ExportDocxParams): Promise<ExportDocxResult> => {
      const entry = session.get(params.uri);
      if (!entry) return { status: "failed", message: `方案未打开：${params.uri}` };
      let options;
      try {
        options = resolveExportOptions(params.settings ?? {});
      } catch (error) {
        if (error instanceof ExportOptionError) return { status: "failed", message: error.message };
        throw error;
      }
      const { plan, findings } = entry.analysis;
      const { blockingFindings, blockingMessage, exportPlanDocx } = await import("../../core/export/exportDocx.js");
      const blocking = blockingFindings(findings);
      if (blocking.length > 0 && params.force !== true) {
        return { status: "blocked", message: blockingMessage(plan.text, blocking, "修正后重试，或选择“仍然导出”"), errors: blocking.length };
      }
      const bytes = await exportPlanDocx(plan, options);
      return { status: "exported", data: Buffer.from(bytes).toString("base64"), errors: blocking.length };
    });
  },
};
