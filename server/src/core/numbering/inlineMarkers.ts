import { PlanMemo } from "../model/planMemo.js";
import type { PlanConfig } from "../config/schema.js";
import { isAttachmentLabel } from "../model/attachments.js";
import { inlinePartsOf } from "../model/inline.js";
import { LineOwners } from "../model/outline.js";
import { isPlanTitleText } from "../model/prelude.js";
import type { PlanDocument, RunInLine } from "../model/types.js";
import type { InlineNode, LineNode, MarkerNode } from "../syntax/cst.js";
import { nodesAreKept } from "../syntax/incremental.js";
import { NodeMemo } from "../syntax/nodeMemo.js";
import { markerAt } from "../syntax/parse.js";
import { LIST_LEVEL, NUMBERED_LEVELS, type NumberedLevel } from "./policy.js";
import { numberingOf } from "./runs.js";
import { codeUnitSet, isAnyDigitCode } from "../text/codeUnits.js";
import { hasValueIn, partitionPoint } from "../text/sorted.js";
import { trimSpacesEnd } from "../text/spaces.js";

/**
 * Numbering markers inside a line: a plan pasted as one long line, or a paragraph with
 * `二、…（一）…1.…` inside it. A marker inside a line is believed only where it both stands
 * where a paragraph could have ended and continues the numbering at that point:
 * - its place: after a sentence end (`。！？`, also behind a closing quote), after a
 *   responsibility clause, deadline or annotation, after a run of paragraph indentation
 *   (full-width or several spaces), or right after a short heading of a level-1 or level-2
 *   marker on the same line (`一、总体要求（一）指导思想`), or right after a plan's title that
 *   starts the line, before any item of its outline (`某市……实施方案一、总体要求`);
 * - its number: the next number of its level at that point, counting as the level's scope
 *   counts (numbering/runs.ts: restart under each parent, or on across parents), or 1 for a
 *   level whose parent has just opened.
 * So a number inside a sentence (`第1.5条`, `3.19件`, `1.5倍`, `2.0版`, `GB/T 1.1`) is never a
 * marker — the grammar's marker needs no digit after its point — and neither is a list inside
 * a sentence (`包括：(1)……；(2)……`), which follows a colon or a semicolon.
 */
export type FlattenedLine = RunInLine;

/**
 * `anyConfig`: no marker's number was asked about, so the configuration's numbering policy
 * played no part and the lines hold for every configuration. The model asks with the plan's
 * configuration (model/buildPlan.ts), as the rule then does: both count by one policy.
 */
const cache = new PlanMemo<{ config: PlanConfig | undefined; anyConfig: boolean; lines: FlattenedLine[] }>();

/**
 * The flattened lines of the plan: those the model read apart into their items
 * (`plan.runIns`, as the original lines) and any the model's lines still have.
 */
export function flattenedLines(plan: PlanDocument, config: PlanConfig | undefined): FlattenedLine[] {
  const cached = cache.get(plan);
  if (cached && (cached.config === config || cached.anyConfig)) return cached.lines;
  const { lines: found, anyConfig } = findFlattened(plan, config);
  const lines = plan.runIns.length === 0 ? found : [...plan.runIns, ...found].sort((a, b) => a.line.start - b.line.start);
  cache.set(plan, { config, anyConfig, lines });
  return lines;
}

/**
 * Where the numbering stands at a point of the document: for each level and each possible
 * bound of its runs (runs.ts: the nearest item at that level or above; 0 is the document), the
 * last number since that bound.
 */
class SequenceState {
  /** `last[level][bound]`; `bound = level − 1` is restart counting (since the parent). */
  private readonly last: number[][] = [[], [0], [0, 0], [0, 0, 0], [0, 0, 0, 0]];
  /** Whether any item of each level has been seen in this outline scope. */
  private readonly seen = [false, false, false, false, false];

  private boundLevels: ReadonlyMap<NumberedLevel, number> | null = null;

  /**
   * `scopes` gives the scope numbering/runs.ts inferred for each level that has items (a level
   * without items, a plan still on one line, may count either way): asked only when a marker
   * stands where a paragraph could end, as few lines have one and the runs cost a pass over
   * the outline.
   */
  constructor(private readonly scopes: () => ReadonlyMap<NumberedLevel, number>) {}

