import type { PlanPart } from "./types.js";
import type { Span } from "../syntax/cst.js";

/**
 * Each part's span with the parts that divide it (第一章 with its 第一节 and 第二节). The model's
 * part ends where the next part's heading starts, whatever that part's rank, so a 章 whose text
 * is all in 节 spans its heading alone; the outline and folding show the 章 holding its 节,
 * and an editor finds a symbol's children inside its range.
 */
export function partExtents(parts: readonly PlanPart[]): Map<PlanPart, Span> {
  const extents = new Map<PlanPart, Span>();
  for (const part of parts) extents.set(part, { start: part.start, end: part.end });
  for (const part of parts) {
    for (let within = part.within; within !== null; within = within.within) {
      const extent = extents.get(within);
      if (extent !== undefined && extent.end < part.end) extent.end = part.end;
    }
  }
  return extents;
}
