import { parse as generatedParse } from "./generated/planParser.js";
import type { CitationNode, ClauseNode, ClauseSegmentNode, DeadlineNode, LineNode, MarkerNode, SyntaxDocument, TextLineNode } from "./cst.js";
import { itself, TextMemo } from "../text/textMemo.js";
import { endsLineWhereWritten } from "../text/invisible.js";

export interface SyntaxResult {
  document: SyntaxDocument;
  /** Set when the generated parser threw: a bug in the grammar, never the input's fault. */
  internalError: string | null;
}

/**
 * Parses plan text into its concrete syntax tree. Never throws: the grammar accepts every
 * input, and should the generated parser fail anyway, the text is kept as plain lines so that
 * nothing is lost and the failure is reported instead of crashing the host.
 */
export function parseSyntax(text: string): SyntaxResult {
  try {
    return { document: parseDocument(text), internalError: null };
  } catch (error) {
    return { document: plainLines(text), internalError: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Unit names as the tree keeps them: one string per distinct name, which the grammar asks for
 * through `shareText`. A plan names the same few dozen units on most of its clauses, and each
 * was a copy of its own (at 25 MB, some 0.3 bytes per byte of the analysis's peak).
 */
const UNIT_NAMES = new TextMemo<string>(4096);
const PARSER_OPTIONS = { shareText: (text: string): string => UNIT_NAMES.lookup(text) ?? UNIT_NAMES.remember(text, itself) };

/**
 * The grammar's document rule, as every parse in the core runs it (this one and the incremental
 * parser's). May throw.
 *
 * Word's manual line break as pasted (U+000B), its page break (U+000C), NEL (U+0085) and the line
 * and paragraph separators of web pages and PDF readers (U+2028, U+2029) end a line where the
 * drafter saw one end: `一、总体要求<U+000B>（一）指导思想` is a heading over an item, not one
 * heading (inside a sentence still open it is read through as before: text/invisible.ts
 * endsLineWhereWritten). Each is one code unit, as `\n` is: the grammar reads a copy with `\n` in their place,
 * so every offset is the text's own, and each such line keeps its own terminator as its `eol`.
 * The shells still count lines at CR and LF alone (text/positions.ts, as the editor and the
 * protocol do), so two such lines share a line of the editor; text/invisible-char reports the
 * character, and its fix writes the line break the reading already made.
 */
export function parseDocument(text: string): SyntaxDocument {
  if (!LINE_BREAK_CONTROL.test(text)) return generatedParse(text, PARSER_OPTIONS) as SyntaxDocument;
  let lineStart = 0;
  // Front matter is lines of keys and values apart by CR and LF alone: a control in a value stays in it.
  const frontMatterEnd = OPENING_FENCE.test(text) ? text.indexOf("\n---", 3) : -1;
  const shown = text.replace(LINE_BREAK_CONTROLS, (control, at: number) => {
    if (at < frontMatterEnd || !endsLineWhereWritten(text, at, lineStart)) return control;
    lineStart = at + 1;
    return "\n";
  });
  if (shown === text) return generatedParse(text, PARSER_OPTIONS) as SyntaxDocument;
  const document = generatedParse(shown, PARSER_OPTIONS) as SyntaxDocument;
  for (const line of document.lines) if (line.end > line.contentEnd && !isCrOrLf(text.charCodeAt(line.end - 1))) line.eol = text.slice(line.contentEnd, line.end);
  return document;
}

/**
 * Whether a line's terminator is a line feed or carriage return the text writes its line breaks
 * with (not a line break written as a control, which a fix copying the document's line ending
 * must not spread).
 */
export function isLineFeed(eol: string): boolean {
  return eol === "\n" || eol === "\r\n" || eol === "\r";
}

const OPENING_FENCE = /^\uFEFF?---[ \t]*\r?\n/;
const LINE_BREAK_CONTROL = /[\v\f\u0085\u2028\u2029]/;
const LINE_BREAK_CONTROLS = /[\v\f\u0085\u2028\u2029]/g;

function isCrOrLf(code: number): boolean {
  return code === 10 || code === 13;
}

/** The longest marker (`（九十九）`, `999.`) and the character its lookahead reads after it. */
const MARKER_WINDOW = 8;

interface LibraryResult {
  peg$result: unknown;
  peg$FAILED: unknown;
}

/**
 * The numbering marker that starts at `offset` of `text`, as the grammar reads markers, or
 * null. The model asks it about places inside a line; only a few characters are parsed.
 */
export function markerAt(text: string, offset: number): MarkerNode | null {
  try {
    const window = text.slice(offset, offset + MARKER_WINDOW);
    const result = generatedParse(window, { startRule: "MarkerAt", peg$library: true }) as LibraryResult;
    if (result.peg$result === result.peg$FAILED) return null;
    const marker = result.peg$result as MarkerNode;
    return { ...marker, start: marker.start + offset, end: marker.end + offset };
  } catch {
    return null;
  }
}

const LINE_AT = { startRule: "Document" as const, peg$library: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };

/**
 * The line the grammar reads in `text.slice(start, end)` as if that stretch stood on a line of
 * its own, or null. Parsed in place, so the offsets are the document's; the line's `end` is
 * `end` and its `eol` "" (the caller gives it the terminator it has). The model asks it where a
 * paste ran the next task into the line before (`……〔责任单位：市工信局〕（二）加强标准建设。`,
 * model/runInItems.ts): each stretch is read as the line it would be, nothing of the text moved.
 */
export function lineAt(text: string, start: number, end: number): LineNode | null {
  LINE_AT.peg$currPos = start;
  // A prefix is a slice V8 makes without copying the text.
  const document = clauseOf(end === text.length ? text : text.slice(0, end), LINE_AT) as SyntaxDocument | null;
  const line = document?.lines[0];
  return line !== undefined && line.start === start && line.end === end ? line : null;
}

const ACROSS_LINES = { startRule: "ClauseAt" as const, peg$library: true, acrossLines: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };
const GROUP_CLAUSE = { startRule: "GroupClauseAt" as const, peg$library: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };

/**
 * The clause that opens at `offset` (its bracket) and whose list of names goes on past one or
 * more line breaks, as the grammar reads clauses; null when there is none. Parsed in place (the
 * parser starts at `offset` of the whole text), so the offsets are the document's. The model
 * asks it where a line ends inside an open clause (model/clausesAcrossLines.ts).
 */
export function clauseAcrossLines(text: string, offset: number): ClauseNode | null {
  ACROSS_LINES.peg$currPos = offset;
  return clauseOf(text, ACROSS_LINES) as ClauseNode | null;
}

/**
 * The clause written as a sentence after a group of tasks (`以上任务责任单位：…`, `上述任务由…负责`)
 * that is the whole of `text.slice(start, end)`, or null. `end` is where the sentence's text
 * ends, before its closing mark: the last name ends there.
 */
export function groupClauseAt(text: string, start: number, end: number): ClauseNode | null {
  GROUP_CLAUSE.peg$currPos = start;
  return clauseOf(end === text.length ? text : text.slice(0, end), GROUP_CLAUSE) as ClauseNode | null;
}

const SENTENCE_CLAUSE = { startRule: "SentenceClauseAt" as const, peg$library: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };

/**
 * The clause a task states as its last sentence without brackets (`市市场监管局牵头，市工信局配合`,
 * `由市商务局牵头，市农业农村局配合`, `市市场监管局负责`) that is the whole of `text.slice(start, end)`,
 * or null: the provincial form's groups of names, each ending in its role. `end` is where the
 * sentence's text ends, before its closing mark.
 */
export function sentenceClauseAt(text: string, start: number, end: number): ClauseNode | null {
  SENTENCE_CLAUSE.peg$currPos = start;
  return clauseOf(end === text.length ? text : text.slice(0, end), SENTENCE_CLAUSE) as ClauseNode | null;
}

const DEADLINE_SENTENCE = { startRule: "DeadlineSentenceAt" as const, peg$library: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };

/**
 * The deadline that is the whole of `text.slice(start, end)`, a sentence of its own
 * (`2025年底前完成`, `完成时限：2025年底`, `长期坚持`), or null. `end` is where the sentence's text
 * ends, before its closing mark.
 */
export function deadlineSentenceAt(text: string, start: number, end: number): DeadlineNode | null {
  DEADLINE_SENTENCE.peg$currPos = start;
  return clauseOf(end === text.length ? text : text.slice(0, end), DEADLINE_SENTENCE) as DeadlineNode | null;
}

const TABLE_CELL = { startRule: "TableCellAt" as const, peg$library: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };

/**
 * The names of the table cell `text.slice(start, end)` (model/tables.ts) as the groups a clause's
 * list makes (one, unless names carry their roles), without labels; null when the cell holds no
 * list of names.
 */
export function tableCellAt(text: string, start: number, end: number): ClauseSegmentNode[] | null {
  TABLE_CELL.peg$currPos = start;
  return clauseOf(end === text.length ? text : text.slice(0, end), TABLE_CELL) as ClauseSegmentNode[] | null;
}

const CITATION_AT = { startRule: "CitationAt" as const, peg$library: true, peg$currPos: 0, shareText: PARSER_OPTIONS.shareText };

/**
 * The citation that opens at `offset` (its 《) and whose title goes on past one or more line
 * breaks before `end` (model/cutCitations.ts), or null. Parsed in place, so the offsets are the
 * document's; the title is read without the breaks and the indentation after them.
 */
export function citationAcrossLines(text: string, offset: number, end: number): CitationNode | null {
  CITATION_AT.peg$currPos = offset;
  return clauseOf(end === text.length ? text : text.slice(0, end), CITATION_AT) as CitationNode | null;
}

const BARE_CLAUSE = {
  startRule: "BareClauseAt" as const,
  peg$library: true,
  peg$currPos: 0,
  shareText: PARSER_OPTIONS.shareText,
  knownName: undefined as ((name: string) => boolean) | undefined,
};

/**
 * The bracket of names alone that opens at `offset` (`（金陵海关、市商务局）` at a paragraph's end),
 * read as the grammar's BareClause reads one, with the names `knownName` accepts (the plan's
 * registry) counted as bodies' names besides those whose shape says so; null when it is none.
 * Parsed in place, so the offsets are the document's. The model asks it where the grammar, which
 * knows no registry, read the bracket as prose (model/clauseReading.ts registeredBareClauseOf).
 */
export function bareClauseAt(text: string, offset: number, knownName: (name: string) => boolean): ClauseNode | null {
  BARE_CLAUSE.peg$currPos = offset;
  BARE_CLAUSE.knownName = knownName;
  try {
    return clauseOf(text, BARE_CLAUSE) as ClauseNode | null;
  } finally {
    // The options object is shared: keep no registry alive past the call.
    BARE_CLAUSE.knownName = undefined;
  }
}

function clauseOf(input: string, options: typeof LINE_AT | typeof ACROSS_LINES | typeof GROUP_CLAUSE | typeof SENTENCE_CLAUSE | typeof DEADLINE_SENTENCE | typeof TABLE_CELL | typeof BARE_CLAUSE | typeof CITATION_AT): unknown {
  try {
    const result = generatedParse(input, options) as LibraryResult;
    return result.peg$result === result.peg$FAILED ? null : result.peg$result;
  } catch {
    return null;
  }
}

function plainLines(text: string): SyntaxDocument {
  const lines: LineNode[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const contentEnd = match ? match.index : text.length;
    const end = match ? match.index + match[0].length : text.length;
    const line: TextLineNode = {
      type: "line",
      kind: "text",
      textKind: "plain",
      start,
      indentEnd: start,
      contentEnd,
      end,
      eol: match ? match[0] : "",
      parts: contentEnd > start ? [{ type: "text", start, end: contentEnd }] : [],
    };
    lines.push(line);
    if (!match) break;
    start = end;
  }
  return { type: "document", bom: null, frontMatter: null, lines, length: text.length };
}
