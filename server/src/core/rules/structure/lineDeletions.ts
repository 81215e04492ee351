import type { LineNode } from "../../syntax/cst.js";
import type { TextEdit } from "../types.js";

/**
 * One deletion per run of the given lines (blank lines between them included), with their line
 * ends. The blank lines after a run go too when the run starts the document or follows a blank
 * line, so that no doubled gap is left where the lines were.
 */
export function lineDeletions(lines: readonly LineNode[], doomed: ReadonlySet<LineNode>): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!doomed.has(lines[i]!)) {
      i++;
      continue;
    }
    const runStart = i;
    let runEnd = i;
    for (let j = i + 1; j < lines.length; j++) {
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
    i = end + 1;
  }
  return edits;
}
