import type { PlanDocument, Span, Target } from "../model/types.js";
import { inlinePartsOf } from "../model/inline.js";
import type { LineNode } from "../syntax/cst.js";
import { NodeMemo } from "../syntax/nodeMemo.js";
import type { UnitRegistry } from "../units/registry.js";
import type { HorizonState, LineContext } from "./lineContext.js";
import type { PlanPeriod, PlanTarget, TargetExtraction } from "./types.js";
import { placedCopy } from "./targetCopy.js";
import { detached } from "../text/detached.js";

/**
 * The targets a line of prose states, as extract.ts read them, kept by line node where the nodes
 * live on (the language server's incremental parses), so that a keystroke reads again only the
 * lines it touched and those whose place in the plan it changed: every keystroke read every
 * line's targets again (issue 11; session 53: `extract`, `fromModel` and `placeFromText` were
 * 17–23 % of an edit).
 *
 * A line's reading depends on more than its text, and each of those is part of the key:
 * - the plan's reference year, period, registry and title (`PlanInputs`, one object per plan);
 * - the horizon in force when the line is reached (`到2025年` in a heading above: its year, level,
 *   place relative to the line and scope), and whether the line opens an item of which level;
 * - what the readings asked of the line's place: whether it states goals, is a 专栏 box's prose,
 *   stands under a 发展基础 heading (LineContext records what it worked out);
 * - the model's targets on the line (only the grammar's targets the model kept are read);
 * - the text a reading looks at past the line's end (a range's upper end, the figures after
 *   分别: a few dozen characters), held by the nodes of the lines after it, and the line break
 *   before it, at which every reading back stops.
 * What the line gives the plan — its targets, the horizons it opens, a year label, the horizon in
 * force after it — is kept with offsets as read and moved by how far the line has moved; a target's
 * item, path and model target are the plan's own of this analysis.
 */
export class LineTargets {
  private readonly inputs: PlanInputs;
  /** The model's targets' value starts, in text order: those of a line are found by a binary search. */
  private readonly modelStarts: number[];

  constructor(
    private readonly plan: PlanDocument,
    private readonly extraction: TargetExtraction,
    private readonly context: LineContext,
    private readonly modelTargets: ReadonlyMap<number, Target>,
  ) {
    this.inputs = planInputs(plan.registry, context.referenceYear, extraction.period, plan.metadata.title ?? plan.title?.text);
    const starts: number[] = [];
    for (const target of plan.targets) starts.push(target.valueSpan.start);
    for (let i = 1; i < starts.length; i++) {
      if (starts[i - 1]! > starts[i]!) {
        starts.sort((a, b) => a - b);
        break;
      }
    }
    this.modelStarts = starts;
  }

  /**
   * Replays the kept reading of `plan.lines[index]` into the extraction where its key holds (the
   * context has moved to the line): its targets, horizons and year label are added, and the horizon
   * in force after it is returned. `MISSED` where the line must be read.
   */
  replay(index: number, entering: HorizonState | null, yearLabels: Set<number>): Replayed | typeof MISSED {
    const line = this.plan.lines[index]!;
    const kept = KEPT.lookup(true, line);
    if (kept === undefined || kept.inputs !== this.inputs || !this.bounded(line)) return MISSED;
    const context = this.context;
    const item = context.item;
    if (kept.itemLevel !== (item === null ? -1 : item.level) || kept.itemLine !== (item !== null && item.line === line)) return MISSED;
    const delta = line.start - kept.start;
    const chain = chainOf(entering);
    if (!sameChain(kept.horizonKey, chain, line.start)) return MISSED;
    if (!this.sameFollowing(kept, index) || !this.sameModelTargets(kept, line)) return MISSED;
    if (kept.inGoals !== null && kept.inGoals !== context.inGoals) return MISSED;
    if (kept.inBoxProse !== null && kept.inBoxProse !== context.inBoxProse) return MISSED;
    if (kept.inBaseline !== null && kept.inBaseline !== context.inBaseline) return MISSED;

    const extraction = this.extraction;
    for (const entry of kept.horizons) extraction.horizons.push({ start: entry.start + delta, end: entry.end + delta, year: entry.year, targets: [] });
    if (kept.yearLabel >= 0) yearLabels.add(kept.yearLabel + delta);
    const first = extraction.targets.length;
    if (kept.targets.length > 0) {
      const path = context.path;
      const place = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
      for (let k = 0; k < kept.targets.length; k++) {
        const target = kept.targets[k]!;
        const source = kept.sources[k]! < 0 ? null : this.modelTargets.get(kept.sources[k]! + line.start)!;
        extraction.targets.push(placedCopy(target, target.start + delta, target.end + delta, place, path, item, source));
      }
      for (let k = 0; k < kept.wholes.length; k++) if (kept.wholes[k]! >= 0) extraction.targets[first + k]!.whole = extraction.targets[first + kept.wholes[k]!]!;
    }
    let horizon = kept.exitDepth < 0 ? null : chain[kept.exitDepth]!;
    for (let k = kept.exitFresh.length - 1; k >= 0; k--) {
      const fresh = kept.exitFresh[k]!;
      const span = { start: fresh.span.start + delta, end: fresh.span.end + delta };
      horizon = { year: fresh.year, level: fresh.level, span, fields: { horizon: fresh.year, horizonSource: "text", horizonSpan: span }, until: fresh.until + delta, outer: horizon };
    }
    return { horizon, softReturnFirst: kept.softReturnFirst === null ? null : movedFirst(kept.softReturnFirst, delta) };
  }

