import type { ClauseNode, LineNode } from "../syntax/cst.js";
import { endIn, placedSegment, startIn, type Piece } from "./joinedPieces.js";
import type { NumberedItem } from "./types.js";
import { bareClauseAt, clauseAcrossLines, deadlineSentenceAt, groupClauseAt, sentenceClauseAt } from "../syntax/parse.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { unclosedBefore, type BracketMarks } from "../text/brackets.js";
import { trimSpacesEnd } from "../text/spaces.js";
import { textEndOf } from "./inline.js";
import { UNIT_LABELS } from "../units/labels.js";
import { NodeMemo } from "../syntax/nodeMemo.js";
import { unitNameEnd } from "../syntax/bodyEnds.js";

/**
 * Clauses the grammar, which reads one line at a time, cannot see on a line of its own; the
 * model asks the grammar for them where a line's neighbours or its opening say one is there:
 * - a clause a line break cuts (`〔责任单位：市工信局、` / `市科技局〕`, text copied out of a PDF
 *   or a narrow column): the line ends inside a bracket it has not closed. A page's number and
 *   running head between the lines (a PDF's page ended inside the clause) are read past. A PDF's measure
 *   breaks a line wherever it ends, inside a name (`市科` / `技局`), a label or a suffix as well
 *   as after a separator, so the lines are read joined, as the clause was written: the grammar
 *   reads the clause on one line, and the clause's offsets are put back where its characters
 *   are in the document (a name keeps the text it has on one line, 市科技局, and the span it
 *   has in the document, break included);
 * - the clause of a group of tasks written as a sentence of its own after them, without
 *   brackets (`以上任务责任单位：市市场监管局、市科技局。`, `上述任务由市市场监管局牵头，市工信局配合。`);
 * - a clause's labels and names on a line of their own after the task, without brackets
 *   (`牵头单位：市经信局；配合单位：市科技局`): read as the bracketed clause they would be.
 * - the same labels and names as a line's last sentence (`……开展攻关。责任单位：县工信局。`), where
 *   the line states no clause in brackets (`trailingClauseOf`); or, as a task's last sentence,
 *   its names and their roles alone (`……开展攻关。市市场监管局牵头，市工信局配合。`), the task's
 *   deadline after them or not (`……配合，2025年底前完成。`, as a bracketed clause may end), or
 *   before the task's deadline written as its last sentence (`……配合。2025年底前完成。`).
 * All are rare, and the tests that find a candidate read a few characters per line: the
 * grammar runs only on candidates.
 */

const OPENERS = codeUnitSet("〔（(【");
const CLOSERS = codeUnitSet("〕）)】");
/** A name's parentheses, and a bare clause's. */
const ROUND_OPEN = codeUnitSet("（(");
const ROUND_CLOSE = codeUnitSet("）)");
/** What stands between two names or after the last: a separator, `；`, a closing bracket. */
const BETWEEN_NAMES = codeUnitSet("、，,；;〕）)】");
/** A clause's own closing brackets: a line ending in one ends its clause (a name's parentheses are （）). */
const CLAUSE_CLOSERS = codeUnitSet("〕】");
/** Marks no clause holds: a bracket still open before one of them is prose's, not a clause's. */
const SENTENCE_STOPS = codeUnitSet("。！？!?");
/**
 * The longest clause read across lines, in code units, from its bracket to its close: far above
 * a real list of units (twenty names), and a bound on the look-back from every line's end and
 * on the lines joined after it (an unclosed bracket must not make the reading quadratic).
 */
const MAX_CLAUSE = 600;

/**
 * The brackets a line leaves open at its end, outermost first, where a clause may open that
 * goes on below; null when there is none. A name's own parentheses may be the innermost
 * (`〔责任单位：市委组织部（` / `市委人才办）…〕`), so each is a candidate.
 */
