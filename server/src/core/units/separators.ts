import type { Span } from "../model/types.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { separatorSearchStart } from "./draftingNotes.js";
import { isCollectiveName } from "./names.js";
import { continuesKindsUnderAll, isGovernmentKindUnderAll, isLocalGovernmentAt, isNamedLocalGovernmentAt, isStationedGroupAt } from "./sharedSuffix.js";
import { isDivisionName, isOwnSystemName } from "./divisions.js";
import type { UnitRegistry } from "./registry.js";

/**
 * The separator between two names of a clause: `、` (canonical), `，`, `,`, `；`, `;` (in a label's
 * list), a conjunction (和, 与, 及, 以及: two names the model read apart at it), or " " for spaces alone.
 */
export interface UnitSeparator extends Span {
  text: string;
}

const IDEOGRAPHIC_COMMA = 0x3001; // 、
const FULL_WIDTH_COMMA = 0xff0c; // ，
const COMMA = 0x2c; // ,
const FULL_WIDTH_SEMICOLON = 0xff1b; // ；
const SEMICOLON = 0x3b; // ;

/*
 * The grammar reads a separator as one mark (、，,) with spaces around it, or as spaces alone,
 * and the names on either side take everything else: the text between two names is exactly
 * their separator. So the tree does not keep separators (an object per name, a tenth of what a
 * plan's tree kept); these read them where a rule asks.
 */

/**
 * Whether the separator after `units[index]` is a lone `、`, as most are: answered without
 * making the separator (the prose paragraphs and units/separator ask it of every name on every
 * keystroke, and only the others interest them).
 */
export function isLoneIdeographicComma(text: string, units: readonly Span[], index: number): boolean {
  const start = units[index]!.end;
  const next = units[index + 1]!.start;
  if (next === start + 1) return text.charCodeAt(start) === IDEOGRAPHIC_COMMA;
  // After a drafting note the name carries (市市场监管局（排名第一的为牵头单位）、…).
  const gap = separatorSearchStart(text, start, next);
  return gap !== start && next === gap + 1 && text.charCodeAt(gap) === IDEOGRAPHIC_COMMA;
}

/** The separator between `units[index]` and `units[index + 1]`: the mark with its own span, or the spaces. */
export function separatorAfter(text: string, units: readonly Span[], index: number): UnitSeparator {
  const end = units[index + 1]!.start;
  const start = separatorSearchStart(text, units[index]!.end, end);
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === IDEOGRAPHIC_COMMA) return { text: "、", start: at, end: at + 1 };
    if (code === FULL_WIDTH_COMMA) return { text: "，", start: at, end: at + 1 };
    if (code === COMMA) return { text: ",", start: at, end: at + 1 };
    if (code === FULL_WIDTH_SEMICOLON) return { text: "；", start: at, end: at + 1 };
    if (code === SEMICOLON) return { text: ";", start: at, end: at + 1 };
  }
  return conjunctionBetween(text, start, end) ?? { text: " ", start, end };
}

/**
 * The conjunction between two names the model read apart at it (`市工信局和市商务局`,
 * units/conjoinedNames.ts), spaces around it aside; null where the gap holds none.
 */
function conjunctionBetween(text: string, start: number, end: number): UnitSeparator | null {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to - from === 0 || to - from > 2) return null;
  const word = text.slice(from, to);
  return CONJUNCTIONS.has(word) ? { text: word, start: from, end: to } : null;
}

/** The conjunctions a list may join two names with, where a 、 belongs (units/conjoinedNames.ts). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(["和", "与", "及", "以及"]);

/**
 * The separator after `units[index]` when it is not the canonical 、: a comma or spaces between
 * two departments (units/separator reports it; the prose paragraphs leave it to that rule).
 * A comma that sets a collective or local governments apart (`市财政局，各区（市）县`,
 * `市商务局，柯桥区、诸暨市、嵊州市人民政府`) is how plans write a second group, not a slip: null,
 * as for 、. A semicolon between two names of one label's list
 * (`〔责任单位：市科技局；市工信局〕`) separates labels, never names: a slip, but where it sets
 * such a group apart as a comma does (`市司法局；各县（市、区）人民政府负责落实`). A conjunction
 * (市工信局和市商务局) is prose's way of joining two names where a list has its 、: as a comma, a
 * slip between two departments, a group's mark before a collective or local governments.
 */
