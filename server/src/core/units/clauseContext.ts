import { DEADLINE_LABELS } from "../syntax/generated/labels.js";
import { LABEL_SPACE, labelColon } from "../syntax/labelPatterns.js";
import { unclosedBefore, type BracketMarks } from "../text/brackets.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { UNIT_LABELS } from "./labels.js";
import { pinyinMatchStart } from "./pinyin.js";

/**
 * Where the cursor is inside a responsibility clause that is being typed. The text there is
 * usually not a clause yet (`〔责任单位：市住建局、` has no closing bracket and no last name), so
 * this reads the line's text rather than the parsed model. It looks back from the cursor to the
 * nearest unclosed bracket on the line: linear in the length of the line.
 */

/** The labels offered where one is typed (the document's own comes first): the common ones. */
export const CLAUSE_LABELS: readonly string[] = ["责任单位", "牵头单位", "配合单位", "责任部门", "参与单位"];

/**
 * The other labels a bracket at a task's end opens with: a deadline's (〔完成时限：2025年底〕) and
 * an annotation's (〔对应纲要：（七）〕). A task that has its units gets one of these next.
 */
export const DEADLINE_LABEL = "完成时限";
export const ANNOTATION_LABEL = "对应纲要";
const BRACKET_LABELS: readonly string[] = [...UNIT_LABELS, ...DEADLINE_LABELS, ANNOTATION_LABEL];

const OPENERS = "〔（(【[";
const CLOSERS = "〕）)】]";
/** A clause being typed may hold any mark: the look back goes to the line's start. */
const LINE_BRACKETS: BracketMarks = { openers: codeUnitSet(OPENERS), closers: codeUnitSet(CLOSERS), stops: new Set() };
const unclosedBracketBefore = (text: string, lineStart: number, offset: number) => unclosedBefore(text, lineStart, offset, LINE_BRACKETS);
const ROUND_OPENERS = "（(";
/** Sentence-final marks, a closing quote allowed after them: plans write a clause after the sentence it assigns. */
const SENTENCE_FINAL = "。！？!?";
const CLOSING_QUOTES = "”’」』";
/** A clause that has its label: any the grammar reads (牵头部门, 主要责任单位 …), not only those offered. */
const LABEL_THEN_COLON = new RegExp(`^${LABEL_SPACE}${labelColon(UNIT_LABELS)}`);

/**
 * Where a label typed at the cursor would go: it replaces `prefixStart` … `end` and needs a colon
 * unless `colonAfter`. After `；` the text after the cursor may already be the rest of the label
 * and its colon (`配合<|>单位：`): a completion then completes the label and writes no second
 * colon; a name there (`<|>市工信局`) is the clause's next name, which the label goes in front of.
 */
export interface LabelSlot {
  end: number;
  colonAfter: boolean;
}

export type ClauseContext =
  /** Right after the opening bracket: a label goes here. */
  | { kind: "label"; prefixStart: number; prefix: string; open: string; labelSlot: LabelSlot }
  /**
   * After `：`, `、` or `；` (or a comma): a unit name goes here. `nameEnd` is where the name the
   * cursor is in ends (`市场<|>监管局`: after 局), so that a completion can replace all of it.
   * After `；` in a labeled clause a label may go here too (`labelSlot`). `open` is the clause's
   * bracket, "" for a clause on a line of its own without one. `labelsInClause` are the labels
   * the clause already has (its first, and those after each `；` but the one at the cursor).
   */
  | { kind: "name"; prefixStart: number; prefix: string; nameEnd: number; open: string; afterSemicolon: boolean; labelSlot: LabelSlot; namesInClause: string[]; labelsInClause: string[] };