function openBracketsAtLineEnd(line: LineNode, text: string, kept: boolean): readonly number[] | null {
  if (line.kind !== "text" && line.kind !== "item" && line.kind !== "list") return null;
  // Asked of every line on every keystroke, and all but the edited line read as before.
  const remembered = openByLine.lookup(kept, line);
  if (remembered !== undefined) return remembered === null ? null : remembered.map((offset) => offset + line.start);
  const open = openBracketsIn(line, text);
  openByLine.remember(kept, line, open === null ? null : open.map((offset) => offset - line.start));
  return open;
}

/** Each line's open brackets, offsets from its start, while the server's parser keeps its node. */
const openByLine = new NodeMemo<LineNode, readonly number[] | null>();

function openBracketsIn(line: LineNode, text: string): number[] | null {
  const end = textEndOf(line, text);
  if (end <= line.indentEnd) return null;
  // Most lines end a sentence or a clause: one look at their last character.
  const last = text.charCodeAt(end - 1);
  if (SENTENCE_STOPS.has(last) || CLAUSE_CLOSERS.has(last)) return null;
  let open: number[] | null = null;
  const floor = Math.max(line.indentEnd, end - MAX_CLAUSE);
  // Each bracket found, the look goes on from it for the one open around it.
  for (let at = unclosedBefore(text, floor, end, CLAUSE_BRACKETS); at >= 0; at = unclosedBefore(text, floor, at, CLAUSE_BRACKETS)) (open ??= []).unshift(at);
  return open;
}

/** Any bracket a clause or a name in it opens, up to the sentence's end before it. */
const CLAUSE_BRACKETS: BracketMarks = { openers: OPENERS, closers: CLOSERS, stops: SENTENCE_STOPS };

/**
 * The clause that opens at the end of `lines[index]` and closes on a later line, or null. The
 * lines it goes on over must be paragraphs of plain text: a numbered item starts a task of its
 * own, however the line before it ends. A line's trailing comment (`〔责任单位：市工信局 // 待定` /
 * `、市科技局〕`) is no part of the joined text: a drafter's note at a line's end inside the clause, as
 * the grammar's ClauseComment is on one line. Nor is a clause that a sentence ends before it closes.
 */
export function clauseAcrossLinesOf(lines: readonly LineNode[], index: number, text: string, kept: boolean): ClauseNode | null {
  const open = openBracketsAtLineEnd(lines[index]!, text, kept);
  if (open === null) return null;
  for (const bracket of open) {
    const clause = clauseFrom(lines, index, bracket, text);
    if (clause !== null) return clause;
  }
  return null;
}

/**
 * Whether `lines[index]` goes on with a clause a line above opened and did not close
 * (`〔责任单位：市市场监管局` / `、市科技局〕`, the clause over several lines as a PDF's measure cut
 * it): the line is part of that clause, whatever its opening looks like. Looks back over the
 * plain lines the clause may go over, and a page's edge between them, at most MAX_CLAUSE code units of them.
 */
export function continuesClauseAbove(lines: readonly LineNode[], index: number, text: string): boolean {
  const line = lines[index];
  if (line === undefined) return false;
  // A page's edge between (its number and heads, blank lines about them) is passed over, as
  // clauseFrom reads the clause past it; blank lines alone end a clause.
  let gap = false;
  let page = false;
  for (let j = index - 1; j >= 0 && line.start - lines[j]!.start <= MAX_CLAUSE; j--) {
    const above = lines[j]!;
    if (above.kind === "blank" || isPageLine(above)) {
      gap = true;
      page ||= isPageLine(above);
      continue;
    }
    if (gap && !page) return false;
    gap = page = false;
    // A bracket open at a line's end may be a name's (各县（市 / 、区）人民政府〕) in a clause opened higher up.
    if (openBracketsAtLineEnd(above, text, false) !== null) {
      const clause = clauseAcrossLinesOf(lines, j, text, false);
      if (clause !== null) return clause.end > line.start;
    }
    // A clause goes on over plain lines only (clauseFrom): past any other, none reaches this one.
    if (above.kind !== "text" || above.textKind !== "plain") return false;
  }
  return false;
}

