import type { ClauseNode, InlineNode, ItemLineNode, LineNode, TargetNode } from "../syntax/cst.js";
import type { ResponsibilityClause, Target, UnitName } from "./types.js";
import { trimSpacesEnd } from "../text/spaces.js";

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
function lastInlinePartOf(line: LineNode): InlineNode | undefined {
  if (line.kind === "item" || line.kind === "list") return line.parts.length > 0 ? line.parts[line.parts.length - 1] : line.headingParts[line.headingParts.length - 1];
  if (line.kind === "text") return line.parts[line.parts.length - 1];
  return undefined;
}

/**
 * The model's clause shares the syntax tree's name nodes and arrays (never mutated by either):
 * a copy per clause was a tenth of the model's memory in a plan of one-line tasks.
 */
export function toResponsibilityClause(node: ClauseNode): ResponsibilityClause {
  const segments = node.segments.map((segment) => ({
    label: segment.label,
    labelSpan: segment.label ? { start: segment.labelStart, end: segment.labelStart + segment.label.length } : null,
    colon: segment.colon,
    units: segment.names,
    etc: segment.etc,
  }));
  return {
    form: node.form,
    start: node.start,
    end: node.end,
    open: node.open,
    close: node.close,
    segments,
    units: segments.length === 1 ? segments[0]!.units : ([] as UnitName[]).concat(...segments.map((segment) => segment.units)),
    item: null,
  };
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
