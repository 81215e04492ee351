import { isIssuerMark } from "./issuerMark.js";

/**
 * Whether a line that model/reading.ts reads as a PDF's running head (it stands at a page's edge
 * and repeats a line before the plan) says what a running head says: an issuer's mark
 * (`××市人民政府办公室文件`), a document's name (the plan's title, `××实施方案`, `××行动计划`,
 * with its period in brackets or not, a gazette's `××市人民政府公报`) or a government's name
 * (`××市人民政府`). A unit's name alone (`市发改委`) is also what a plan writes as the 落款 before
 * a page's edge, or a line of its own text: structure/page-number deletes a head only where it
 * looks like one here or stands at two page edges or more, and otherwise asks the user.
 */
export function looksLikeRunningHead(content: string): boolean {
  return isIssuerMark(content) || DOCUMENT_NAME.test(content);
}

/** A document's or a government's name, a bracketed note after it (（2024—2026年）, （试行）) allowed. */
const DOCUMENT_NAME = /(?:文件|方案|计划|意见|办法|通知|规划|纲要|细则|要点|规定|决定|公报|人民政府(?:办公室|办公厅)?)(?:[ \t\u3000]*[（(][^（()）]*[）)])?$/u;