/**
 * Whether the grammar read `clause` as a bracket of names alone (BareClause: `（县工信局、县科技局）`
 * at a paragraph's end): the provincial form with neither a role nor the suffix, which every
 * other provincial clause has.
 */
export function isBareClause(clause: ClauseNode): boolean {
  return clause.form === "provincial" && clause.suffix === "" && clause.segments[clause.segments.length - 1]?.role === "";
}

/** The clause that opens at `open`, on `lines[index]`, read with the lines after it joined; or null. */
function clauseFrom(lines: readonly LineNode[], index: number, open: number, text: string): ClauseNode | null {
  const line = lines[index]!;
  const firstEnd = textEndOf(line, text);
  const pieces: Piece[] = [{ at: open, joined: 0, length: firstEnd - open }];
  let joined = text.slice(open, firstEnd);
  let depth = depthAfter(text, open, firstEnd, 0);
  let previous = line;
  let previousEnd = firstEnd;
  for (let next = index + 1; depth > 0; next++) {
    // A page's edge inside the clause (`— 3 —`, the running head, blank lines about them: the
    // model's page furniture, model/reading.ts) is no part of it: the clause goes on after it.
    next = pastPageEdge(lines, next);
    const following = lines[next];
    if (following === undefined || following.kind !== "text" || following.textKind !== "plain") return null;
    // A comment ends a line only between two names (`市工信局 // 待定` / `、市科技局〕`, `市工信局、 // 待定` /
    // `市科技局〕`): a name is never read across a drafter's note (`市科 // 注` / `技局〕`).
    // Spaces after the text are no comment (a PDF viewer's copy leaves one at every line's end).
    const commented = trimSpacesEnd(text, previousEnd, previous.contentEnd) > previousEnd;
    if (commented && !BETWEEN_NAMES.has(text.charCodeAt(previousEnd - 1)) && !BETWEEN_NAMES.has(text.charCodeAt(following.indentEnd))) return null;
    const end = textEndOf(following, text);
    depth = depthAfter(text, following.indentEnd, end, depth);
    if (depth < 0 || joined.length + end - following.indentEnd > MAX_CLAUSE) return null;
    pieces.push({ at: following.indentEnd, joined: joined.length, length: end - following.indentEnd });
    joined += text.slice(following.indentEnd, end);
    previous = following;
    previousEnd = end;
  }
  // The joined text holds no line break: the grammar reads the clause as it reads one on a line.
  const clause = clauseAcrossLines(joined, 0);
  return clause === null ? null : placed(clause, pieces);
}

/** Whether a line is page furniture the model read: a page's number or footer, or its running head. */
export function isPageLine(line: LineNode | undefined): boolean {
  return line !== undefined && line.kind === "text" && line.textKind === "pageNumber";
}

/**
 * The index of the first line after the page edge that starts at `index` (page lines, blank
 * lines about them), or `index` where no page line stands there: blank lines alone end a clause.
 */
export function pastPageEdge(lines: readonly LineNode[], index: number): number {
  let at = index;
  let page = false;
  for (; at < lines.length && (lines[at]!.kind === "blank" || isPageLine(lines[at])); at++) page ||= isPageLine(lines[at]);
  return page ? at : index;
}

/**
 * The bracket depth after text[start, end) from `depth`: 0 where the clause's bracket closes
 * (what follows is not read), -1 where a sentence ends while it is open.
 */
function depthAfter(text: string, start: number, end: number, depth: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code)) {
      if (--depth === 0) return 0;
    } else if (SENTENCE_STOPS.has(code)) return -1;
  }
  return depth;
}

