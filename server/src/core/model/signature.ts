import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { isAttachmentLabel } from "./attachments.js";
import { dateOfDateLineNode, issuerOf, lineText, signatureNamesAbove } from "./prelude.js";
import type { ClosingSignature } from "./types.js";

/** Where to look for the 落款 (model/buildPlan.ts knows these before the outline is built). */
export interface SignatureSearch {
  /** The lines of the document. */
  lines: readonly LineNode[];
  /** Where the plan's text ends (the 版记 or the trailing debris, or the end). */
  planEnd: number;
  /** The plan's first line (its first item): the signature comes after it. */
  planStart: number;
  text: string;
}

/**
 * The 落款 that closes a plan issued as a document of its own (GB/T 9704 §7.3.5: 发文机关署名 and
 * 成文日期 after the text): `赣州市人民政府` / `2024年3月5日` after the last item, or before the
 * first attachment. A plan sent with an 印发通知 has its date in the notice (model/prelude.ts);
 * a standalone one has it only here, and without this reading the two lines were the last
 * item's body and the plan had no date and no issuer (its year, its level unknown).
 *
 * Read strictly, as the 版记 is, since the lines leave the outline: a 成文日期 line by itself
 * (however written: structure/date-form judges the form), with the organisation names on
 * lines of their own above it if any, and nothing but blank lines, comments, a page number and
 * the 附注 (（此件公开发布）) between it and where the text ends (and `（此页无正文）` above the names,
 * kept with the 附注 in `notes`) (the 版记, web debris, the end) or the first attachment
 * begins (`附件1`).
 */
export function findClosingSignature({ lines, planEnd, planStart, text }: SignatureSearch): ClosingSignature | null {
  return signatureBefore(lines, signatureEnd(lines, planEnd, planStart, text), planStart, text);
}

/**
 * Where the signature ends: before the first attachment's label (model/outline.ts starts an
 * attachment at one after the plan's first item) — the signature closes the text, the
 * attachments follow it, and a date at an attachment's end is the attachment's — else at the
 * plan's end.
 */
function signatureEnd(lines: readonly LineNode[], planEnd: number, planStart: number, text: string): number {
  for (let i = planStart + 1; i < planEnd; i++) if (isAttachmentLabel(lines[i]!, text)) return i;
  return planEnd;
}

function signatureBefore(lines: readonly LineNode[], end: number, after: number, text: string): ClosingSignature | null {
  let index = end - 1;
  const notes: TextLineNode[] = [];
  for (; index > after && isPassedOver(lines[index]!); index--) {
    const line = lines[index]!;
    if (line.kind === "text" && line.textKind === "publicity") notes.unshift(line);
  }
  if (index <= after) return null;
  const dateLine = lines[index]!;
  const date = dateOfDateLineNode(dateLine, lineText(dateLine, text));
  if (date === null || dateLine.kind !== "text") return null;
  // Names are text lines: the scan above the date stops at the item line, if not before.
  const names = signatureNamesAbove(lines, index, text);
  const first = names.length > 0 ? lines.lastIndexOf(names[0]!, index) : index;
  // `（此页无正文）` above the 落款 (offices mark a 落款 that stands alone on its page so): the
  // 落款's, no task's text.
  let above = first - 1;
  while (above > after && isPassedOver(lines[above]!)) above--;
  const blankPage = lines[above];
  if (above > after && blankPage !== undefined && blankPage.kind === "text" && NO_TEXT_ON_PAGE.test(lineText(blankPage, text))) notes.unshift(blankPage);
  return {
    start: lines[first]!.indentEnd,
    end: dateLine.contentEnd,
    lines: lines.slice(first, index + 1),
    names,
    dateLine,
    issuer: issuerOf(names, text),
    date,
    notes,
  };
}

/** The note a 落款 alone on its page carries above it. */
const NO_TEXT_ON_PAGE = /^[（(]\s*此页无正文\s*[）)]$/;

/** What may stand after the 成文日期: blank lines, comments, a page number, and the 附注 (（此件公开发布）, GB/T 9704 §7.3.6). */
function isPassedOver(line: LineNode): boolean {
  return line.kind === "blank" || line.kind === "comment" || (line.kind === "text" && (line.textKind === "pageNumber" || line.textKind === "publicity"));
}