  /**
   * Keeps the reading of `plan.lines[index]` just made: the targets from `firstOfLine` on, the
   * horizons from `horizonsFrom` on, the year label at `yearLabel` (or -1), the horizon in force
   * before and after it, and the line's first target as softReturns.ts read it (or null). A line
   * whose reading reached past what the key holds is not kept.
   */
  remember(index: number, entering: HorizonState | null, exit: HorizonState | null, firstOfLine: number, horizonsFrom: number, yearLabel: number, softReturnFirst: SoftReturnFirst | null): void {
    const line = this.plan.lines[index]!;
    if (!this.bounded(line)) return;
    const context = this.context;
    const item = context.item;
    const chain = chainOf(entering);
    const horizonKey = keyOfChain(chain, line.start);
    if (horizonKey === null) return;
    const extraction = this.extraction;
    const lineTargets = extraction.targets.slice(firstOfLine);
    const targets: PlanTarget[] = [];
    const sources: number[] = [];
    const wholes: number[] = [];
    for (const target of lineTargets) {
      // Every target takes its line's item, path and model target; one that does not is not kept.
      if (target.item !== item || target.start < line.start || target.end > line.end) return;
      if (target.source !== null && this.modelTargets.get(target.source.valueSpan.start) !== target.source) return;
      const whole = target.whole === null ? -1 : lineTargets.indexOf(target.whole);
      if (target.whole !== null && whole < 0) return;
      wholes.push(whole);
      sources.push(target.source === null ? -1 : target.source.valueSpan.start - line.start);
      targets.push(keptCopy(target));
    }
    // The horizon in force after the line: the ones the line opened, over one it was given.
    const exitFresh: Array<Pick<HorizonState, "year" | "level" | "span" | "until">> = [];
    let node = exit;
    while (node !== null && !chain.includes(node)) {
      if (!ownFields(node)) return;
      exitFresh.push({ year: node.year, level: node.level, span: { start: node.span.start, end: node.span.end }, until: node.until });
      node = node.outer;
    }
    const horizons: Array<Span & { year: number }> = [];
    for (let k = horizonsFrom; k < extraction.horizons.length; k++) {
      const entry = extraction.horizons[k]!;
      horizons.push({ start: entry.start, end: entry.end, year: entry.year });
    }
    const needed = this.lookahead(line, lineTargets);
    KEPT.remember(true, line, {
      inputs: this.inputs,
      start: line.start,
      needed,
      following: this.following(index, needed),
      itemLevel: item === null ? -1 : item.level,
      itemLine: item !== null && item.line === line,
      inGoals: context.askedInGoals,
      inBoxProse: context.askedInBoxProse,
      inBaseline: context.askedInBaseline,
      horizonKey,
      modelStarts: this.modelStartsIn(line),
      targets,
      sources,
      wholes,
      horizons,
      yearLabel,
      exitFresh,
      exitDepth: node === null ? -1 : chain.indexOf(node),
      softReturnFirst: softReturnFirst === null ? null : { indicator: detached(softReturnFirst.indicator), indicatorSpan: softReturnFirst.indicatorSpan, valueSpan: softReturnFirst.valueSpan, comparator: detached(softReturnFirst.comparator) },
    });
  }

