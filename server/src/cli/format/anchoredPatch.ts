import type { StructuredPatch, StructuredPatchHunk } from "diff";

type DiffLibrary = typeof import("diff");

/** Lines of context around a change, as `diff -u` and git write. */
const CONTEXT = 3;
/**
 * The most line edits the library's diff (Myers: time grows with the lines times the edits) may
 * find in one piece before the piece is written as a plain replacement instead.
 */
const MAX_EDITS = 200;

/**
 * The unified diff of two texts, for `--fix-dry-run`, in time linear in their length. The
 * library's diff of whole texts costs their lines times the lines changed: a 1 MB plan with a
 * thousand fixes took minutes. The texts are cut where they certainly agree — in the middle of a
 * run of at least 2 × CONTEXT + 1 equal lines around a line each text has once (patience
 * diff's anchors, kept in order) — so no hunk could span the cut; each piece is diffed by the
 * library, its hunks moved to their places. A piece with more than MAX_EDITS edits (a run of
 * lines that all changed, 1,000 `1.` lines renumbered) is written as its changed lines replaced.
 */
export function anchoredPatch(library: DiffLibrary, oldFileName: string, newFileName: string, before: string, after: string): StructuredPatch {
  const oldLines = linesOf(before);
  const newLines = linesOf(after);
  const hunks: StructuredPatchHunk[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  const piece = (oldTo: number, newTo: number) => {
    hunks.push(...pieceHunks(library, oldLines, newLines, oldFrom, oldTo, newFrom, newTo));
    oldFrom = oldTo;
    newFrom = newTo;
  };
  for (const run of equalRuns(oldLines, newLines)) {
    if (run.length < 2 * CONTEXT + 1) continue;
    const half = run.length >> 1;
    piece(run.oldStart + half, run.newStart + half);
  }
  piece(oldLines.length, newLines.length);
  return { oldFileName, newFileName, oldHeader: "", newHeader: "", hunks };
}

/** A text's lines with their line ends, as the library diffs them (the last may have none). */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

interface EqualRun {
  oldStart: number;
  newStart: number;
  length: number;
}

/**
 * Runs of equal lines in both texts, in order: each grown both ways from a line that each text
 * has exactly once, taking those lines in the longest order both texts agree on.
 */
function equalRuns(oldLines: readonly string[], newLines: readonly string[]): EqualRun[] {
  const counts = new Map<string, { old: number; new: number; at: number }>();
  oldLines.forEach((line) => {
    const count = counts.get(line);
    if (count) count.old++;
    else counts.set(line, { old: 1, new: 0, at: -1 });
  });
  newLines.forEach((line, at) => {
    const count = counts.get(line);
    if (count) {
      count.new++;
      count.at = at;
    }
  });
  const pairs: Array<[number, number]> = [];
  oldLines.forEach((line, at) => {
    const count = counts.get(line)!;
    if (count.old === 1 && count.new === 1) pairs.push([at, count.at]);
  });
  const runs: EqualRun[] = [];
  let oldEnd = 0;
  let newEnd = 0;
  for (const [oldAt, newAt] of inOrder(pairs)) {
    if (oldAt < oldEnd || newAt < newEnd) continue;
    let oldStart = oldAt;
    let newStart = newAt;
    while (oldStart > oldEnd && newStart > newEnd && oldLines[oldStart - 1] === newLines[newStart - 1]) {
      oldStart--;
      newStart--;
    }
    let length = oldAt - oldStart;
    while (oldStart + length < oldLines.length && newStart + length < newLines.length && oldLines[oldStart + length] === newLines[newStart + length]) length++;
    runs.push({ oldStart, newStart, length });
    oldEnd = oldStart + length;
    newEnd = newStart + length;
  }
  return runs;
}

/** The longest subsequence of pairs (ordered by their first) whose seconds increase: patience sorting, n log n. */
function inOrder(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, second], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]![1] < second) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const chosen: Array<[number, number]> = [];
  for (let index = tails.length > 0 ? tails[tails.length - 1]! : -1; index >= 0; index = previous[index]!) chosen.push(pairs[index]!);
  return chosen.reverse();
}

/** The hunks of one piece, numbered as lines of the whole texts. */
function pieceHunks(library: DiffLibrary, oldLines: readonly string[], newLines: readonly string[], oldFrom: number, oldTo: number, newFrom: number, newTo: number): StructuredPatchHunk[] {
  const before = oldLines.slice(oldFrom, oldTo).join("");
  const after = newLines.slice(newFrom, newTo).join("");
  if (before === after) return [];
  const patch = library.structuredPatch("", "", before, after, "", "", { context: CONTEXT, maxEditLength: MAX_EDITS });
  const hunks = patch ? patch.hunks : [replacementHunk(oldLines.slice(oldFrom, oldTo), newLines.slice(newFrom, newTo))];
  return hunks.map((hunk) => ({ ...hunk, oldStart: hunk.oldStart + oldFrom, newStart: hunk.newStart + newFrom }));
}

/** A piece whose lines changed too much to diff, as one hunk: its changed lines out, the new ones in. */
function replacementHunk(oldLines: readonly string[], newLines: readonly string[]): StructuredPatchHunk {
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
  let suffix = 0;
  while (suffix < oldLines.length - prefix && suffix < newLines.length - prefix && oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]) suffix++;
  const start = prefix - Math.min(CONTEXT, prefix);
  const end = Math.min(CONTEXT, suffix);
  const lines: string[] = [];
  const add = (mark: string, line: string) => {
    const ended = line.endsWith("\n");
    lines.push(mark + (ended ? line.slice(0, -1) : line));
    if (!ended) lines.push("\\ No newline at end of file");
  };
  for (const line of oldLines.slice(start, prefix)) add(" ", line);
  for (const line of oldLines.slice(prefix, oldLines.length - suffix)) add("-", line);
  for (const line of newLines.slice(prefix, newLines.length - suffix)) add("+", line);
  for (const line of oldLines.slice(oldLines.length - suffix, oldLines.length - suffix + end)) add(" ", line);
  return {
    oldStart: start + 1,
    oldLines: oldLines.length - suffix + end - start,
    newStart: start + 1,
    newLines: newLines.length - suffix + end - start,
    lines,
  };
}
