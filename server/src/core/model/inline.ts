import { NoneGroup, Segment } from "./clauseSegment.js";
import type { ClauseNode, InlineNode, ItemLineNode, LineNode, TargetNode } from "../syntax/cst.js";
import type { ClauseSegment, ResponsibilityClause, Target, UnitName, UnitRole } from "./types.js";
import { supportBesideMarkedLead } from "./markedLead.js";
import { namesNoUnit } from "./noneCells.js";
import { splitAtGroupBreaks } from "./roleWordReach.js";
import { isSpaceCode, trimSpacesEnd } from "../text/spaces.js";
import { hasInvisible, withoutInvisible } from "../units/names.js";
import { isKindOfEachBody, namesOneBureau } from "../units/nameAcrossMark.js";
import { conjoinedParts } from "../units/conjoinedNames.js";
import { nameBeforeDraftingNote } from "../units/draftingNotes.js";
import type { UnitRegistry } from "../units/registry.js";
import { unitNameEnd } from "../syntax/bodyEnds.js";

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_PARTS: readonly InlineNode[] = [];

/**
 * The inline parts of a line in document order: heading parts first, then body parts. The
 * tree's own array when one of the two is empty (most item lines are a heading or a body), a
 * new one only when both have parts: the rules ask this of every line on every keystroke.
 */
export function inlinePartsOf(line: LineNode): readonly InlineNode[] {
  if (line.kind === "item" || line.kind === "list") {
    if (line.headingParts.length === 0) return line.parts;
    if (line.parts.length === 0) return line.headingParts;
    return line.headingParts.concat(line.parts);
  }
  if (line.kind === "text") return line.parts;
  return NO_PARTS;
}

/** The last inline part of a line, without building the list of its parts. */
export function lastInlinePartOf(line: LineNode): InlineNode | undefined {
  if (line.kind === "item" || line.kind === "list") return line.parts.length > 0 ? line.parts[line.parts.length - 1] : line.headingParts[line.headingParts.length - 1];
  if (line.kind === "text") return line.parts[line.parts.length - 1];
  return undefined;
}

/**
 * The model's clause shares the syntax tree's name nodes and arrays (never mutated by either):
 * a copy per clause was a tenth of the model's memory in a plan of one-line tasks.
 */
export function toResponsibilityClause(node: ClauseNode, text: string, registry: UnitRegistry): ResponsibilityClause {
  // A group split off a label's list by a role word has no label of its own: without a role
  // word of its own, it does what the label says.
  let label = "";
  let segments: ClauseSegment[] = [];
  for (let index = 0; index < node.segments.length; index++) {
    const segment = node.segments[index]!;
    // A label with a format character pasted inside (责任<U+200B>单位, grammar UnitLabelWithFormat)
    // or spaced out by a PDF copy (责 任 单 位) is the label a reader sees; its span is the label
    // as written.
    const written = segment.label;
    if (written) label = labelWords(written);
    const role = segment.role ? roleOfWord(segment.role) : roleOfLabel(label);
    // 配合单位：无 (—, 暂无) says the task has no supporting unit, as a 配合单位 cell's dash does
    // (model/noneCells.ts): no body named 无 for units/unknown to report, yet a label as written.
    if (role === "support" && namesNoUnit(segment.names, segment.etc, text)) {
      const mark = segment.names[0]!;
      segments.push(new NoneGroup(written ? label : "", written ? segment.labelStart : -1, written ? segment.labelStart + written.length : -1, segment.colon, role, mark.start, mark.end));
      continue;
    }
    const units = unitNamesOf(segment.names, text, registry);
    segments.push(written ? new Segment(label, segment.labelStart, segment.labelStart + written.length, segment.colon, units, segment.etc, role) : new Segment("", -1, -1, segment.colon, units, segment.etc, role));
  }
  // 按职责分工负责 after the last name (the clause's suffix) is the last group's stated role.
  const last = node.segments[node.segments.length - 1];
  const grouped = splitAtGroupBreaks(segments, node.suffix === "" ? node.segments : node.segments.map((segment) => ({ role: segment.role || (segment === last ? node.suffix : "") })), text, roleOfLabel);
  // The list grew by push from empty, with room for 17 segments kept for the plan's life (136
  // bytes a clause): the clause keeps it at its exact size.
  segments = supportBesideMarkedLead(grouped.segments, grouped.written, text).slice();
  return {
    form: node.form,
    start: node.start,
    end: node.end,
    open: node.open,
    close: node.close,
    segments,
    units: segments.length === 1 ? segments[0]!.units : ([] as UnitName[]).concat(...segments.map((segment) => segment.units)),
    item: null,
    tableRow: null,
  };
}