  /**
   * Whether every reading of the line stops at its own line breaks: it ends in `\n` (or the text)
   * and follows one (a lone `\r` is read on, pastStatements.ts, and a reading back stops at `\n`).
   */
  private bounded(line: LineNode): boolean {
    const text = this.plan.text;
    return (line.start === 0 || text.charCodeAt(line.start - 1) === 0x0a) && (line.end === text.length || text.charCodeAt(line.end - 1) === 0x0a);
  }

  /**
   * How many characters past its end the readings of `line` may have looked at: LOOKAHEAD where a
   * reading looked on from a place on the line — a target, a grammar's target, horizon or
   * placeholder — and none for a line with none (its text runs are read alone, textReadings.ts).
   */
  private lookahead(line: LineNode, targets: readonly PlanTarget[]): number {
    if (targets.length > 0) return LOOKAHEAD;
    for (const part of inlinePartsOf(line)) if (part.type === "target" || part.type === "horizon" || part.type === "placeholder") return LOOKAHEAD;
    return 0;
  }

  /** The nodes of the lines after `plan.lines[index]` that hold the `needed` characters after it (fewer at the text's end). */
  private following(index: number, needed: number): LineNode[] {
    const lines = this.plan.lines;
    const end = lines[index]!.end;
    if (needed === 0) return NO_LINES;
    const nodes: LineNode[] = [];
    for (let k = index + 1; k < lines.length; k++) {
      nodes.push(lines[k]!);
      if (lines[k]!.end - end >= needed) break;
    }
    return nodes;
  }

  private sameFollowing(kept: KeptLine, index: number): boolean {
    if (kept.needed === 0) return true;
    const lines = this.plan.lines;
    const count = kept.following.length;
    if (index + 1 + count > lines.length) return false;
    for (let k = 0; k < count; k++) if (lines[index + 1 + k] !== kept.following[k]) return false;
    // Kept short of what is needed only at the text's end: it must end there still.
    const last = count === 0 ? lines[index]! : kept.following[count - 1]!;
    return last.end - lines[index]!.end >= kept.needed || index + 1 + count === lines.length;
  }

  /** The value starts of the model's targets on `line`, relative to its start. */
  private modelStartsIn(line: LineNode): number[] {
    const starts = this.modelStarts;
    const found: number[] = [];
    for (let k = lowerBound(starts, line.start); k < starts.length && starts[k]! < line.end; k++) found.push(starts[k]! - line.start);
    return found;
  }

  private sameModelTargets(kept: KeptLine, line: LineNode): boolean {
    const starts = this.modelStarts;
    let k = lowerBound(starts, line.start);
    for (const start of kept.modelStarts) if (starts[k++] !== start + line.start) return false;
    return k >= starts.length || starts[k]! >= line.end;
  }
}

/** What a line's reading returns where it was kept: the horizon in force after it, and its first target as softReturns.ts reads it. */
export interface Replayed {
  horizon: HorizonState | null;
  softReturnFirst: SoftReturnFirst | null;
}

/** The line has no kept reading for its inputs: read it. */
export const MISSED = Symbol("missed");

/** What softReturns.ts reads of a line's first target, as it was before the line's names were settled (nameParts, nameElided). */
export type SoftReturnFirst = Pick<PlanTarget, "indicator" | "indicatorSpan" | "valueSpan" | "comparator">;

/**
 * How far past its line's end a reading may look. Every look past a place on the line reads a
 * window from there: a range's, a unit's or a placeholder's tail (16 characters), a note after
 * the figure (32 from its bracket), the next figure of a 分别 list (24), the words after a horizon
 * (24), a scoring rule's points (16). A target that ends past its line (a tail or a figure read
 * there) is not kept, so no window starts past the line's end; 48 leaves a margin over 32.
 */
const LOOKAHEAD = 48;

const NO_PATH: string[] = [];
const NO_LINES: LineNode[] = [];

/** The kept readings of every analysis's lines (one process-wide memo: a node met again is the same line). */
const KEPT = new NodeMemo<LineNode, KeptLine>();

