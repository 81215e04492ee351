import { rosterLines } from "../punct/rosterLines.js";
import type { PlanDocument } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { displayWidth } from "../text/columns.js";

/**
 * A 领导小组's roster (punct/rosterLines.ts) as the export prints it: a member a line, each line a
 * body paragraph as GB/T 9704 sets the text, not a table — its columns are set by spaces on
 * purpose (组　长, 肖　静, the gap before the post), and the spaces are printed as written. A
 * further member's line keeps the spaces before it that stand it under the names above
 * (`　　　　罗晓明　　质量发展科科长`), so the roster reads back as the roster it was.
 *
 * A tab is never printed: it would jump to Word's next tab stop and read back as a table's cell.
 * A drafter who set the columns with tabs meant the same columns, so a gap with a tab in it is
 * printed as the gap a roster sets before the post (two full-width spaces), and a further
 * member's padding that is not spaces alone (a tab, `&nbsp;`) as the width that stands it under
 * the names of the role's line above — as the spaces a drafter types for it would.
 */

/** Spaces only, printed as written. */
const PADDING = /^[ \u3000]+$/u;
/** A gap between a roster's columns that a tab sets, with the spaces around it. */
const TABBED_GAP = /[ \u3000]*\t[ \t\u3000]*/gu;
/** The gap a roster sets between a name and the post (`刘志强　　局党组书记`). */
const COLUMN_GAP = "\u3000\u3000";
/** A role's colon and the gap after it, up to the name: where the names' column starts. */
const ROLE_COLON = /[：:][ \t\u3000]*/u;

/** The roster's lines of a plan and what each prints before its words. */
export class RosterPrint {
  private constructor(private readonly paddings: ReadonlyMap<LineNode, string>) {}

  static of(plan: PlanDocument): RosterPrint {
    const paddings = new Map<LineNode, string>();
    const text = plan.text;
    // The column the names of the role's line above start at, as printed: a further member stands there.
    let namesColumn = 0;
    for (const line of rosterLines(plan)) {
      const indent = text.slice(line.start, line.indentEnd);
      const words = text.slice(line.indentEnd, line.contentEnd);
      const colon = ROLE_COLON.exec(words);
      const written = indent === "" || PADDING.test(indent);
      if (colon === null && !written) {
        paddings.set(line, widthInSpaces(namesColumn));
        continue;
      }
      // A role's line indented by a tab prints from its words, where the paragraph's indent sets it.
      const padding = written ? indent : "";
      paddings.set(line, padding);
      if (colon !== null) {
        const upToName = padding + withoutTabs(words.slice(0, colon.index + colon[0].length));
        namesColumn = displayWidth(upToName, 0, upToName.length);
      }
    }
    return new RosterPrint(paddings);
  }

  /** What a roster's line prints before its words; null for a line of no roster. */
  paddingOf(line: LineNode): string | null {
    return line.kind === "text" ? (this.paddings.get(line) ?? null) : null;
  }
}

/** A roster line's words as printed: each gap a tab sets the roster's gap before a post. */
export function withoutTabs(words: string): string {
  return words.includes("\t") ? words.replace(TABBED_GAP, COLUMN_GAP) : words;
}

/** A width in a fixed-width view as the spaces that take it: full-width ones, a half-width one for an odd column. */
function widthInSpaces(columns: number): string {
  return "\u3000".repeat(columns >> 1) + (columns % 2 === 1 ? " " : "");
}