/** The clause read on the joined text, with its offsets where its characters are in the document. */
function placed(clause: ClauseNode, pieces: readonly Piece[]): ClauseNode {
  const from = (offset: number) => startIn(pieces, offset);
  const to = (offset: number) => endIn(pieces, offset);
  const segments = clause.segments.map((segment) => placedSegment(segment, pieces));
  const deadline = clause.deadline === null ? null : { ...clause.deadline, start: from(clause.deadline.start), end: to(clause.deadline.end), valueStart: from(clause.deadline.valueStart) };
  return { ...clause, start: from(clause.start), end: to(clause.end), segments, suffixStart: from(clause.suffixStart), deadline };
}

const YI = 0x4ee5; // 以
const SHANG = 0x4e0a; // 上
const SHU = 0x8ff0; // 述
/** Closing marks after the sentence: they end it, they are not part of its last name. */
const SENTENCE_CLOSE = /[。；;.\s]+$/;

/**
 * The clause a paragraph of its own states without brackets, or null: the clause of the tasks
 * before it (`以上任务责任单位：…。`), or the labels of a clause on a line of their own after the
 * task (`牵头单位：市经信局；配合单位：市科技局`, `责任单位：市经信局、市大数据局`).
 */
export function paragraphClauseOf(lines: readonly LineNode[], index: number, text: string, wrapped: ReadonlySet<LineNode>, kept: boolean): ClauseNode | null {
  const line = lines[index]!;
  if (line.kind !== "text" || line.textKind !== "plain") return null;
  // What such a paragraph opens with: one look, before anything else is asked of the line.
  const start = line.indentEnd;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const group = (first === YI && second === SHANG) || (first === SHANG && second === SHU);
  if (!group && !LABEL_STARTS.has(first)) return null;
  // Not a paragraph of its own: a line a PDF's measure cut (model/hardWrap.ts), or one that goes
  // on with a clause opened above (read from its bracket, clauseAcrossLinesOf).
  const previous = index > 0 ? lines[index - 1]! : null;
  if (wrapped.has(line) || (previous !== null && (wrapped.has(previous) || openBracketsAtLineEnd(previous, text, kept) !== null))) return null;
  const textEnd = textEndOf(line, text);
  const close = SENTENCE_CLOSE.exec(text.slice(start, textEnd));
  const end = close ? textEnd - close[0].length : textEnd;
  return group ? groupClauseAt(text, start, end) : labelLineClause(text, start, end);
}

/** Marks that end a sentence, before a clause written as the next one. */
const SENTENCE_END_CODES = codeUnitSet("。！？");
/** Closing marks and spaces after a line's last sentence. */
const CLOSING_CODES = codeUnitSet("。；;. \t\u3000");
const HAN = /[\u4e00-\u9fff]/;
/** A line's last sentence that is longer than this (in code units) is read as prose: a list of twenty names is shorter. */
const MAX_TRAILING_CLAUSE = 300;

/**
 * The clause a line states as its last sentence, without brackets, or null: `……开展质量攻关。责任单位：
 * 县工信局、县科技局。`, `……放心工程。牵头单位：县市场监管局；配合单位：县农业农村局。` — a task's
 * clause written as prose writes it, or a 分工表 restated as a list. Asked only of a line the
 * grammar found no clause on; the sentence is read as a line of labels and names alone is
 * (`labelLineClause`): its first name must read as a body's.
 *
 * Without a label, the sentence is a clause only where it is its task's last (the line is the
 * last of `item`'s text) and is names and their roles alone (`市市场监管局牵头，市工信局配合。`,
 * `由市商务局牵头，市农业农村局配合。`, `市市场监管局负责。`: the grammar's SentenceClauseAt), a
 * deadline after the last role or not (`…配合，2025年底前完成。`: the clause's deadline); a
 * sentence in the middle of a task's text is the task's own, whatever it says.
 */
