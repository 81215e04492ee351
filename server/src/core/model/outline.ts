import type { ItemLineNode, LineNode } from "../syntax/cst.js";
import { headingTextOf } from "./inline.js";
import { toNumberMarker } from "./markers.js";
import type { NumberedItem } from "./types.js";

export interface Outline {
  roots: NumberedItem[];
  all: NumberedItem[];
}

/**
 * Nests numbered items by level: （一） under 一、, 1. under （一） (or directly under 一、 when no
 * level-2 item intervenes), （1） under 1., and `——` entries inside the current item. A level
 * that skips is attached to the nearest open ancestor; reporting it is the numbering rules' job.
 */
export function buildOutline(lines: readonly LineNode[], text: string): Outline {
  const roots: NumberedItem[] = [];
  const all: NumberedItem[] = [];
  const open: NumberedItem[] = [];
  let current: NumberedItem | null = null;

  for (const line of lines) {
    if (line.kind === "item" || line.kind === "list") {
      const item = newItem(line, text);
      while (open.length > 0 && open[open.length - 1]!.level >= item.level) open.pop();
      const parent = open[open.length - 1] ?? null;
      item.parent = parent;
      (parent ? parent.children : roots).push(item);
      open.push(item);
      all.push(item);
      current = item;
    } else if (line.kind === "text" && current) {
      current.bodyLines.push(line);
    }
    if (current && line.kind !== "blank" && line.kind !== "comment") {
      // An item ends where the last non-blank line of its subtree ends.
      for (const item of open) item.end = line.contentEnd;
    }
  }
  return { roots, all };
}

function newItem(line: ItemLineNode, text: string): NumberedItem {
  const heading = headingTextOf(line, text);
  const headingOnly = line.parts.every((part) => part.type === "comment" || text.slice(part.start, part.end).trim() === "");
  return {
    kind: line.kind === "list" ? "list" : "item",
    level: line.marker.level,
    marker: toNumberMarker(line.marker),
    heading,
    headingOnly,
    line,
    bodyLines: [],
    parent: null,
    children: [],
    clauses: [],
    targets: [],
    citations: [],
    annotations: [],
    deadlines: [],
    start: line.indentEnd,
    end: line.contentEnd,
  };
}
