import { analyze, type AnalysisOptions } from "../analyze.js";
import type { Finding, TextEdit } from "../rules/types.js";

/**
 * Applies edits to a text. Edits that overlap an earlier-chosen edit are skipped (they are
 * re-evaluated in the next pass of `fixAll`), so an edit never changes text another edit moved.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const chosen: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const previous = chosen[chosen.length - 1];
    if (previous && edit.start < previous.end) continue;
    if (previous && edit.start === previous.start && edit.end === previous.start && previous.end === previous.start) continue;
    chosen.push(edit);
  }
  let result = "";
  let position = 0;
  for (const edit of chosen) {
    result += text.slice(position, edit.start) + edit.newText;
    position = edit.end;
  }
  return { text: result + text.slice(position), applied: chosen.length };
}

/** Applies a finding's fix only when all its edits can be applied together. */
function fixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const overlaps = fix.edits.some((edit) => taken.some((other) => edit.start < other.end && other.start < edit.end));
    if (overlaps) continue;
    taken.push(...fix.edits);
    edits.push(...fix.edits);
  }
  return edits;
}

/**
 * `plancheck --fix`: applies every safe fix, re-analysing after each pass until nothing fixable
 * remains (or a pass changes nothing). Idempotent: fixing fixed text changes nothing.
 */
export function fixAll(
  text: string,
  options: AnalysisOptions = {},
  maxPasses = 10,
  /** Which findings' fixes to apply (`plancheck --fix-type units`); all by default. */
  accept: (finding: Finding) => boolean = () => true,
): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { findings } = analyze(current, options);
    const edits = fixEdits(findings.filter(accept));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next.text === current) break;
    fixed += next.applied;
    current = next.text;
  }
  return { text: current, fixed };
}