export function trailingClauseOf(line: LineNode, text: string, kept: boolean, item: NumberedItem | null): ClauseNode | null {
  if (line.kind !== "item" && (line.kind !== "text" || line.textKind !== "plain")) return null;
  // Nearly every line has none, and all but the edited one read as before. What is remembered is
  // the line's own reading: whether it is its task's last is asked after, of the outline.
  if (noTrailingClause.lookup(kept, line) === true) return null;
  const clause = readTrailingClause(line, text);
  if (clause === null) noTrailingClause.remember(kept, line, true);
  if (clause !== null && clause.form === "provincial" && !endsTask(line, item)) return null;
  return clause;
}

/** Whether `line` is the last line of `item`'s own text (its heading's line, or its last body line). */
function endsTask(line: LineNode, item: NumberedItem | null): boolean {
  if (item === null) return false;
  const body = item.bodyLines;
  return body.length === 0 ? line === item.line : line === body[body.length - 1];
}

/** Lines that end in no clause of their own, while the server's parser keeps their nodes. */
const noTrailingClause = new NodeMemo<LineNode, true>();

function readTrailingClause(line: LineNode, text: string): ClauseNode | null {
  const textEnd = textEndOf(line, text);
  let end = textEnd;
  while (end > line.indentEnd && CLOSING_CODES.has(text.charCodeAt(end - 1))) end--;
  // A line that ends in a bracket (a bracketed clause or note) or a digit (a target) is not one:
  // most lines end so, and are let go at this one look. A name's own brackets may end it
  // (配合单位：区城管局、各街道（镇）。, 牵头单位：区市场监管局（区知识产权局）).
  if (end <= line.indentEnd || !(HAN.test(text[end - 1]!) || endsInNameBrackets(text, line.indentEnd, end))) return null;
  const floor = Math.max(line.indentEnd, end - MAX_TRAILING_CLAUSE);
  let start = sentenceStartBefore(text, floor, end);
  if (start < 0) return null;
  if (LABEL_STARTS.has(text.charCodeAt(start))) return labelLineClause(text, start, end);
  if (!closesSentence(text, end, textEnd)) return null;
  while (start < end && SPACE_CODES.has(text.charCodeAt(start))) start++;
  // Names and their roles alone: the sentence ends in a role's last character, or in a deadline
  // after one (…配合，2025年底前完成), a look or two before the grammar reads it (most sentences
  // end otherwise and are let go here).
  if (ROLE_LAST_CODES.has(text.charCodeAt(end - 1)) || endsInDeadlineAfterRole(text, start, end)) return sentenceClauseAt(text, start, end);
  return clauseBeforeDeadline(text, floor, start, end);
}

/**
 * The bracket of names alone at a paragraph's end (`……推进通关便利化。（金陵海关、市商务局）`) whose
 * names the plan's registry knows though their shape does not say so, or null. The grammar reads
 * such a bracket as the task's clause (BareClause) only where every name opens with a level word
 * and ends as a body's name does: it runs before any registry, so 金陵海关, 国网南京供电公司 or a
 * configuration's entry leave the bracket prose's. Here the same grammar rule reads it again with
 * the registry (`isKnown`: the registry's names, and in a department's own plan the issuer's
 * divisions, `（知识产权保护处、省公安厅）`, units/divisions.ts) accepting the names the shape does
 * not: every name must be known or a body's by its shape, so （试行）, （含县、乡、村） or
 * （以下简称……） stay prose.
 * Asked only of a line the grammar found no clause on; one look at its last character lets
 * nearly every line go.
 */
