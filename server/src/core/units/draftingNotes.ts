import { codeUnitSet } from "../text/codeUnits.js";
import { isSpaceCode } from "../text/spaces.js";

/**
 * How plans say that the first unit of each clause leads: 排在第一位的为牵头单位, 第一个单位为牵头单位,
 * 列首位的为牵头部门, 排名第一的单位牵头, 牵头单位列在首位 … A place word (排在, 列 …) or a copula
 * (为, 是 …) is required: `第一牵头单位` names one unit, and `全国第一批龙头企业牵头` is prose.
 */
const FIRST = "(?:第一位|第一个|第一家|首位|第一)";
const HOLDER = "(?:的)?(?:责任单位|责任部门|单位|部门)?(?:的)?";
const COPULA = "(?:为|是|系|作为|即为)";
const PLACE = "(?:排在|排名|排|列在|列于|列|位列|位于|居于|居|名列)";
const LEAD = "牵头(?:单位|部门)?";
export const LEAD_CONVENTION = new RegExp(`${PLACE}${FIRST}${HOLDER}${COPULA}?${LEAD}|${FIRST}${HOLDER}${COPULA}${LEAD}|${LEAD}${PLACE}${FIRST}`);

/**
 * A drafting note in brackets after a clause's first name (`市市场监管局（排名第一的为牵头单位，下同）`,
 * `…（列第一位的为牵头单位）`, `…（下同）`): what the drafter says of the clauses, no word of the body's
 * name. Where `name` ends in one, the length of the name before it; else -1. The note stays in
 * the text (and the plan's convention is read from it: leadConvention); only the name stops short.
 */
export function nameBeforeDraftingNote(name: string): number {
  const last = name.charCodeAt(name.length - 1);
  if (last !== FULL_WIDTH_CLOSE && last !== HALF_WIDTH_CLOSE) return -1;
  const open = Math.max(name.lastIndexOf("（"), name.lastIndexOf("("));
  if (open <= 0) return -1;
  const note = name.slice(open + 1, -1);
  return LEAD_CONVENTION.test(note) || SAME_BELOW.test(note) ? open : -1;
}

const FULL_WIDTH_CLOSE = 0xff09; // ）
const HALF_WIDTH_CLOSE = 0x29; // )
/** "The same below" (下同, 以下同), at the note's end: a note on how to read the clauses after it. */
const SAME_BELOW = /(?:^|[，,、；;])\s*(?:以下|下)同$|^(?:以下|下)同$/;

/**
 * Where the separator after a name that ends at `start` may be, up to `end` (the next name's
 * start): past a drafting note in brackets right after the name (nameBeforeDraftingNote: the
 * grammar reads a name's brackets into the name, so a bracket at a name's end is only ever such
 * a note), or past a drafter's `//` comment after it (`市发展改革委 // 待确认、…`, the grammar's
 * ClauseComment, which runs up to the mark); else `start`. The note's `，` and the comment's
 * spaces are theirs, not the separator's: no fix of the separator touches them.
 */
export function separatorSearchStart(text: string, start: number, end: number): number {
  const open = text.charCodeAt(start);
  if (open !== FULL_WIDTH_OPEN && open !== HALF_WIDTH_OPEN) return pastComment(text, start, end);
  for (let at = start + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === FULL_WIDTH_CLOSE || code === HALF_WIDTH_CLOSE) return at + 1;
  }
  return start;
}

/** The end of a `//` comment that opens at `start` after spaces (at the first separator mark, ClauseComment's end), else `start`. */
function pastComment(text: string, start: number, end: number): number {
  let at = start;
  // Most gaps are a mark alone: one look at the first code unit.
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== SLASH || text.charCodeAt(at + 1) !== SLASH) return start;
  for (at += 2; at < end && !COMMENT_ENDS.has(text.charCodeAt(at)); at++);
  return at;
}

const SLASH = 0x2f;
/** The marks a clause's comment stops at (the grammar's ClauseCommentPiece): the separators and `；`. */
const COMMENT_ENDS = codeUnitSet("、，,；;");

const FULL_WIDTH_OPEN = 0xff08; // （
const HALF_WIDTH_OPEN = 0x28; // (