export function clauseContextAt(text: string, offset: number): ClauseContext | null {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const open = unclosedBracketBefore(text, lineStart, offset);
  const lineEnd = lineEndAfter(text, offset);
  const rest = text.slice(offset, lineEnd);
  if (open < 0) return bareClauseAt(text, lineStart, offset, rest);
  const content = text.slice(open + 1, offset);
  const labeled = LABEL_THEN_COLON.exec(content);
  if (!labeled) {
    // A round bracket inside a clause's name (`〔责任单位：各县（`, a group's places) is the name's:
    // the clause is the bracket around it.
    const outer = ROUND_OPENERS.includes(text[open]!) ? clauseAround(text, lineStart, open) : null;
    if (outer) return nameContext(text, outer.bodyStart, offset, rest, outer.open, outer.label);
    // A round bracket is mostly an ordinary parenthesis (`各县（市、区）`, `《纲要》（2021年）`, the
    // `（一）` that starts a line); it opens a clause only after the task's sentence has ended.
    if (ROUND_OPENERS.includes(text[open]!) && !sentenceEndsAt(text, open)) return null;
    // A label is typed only where a clause can start: at the end of the item's text. This keeps
    // the list away from ordinary brackets mid-sentence and from 文号 such as 赣市府字〔.
    if (/[：:；;、，,（(）)]/.test(content) || !/^[\s〕）)】\]。；;]*$/.test(rest)) return null;
    const prefix = content.trimStart();
    if (!BRACKET_LABELS.some((label) => label.startsWith(prefix) || pinyinMatchStart(prefix, label) === 0)) return null;
    // Nothing but closing marks follows (checked above): the label ends at the cursor.
    return { kind: "label", prefixStart: offset - prefix.length, prefix, open: text[open]!, labelSlot: { end: offset, colonAfter: false } };
  }
  return nameContext(text, open + 1 + labeled[0].length, offset, rest, text[open]!, labeled[1]!);
}

/**
 * The unit name being typed in a 分工表's unit cell (`市发改委、市科<|>` under 牵头单位 or 配合单位),
 * read as a clause's names are: the cell runs from `cellStart` (after its tab) to the next tab,
 * and `label` is its column's header. Which cell of which table is the model's to say (the
 * editor's completion asks it); the names of the row's other cells are no names of this one.
 */
export function tableCellNameContext(text: string, cellStart: number, offset: number, label: string): ClauseContext {
  const lineEnd = lineEndAfter(text, offset);
  const tab = text.indexOf("\t", offset);
  return nameContext(text, cellStart, offset, text.slice(offset, tab >= 0 && tab < lineEnd ? tab : lineEnd), "", label);
}

/**
 * A clause written without brackets on a line of its own under its task (`牵头单位：市经信局；配合单位：`,
 * docs/units.md): the line opens with a label and its colon. Names are offered after it as inside
 * brackets; nothing where the line opens otherwise.
 */
function bareClauseAt(text: string, lineStart: number, offset: number, rest: string): ClauseContext | null {
  const content = text.slice(lineStart, offset);
  const indent = /^[ \t\u3000]*/.exec(content)![0].length;
  const labeled = LABEL_THEN_COLON.exec(content.slice(indent));
  if (!labeled) return null;
  return nameContext(text, lineStart + indent + labeled[0].length, offset, rest, "", labeled[1]!);
}

/**
 * The labeled clause a round bracket at `round` is written in (`〔责任单位：各县（`): its bracket and
 * where its names start, or null where the round bracket opens in no clause's names.
 */
function clauseAround(text: string, lineStart: number, round: number): { open: string; bodyStart: number; label: string } | null {
  const open = unclosedBracketBefore(text, lineStart, round);
  if (open < 0) return null;
  const labeled = LABEL_THEN_COLON.exec(text.slice(open + 1, round));
  return labeled ? { open: text[open]!, bodyStart: open + 1 + labeled[0].length, label: labeled[1]! } : null;
}

/** Where the last separator of a clause's text stands, not one inside a name's brackets (`各县（市、区）`): -1 if none. */
function lastSeparatorOf(body: string): number {
  const names = namesApart(body);
  return names.length > 1 ? body.length - names[names.length - 1]!.length - 1 : -1;
}

/** The name being typed at `offset` in a clause whose names start at `bodyStart`. */
function nameContext(text: string, bodyStart: number, offset: number, rest: string, open: string, firstLabel: string): ClauseContext {
  const body = text.slice(bodyStart, offset);
  const lastSeparator = lastSeparatorOf(body);
  const typed = text.slice(bodyStart + lastSeparator + 1, offset);
  const prefix = typed.trimStart();
  const afterSemicolon = lastSeparator >= 0 && "；;".includes(body[lastSeparator]!);
  const nameEnd = offset + nameRestOf(rest).length;
  const labelSlot = labelSlotAt(prefix, rest, offset);
  const after = clauseRestOf(rest);
  const labelsInClause = labelsOf(firstLabel, body.slice(0, lastSeparator + 1), after);
  return { kind: "name", prefixStart: offset - prefix.length, prefix, nameEnd, open, afterSemicolon, labelSlot, namesInClause: namesOf(body.slice(0, lastSeparator + 1), after), labelsInClause };
}

