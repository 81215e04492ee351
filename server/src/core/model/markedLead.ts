import { Segment } from "./clauseSegment.js";
import type { ClauseSegment } from "./types.js";
import { setsGroupApart } from "../units/separators.js";

/**
 * A list that marks some of its units as leading (市发展改革委（牵头）、市工信局、市科技局; 市市场监管局牵头，
 * 市工信局、市科技局) says by that that the others do not lead: they support, as reviewers read
 * them (配合), and a list that marks two units 牵头 leads with both. So the groups of names under
 * one label (a clause's 责任单位, or none in the provincial form; a 分工表 cell's column) that have
 * no role word of their own and take the label's plain `responsible` support where another group
 * under it leads by a role word. A role stated for them (负责, 按职责分工负责, 负责落实) or a label
 * of their own (〔牵头单位：…；责任单位：…〕) is theirs and is kept; a list with no 牵头 marked
 * says nothing of who leads (leadsOf never takes the first for the lead).
 *
 * The lead's list ends where a drafter sets a group apart without a role word: a comma, a
 * semicolon or spaces with local governments or a collective on either side
 * (`市发展改革委（牵头）、市科技局，大唐街道办事处`, units/separators.ts `setsGroupApart`). The
 * names after such a break are a group of their own that states no role (as a role word after
 * them would be theirs alone, model/roleWordReach.ts): they do what the label says, not 配合. A
 * break right after a role word (`市市场监管局牵头，市工信局`) is where the role ends, not such a
 * group: the names after it are the lead's others.
 *
 * `written[i].role` is segment i's own role word as the syntax has it ("" for none). The
 * segments are the model's own, just made: their roles are set here, once. The result is
 * `segments` itself unless an unmarked group is cut at such a break (then a new array, the
 * group in its parts: the first keeps the label and its span, the last the 等).
 */
export function supportBesideMarkedLead(segments: ClauseSegment[], written: ReadonlyArray<{ readonly role: string }>, text: string): ClauseSegment[] {
  let out: ClauseSegment[] | null = null;
  for (let start = 0; start < segments.length; ) {
    let end = start + 1;
    // A label written again starts the next list (牵头单位：…；配合单位：…).
    while (end < segments.length && segments[end]!.label === "") end++;
    let marked = false;
    for (let i = start; i < end && !marked; i++) marked = written[i]!.role !== "" && segments[i]!.role === "lead";
    if (!marked) {
      out?.push(...segments.slice(start, end));
    } else {
      const parts = partsAtGroupBreaks(segments, written, start, end, text);
      if (parts === null) {
        for (let i = start; i < end; i++) if (written[i]!.role === "" && segments[i]!.role === "responsible") segments[i]!.role = "support";
        out?.push(...segments.slice(start, end));
      } else {
        out ??= segments.slice(0, start);
        for (const block of parts) {
          const leads = block.some((part) => part.written !== "" && part.segment.role === "lead");
          for (const part of block) {
            if (leads && part.written === "" && part.segment.role === "responsible") part.segment.role = "support";
            out.push(part.segment);
          }
        }
      }
    }
    start = end;
  }
  return out ?? segments;
}

interface Part {
  segment: ClauseSegment;
  written: string;
}

/**
 * The list segments[start..end) in blocks apart at its breaks without a role word (a group set
 * apart after a name of a group with no role of its own), each segment cut where a break falls
 * inside it; null where the list has no such break (the common case: nothing is copied).
 */
function partsAtGroupBreaks(segments: readonly ClauseSegment[], written: ReadonlyArray<{ readonly role: string }>, start: number, end: number, text: string): Part[][] | null {
  let blocks: Part[][] | null = null;
  for (let i = start; i < end; i++) {
    const segment = segments[i]!;
    const role = written[i]!.role;
    // Inside an unmarked group, and at its end before the next group.
    const cuts: number[] = [];
    if (role === "") {
      for (let index = 0; index + 1 < segment.units.length; index++) if (setsGroupApart(text, segment.units, index)) cuts.push(index + 1);
    }
    const next = i + 1 < end ? segments[i + 1]! : null;
    const breakAfter = role === "" && next !== null && segment.units.length > 0 && next.units.length > 0 && setsGroupApart(text, [segment.units[segment.units.length - 1]!, next.units[0]!], 0);
    if (blocks === null && cuts.length === 0 && !breakAfter) continue;
    if (blocks === null) blocks = [segments.slice(start, i).map((before, at) => ({ segment: before, written: written[start + at]!.role }))];
    let from = 0;
    for (const cut of cuts) {
      blocks[blocks.length - 1]!.push({ segment: piece(segment, from, cut), written: "" });
      blocks.push([]);
      from = cut;
    }
    blocks[blocks.length - 1]!.push({ segment: from === 0 ? segment : piece(segment, from, segment.units.length), written: role });
    if (breakAfter) blocks.push([]);
  }
  return blocks;
}

/** The names from..to of an unmarked group as a segment: the first piece keeps the label, the last the 等. */
function piece(segment: ClauseSegment, from: number, to: number): ClauseSegment {
  const first = from === 0;
  return Segment.of(first ? segment.label : "", first ? segment.labelSpan : null, first ? segment.colon : "", segment.units.slice(from, to), to === segment.units.length ? segment.etc : null, segment.role);
}