  /** Whether the scopes were asked for. */
  get consulted(): boolean {
    return this.boundLevels !== null;
  }

  /** Whether a marker continues the numbering: the next number since its parent or within its scope. */
  continues(level: NumberedLevel, value: number): boolean {
    const last = this.last[level]!;
    const scope = (this.boundLevels ??= this.scopes()).get(level);
    for (let bound = 0; bound < level; bound++) {
      if (scope !== undefined && bound !== scope && bound !== level - 1) continue;
      if (last[bound]! > 0 && value === last[bound]! + 1) return true;
    }
    if (value !== 1 || last[level - 1]! !== 0) return false;
    if (level === 1) return true;
    // A level's first item needs its parent: some higher level seen before it.
    for (let higher = level - 1; higher >= 1; higher--) if (this.seen[higher]) return true;
    return false;
  }

  push(level: NumberedLevel, value: number): void {
    this.last[level]!.fill(value);
    this.seen[level] = true;
    for (const deeper of NUMBERED_LEVELS) {
      if (deeper <= level) continue;
      // An item at `level` is a new bound for every bound at `level` or below.
      for (let bound = level; bound < deeper; bound++) this.last[deeper]![bound] = 0;
    }
  }

  /** Whether no item has been seen in this outline scope: a title may still come. */
  get fresh(): boolean {
    return !this.seen.includes(true);
  }

  reset(): void {
    for (const counts of this.last) counts.fill(0);
    this.seen.fill(false);
  }
}

function findFlattened(plan: PlanDocument, config: PlanConfig | undefined): { lines: FlattenedLine[]; anyConfig: boolean } {
  const state = new SequenceState(() => {
    const boundLevels = new Map<NumberedLevel, number>();
    // Markers inside a flattened line are of the numbered levels only (MarkerAt never reads a list entry).
    for (const [level, scope] of numberingOf(plan, config).scopes) if (level !== LIST_LEVEL) boundLevels.set(level, scope.boundLevel);
    return boundLevels;
  });
  const found: FlattenedLine[] = [];
  const planEnd = plan.trailer ? plan.trailer.start : plan.text.length;
  let itemsSeen = false;
  // The numbering counts the outline's items only, as numbering/runs.ts does: an item-shaped line
  // before the plan's start (`１.…` ahead of a split-off `一、`) is the prelude's, and counting it
  // would make a marker continue after the split that did not continue before it.
  const owners = new LineOwners(plan.allItems);
  const kept = nodesAreKept(plan.syntax);
  for (const line of plan.lines) {
    if (line.start >= planEnd) break;
    if (itemsSeen && isAttachmentLabel(line, plan.text)) {
      state.reset();
      continue;
    }
    const inOutline = owners.ownerOf(line)?.line === line;
    let scanFrom: number;
    let lastMarker: MarkerNode | null = null;
    if (line.kind === "item") {
      itemsSeen = true;
      const marker = line.marker;
      if (inOutline && marker.level <= 4 && marker.value !== null) state.push(marker.level as NumberedLevel, marker.value);
      scanFrom = line.headingStart;
      lastMarker = marker;
    } else if (line.kind === "text" && line.textKind === "plain") {
      scanFrom = line.indentEnd;
    } else continue;
    const markers = scanLine(plan.text, line, scanFrom, lastMarker, state, kept);
    if (markers.length > 0) found.push({ line, markers });
  }
  return { lines: found, anyConfig: !state.consulted };
}

/**
 * Characters a marker can start with, by code unit: the scan below tests every character of
 * every line on every keystroke, and an array read is several times cheaper than a Set's hash.
 */
