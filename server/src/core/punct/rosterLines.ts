import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { textEndOf } from "../model/inline.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { trimSpacesEnd } from "../text/spaces.js";

/**
 * A 领导小组's roster as a plan lists it, a member a line: the role, its colon, the name, a gap and
 * the post (`组　长：刘志强　　局党组书记、局长`), and the further members under `成　员：` with the
 * role's width of spaces before them (`　　　　罗晓明　　质量发展科科长`). The spaces set it in columns
 * on purpose — a two-character role as wide as 副组长 (组　长), a two-character name as wide as a
 * three-character one (肖　静), the gap before the post — and a post is no sentence: neither
 * punct/han-space nor punct/sentence-end reads its lines.
 */

/** The roles a roster names, as their first characters say: most lines fail on this one look. */
const ROLE_STARTS = codeUnitSet("组副成主召联顾秘");
const GAP = "[ \\t\\u3000]";
/** A name (two characters spaced to three, or two to four), a gap of two spaces or a full-width one, the post. */
const NAME_AND_POST = `(?:[\\u4e00-\\u9fff]\\u3000[\\u4e00-\\u9fff]|[\\u4e00-\\u9fff]{2,4})(?:${GAP}{2,}|\\u3000${GAP}*)[\\u4e00-\\u9fff（）、，]{2,40}`;
/** A role letter-spaced or not, its colon, the name and the post. */
const ROLE_LINE = new RegExp(
  `^(?:副?组${GAP}*长|副?主${GAP}*任|成${GAP}*员|副?召${GAP}*集${GAP}*人|联${GAP}*络${GAP}*员|顾${GAP}*问|秘${GAP}*书${GAP}*长)${GAP}*[：:]${GAP}*${NAME_AND_POST}$`,
);
/** A further member under the role: the name and the post only, indented as the names above. */
const MEMBER_LINE = new RegExp(`^${NAME_AND_POST}$`);

const MAX_ROSTER_LINE = 60;

const rosters = new PlanMemo<ReadonlySet<LineNode>>();

/** The lines of the plan's rosters, found once per plan. */
export function rosterLines(plan: PlanDocument): ReadonlySet<LineNode> {
  const cached = rosters.get(plan);
  if (cached) return cached;
  const found = new Set<LineNode>();
  const text = plan.text;
  let inRoster = false;
  for (const line of plan.lines) {
    const start = line.indentEnd;
    if (line.kind !== "text" || !(inRoster || ROLE_STARTS.has(text.charCodeAt(start)))) {
      inRoster = false;
      continue;
    }
    const end = trimSpacesEnd(text, start, textEndOf(line, text));
    // A roster's line is a role, a name and a post: a longer one is a paragraph.
    const content = end - start <= MAX_ROSTER_LINE ? text.slice(start, end) : null;
    inRoster = content !== null && (ROLE_LINE.test(content) || (inRoster && MEMBER_LINE.test(content)));
    if (inRoster) found.add(line);
  }
  rosters.set(plan, found);
  return found;
}
