import { PlanMemo } from "../model/planMemo.js";
import { FIELD, MAY_HAVE_FIELD } from "../text/fieldCodes.js";
import { HTML_MARKUP, MAY_HAVE_HTML } from "../text/htmlMarkup.js";
import { inlinePartsOf, textEndOf } from "../model/inline.js";
import { LineOwners } from "../model/outline.js";
import type { PlanDocument, Span } from "../model/types.js";
import type { ItemLineNode, LineNode } from "../syntax/cst.js";
import { NOTHING_OWNED, type OwnedSpans, ownedSpansOf, ownsOffset } from "./ownedSpans.js";
import { colonOffset, documentClauseStyle, expectedForm } from "../units/clauseStyle.js";
import { misusedSeparatorAfter, strayMarkAt } from "../units/separators.js";
import { doubledSeparatorBetween } from "../model/clauseSeparators.js";
import { brokenDocNumbersIn } from "../xref/brokenDocNumbers.js";
import { partitionPoint, sortByStart } from "../text/sorted.js";
import { addLinesSetApart } from "../model/setApart.js";
import { quotedCellMarks } from "../model/quotedCells.js";
import { nodesAreKept } from "../syntax/incremental.js";
import { NodeMemo } from "../syntax/nodeMemo.js";
import { detached } from "../text/detached.js";
import { isAnyDigitCode } from "../text/codeUnits.js";
import { indicatorTables } from "../targets/extract.js";

/**
 * The prose of a plan as the punctuation rules see it: one paragraph per line, from after the
 * numbering marker to before a trailing comment, with the spans other families own set apart.
 * A mark is one family's business only: markers are numbering's, 发文字号 are xref's, a clause
 * bracket or separator that departs from the document's style is units'. URLs and e-mail
 * addresses keep their ASCII punctuation.
 */
export interface ProseParagraph extends Span {
  line: LineNode;
  /** `text.slice(start, end)`: the paragraph memo's key (a copy kept with the line's node in the server, else a slice, which is a view). */
  content: string;
  /** True for lines of the plan proper (items and their paragraphs), false for the part before it. */
  inPlan: boolean;
  /** Spans inside the paragraph that the punctuation rules must not touch (punct/ownedSpans.ts: flat, merged, sorted). */
  owned: OwnedSpans;
  /**
   * The punctuation detectors' answers, once the memo has found them (punct/paragraphMemo.ts):
   * a slot on the paragraph, where a WeakMap per paragraph cost an insertion per line per keystroke.
   */
  answers: DetectorAnswers | null;
}

/**
 * Every detector's answer for one paragraph as it reads, by the detector's slot
 * (punct/paragraphMemo.ts): an array of a few entries where a Map per paragraph cost some 220
 * bytes (a tenth of what a 100,000-line plan's analysis holds per line).
 */
export type DetectorAnswers = Array<readonly unknown[] | undefined>;

