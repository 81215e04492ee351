import type { ClauseSegment } from "./types.js";

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
 * `written[i].role` is segment i's own role word as the syntax has it ("" for none). The
 * segments are the model's own, just made: their roles are set here, once.
 */
export function supportBesideMarkedLead(segments: ClauseSegment[], written: ReadonlyArray<{ readonly role: string }>): void {
  for (let start = 0; start < segments.length; ) {
    let end = start + 1;
    // A label written again starts the next list (牵头单位：…；配合单位：…).
    while (end < segments.length && segments[end]!.label === "") end++;
    let marked = false;
    for (let i = start; i < end && !marked; i++) marked = written[i]!.role !== "" && segments[i]!.role === "lead";
    if (marked) for (let i = start; i < end; i++) if (written[i]!.role === "" && segments[i]!.role === "responsible") segments[i]!.role = "support";
    start = end;
  }
}
