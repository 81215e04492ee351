import { analyze } from "../../server/src/core/analyze";
import { PositionMapper } from "../../server/src/core/text/positions";

/** The outline levels whose markers a copy may lose: 一、 （一） 1. （1）. */
export type MarkerLevel = 1 | 2 | 3 | 4;

const LEVEL_MARKERS: Record<MarkerLevel, string> = {
  1: "[一二三四五六七八九十]+、",
  2: "[（(][一二三四五六七八九十]+[）)]",
  // Not a decimal or a year: 1.5亿元, 2025年 stay.
  3: "[0-9０-９]{1,2}[.．、](?![0-9０-９])",
  4: "[（(][0-9０-９]{1,2}[）)]",
};

/**
 * `text` as a web page that renders Word's automatic numbering with CSS gives it on copy: the
 * markers of the given levels gone from the start of every line (after its indentation, and the
 * spaces after the marker with it), every other character and every line where it was.
 */
export function stripMarkers(text: string, levels: readonly MarkerLevel[]): string {
  const marker = new RegExp(`^([ \\t\\u3000]*)(?:${levels.map((level) => LEVEL_MARKERS[level]).join("|")})[ \\t\\u3000]*`, "u");
  return text
    .split("\n")
    .map((line) => line.replace(marker, "$1"))
    .join("\n");
}

/** Each item of a plan (not the —— list entries) as `line:level`, attachments' included. */
export function outlineItems(text: string): string[] {
  const { plan } = analyze(text);
  const mapper = new PositionMapper(text);
  return plan.allItems.filter((item) => item.kind === "item").map((item) => `${mapper.positionAt(item.marker.start).line}:${item.level}`);
}

/**
 * How much of the outline a copy without the markers of `levels` keeps: the share of the original's
 * items read at their line and level (recall), and the share of the stripped copy's items that
 * are the original's (precision: a sentence read as a heading counts against it).
 */
export function recovery(text: string, levels: readonly MarkerLevel[]): { recall: number; precision: number } {
  const original = outlineItems(text);
  const stripped = outlineItems(stripMarkers(text, levels));
  const originalSet = new Set(original);
  const strippedSet = new Set(stripped);
  return {
    recall: original.filter((item) => strippedSet.has(item)).length / original.length,
    precision: stripped.length === 0 ? 1 : stripped.filter((item) => originalSet.has(item)).length / stripped.length,
  };
}