const ETC = 0x7b49; // 等
const ENUMERATION_MARK = 0x3001; // 、
const FULL_WIDTH_COMMA = 0xff0c; // ，
const COMMA = 0x2c; // ,

/**
 * The names of a list as the model reads them, from the grammar's:
 * - with the 等 (or 等部门, 等有关单位 …) taken off a name that ends one group before a comma
 *   (`市商务局、市文广新旅局等，各县（市、区）政府`: the departments "and others", then the local
 *   governments). The grammar takes the 等 off the list's last name only; without this the first
 *   group's last name was 市文广新旅局等, a name no registry knows. The 等 stays in the text
 *   between the names, where the separator is read (units/separators.ts);
 * - without the invisible characters a web page leaves in pasted text (`市市场<U+200B>监管局` is
 *   市市场监管局, units/names.ts `withoutInvisible`), its span unchanged; a "name" of nothing else
 *   is none;
 * - without a drafting note in brackets after it (`市市场监管局（排名第一的为牵头单位，下同）`:
 *   units/draftingNotes.ts), which stays in the clause's text;
 * - as the names it joins with 和, 与, 及 or 以及 where it is no one name (`市工信局和市商务局`:
 *   units/conjoinedNames.ts, with `registry`, the one the plan's names are read with: the
 *   configuration's); the conjunction is left between them, where the separator is read.
 * The tree's own array unless a name changes (the rules read clauses on every keystroke).
 */
export function unitNamesOf(names: readonly UnitName[], text: string, registry: UnitRegistry): UnitName[] {
  let copy: UnitName[] | null = null;
  for (let i = 0; i < names.length; i++) {
    let name = names[i]!;
    // A merged bureau's full name that lists its departments with 、 (区经济、科技和信息化局) is one
    // name, which the grammar read as two at the mark (units/nameAcrossMark.ts).
    // So is a collective that lists the kinds of its bodies (市政府各委、办、局): its kinds are its own.
    for (let next = names[i + 1]; next !== undefined && next.start === name.end + 1 && text.charCodeAt(name.end) === ENUMERATION_MARK; next = names[i + 1]) {
      if (!namesOneBureau(name.text, next.text) && !isKindOfEachBody(name.text, next.text)) break;
      copy ??= names.slice(0, i);
      name = { text: `${name.text}、${next.text}`, start: name.start, end: next.end };
      i++;
    }
    const invisible = hasInvisible(name.text);
    let read = invisible ? withoutInvisible(name.text) : name.text;
    // A drafting note after the name (市市场监管局（排名第一的为牵头单位，下同）) is the clause's text,
    // not the body's name: the name ends at the note's bracket.
    const noted = nameBeforeDraftingNote(read);
    if (noted > 0) {
      copy ??= names.slice(0, i);
      read = read.slice(0, noted);
      const bracket = Math.max(text.lastIndexOf("（", name.end - 1), text.lastIndexOf("(", name.end - 1));
      name = { text: read, start: name.start, end: bracket };
    }
    const etc = i + 1 < names.length ? groupEtcLength(read, name.end, names[i + 1]!.start, text) : 0;
    // Names joined by a conjunction (市工信局和市商务局).
    const joined = conjoinedParts(etc > 0 ? read.slice(0, -etc) : read, registry);
    if (etc === 0 && !invisible && joined === null) {
      copy?.push(name);
      continue;
    }
    copy ??= names.slice(0, i);
    if (joined !== null) {
      for (const part of joined) copy.push(partOf(name, read, part.at, part.text, text));
      continue;
    }
    // The 等 (and the words after it) leave the name's span too: the span ends at its last 等
    // (only invisible characters may follow the words).
    if (etc > 0) copy.push({ text: read.slice(0, -etc), start: name.start, end: text.lastIndexOf("等", name.end - 1) });
    else if (read !== "") copy.push({ text: read, start: name.start, end: name.end });
  }
  // A copy grew by push: kept at its exact size (one clause per task line, over 100,000 lines).
  return copy === null ? (names as UnitName[]) : copy.slice();
}

