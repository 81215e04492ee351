import type { LineNode } from "../../syntax/cst.js";
import { partitionPoint } from "../../text/sorted.js";
import type { TextEdit } from "../types.js";

/**
 * One deletion per run of the given lines (blank lines between them included), with their line
 * ends. The blank lines after a run go too when the run starts the document or follows a blank
 * line, so that no doubled gap is left where the lines were.
 *
 * Each doomed line is found among the plan's by its start, and the walk goes only over the runs
 * and the blank lines beside them: a walk over every line of the plan per finding made a paste
 * with 20,000 review balloons take half a minute.
 */
export function lineDeletions(lines: readonly LineNode[], doomedLines: readonly LineNode[]): TextEdit[] {
  const doomed = new Set(doomedLines);
  const places: number[] = [];
  for (const line of doomed) {
    const place = placeOf(lines, line);
    if (place >= 0) places.push(place);
  }
  places.sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  let next = 0;
  while (next < places.length) {
    const runStart = places[next]!;
    let runEnd = runStart;
    for (let j = runStart + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (doomed.has(line)) runEnd = j;
      else if (line.kind !== "blank") break;
    }
    const before = lines[runStart - 1];
    let end = runEnd;
    if (!before || before.kind === "blank") {
      while (end + 1 < lines.length && lines[end + 1]!.kind === "blank" && end + 2 < lines.length) end++;
    }
    edits.push({ start: lines[runStart]!.start, end: lines[end]!.end, newText: "" });
    while (next < places.length && places[next]! <= end) next++;
  }
  return edits;
}

/** Where `line` stands in `lines` (in document order), or -1 when it is none of them. */
function placeOf(lines: readonly LineNode[], line: LineNode): number {
  for (let place = partitionPoint(lines.length, (i) => lines[i]!.start < line.start); place < lines.length && lines[place]!.start === line.start; place++) {
    if (lines[place] === line) return place;
  }
  return -1;
}