const URL = /(?:https?|ftp):\/\/[^\s，。；、）)“”《》]+|www\.[A-Za-z0-9.\-/_%?=&#]+/g;
const EMAIL = /[A-Za-z0-9._%+*\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/g;

const cache = new PlanMemo<ProseParagraph[]>();

function isProseLine(line: LineNode): boolean {
  return line.kind !== "blank" && line.kind !== "comment";
}

/**
 * The prose paragraphs of each paragraph a PDF's measure cut into lines (model/hardWrap.ts): for
 * every line of such a run (two or more lines, each but the last going on on the line right
 * below), the run in order. What the paragraph's pairs of quotes and brackets are read over, as
 * in the paragraph joined (punct/half-width, punct/unbalanced). Empty for a plan that is not
 * wrapped (nearly all); made once per plan.
 */
export function wrappedProseRuns(plan: PlanDocument): ReadonlyMap<ProseParagraph, readonly ProseParagraph[]> {
  if (plan.hardWrap === null) return NO_RUNS;
  const cached = runsCache.get(plan);
  if (cached) return cached;
  const runs = new Map<ProseParagraph, readonly ProseParagraph[]>();
  const wrapped = new Set<LineNode>(plan.hardWrap.lines);
  const all = proseParagraphs(plan);
  for (let k = 0; k < all.length; ) {
    let end = k;
    while (end + 1 < all.length && wrapped.has(all[end]!.line) && all[end + 1]!.line.start === all[end]!.line.end) end++;
    if (end > k) {
      const run = all.slice(k, end + 1);
      for (const paragraph of run) runs.set(paragraph, run);
    }
    k = end + 1;
  }
  runsCache.set(plan, runs);
  return runs;
}

const runsCache = new PlanMemo<ReadonlyMap<ProseParagraph, readonly ProseParagraph[]>>();
const NO_RUNS: ReadonlyMap<ProseParagraph, readonly ProseParagraph[]> = new Map();

export function proseParagraphs(plan: PlanDocument): ProseParagraph[] {
  const cached = cache.get(plan);
  if (cached) return cached;
  // Web-page debris, a block pasted twice (its marks are the first copy's, reported there once)
  // and Word's review balloons belong to the structure rules.
  const excluded = addLinesSetApart(plan, new Set<LineNode>([...(plan.trailer?.lines ?? []), ...(plan.leadingDebris?.lines ?? [])]));
  // The plan's text that no item owns: the preamble, and the 附件说明 under the body.
  const ownerless = new Set<LineNode>(plan.preamble?.lines);
  for (const line of plan.attachmentNote) ownerless.add(line);
  // Which item a line belongs to, by a cursor over the items in document order, rather than a
  // set of every item's lines built on every keystroke.
  const owners = new LineOwners(plan.allItems);
  let unitOwned = unitOwnedSpans(plan);
  // The quotes Excel puts round a table cell with a line break in it are the copy's, no
  // quotation of the text (model/quotedCells.ts); most plans have none.
  if (plan.quotedCells.length > 0) {
    unitOwned = unitOwned.concat(quotedCellMarks(plan.quotedCells));
    sortByStart(unitOwned);
  }
  const serials = markedTableSerials(plan);
  if (serials !== null) {
    unitOwned = unitOwned.concat(serials);
    sortByStart(unitOwned);
  }
  const kept = nodesAreKept(plan.syntax);
  const paragraphs: ProseParagraph[] = [];
  for (const line of plan.lines) {
    // Asked of every line, in order, as LineOwners requires.
    const owner = owners.ownerOf(line);
    // A printed page's number is structure/page-number's, not prose.
    if (!isProseLine(line) || excluded.has(line) || (line.kind === "text" && line.textKind === "pageNumber")) continue;
    // A mark doubled after a marker (`（一）、`) is the marker's defect: numbering's, not prose.
    const doubled = owner !== null && owner.line === line ? owner.marker.doubled : null;
    const start = line.kind === "item" || line.kind === "list" ? (doubled?.end ?? line.marker.end) : line.indentEnd;
    const end = textEndOf(line, plan.text);
    if (end <= start) continue;
    // What the line owns of itself (its 发文字号, comments, URLs, addresses) and its text, read
    // once per line node while the server's parser keeps it: the searches for `://`, `www.` and
    // `@` read every paragraph, and the memo's key (`content`) is then the same string as last
    // time, whose hash V8 keeps.
    let local = linesProse.lookup(kept, line);
    if (local === undefined || local.start !== start - line.start || local.end !== end - line.start) {
      local = readLineProse(line, plan.text, start, end, kept);
      linesProse.remember(kept, line, local);
    }
    const content = local.content;
    // Most paragraphs own nothing: they share one empty list (this runs on every keystroke).
    let owned: Span[] | null = null;
    if (local.owned !== null) for (const span of local.owned) (owned ??= []).push({ start: span.start + line.start, end: span.end + line.start });
    for (let i = partitionPoint(unitOwned.length, (j) => unitOwned[j]!.start < start); i < unitOwned.length && unitOwned[i]!.start < end; i++) {
      if (unitOwned[i]!.end <= end) (owned ??= []).push(unitOwned[i]!);
    }
    paragraphs.push({ line, content, start, end, inPlan: owner !== null || ownerless.has(line), owned: owned === null ? NOTHING_OWNED : ownedSpansOf(sortByStart(owned)), answers: null });
  }
  cache.set(plan, paragraphs);
  return paragraphs;
}

/**
 * The marks of the 分工表 序号 that write one (`1)`, `(1)`, `①`): a row's number is numbering/'s as
 * an item's marker is (numbering/table-serial), no prose; its digits stay text/'s (a full-width
 * `１`). Null where every 序号 is digits alone (nearly all tables).
 */
function markedTableSerials(plan: PlanDocument): Span[] | null {
  let marked: Span[] | null = null;
  const text = plan.text;
  const mark = (serial: Span) => {
    for (let at = serial.start; at < serial.end; at++) if (!isAnyDigitCode(text.charCodeAt(at))) (marked ??= []).push({ start: at, end: at + 1 });
  };
  for (const table of plan.tables) for (const serial of table.serials) mark(serial);
  // An indicator table's 序号 written as a list's marker (`1)`, `①`, targets/tables.ts) is the table's too.
  const indicators = indicatorTables(plan);
  if (indicators !== null) for (const row of indicators.rows.values()) if (row.serial !== null) mark(row.serial);
  return marked;
}

/** What a line's paragraph says of itself, offsets from the line's start; `content` a detached copy where it is kept. */
interface LineProse {
  start: number;
  end: number;
  content: string;
  owned: Span[] | null;
}

/** Each line's own prose, while the server's parser keeps its node (a copy: a slice would keep the version alive). */
const linesProse = new NodeMemo<LineNode, LineProse>();

/** The paragraph text[start, end) of `line` and the spans in it that are the line's own business of other families. */
function readLineProse(line: LineNode, text: string, start: number, end: number, kept: boolean): LineProse {
  let owned: Span[] | null = null;
  // A heading set in 【】 (the grammar's SquareHeadingLead): its 【 is the line's indent, so its
  // 】 frames the heading as the indent does, no bracket of the prose.
  if (closesSquareHeading(line, text)) owned = [{ start: line.headingEnd, end: line.headingEnd + 1 }];
  for (const part of inlinePartsOf(line)) {
    if (part.type === "docNumber") (owned ??= []).push(docNumberSpan(part));
    if (part.type === "citation" && part.docNumber) (owned ??= []).push(docNumberSpan(part.docNumber));
    if (part.type === "comment") (owned ??= []).push(part);
    // A target's figure left as question marks (达到？？%) is targets/blank's placeholder, no repeated mark.
    if (part.type === "target" && part.placeholder) (owned ??= []).push({ start: part.valueStart, end: part.valueStart + part.valueText.length });
  }
  const content = text.slice(start, end);
  // Every URL has `://` or `www.`, every address `@`: most paragraphs have neither, and a
  // plain search is cheaper than running the patterns.
  if (content.includes("://") || content.includes("www.")) owned = matchesOf(URL, content, start, owned);
  if (content.includes("@")) owned = matchesOf(EMAIL, content, start, owned);
  // Word's field codes are text/field-code's, their quotes and switches included.
  if (MAY_HAVE_FIELD.test(content)) owned = matchesOf(FIELD, content, start, owned);
  // A web page's tags and entities are text/html-markup's, an entity's ; and a tag's quotes included.
  if (MAY_HAVE_HTML.test(content)) owned = matchesOf(HTML_MARKUP, content, start, owned);
  // A 发文字号 that lost half its bracket is xref's (〔202311号), its lone bracket included.
  for (const broken of brokenDocNumbersIn(content, start)) (owned ??= []).push({ start: broken.start, end: broken.end });
  const from = line.start;
  return {
    start: start - from,
    end: end - from,
    // Kept only where the server keeps the node; the CLI reads each plan once.
    content: kept ? detached(content) : content,
    owned: owned === null ? null : owned.map((span) => ({ start: span.start - from, end: span.end - from })),
  };
}

/** Whether an item line's heading ends in the 】 of a 【 its indent holds (`【一、压实企业主体责任】`). */
function closesSquareHeading(line: LineNode, text: string): line is ItemLineNode {
  if (line.kind !== "item" || line.bodyStart <= line.headingEnd || text.charCodeAt(line.headingEnd) !== 0x3011) return false;
  for (let i = line.start; i < line.indentEnd; i++) if (text.charCodeAt(i) === 0x3010) return true;
  return false;
}

/** `owned` with the matches of a global pattern in `content` (at `offset`) added. */
function matchesOf(pattern: RegExp, content: string, offset: number, owned: Span[] | null): Span[] | null {
  for (const match of content.matchAll(pattern)) (owned ??= []).push({ start: offset + match.index, end: offset + match.index + match[0].length });
  return owned;
}

/** The year bracket and number of a 发文字号: its form is the xref family's to judge. */
function docNumberSpan(node: { start: number; end: number }): Span {
  return { start: node.start, end: node.end };
}

/**
 * Whether another family owns `offset`. The detectors ask this for every character of a
 * paragraph, and a pasted plan can be one line with thousands of clauses: hence a look-up, not
 * a scan of the spans.
 */
export function isOwned(paragraph: ProseParagraph, offset: number): boolean {
  return ownsOffset(paragraph.owned, offset);
}

/**
 * Clause brackets, colons and separators that units/clause-style or units/separator already
 * reports (they differ from the document's own clause style, or separate two departments by a
 * comma): one defect, one finding.
 */
function unitOwnedSpans(plan: PlanDocument): Span[] {
  const style = documentClauseStyle(plan);
  const spans: Span[] = [];
  // Pushed in document order (opening mark, each segment's colon and separators, closing
  // mark; clauses in order), so that the sort below is needed only for odd input: sorting
  // every clause's marks on every keystroke was most of this function's garbage.
  for (const clause of plan.clauses) {
    const provincial = clause.form === "provincial";
    if (expectedForm("open", clause.open, provincial ? style.provincialOpen : style.open) !== null) spans.push({ start: clause.start, end: clause.start + clause.open.length });
    clause.segments.forEach((segment, index) => {
      const colon = colonOffset(plan.text, clause, index);
      if (colon !== null && expectedForm("colon", segment.colon, style.colon) !== null) spans.push({ start: colon, end: colon + segment.colon.length });
      // A half-width comma or semicolon between departments is units/separator's (the
      // full-width ones and spaces are no punctuation defect), and so is a stray mark inside a
      // name (市科技局.市财政局): a name is units' to read, and a 。 would be no better.
      for (let at = 0; at < segment.units.length; at++) {
        const unit = segment.units[at]!;
        const stray = strayMarkAt(unit.text);
        if (stray >= 0) spans.push({ start: unit.start + stray, end: unit.start + stray + 1 });
        if (at + 1 === segment.units.length) break;
        // A mark typed twice between two names (市科技局、、市工信局) is units/separator's too.
        const doubled = doubledSeparatorBetween(plan.text, unit, segment.units[at + 1]!);
        if (doubled !== null) {
          spans.push({ start: doubled.start, end: doubled.end });
          continue;
        }
        const separator = misusedSeparatorAfter(plan.text, segment.units, at);
        if (separator?.text === "," || separator?.text === ";") spans.push({ start: separator.start, end: separator.end });
      }
    });
    if (expectedForm("close", clause.close, provincial ? style.provincialClose : style.close) !== null) spans.push({ start: clause.end - clause.close.length, end: clause.end });
  }
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return spans.sort((a, b) => a.start - b.start);
  return spans;
}