/**
 * The labels a clause has besides the one being typed: its first, then each part's after `；`
 * before the cursor, and after it those past the next `；` (the part at the cursor is being typed).
 */
function labelsOf(firstLabel: string, before: string, after: string): string[] {
  const parts = before.split(/[；;]/).slice(1);
  const next = after.search(/[；;]/);
  if (next >= 0) parts.push(...after.slice(next + 1).split(/[；;]/));
  const labels = [firstLabel];
  for (const part of parts) {
    const labeled = LABEL_THEN_COLON.exec(part);
    if (labeled) labels.push(labeled[1]!);
  }
  return labels;
}

/**
 * The label being typed runs on past the cursor when what follows, up to a separator, ends in a
 * colon (`配合<|>单位：`, `配<|>：`) or makes a whole label with what was typed (`配合<|>单位`);
 * otherwise what follows is a name and the label ends at the cursor.
 */
function labelSlotAt(prefix: string, rest: string, offset: number): LabelSlot {
  const tail = WORD_AFTER.exec(rest)![0];
  const colonAfter = /^[ \t\u3000]*[：:]/.test(rest.slice(tail.length));
  if (colonAfter || UNIT_LABELS.includes(prefix + tail)) return { end: offset + tail.length, colonAfter };
  return { end: offset, colonAfter: false };
}

/** The rest of the word at the cursor: up to the next separator, bracket or space. */
const WORD_AFTER = /^[^：:、，,；;〔（(【[〕）)】\]\s]*/;

/**
 * Whether the text of the line before `offset` ends a sentence (`……开展创建工作。`, spaces after
 * it allowed), the one place a clause is written in every seed plan. Reads back from the offset
 * only as far as the spaces and one closing quote.
 */
export function sentenceEndsAt(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u3000")) i--;
  if (i >= 0 && CLOSING_QUOTES.includes(text[i]!)) i--;
  return i >= 0 && SENTENCE_FINAL.includes(text[i]!);
}

/** Whether `offset` is inside a bracket opened earlier on its line and not closed before it. */
export function insideOpenBracket(text: string, offset: number): boolean {
  return unclosedBracketBefore(text, text.lastIndexOf("\n", offset - 1) + 1, offset) >= 0;
}


function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === "\r" ? end - 1 : end;
}

/**
 * The part of the name being typed that is after the cursor: up to the next separator, bracket
 * or space. A closing `等` (`市场<|>监管局等〕`) is the list's, not the name's, and is kept.
 */
function nameRestOf(rest: string): string {
  const tail = WORD_AFTER.exec(rest)![0];
  return tail.endsWith("等") ? tail.slice(0, -1) : tail;
}

/** The clause's text after the cursor: the rest of the line up to the bracket that closes it. */
function clauseRestOf(rest: string): string {
  let after = "";
  let depth = 0;
  for (const char of rest) {
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) {
      if (depth === 0) break;
      depth--;
    }
    after += char;
  }
  return after;
}

/** The names already in the clause, before the cursor and after it up to the clause's end (`after`). */
function namesOf(before: string, after: string): string[] {
  // The part right after the cursor belongs to the name being typed, not to the clause.
  const tail = after.replace(/^[^：:、，,；;]*/, "");
  return namesApart(`${before}${tail}`)
    .map((name) => name.replace(LABEL_ALONE, "").replace(LABEL_AFTER_SPACE, "").replace(/等$/, "").trim())
    .filter(Boolean);
}

/** A piece that is a label alone (`配合单位` before its colon). */
const LABEL_ALONE = new RegExp(`^\\s*(?:${UNIT_LABELS.join("|")})\\s*$`);
/** The next label after a name and a space (`市工信局　配合单位`: the clause's parts apart by a space, not by `；`). */
const LABEL_AFTER_SPACE = new RegExp(`[\\s\u3000]+(?:${UNIT_LABELS.join("|")})\\s*$`);

/** A clause's text split at its separators, not at one inside a name's brackets (`各县（市、区）人民政府`). */
function namesApart(written: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < written.length; i++) {
    const char = written[i]!;
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.includes(char)) {
      names.push(written.slice(start, i));
      start = i + 1;
    }
  }
  names.push(written.slice(start));
  return names;
}

const SEPARATORS = "：:、，,；;";
