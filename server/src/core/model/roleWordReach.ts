import { Segment } from "./clauseSegment.js";
import type { ClauseSegment, UnitRole } from "./types.js";
import { isLoneIdeographicComma, separatorAfter, setsGroupApart } from "../units/separators.js";
import { isLocalGovernmentAt } from "../units/sharedSuffix.js";
import { placesGovernmentsGroup } from "../units/groupReach.js";

/**
 * How far back a role word written after a list reaches. In `市人社局牵头，市教育局、市财政局，各县
 * （市、区）人民政府负责落实` the grammar reads 市教育局、市财政局，各县（市、区）人民政府 as one list
 * with the role 负责落实, yet a drafter who sets local governments or a collective apart with a
 * comma (units/separators.ts `setsGroupApart`, the mark units/separator accepts there) writes
 * two groups: the role is the last group's, and the names before it state none (beside a unit
 * marked 牵头 they support, markedLead.ts). A list with no such break keeps its role whole
 * (市教育局、市财政局按职责分工负责), so does a comma between two departments, which is a slip
 * of the 、 (市教育局，市财政局负责), not a group.
 *
 * `segments[i]` and `written[i].role` (the segment's own role word, "" for none) are parallel;
 * the result is the same two arrays where no list is broken (the common case, no copy), else
 * new ones with each broken segment in its groups: the first keeps the label, the last the
 * role word and the 等. `roleOfLabel` is what a label says (model/inline.ts).
 */
export function splitAtGroupBreaks(
  segments: ClauseSegment[],
  written: ReadonlyArray<{ readonly role: string }>,
  text: string,
  roleOfLabel: (label: string) => UnitRole,
): { segments: ClauseSegment[]; written: ReadonlyArray<{ readonly role: string }> } {
  let out: ClauseSegment[] | null = null;
  let roles: { role: string }[] | null = null;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const role = written[i]!.role;
    const opensList = i === 0 || segment.label !== "";
    const breakAt = role === "" ? -1 : roleBreak(segment, text, opensList);
    if (breakAt < 0) {
      if (out) {
        out.push(segment);
        roles!.push({ role });
      }
      continue;
    }
    if (!out) {
      out = segments.slice(0, i);
      roles = written.slice(0, i).map((entry) => ({ role: entry.role }));
    }
    // The names before the break state no role: they do what the label says, unless a 牵头 beside them makes them support.
    // Where the list opens with them and the names after it help (〔责任单位：市发展改革委，市财政局配合〕),
    // they are whom the helpers help: they lead, unless the label gives them a role of its own.
    const given = labelRole(segments, i, roleOfLabel);
    const head = opensList && segment.role === "support" && given === "responsible" ? "lead" : given;
    out.push(Segment.of(segment.label, segment.labelSpan, segment.colon, segment.units.slice(0, breakAt + 1), null, head));
    roles!.push({ role: "" });
    out.push(Segment.of("", null, "", segment.units.slice(breakAt + 1), segment.etc, segment.role));
    roles!.push({ role });
  }
  return out ? { segments: out, written: roles! } : { segments, written };
}

/**
 * The index of the name after which the names the segment's role word is written for start, or
 * -1. A support word written after a list that opens with it reaches back to the list's first
 * comma (or semicolon), between departments as well (`〔责任单位：市发展改革委，市财政局配合〕`,
 * `市农业农村局、市市场监管局，市财政局、市商务局等配合`, `〔责任单位：市市场监管局；市卫生健康委协同〕`,
 * `区经济信息委，区科技局、区市场监管局，空港工业园区管委会配合`): a drafter names who answers for
 * the task first and sets the helpers apart after it, and the names before the mark lead
 * (splitAtGroupBreaks); the mark is the groups', no slip of the 、. Spaces are not: a copy leaves
 * them anywhere. After a group with a role of its own (市商务局牵头，市文旅局，市体育局配合) the
 * names help alike, and before 负责 (市教育局，市财政局负责: one group, one role) a comma between
 * departments stays a slip: there the last group break alone counts.
 */
function roleBreak(segment: ClauseSegment, text: string, opensList: boolean): number {
  if (!opensList || segment.role !== "support") return lastGroupBreak(segment, text);
  for (let index = 0; index + 1 < segment.units.length; index++) {
    if (isLoneIdeographicComma(text, segment.units, index)) continue;
    const mark = separatorAfter(text, segment.units, index).text;
    if (mark === "，" || mark === "," || mark === "；" || mark === ";") return index;
  }
  return lastGroupBreak(segment, text);
}

/**
 * The index of the name after which the segment's last group starts, or -1. Local governments
 * after a break and local governments before it are one group (`各乡镇人民政府、街道办事处，攸县高新区
 * 管委会负责落实`: the towns, the streets and the zone carry it out alike): the break sets
 * governments apart from departments, and the role word reaches back to the departments' group,
 * if any. Departments after the governments (`各县（市、区）人民政府，市财政局负责落实`) are a group apart.
 */
function lastGroupBreak(segment: ClauseSegment, text: string): number {
  const units = segment.units;
  // Whether the names after the last break are governments; those after an earlier break are then too (the loop goes on only so).
  let tailLocal: boolean | null = null;
  for (let index = units.length - 2; index >= 0; index--) {
    if (!setsGroupApart(text, units, index)) continue;
    tailLocal ??= onlyLocalGovernments(units, index + 1, units.length - 1);
    if (!tailLocal || !onlyLocalGovernments(units, groupStart(units, index, text), index)) return index;
  }
  return -1;
}

/** The first index of the group that ends at `end`: after the break before it, or the segment's first name. */
function groupStart(units: ClauseSegment["units"], end: number, text: string): number {
  for (let index = end - 1; index >= 0; index--) if (setsGroupApart(text, units, index)) return index + 1;
  return 0;
}

/** Whether the names from `start` to `end` are all local governments or zones (乡镇人民政府, 街道办事处, 高新区管委会, 各县（市、区）). */
function onlyLocalGovernments(units: ClauseSegment["units"], start: number, end: number): boolean {
  for (let index = start; index <= end; index++) if (!isLocalGovernmentAt(units, index) && placesGovernmentsGroup(units[index]!.text) === null) return false;
  return true;
}

/** The role the label over segment `i` gives a group of names with no role word of its own. */
function labelRole(segments: readonly ClauseSegment[], i: number, roleOfLabel: (label: string) => UnitRole): UnitRole {
  for (let at = i; at >= 0; at--) if (segments[at]!.label !== "") return roleOfLabel(segments[at]!.label);
  return roleOfLabel("");
}