const MARKER_START = new Uint8Array(0x10000);
for (const char of "（(一二三四五六七八九十123456789１２３４５６７８９") MARKER_START[char.charCodeAt(0)] = 1;
// By code unit: boundaryAt tests the character before every candidate.
const SENTENCE_END = codeUnitSet("。！？!?");
const CLOSING_QUOTES = codeUnitSet("”’」』\"'");
/** What a responsibility clause, deadline or annotation ends with. */
const ELEMENT_CLOSE = codeUnitSet("〕）)】");
/** A short heading has no punctuation inside it. */
const MAX_RUN_IN_HEADING = 30;
const HEADING_BREAK = /[。；;：:，,、！!？?（）()《》“”"]/;
/**
 * A series of numerals inside a sentence (`一、二、三产业`, `一、二批`): a `一、` followed by
 * another numeral is never a chapter after a title.
 */
const NUMERAL_SERIES = /^[一二三四五六七八九十]+[、，,和及与至到产批类级等]/;
/** Characters that glue a number to what comes before: 第1, GB/T 1, A1, 3.1. */
function isNumberGlue(code: number): boolean {
  return (
    isAnyDigitCode(code) || // 0-9, ０-９
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x7b2c || // 第
    code === 0x2e || // .
    code === 0x2f || // /
    code === 0x2d // -
  );
}

/**
 * Where a marker could start in a line: the characters of its text parts from `scanFrom` on
 * that a marker can start with, as offsets from the line's start. Remembered by the line node
 * where the server's parser keeps nodes (nodesAreKept): the scan reads every character of
 * every line, and on a keystroke all but one line read as before.
 */
function candidatesOf(text: string, line: LineNode, parts: readonly InlineNode[], scanFrom: number, kept: boolean): readonly number[] {
  const remembered = candidatesByLine.lookup(kept, line);
  if (remembered !== undefined) return remembered;
  const found: number[] = [];
  for (const part of parts) {
    if (part.type !== "text" || part.end <= scanFrom) continue;
    // A plain loop, not a global regex: a regex's search would run on past the part's end.
    for (let at = Math.max(part.start, scanFrom); at < part.end; at++) if (MARKER_START[text.charCodeAt(at)] === 1) found.push(at - line.start);
  }
  return candidatesByLine.remember(kept, line, found.length === 0 ? NO_CANDIDATES : found);
}

const candidatesByLine = new NodeMemo<LineNode, readonly number[]>();
// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_CANDIDATES: readonly number[] = [];

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_MARKERS: readonly MarkerNode[] = [];

function scanLine(text: string, line: LineNode, scanFrom: number, lastMarker: MarkerNode | null, state: SequenceState, kept: boolean): readonly MarkerNode[] {
  const parts = inlinePartsOf(line);
  const candidates = candidatesOf(text, line, parts, scanFrom, kept);
  if (candidates.length === 0) return NO_MARKERS;
  let found: MarkerNode[] | null = null;
  let segmentStart = scanFrom;
  let segmentLevel = lastMarker?.level ?? 0;
  // The part holding each candidate, found by moving forward (candidates and parts are in order).
  let index = 0;
  let resumeAt = scanFrom;
  // A list the sentence itself opens (`分三步实施：1.先行试点。2.总结推广。`): its first marker
  // follows a colon, so it is never the outline's; the markers that go on from it are that
  // list's too, whatever the outline's count would make of them. Level → its last value.
  let ownList: Map<number, number> | null = null;
  for (let c = 0; c < candidates.length; c++) {
    const at = line.start + candidates[c]!;
    if (at < resumeAt) continue;
    while (parts[index]!.end <= at) index++;
    const part = parts[index]!;
    const boundary = boundaryAt(text, at, segmentStart, segmentLevel, parts, state.fresh);
    if (boundary === null) {
      const opener = at > scanFrom ? text.charCodeAt(at - 1) : 0;
      if (opener === 0xff1a || opener === 0x3a) {
        const listed = markerAt(text, at);
        if (listed && listed.level !== 5 && listed.value !== null) (ownList ??= new Map()).set(listed.level, listed.value);
      }
      continue;
    }
    const marker = markerAt(text, at);
    if (!marker || marker.level === 5 || marker.value === null || marker.end > part.end) continue;
    if (ownList !== null && ownList.get(marker.level) === marker.value - 1) {
      ownList.set(marker.level, marker.value);
      continue;
    }
    // After a run-in heading only a deeper level can start (（一） after 一、总体要求): the same
    // level there is as likely a series inside the heading (推动二、三产业).
    if (boundary === "heading" && marker.level <= segmentLevel) continue;
    // After a title only the outline's first chapter can start, never a series of numerals.
    if (boundary === "title" && (marker.level !== 1 || NUMERAL_SERIES.test(text.slice(marker.end, marker.end + 4)))) continue;
    const level = marker.level as NumberedLevel;
    if (!state.continues(level, marker.value)) continue;
    state.push(level, marker.value);
    (found ??= []).push(marker);
    segmentStart = marker.end;
    segmentLevel = marker.level;
    resumeAt = marker.end;
  }
  return found ?? NO_MARKERS;
}

/**
 * What could have ended just before `at`: a paragraph, a run-in heading, the plan's title (see
 * the module comment), or nothing. `segmentStart` is where the text after the last marker on the
 * line begins, `segmentLevel` that marker's level; `titleAllowed` while the outline has no item.
 */
function boundaryAt(
  text: string,
  at: number,
  segmentStart: number,
  segmentLevel: number,
  parts: readonly InlineNode[],
  titleAllowed: boolean,
): "paragraph" | "heading" | "title" | null {
  if (at <= segmentStart) return null;
  // By code unit, not by one-character strings: this runs for every candidate of every line
  // (every digit, every 一 of 统一 and 进一步) on every keystroke.
  const before = trimSpacesEnd(text, segmentStart, at);
  if (before === segmentStart) return null;
  const spaces = at - before;
  const previous = text.charCodeAt(before - 1);
  if (SENTENCE_END.has(previous)) return "paragraph";
  if (CLOSING_QUOTES.has(previous) && before - 2 >= 0 && SENTENCE_END.has(text.charCodeAt(before - 2))) return "paragraph";
  if (ELEMENT_CLOSE.has(previous) && endsElement(parts, before)) return "paragraph";
  if (isNumberGlue(previous)) return null;
  // Paragraph indentation left between joined paragraphs; a single ASCII space is a typing slip.
  if (spaces >= 2 || (spaces === 1 && text.charCodeAt(before) !== 0x20)) return "paragraph";
  // The title starts the line (segmentStart is then its indentation's end) and comes first.
  if (segmentLevel === 0 && titleAllowed && isPlanTitleText(text, segmentStart, before)) return "title";
  // Counted in code units first, so a long line is not measured again at every candidate.
  if (spaces > 0 || segmentLevel === 0 || segmentLevel > 2 || before - segmentStart > 2 * MAX_RUN_IN_HEADING) return null;
  const heading = text.slice(segmentStart, before);
  return [...heading].length <= MAX_RUN_IN_HEADING && !HEADING_BREAK.test(heading) ? "heading" : null;
}

/** A responsibility clause, deadline or annotation ends at `offset`: an item's text ends there. */
function endsElement(parts: readonly InlineNode[], offset: number): boolean {
  // Parts tile the line in order: find the one that ends at `offset` by its end.
  const part = parts[partitionPoint(parts.length, (i) => parts[i]!.end < offset)];
  return part !== undefined && part.end === offset && (part.type === "clause" || part.type === "deadline" || part.type === "annotation");
}

const byLevelCache = new WeakMap<FlattenedLine[], Map<number, number[]>>();

/**
 * Whether a numbering break is the trace of a flattened line: a marker of the break's level
 * inside a line between the item before it and the item (`三、` after a line `一、……二、……`
 * is no gap). structure/flattened reports that one defect; the numbering rules leave it.
 */
export function isFlatteningTrace(plan: PlanDocument, config: PlanConfig | undefined, level: number, from: number, to: number): boolean {
  const lines = flattenedLines(plan, config);
  if (lines.length === 0) return false;
  let byLevel = byLevelCache.get(lines);
  if (!byLevel) {
    byLevel = new Map();
    for (const { markers } of lines) {
      for (const marker of markers) {
        let starts = byLevel.get(marker.level);
        if (!starts) byLevel.set(marker.level, (starts = []));
        starts.push(marker.start);
      }
    }
    byLevelCache.set(lines, byLevel);
  }
  const starts = byLevel.get(level);
  if (!starts) return false;
  // An inline marker at or after `from` and before `to` (they are in document order).
  return hasValueIn(starts, from, to);
}