interface KeptLine {
  inputs: PlanInputs;
  /** The line's start when it was read: what its offsets are relative to. */
  start: number;
  /** How many characters past the line's end its readings may have looked at (lookahead). */
  needed: number;
  /** The nodes of the lines that hold them. */
  following: LineNode[];
  itemLevel: number;
  itemLine: boolean;
  inGoals: boolean | null;
  inBoxProse: boolean | null;
  inBaseline: boolean | null;
  horizonKey: number[];
  modelStarts: number[];
  targets: PlanTarget[];
  /** Per target, the value start of its model target relative to the line's start, or -1. */
  sources: number[];
  /** Per target, the index of its whole among the line's targets, or -1. */
  wholes: number[];
  horizons: Array<Span & { year: number }>;
  yearLabel: number;
  /** The horizons the line opened that are in force after it, innermost first, over `exitDepth` of the chain it was given (-1: none). */
  exitFresh: Array<Pick<HorizonState, "year" | "level" | "span" | "until">>;
  exitDepth: number;
  softReturnFirst: SoftReturnFirst | null;
}

/** What every line's reading of a plan shares; one object while they stay the same, so that a line compares it by identity. */
interface PlanInputs {
  registry: UnitRegistry;
  referenceYear: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  annual: boolean;
  title: string | undefined;
}

let lastInputs: PlanInputs | null = null;

function planInputs(registry: UnitRegistry, referenceYear: number | null, period: PlanPeriod | null, title: string | undefined): PlanInputs {
  const last = lastInputs;
  if (
    last !== null &&
    last.registry === registry &&
    last.referenceYear === referenceYear &&
    last.periodFrom === (period?.from ?? null) &&
    last.periodTo === (period?.to ?? null) &&
    last.annual === (period?.annual === true) &&
    last.title === title
  ) {
    return last;
  }
  // The title a detached copy: a slice of the plan's text would keep that version of it alive.
  return (lastInputs = { registry, referenceYear, periodFrom: period?.from ?? null, periodTo: period?.to ?? null, annual: period?.annual === true, title: title === undefined ? undefined : detached(title) });
}

/** The horizon chain, innermost first. */
function chainOf(horizon: HorizonState | null): HorizonState[] {
  const chain: HorizonState[] = [];
  for (let node = horizon; node !== null; node = node.outer) chain.push(node);
  return chain;
}

/** Whether a horizon's fields are the ones extract.ts's openHorizon gives it (the only maker of horizons). */
function ownFields(node: HorizonState): boolean {
  return node.fields.horizon === node.year && node.fields.horizonSource === "text" && node.fields.horizonSpan === node.span;
}

/** The chain as numbers relative to the line's start: year, level, span and scope's end of each; null where a horizon's fields are not its own. */
function keyOfChain(chain: readonly HorizonState[], lineStart: number): number[] | null {
  const key: number[] = [];
  for (const node of chain) {
    if (!ownFields(node)) return null;
    key.push(node.year, node.level, node.span.start - lineStart, node.span.end - lineStart, node.until - lineStart);
  }
  return key;
}

function sameChain(key: readonly number[], chain: readonly HorizonState[], lineStart: number): boolean {
  if (key.length !== chain.length * 5) return false;
  for (let k = 0; k < chain.length; k++) {
    const node = chain[k]!;
    const at = k * 5;
    if (key[at] !== node.year || key[at + 1] !== node.level || key[at + 2] !== node.span.start - lineStart || key[at + 3] !== node.span.end - lineStart || key[at + 4] !== node.until - lineStart || !ownFields(node)) return false;
  }
  return true;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function moved(span: Span | null, delta: number): Span | null {
  return span === null ? null : { start: span.start + delta, end: span.end + delta };
}

/** What softReturns.ts reads of a line's first target, copied as it stands now. */
export function softReturnFirstOf(target: PlanTarget): SoftReturnFirst {
  return movedFirst(target, 0);
}

const copied = (span: Span): Span => ({ start: span.start, end: span.end });

/**
 * A target as kept: no item, path or model target (they would keep that analysis's model alive),
 * and its words detached copies (a slice of the plan's text would keep that version of it alive).
 */
function keptCopy(target: PlanTarget): PlanTarget {
  const kept = placedCopy(target, target.start, target.end, copied, NO_PATH, null, null);
  kept.indicator = detached(target.indicator);
  kept.comparator = detached(target.comparator);
  kept.valueText = detached(target.valueText);
  kept.unit = detached(target.unit);
  kept.qualifier = detached(target.qualifier);
  kept.unpaired = detached(target.unpaired);
  kept.baseUnit = detached(target.baseUnit);
  return kept;
}

function movedFirst(first: SoftReturnFirst, delta: number): SoftReturnFirst {
  return { indicator: first.indicator, indicatorSpan: moved(first.indicatorSpan, delta), valueSpan: moved(first.valueSpan, delta), comparator: first.comparator };
}