export function misusedSeparatorAfter(text: string, units: readonly (Span & { text: string })[], index: number): UnitSeparator | null {
  if (isLoneIdeographicComma(text, units, index)) return null;
  const separator = separatorAfter(text, units, index);
  if (separator.text === "、") return null;
  return isGroupingMark(separator.text) && isGroupBoundary(units, index, separator.text) ? null : separator;
}

/** A comma, a semicolon (市司法局；各县（市、区）人民政府负责落实) or a conjunction (市财政局和各县（市、区）人民政府): a mark that may set a group apart. */
function isGroupingMark(mark: string): boolean {
  return mark === "，" || mark === "," || mark === "；" || CONJUNCTIONS.has(mark);
}

/**
 * Whether a collective or local governments stand on either side of the gap after `units[index]`
 * (before it too: 各县（市、区）、乡镇人民政府，吉州区住建局, or one named by its place: 大唐街道办事处，区市场监管局（牵头）; a
 * kind named alone, 市民政局、乡镇人民政府，市财政局, is no group: the comma is a slip); or, after it, a department's own local
 * bodies named by their place (章贡分局, 南康区局: units/divisions.ts isOwnSystemName), which its own
 * plan sets apart from its divisions as a government's sets its towns apart from its departments.
 */
function isGroupBoundary(units: readonly { text: string }[], index: number, mark: string): boolean {
  const next = units[index + 1]!.text;
  return isCollectiveName(units[index]!.text) || isGovernmentKindUnderAll(units, index) || isNamedLocalGovernmentAt(units, index) || isCollectiveName(next) || isStationedGroupAt(units, index + 1) || isLocalGovernmentAt(units, index + 1) || isOwnSystemName(next) || (mark !== "；" && leavesDivisions(units[index]!.text, next));
}

/**
 * Whether the gap goes from a department's own divisions to bodies outside them (质量发展科，市工信局;
 * 计量科，市计量所、市质检院): its own plan lists its divisions first, then the other departments or
 * its units, as a group apart (units/divisions.ts isDivisionName). Between two divisions, a slip;
 * a semicolon there too (产品质量安全监督管理科；市质检院), which separates labels, never groups.
 */
function leavesDivisions(name: string, next: string): boolean {
  return isDivisionName(name) && !isDivisionName(next);
}

/**
 * Whether the gap after `units[index]` sets a group apart: a comma, semicolon, conjunction or
 * spaces with a collective or local governments on either side (`市教育局、市财政局，各县（市、区）人民
 * 政府`, `市科技局 大唐街道办事处`). Spaces are a slip of the mark there (units/separator reports
 * them), but the drafter who wrote them set the group apart all the same. A role word written
 * after the list is the last group's (model/roleWordReach.ts); a lead marked before the break
 * does not make the group after it support (model/markedLead.ts).
 */
export function setsGroupApart(text: string, units: readonly (Span & { text: string })[], index: number): boolean {
  if (isLoneIdeographicComma(text, units, index)) return false;
  const mark = separatorAfter(text, units, index).text;
  // A conjunction or a comma inside a 各's run of kinds joins members of one group
  // (各县（市、区）人民政府和开发区管委会, 各县（市、区）人民政府，开发区管委会负责落实): the 各 reaches over
  // either (units/sharedSuffix.ts `unitNameMeantInClause` reads 各开发区管委会 there), so the kinds
  // after it are of the group before it, not a group of their own with another role.
  if ((CONJUNCTIONS.has(mark) || mark === "，" || mark === ",") && continuesKindsUnderAll(units, index)) return false;
  return (mark === " " || isGroupingMark(mark)) && isGroupBoundary(units, index, mark);
}

