import type { ClauseSegmentNode, UnitNameNode } from "../syntax/cst.js";

/**
 * Text the grammar reads joined from stretches of the document that lines not its own stand
 * between (a clause a line break or a page's edge cut: model/clauseReading.ts; a 分工表 cell a page
 * cut: model/pageCutRows.ts), and the way back from the joined text's offsets to the document's,
 * so that every span the model keeps is the text's own.
 */

/** A stretch of the document in the joined text: `length` code units from `at`, placed at `joined`. */
export interface Piece {
  at: number;
  joined: number;
  length: number;
}

/** Where the character at `offset` of the joined text is in the document (a span's start). */
export function startIn(pieces: readonly Piece[], offset: number): number {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    if (offset >= piece.joined) return piece.at + Math.min(offset - piece.joined, piece.length);
  }
  return pieces[0]!.at;
}

/** Where a span of the joined text that ends at `offset` ends in the document: after its last character. */
export function endIn(pieces: readonly Piece[], offset: number): number {
  return offset <= 0 ? pieces[0]!.at : startIn(pieces, offset - 1) + 1;
}

/** A group of names read on the joined text, its offsets where its characters are in the document (a name's text stays the joined one). */
export function placedSegment(segment: ClauseSegmentNode, pieces: readonly Piece[]): ClauseSegmentNode {
  const from = (offset: number) => startIn(pieces, offset);
  const to = (offset: number) => endIn(pieces, offset);
  const name = (unit: UnitNameNode): UnitNameNode => ({ text: unit.text, start: from(unit.start), end: to(unit.end) });
  return {
    label: segment.label,
    labelStart: from(segment.labelStart),
    colon: segment.colon,
    names: segment.names.map(name),
    etc: segment.etc === null ? null : { start: from(segment.etc.start), end: to(segment.etc.end) },
    end: to(segment.end),
    role: segment.role,
  };
}