export function registeredBareClauseOf(lines: readonly LineNode[], index: number, text: string, isKnown: (name: string) => boolean): ClauseNode | null {
  const line = lines[index]!;
  if (line.kind !== "item" && (line.kind !== "text" || line.textKind !== "plain")) return null;
  // The grammar's ParagraphEnd: spaces, at most one closing mark, spaces.
  let end = textEndOf(line, text);
  while (end > line.indentEnd && SPACE_CODES.has(text.charCodeAt(end - 1))) end--;
  if (end > line.indentEnd && PARAGRAPH_CLOSE_CODES.has(text.charCodeAt(end - 1))) end--;
  while (end > line.indentEnd && SPACE_CODES.has(text.charCodeAt(end - 1))) end--;
  if (end <= line.indentEnd || !BARE_CLOSE.has(text.charCodeAt(end - 1))) return null;
  // Where the last bracket opened, within its sentence.
  const open = unclosedBefore(text, Math.max(line.indentEnd, end - MAX_TRAILING_CLAUSE), end - 1, BARE_BRACKETS);
  if (open < 0) return null;
  const clause = bareClauseAt(text, open, (name) => !PHRASE_OPENING.test(name) && isKnown(name));
  // On a line that goes on with a clause opened above, the bracket is a name's second name
  // (as buildPlan leaves the grammar's own bare bracket there).
  return clause === null || continuesClauseAbove(lines, index, text) ? null : clause;
}

/** A bare clause's brackets, round or the canonical 〔〕 (a name's own inside them paired), up to the sentence's end before it. */
const BARE_OPEN = codeUnitSet("（(〔");
const BARE_CLOSE = codeUnitSet("）)〕");
const BARE_BRACKETS: BracketMarks = { openers: BARE_OPEN, closers: BARE_CLOSE, stops: SENTENCE_END_CODES };

/**
 * Words a bracket of prose opens with before a body's name: an explanation (以下简称金陵海关, 包括,
 * 例如) or a phrase whose verb or preposition governs the name (由, 会同, 依托, 指导 金陵海关).
 * The registry's place patterns (××海关, 国网××供电公司) take any Chinese words for the place, so
 * 以下简称金陵海关 resolves as a customs office of a place 以下简称金陵: a name opening so is prose's;
 * so does where an office sits (领导小组办公室（设在市市场监管局）: 设在, 挂靠, 隶属), no clause.
 * No character that opens a place's name is one (如皋, 即墨, 含山, 和田, 同江, 向塘, 经开区).
 */
const PHRASE_OPENING = /^(?:以下简称|以下称|下称|简称|统称|又称|亦称|例如|比如|诸如|包括|指|系|由|据|依据|按照|对|在|与|及|会同|联合|依托|支持|指导|督促|协调|配合|组织|推动|委托|授权|通过|经过|请|报|设在|设于|挂靠|隶属|位于)/;

/** The one closing mark the grammar's ParagraphEnd allows after a bracket of names. */
const PARAGRAPH_CLOSE_CODES = codeUnitSet("。；;．.");

/** Where the sentence that goes on to `end` starts: after the last 。！？ at `floor` or after; -1 where none is. */
function sentenceStartBefore(text: string, floor: number, end: number): number {
  for (let i = end - 1; i >= floor; i--) if (SENTENCE_END_CODES.has(text.charCodeAt(i))) return i + 1;
  return -1;
}

/**
 * The clause of the sentence before the line's last where that last sentence is the task's
 * deadline alone (`……开展攻关。市市场监管局牵头，市工信局配合。2025年底前完成。`, `…。完成时限：
 * 2025年底。`): the names and roles are the task's last words but for its deadline, which is the
 * clause's (buildPlan reads it as the task's). One look at the deadline's first character and at
 * the role's last before the grammar reads either.
 */
function clauseBeforeDeadline(text: string, floor: number, start: number, end: number): ClauseNode | null {
  if (!DEADLINE_START_CODES.has(text.charCodeAt(start))) return null;
  // The 。 that ends the sentence before (start is past the spaces after it), and its last word.
  let before = start - 1;
  while (before > floor && SPACE_CODES.has(text.charCodeAt(before))) before--;
  if (!SENTENCE_END_CODES.has(text.charCodeAt(before))) return null;
  before--;
  while (before > floor && SPACE_CODES.has(text.charCodeAt(before))) before--;
  if (before <= floor || !ROLE_LAST_CODES.has(text.charCodeAt(before))) return null;
  let from = sentenceStartBefore(text, floor, before);
  if (from < 0) return null;
  while (from < before && SPACE_CODES.has(text.charCodeAt(from))) from++;
  const deadline = deadlineSentenceAt(text, start, end);
  if (deadline === null) return null;
  const clause = sentenceClauseAt(text, from, before + 1);
  return clause === null || clause.deadline !== null ? null : { ...clause, deadline };
}

