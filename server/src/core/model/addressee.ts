import type { TextLineNode } from "../syntax/cst.js";
import { lineText } from "./prelude.js";
import { NOTICE_TITLE } from "./titleBreaks.js";
import type { PlanDocument } from "./types.js";

/**
 * The 主送机关 of a notice (GB/T 9704 §7.3.3): on the line after the notice's title, flush left,
 * the bodies it is sent to — 各县（市、区）人民政府，市政府各部门，市属、驻市各单位 — and a
 * full-width colon after the last of them. Read here so that a missing or half-width colon can
 * be told (structure/addressee-colon), which also decides whether the export sets the line as
 * the 主送机关 or as a paragraph.
 */
export interface Addressee {
  line: TextLineNode;
  /** The names, from the first character to the end of the last name (the colon not included). */
  start: number;
  end: number;
  /** The colon after the last name: full-width, half-width, or none. */
  colon: "full" | "half" | null;
}

/** How the last name of a 主送机关 ends: a body, or the bodies of a kind (各有关单位, 市政府各部门). */
export const ADDRESSEE_NAME_END = /(单位|部门|机关|机构|政府|党委|党组|党工委|管委会|委员会|办事处|街道|局|厅|委|办|院|所|中心|公司|企业|科室)$/u;
/** What a 主送机关 never holds: a sentence's points. */
const SENTENCE_POINT = /[。；;！？!?]/u;
/** How far into the prelude a notice's title may stand (a web page's furniture may come first). */
const MAX_NOTICE_LINES = 80;
/** A notice's title on one line, letter-spaced 通  知 included, is no paragraph. */
const MAX_NOTICE_TITLE = 120;
/** A 主送机关 is a line of names, not a paragraph. */
const MAX_ADDRESSEE_LENGTH = 150;

/**
 * The notice's 主送机关, or null when the plan has no notice or the line after its title is no
 * list of bodies followed by the notice's text.
 */
export function addresseeOf(plan: PlanDocument): Addressee | null {
  const lines = plan.prelude?.lines ?? [];
  const text = plan.text;
  // The notice comes before the plan's title, within the document's first lines: a plan with no
  // numbered item has every line in its prelude, and this runs on every keystroke.
  const planTitle = plan.title?.lines[0];
  const searched = Math.min(lines.length, MAX_NOTICE_LINES);
  let titleEnd = -1;
  for (let i = 0; i < searched && lines[i] !== planTitle; i++) {
    const line = lines[i]!;
    if (line.kind === "text" && line.contentEnd - line.indentEnd <= MAX_NOTICE_TITLE && NOTICE_TITLE.test(lineText(line, text).replace(/[\s\u3000]+/gu, ""))) {
      titleEnd = i;
      break;
    }
  }
  if (titleEnd < 0) return null;
  const next = (from: number) => {
    for (let i = from; i < lines.length; i++) if (lines[i]!.kind !== "blank" && lines[i]!.kind !== "comment") return i;
    return -1;
  };
  const at = next(titleEnd + 1);
  const line = lines[at];
  if (line === undefined || line.kind !== "text" || line.textKind !== "plain") return null;
  const content = lineText(line, text);
  if (content.length === 0 || content.length > MAX_ADDRESSEE_LENGTH || SENTENCE_POINT.test(content)) return null;
  const colon = content.endsWith("：") ? "full" : content.endsWith(":") ? "half" : null;
  const names = colon === null ? content : content.slice(0, -1).trimEnd();
  // Every group apart by a comma ends in a body: 市属、驻市各单位 is one group, 各单位 its end.
  if (!names.split(/[，,]/u).every((group) => group.trim() !== "" && ADDRESSEE_NAME_END.test(group.trim()))) return null;
  // The notice's text follows (现将……印发给你们，请认真贯彻执行。): a line of names alone is no 主送机关.
  const body = lines[next(at + 1)];
  if (body === undefined || body.kind !== "text" || !lineText(body, text).includes("。")) return null;
  // lineText trims: the names start after any space the indentation did not count.
  let start = line.indentEnd;
  while (text.charCodeAt(start) !== content.charCodeAt(0)) start++;
  return { line, start, end: start + names.length, colon };
}
