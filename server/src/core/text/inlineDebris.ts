import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument, Span } from "../model/types.js";
import { FIELD, MAY_HAVE_FIELD } from "./fieldCodes.js";
import { HTML_MARKUP, MAY_HAVE_HTML } from "./htmlMarkup.js";
import { partitionPoint } from "./sorted.js";

/**
 * Where a copy left code inside the plan's words: Word's field codes (`{ PAGE \* MERGEFORMAT }`,
 * text/field-code) and web pages' tags (`<p>`, text/html-markup), in document order. Those rules
 * report and delete them; read as words, a field code inside a responsibility clause was four
 * unknown units (市{, PAGE, \*, MERGEFORMAT) and units/separator's fix turned its spaces into 、,
 * after which no rule knew it for a code. Entities (`&nbsp;`) are not here: they stand for a
 * character, which the unit rules read as it stands. Made once per plan, and only where the text
 * holds what every such code contains.
 */
export function inlineDebris(plan: PlanDocument): readonly Span[] {
  let spans = read.get(plan);
  if (spans === undefined) read.set(plan, (spans = debrisOf(plan.text)));
  return spans;
}

const read = new PlanMemo<readonly Span[]>();
const NONE: readonly Span[] = [];

function debrisOf(text: string): readonly Span[] {
  const fields = MAY_HAVE_FIELD.test(text);
  const html = MAY_HAVE_HTML.test(text);
  if (!fields && !html) return NONE;
  const spans: Span[] = [];
  if (fields) {
    FIELD.lastIndex = 0;
    for (let hit = FIELD.exec(text); hit !== null; hit = FIELD.exec(text)) spans.push({ start: hit.index, end: hit.index + hit[0].length });
  }
  if (html) {
    HTML_MARKUP.lastIndex = 0;
    // Tags only (group 1): an entity stands for a character.
    for (let hit = HTML_MARKUP.exec(text); hit !== null; hit = HTML_MARKUP.exec(text)) if (hit[1] !== undefined) spans.push({ start: hit.index, end: hit.index + hit[0].length });
  }
  return spans.length === 0 ? NONE : spans.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps one of the spans (sorted by start, not overlapping each other). */
export function overlapsDebris(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length === 0) return false;
  const at = partitionPoint(spans.length, (i) => spans[i]!.end <= start);
  return at < spans.length && spans[at]!.start < end;
}

/**
 * `report` without what falls on a copy's code (inlineDebris): a rule that reads words in a list
 * says nothing of a field code or a tag among them, which their own rules report and delete.
 */
export function outsideDebris<F extends Span>(plan: PlanDocument, report: (finding: F) => void): (finding: F) => void {
  const spans = inlineDebris(plan);
  return spans.length === 0 ? report : (finding) => (overlapsDebris(spans, finding.start, finding.end) ? undefined : report(finding));
}