/**
 * Whether text[start, end) ends in what may be a deadline after a role (`市市场监管局牵头，市工信局
 * 配合，2025年底前完成`, `市工信局负责，长期坚持`, `市科技局负责 2026年底`): its last `，`, `；` or space
 * comes after a role's last character and before a year's first digit or a word of a task with no
 * end. A gate only: the grammar's SentenceClauseAt reads the deadline (TailDeadline).
 */
function endsInDeadlineAfterRole(text: string, start: number, end: number): boolean {
  const floor = Math.max(start, end - MAX_TAIL_DEADLINE);
  let at = end - 1;
  while (at > floor && !DEADLINE_LEAD_CODES.has(text.charCodeAt(at))) at--;
  if (at <= floor) return false;
  let next = at + 1;
  while (next < end && SPACE_CODES.has(text.charCodeAt(next))) next++;
  if (!DEADLINE_START_CODES.has(text.charCodeAt(next))) return false;
  while (at > start && (DEADLINE_LEAD_CODES.has(text.charCodeAt(at)) || SPACE_CODES.has(text.charCodeAt(at)))) at--;
  return ROLE_LAST_CODES.has(text.charCodeAt(at));
}

/** What stands between a clause's last role and its deadline: a comma, a semicolon or spaces. */
const DEADLINE_LEAD_CODES = codeUnitSet("，,；; \t\u3000");
/** How a deadline after the roles starts: a year (2025年底前完成), a label (完成时限：…), a task with no end (长期坚持, 持续推进, 常态化开展). */
const DEADLINE_START_CODES = codeUnitSet("12１２完时长持常");
/** The longest deadline read back from a sentence's end: 2025年12月31日前全面完成 and some. */
const MAX_TAIL_DEADLINE = 40;

/**
 * Whether text[end, textEnd) is what may close a clause written as a sentence: a 。, spaces, or
 * nothing (the line's end). A `；` after it says the task goes on, in a sentence the line lost.
 */
function closesSentence(text: string, end: number, textEnd: number): boolean {
  for (let i = end; i < textEnd; i++) if (!SENTENCE_CLOSE_CODES.has(text.charCodeAt(i))) return false;
  return true;
}

const SENTENCE_CLOSE_CODES = codeUnitSet("。 \t\u3000");
const SPACE_CODES = codeUnitSet(" \t\u3000");
/**
 * The last characters of the roles a group of names ends in (the grammar's GROUP_ROLES: 牵头, 配合,
 * 参与, 协同, 协助, 负责, 落实, 实施 …, and the suffix …按职责分工负责): a gate only, the grammar decides.
 */
const ROLE_LAST_CODES = codeUnitSet("头合与同助责实施");

/**
 * Whether the text before `end` ends in a name's bracketed part: a round bracket closed after the
 * Han character its opening one follows (各街道（镇）, 市委组织部（市委人才办）), no other bracket
 * or sentence's end inside. Read back at most one name's length.
 */
function endsInNameBrackets(text: string, floor: number, end: number): boolean {
  if (!ROUND_CLOSE.has(text.charCodeAt(end - 1))) return false;
  const open = unclosedBefore(text, Math.max(floor + 1, end - MAX_NAME_BRACKETS), end - 1, NAME_PART_BRACKETS);
  return open >= 0 && HAN.test(text[open - 1]!);
}

