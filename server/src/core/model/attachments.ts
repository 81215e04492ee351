import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { lineText } from "./prelude.js";

/**
 * `附件` / `附件1` alone on a line: the label GB/T 9704 puts at the top of an attachment. With a
 * colon (`附件：1.××`) the line is the 附件说明 under the body, a list of the attachments, and
 * starts nothing.
 */
export const ATTACHMENT_LABEL = /^附件\s*[0-9０-９一二三四五六七八九]*$/;

export function isAttachmentLabel(line: LineNode, text: string): line is TextLineNode {
  return line.kind === "text" && line.textKind === "attachment" && ATTACHMENT_LABEL.test(lineText(line, text));
}
