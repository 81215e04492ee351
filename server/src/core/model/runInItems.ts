import type { LineNode } from "../syntax/cst.js";
import { lineAt } from "../syntax/parse.js";
import { trimSpacesEnd } from "../text/spaces.js";
import type { RunInLine } from "./types.js";

/**
 * Tasks a paste ran together on one line, the line break between them lost (a web page's
 * paragraphs, a PDF's lines joined): `……〔责任单位：市工信局、市科技局〕（二）加强标准建设。……` or
 * `……（市工信局、市科技局负责）2.推进……`. Left as one line, （二） would be part of the task before
 * it: the outline, the units report and coverage would give （一） both tasks' clauses and lose
 * （二）. Which markers inside a line start items is numbering/inlineMarkers.ts's decision, the
 * one structure/flattened reports (a place where a paragraph could end, and the number the
 * sequence is due there), so that prose naming `（二）` is never cut; the model then reads each
 * stretch from such a marker as the line it begins.
 *
 * Each stretch is read by the grammar in place (syntax/parse.ts `lineAt`): every offset stays
 * the text's own, and the findings point at the text as written. A stretch ends where the
 * next begins (before the spaces ahead of its marker, as structure/flattened's fix puts the
 * line break there) with no terminator; the last keeps the line's. The syntax tree is left as
 * it is (it is shared with the incremental parser): the split lines replace the line in the
 * list the model reads (model/reading.ts reads them as it reads any line).
 */
export function splitRunIns(lines: readonly LineNode[], runIns: readonly RunInLine[], text: string): LineNode[] {
  const byStart = new Map<number, RunInLine>();
  for (const runIn of runIns) byStart.set(runIn.line.start, runIn);
  const split: LineNode[] = [];
  for (const line of lines) {
    const runIn = byStart.get(line.start);
    const stretches = runIn === undefined ? null : stretchesOf(line, runIn, text);
    if (stretches === null) split.push(line);
    else for (const stretch of stretches) split.push(stretch);
  }
  return split;
}

/** The line read as its stretches, or null where one of them does not read (never expected: the whole line is kept then). */
function stretchesOf(line: LineNode, runIn: RunInLine, text: string): LineNode[] | null {
  const cuts = [line.start];
  for (const marker of runIn.markers) {
    const cut = trimSpacesEnd(text, line.indentEnd, marker.start);
    if (cut > cuts[cuts.length - 1]! && marker.start < line.contentEnd) cuts.push(cut);
  }
  if (cuts.length === 1) return null;
  const stretches: LineNode[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const last = i === cuts.length - 1;
    const stretch = lineAt(text, cuts[i]!, last ? line.contentEnd : cuts[i + 1]!);
    if (stretch === null) return null;
    if (last) {
      stretch.end = line.end;
      stretch.eol = line.eol;
    }
    stretches.push(stretch);
  }
  return stretches;
}