/**
 * The name `part`, which starts at `at` of `read` (the name's reading), with its span in the
 * document. Where the name's span holds only its reading, at its offset; else (invisible
 * characters taken out, a line break a clause read across lines reads past: 市财 / 政局和市商务局)
 * where its characters are, the reading being the span's characters with some left out.
 */
function partOf(name: UnitName, read: string, at: number, part: string, text: string): UnitName {
  if (name.end - name.start === read.length) return { text: part, start: name.start + at, end: name.start + at + part.length };
  let start = -1;
  let doc = name.start;
  for (let i = 0; i < at + part.length && doc < name.end; doc++) {
    if (text.charCodeAt(doc) !== read.charCodeAt(i)) continue;
    if (i === at) start = doc;
    i++;
  }
  return { text: part, start: start < 0 ? name.start : start, end: doc };
}

/**
 * The words that end a group's last name, read as `read` and ending at `end`, as the group's
 * "and others" before a comma and the next name: 等 (length 1), or 等 and the word for the others
 * (`市文广新旅局等部门，各县（市、区）政府`: 等部门, 等单位, 等有关单位, 等相关部门 — as the grammar's
 * splitEtc reads them at the list's end, only where what is left reads as a body's name). 0 for none.
 */
function groupEtcLength(read: string, end: number, next: number, text: string): number {
  if (read.length < 3) return 0;
  // The comma first: most names are followed by a 、, and the words' pattern is dearer.
  let at = end;
  while (at < next && isSpaceCode(text.charCodeAt(at))) at++;
  const after = text.charCodeAt(at);
  if (after !== FULL_WIDTH_COMMA && after !== COMMA) return 0;
  return read.charCodeAt(read.length - 1) === ETC ? 1 : etcWordsLength(read);
}

const ETC_WORDS = /等(?:有关|相关)?(?:部门|单位)$/;
/** A body's name as the grammar's UNIT_NAME_END has it: what must be left once the words are off. */
const UNIT_NAME_END = unitNameEnd();

function etcWordsLength(read: string): number {
  const words = ETC_WORDS.exec(read);
  return words !== null && words.index >= 2 && UNIT_NAME_END.test(read.slice(0, words.index)) ? words[0].length : 0;
}

/** What a role word says (牵头, 牵头负责, 牵头落实, 牵头单位 → lead; 配合, 配合实施, 参与, 协同, 协助 → support; 负责 → responsible). */
export function roleOfWord(word: string): UnitRole {
  return word.startsWith("牵头") ? "lead" : SUPPORT_WORD.test(word) ? "support" : "responsible";
}

const SUPPORT_WORD = /^(?:配合|参与|协同|协助)/;

/**
 * What a clause label says (牵头、主办、主要责任、主责 → lead: they are named against the others,
 * 配合、参与、参加、协办、协同、其他责任 → support; 责任单位 and the rest → responsible).
 */
export function roleOfLabel(label: string): UnitRole {
  return /^(牵头|主办|主要责任|主责)/.test(label) ? "lead" : /^(配合|参与|参加|协办|协同|其他责任)/.test(label) ? "support" : "responsible";
}

export function toTarget(node: TargetNode, horizon: number | null): Target {
  const valueEnd = node.valueStart + node.valueText.length;
  return {
    start: node.indicator ? node.indicator.start : node.start,
    end: node.end,
    indicator: node.indicator,
    comparator: node.comparator,
    valueSpan: { start: node.valueStart, end: valueEnd },
    value: node.value,
    valueText: node.valueText,
    blank: node.blank,
    placeholder: node.placeholder,
    unit: node.unit,
    qualifier: node.qualifier,
    horizon,
    item: null,
  };
}

/** The text of the heading of an item line: the heading span, trailing spaces left out. */
export function headingTextOf(line: ItemLineNode, text: string): { text: string; start: number; end: number } {
  const end = trimSpacesEnd(text, line.headingStart, line.headingEnd);
  return { text: text.slice(line.headingStart, end), start: line.headingStart, end };
}

/** Where a line's own text ends: before a trailing `// …` comment, and before trailing spaces. */
export function textEndOf(line: LineNode, text: string): number {
  let end = line.contentEnd;
  const last = lastInlinePartOf(line);
  if (last?.type === "comment") end = last.start;
  return trimSpacesEnd(text, line.indentEnd, end);
}

const LABEL_GAPS = /[ \t\u3000\u00a0]/g;

/** A label's words, without the invisible characters and spaces pasted between them. */
export function labelWords(written: string): string {
  return withoutInvisible(written).replace(LABEL_GAPS, "");
}
