import type { ItemLineNode, LineNode } from "../syntax/cst.js";
import { isAttachmentLabel } from "./attachments.js";
import { headingTextOf } from "./inline.js";
import { doubledMarkAfter, toNumberMarker } from "./markers.js";
import { appended, NO_ENTRIES } from "./itemLists.js";
import { isHeadingLike, lineText } from "./prelude.js";
import type { Attachment, NumberedItem } from "./types.js";
import { isBlankBetween } from "../text/spaces.js";

export interface Outline {
  roots: NumberedItem[];
  all: NumberedItem[];
  attachments: Attachment[];
}

/**
 * Nests numbered items by level: （一） under 一、, 1. under （一） (or directly under 一、 when no
 * level-2 item intervenes), （1） under 1., and `——` entries inside the current item. A level
 * that skips is attached to the nearest open ancestor; reporting it is the numbering rules' job.
 * An attachment label (`附件1`) after the plan's first item starts the attachment's own outline:
 * nothing stays open across it.
 */
export function buildOutline(lines: readonly LineNode[], text: string): Outline {
  const roots: NumberedItem[] = [];
  const all: NumberedItem[] = [];
  const attachments: Attachment[] = [];
  const open: NumberedItem[] = [];
  let current: NumberedItem | null = null;
  let attachment: Attachment | null = null;

  for (const line of lines) {
    // A printed page's number (model/reading.ts) belongs to no item and ends none.
    if (line.kind === "text" && line.textKind === "pageNumber") continue;
    if (all.length > 0 && isAttachmentLabel(line, text)) {
      attachment = { label: { text: lineText(line, text), start: line.indentEnd, end: line.contentEnd }, title: null, items: [], start: line.indentEnd, end: line.contentEnd };
      attachments.push(attachment);
      open.length = 0;
      current = null;
      continue;
    }
    if (line.kind === "item" || line.kind === "list") {
      const item = newItem(line, text);
      while (open.length > 0 && open[open.length - 1]!.level >= item.level) open.pop();
      const parent = open[open.length - 1] ?? null;
      item.parent = parent;
      item.attachment = attachment;
      if (parent) parent.children = appended(parent.children, item);
      else (attachment ? attachment.items : roots).push(item);
      open.push(item);
      all.push(item);
      current = item;
    } else if (line.kind === "text" && current) {
      current.bodyLines = appended(current.bodyLines, line);
    } else if (attachment && !attachment.title && attachment.items.length === 0 && isHeadingLike(line, text)) {
      attachment.title = { text: lineText(line, text), start: line.indentEnd, end: line.contentEnd };
    }
    if (line.kind !== "blank" && line.kind !== "comment") {
      // An item ends where the last non-blank line of its subtree ends; an attachment likewise.
      for (const item of open) item.end = line.contentEnd;
      if (attachment) attachment.end = line.contentEnd;
    }
  }
  return { roots, all, attachments };
}

function newItem(line: ItemLineNode, text: string): NumberedItem {
  const marker = toNumberMarker(line.marker, doubledMarkAfter(line, text));
  const heading = headingTextOf(line, text);
  if (marker.doubled && heading.start < marker.doubled.end) {
    // The doubled mark is the marker's defect, not the heading's first character.
    const start = Math.min(marker.doubled.end, heading.end);
    heading.text = text.slice(start, heading.end);
    heading.start = start;
  }
  const headingOnly = line.parts.every((part) => part.type === "comment" || isBlankBetween(text, part.start, part.end));
  return {
    kind: line.kind === "list" ? "list" : "item",
    level: line.marker.level,
    marker,
    heading,
    headingOnly,
    line,
    bodyLines: NO_ENTRIES,
    parent: null,
    children: NO_ENTRIES,
    attachment: null,
    clauses: NO_ENTRIES,
    targets: NO_ENTRIES,
    citations: NO_ENTRIES,
    annotations: NO_ENTRIES,
    deadlines: NO_ENTRIES,
    start: line.indentEnd,
    end: line.contentEnd,
  };
}

/**
 * The item each line belongs to (its own line or one of its body lines), asked line by line in
 * document order: items and their body lines are in document order, so one cursor answers in
 * constant time where a map of every line was the largest structure of a large plan's model.
 */
export class LineOwners {
  private next = 0;
  private current: NumberedItem | null = null;
  private body = 0;

  constructor(private readonly items: readonly NumberedItem[]) {}

  /** The owner of `line`, or null; lines are asked in document order, skipping none of the items' own or body lines. */
  ownerOf(line: LineNode): NumberedItem | null {
    const candidate = this.items[this.next];
    if (candidate !== undefined && candidate.line === line) {
      this.next++;
      this.current = candidate;
      this.body = 0;
      return candidate;
    }
    const current = this.current;
    if (current !== null && current.bodyLines[this.body] === line) {
      this.body++;
      return current;
    }
    return null;
  }
}