/** A name's bracketed part holds no bracket of its own: a closer inside ends the look as a sentence's end does. */
const NAME_PART_BRACKETS: BracketMarks = { openers: ROUND_OPEN, closers: new Set(), stops: codeUnitSet("）)。！？") };
/** A name's last bracketed part (（区知识产权局）, （镇）). */
const TRAILING_BRACKETS = /[（(][^（）()]*[）)]$/;
/** The longest bracketed part of a name read back: a second name (市委人才工作领导小组办公室) and some. */
const MAX_NAME_BRACKETS = 24;

/** The first characters of the labels a clause opens with (责任单位, 牵头部门, 配合单位, 主要责任单位, 其他责任单位, 参与单位, 协办单位 …: the grammar's UnitLabel). */
const LABEL_STARTS = codeUnitSet(UNIT_LABELS.map((label) => label.charAt(0)).join(""));
/** How far into the line a label's colon may stand: the longest label (主要责任单位) and a space or two. */
const MAX_LABEL_COLON = Math.max(...UNIT_LABELS.map((label) => label.length)) + 3;
/** A name that ends as a body's does (局, 委, 办, 人民政府, 中心, 各有关部门, a division's 科 and 股 …), the grammar's test for a provincial clause's names. */
const BODY_END = unitNameEnd();
/**
 * Towns and streets named by their kind after a 各 (各乡 of 各乡、镇人民政府, 各街道, 各镇街): every
 * town's government, every street's office — the grammar's KIND_COLLECTIVE. A sentence that
 * starts with 各 (各司其职) ends in no such word.
 */
const KIND_COLLECTIVE = /^(?:各|有关|相关)[\u4e00-\u9fff（）()〔〕［］]*(?:乡|镇|街道|街|村|社区)$/;

/**
 * The clause of a line that is its labels and names and nothing else, or null. The grammar reads
 * a labelled clause between brackets; here the brackets are the line's own start and end, so the
 * line is read as the bracketed clause it would be, and the clause keeps no bracket (like a
 * group's sentence: units/clause-style leaves a clause without brackets alone). A line of prose
 * that starts with a label (`牵头单位：要切实履行牵头职责`) is no clause: its first name must read
 * as a body's.
 */
function labelLineClause(text: string, start: number, end: number): ClauseNode | null {
  const colon = text.slice(start, Math.min(end, start + MAX_LABEL_COLON)).search(/[：:]/);
  if (colon < 0) return null;
  const joined = `〔${text.slice(start, end)}〕`;
  const read = clauseAcrossLines(joined, 0);
  // The whole line, or it is not its labels and names alone: a line that closes a bracket
  // opened above (`〔` / `责任单位：…〕`) goes on with a clause read across lines.
  if (read === null || read.end !== joined.length || read.form !== "labeled") return null;
  const firstName = read.segments[0]?.names[0];
  // A body's name with its second name or its parts in brackets (区市场监管局（区知识产权局）) is read by what stands before them.
  const named = firstName === undefined ? "" : firstName.text.replace(TRAILING_BRACKETS, "");
  if (firstName === undefined || !(BODY_END.test(named) || KIND_COLLECTIVE.test(firstName.text))) return null;
  const clause = placed(read, [{ at: start, joined: 1, length: end - start }]);
  return { ...clause, start, end, open: "", close: "" };
}

/**
 * The labeled clause that opens at `open` (its bracket) and is still open where its text ends at
 * `end` (`〔责任单位：市工信局、市科技局` with no closing bracket), read as the grammar would read it
 * closed; null where that is no clause that runs to `end`. Its offsets are the document's; it has
 * no `close`. For the editor (model/openClauses.ts): the plan's clauses never hold it.
 */
export function openClauseAt(text: string, open: number, end: number, close: string): ClauseNode | null {
  const joined = `${text.slice(open, end)}${close}`;
  const read = clauseAcrossLines(joined, 0);
  if (read === null || read.end !== joined.length || read.form !== "labeled") return null;
  const clause = placed(read, [{ at: open, joined: 0, length: end - open }]);
  return { ...clause, end, close: "" };
}