/** Code units that end a label's list: a clause's closing bracket or the `；` before the next label. */
const LIST_ENDS = new Set([..."〕）)】；;"].map((ch) => ch.charCodeAt(0)));

/**
 * A separator after the last name of a list, with nothing after it but the end of the list
 * (`〔责任单位：市发展改革委、市财政局、〕`, where a name was deleted and its 、 left behind): the
 * mark with its span, or null. `from` is where the last name (or its 等) ends; the grammar reads
 * such a list to its end (TrailingUnitSeparator), so the mark is all there is before the
 * clause's closing bracket, the next label's `；` or the clause's suffix.
 */
export function trailingSeparator(text: string, from: number, end: number): UnitSeparator | null {
  let at = from;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  if (code !== IDEOGRAPHIC_COMMA && code !== FULL_WIDTH_COMMA && code !== COMMA) return null;
  const mark = { text: text[at]!, start: at, end: at + 1 };
  at++;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at >= end || LIST_ENDS.has(text.charCodeAt(at)) || text.startsWith("按职责", at) || text.startsWith("分别负责", at) ? mark : null;
}

/** The white space the grammar reads around a separator (Ws). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/**
 * The registry name that spaces after `units[index]` split in two (`市科 技局` → 市科技局, a space
 * from justified web text): the halves are not two departments, and a 、 between them would
 * make two names no registry knows. Null where the separator is a mark, where both halves are
 * names of their own, or where the two together are not a known name.
 */
export function nameSplitBySpace(text: string, units: readonly (Span & { text: string })[], index: number, registry: UnitRegistry): string | null {
  if (index < 0 || index + 1 >= units.length || isLoneIdeographicComma(text, units, index)) return null;
  if (separatorAfter(text, units, index).text !== " ") return null;
  const before = units[index]!.text;
  const after = units[index + 1]!.text;
  if (registry.isKnown(before) && registry.isKnown(after)) return null;
  const joined = before + after;
  return registry.isKnown(joined) ? joined : null;
}

/**
 * The span of the name at `index` with one adjacent separator, to delete it; null when it is the
 * list's only name, or its first with a drafting note after it (the note, which speaks of every
 * clause, would go with it: no fix loses words).
 */
export function removalOfName(text: string, units: readonly Span[], index: number): Span | null {
  const unit = units[index]!;
  if (index > 0) return { start: separatorAfter(text, units, index - 1).start, end: unit.end };
  if (units.length < 2 || separatorSearchStart(text, unit.end, units[1]!.start) !== unit.end) return null;
  return { start: unit.start, end: separatorAfter(text, units, 0).end };
}

/**
 * Marks a copy or a slip of the keyboard leaves between two names where a 、 belongs, which the
 * grammar does not read as a separator: a full stop or a dot of either width, a slash, a bar, an
 * interpunct (市科技局.市财政局, 市工信局/市商务局).
 */
const STRAY_MARKS = codeUnitSet(".．·・/／|｜\\");

/**
 * The offset of the first stray mark in a name with two characters or more on either side, or
 * -1: the mark units/separator may report (strayMarkInName decides), which punctuation leaves to it.
 */
export function strayMarkAt(name: string): number {
  for (let at = 2; at < name.length - 2; at++) if (STRAY_MARKS.has(name.charCodeAt(at))) return at;
  return -1;
}

/**
 * The stray mark between two known names written as one (市科技局.市财政局), with its offset in
 * the name and the names on either side; null where the name holds no such mark or a side is no
 * known name. Asked only of names the registry does not know.
 */
export function strayMarkInName(name: string, registry: UnitRegistry): { at: number; mark: string; before: string; after: string } | null {
  for (let at = 2; at < name.length - 2; at++) {
    if (!STRAY_MARKS.has(name.charCodeAt(at))) continue;
    const mark = name.charAt(at);
    const before = name.slice(0, at).trim();
    const after = name.slice(at + 1).trim();
    if (registry.isKnown(before) && registry.isKnown(after)) return { at, mark, before, after };
  }
  return null;
}
