import type { PlanDocument } from "../model/types.js";
import type { Finding } from "../rules/types.js";
import { PositionMapper } from "../text/positions.js";
import { gongwenDocument } from "./docx.js";
import { layoutPlan } from "./layout.js";
import type { DocxExportOptions } from "./options.js";
import { packDocx, withoutLoneSurrogates } from "./pack.js";

/**
 * The export both shells call: a checked plan in, the bytes of a .docx in the 公文 format out
 * (GB/T 9704—2012). Pure: the shells write the file. Same plan and options → same bytes.
 */
export async function exportPlanDocx(plan: PlanDocument, options: DocxExportOptions): Promise<Uint8Array> {
  // Every string of the layout is text of the document: none may hold a lone surrogate.
  const layout = withoutLoneSurrogates(layoutPlan(plan, options.annotations));
  // Comments need a date; the document's own keeps the output free of the clock.
  const commentDate = new Date(`${layout.date ?? "2000-01-01"}T00:00:00Z`);
  const document = gongwenDocument(layout, options, commentDate);
  return packDocx(document, { title: layout.title, creator: withoutLoneSurrogates(plan.metadata.issuer), date: layout.date }, options);
}

/** Findings that stop an export unless the user forces it: the error-level ones. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "error");
}

/** The Chinese message that lists them, one per line with its place, for the CLI and the editor. */
export function blockingMessage(text: string, blocking: readonly Finding[], howToForce: string): string {
  const mapper = new PositionMapper(text);
  const lines = blocking.map((finding) => {
    const position = mapper.positionAt(finding.start);
    return `  第${position.line + 1}行第${position.character + 1}列：${finding.message}  [${finding.rule}]`;
  });
  return `方案有 ${blocking.length} 个错误级问题，未导出（${howToForce}）：\n${lines.join("\n")}`;
}
