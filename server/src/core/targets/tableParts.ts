import type { PlanTarget } from "./types.js";
import { LEADING_LEVELS, LEVEL_ONLY } from "./figureWords.js";
import { linkPart } from "./targetParts.js";

/**
 * A row of an indicator table that opens on 其中 (`其中：国家级 | 个 | 3 | 5`, `其中:国家级质量标杆
 * 企业`, `（其中）国家级`) under its whole's row (`省级以上标准化试点示范项目 | 个 | 30 | 40`): a part
 * of that row's target, as `…达到40个，其中国家级5个` is of the text's. Its figure in each column is
 * linked to the whole's in the same column (`PlanTarget.whole`): never compared with the parent's
 * figure for the whole nor taken for a second figure of it, and weighed against it
 * (targets/part-exceeds-whole). A part that names only its level is named with the whole's noun
 * (国家级标准化试点示范项目), one with its own noun keeps it; either is counted as the whole is.
 * The rows of a list of parts (其中：国家级 / 省级) are parts of the one whole above them.
 */

/** What opens a part's row: 其中 with its colon, or bracketed. Group 1 is the opener. */
const ROW_PART_OPENER = /^([（(]\s*其中\s*[)）]\s*[：:]?|其中\s*[：:]?)\s*/;

export class TableRowParts {
  /** The targets of the last row that is no part, in its columns' order, and the index of the table line last read. */
  private wholes: PlanTarget[] = [];
  private lastLine = -2;

  /**
   * Reads one line of a table: `row` its targets, `targets[from…]`, or null for a line of the
   * table that is no row (its header, a section's row), which ends what a part may be of.
   */
  read(targets: PlanTarget[], from: number, lineIndex: number, row: boolean): void {
    const follows = lineIndex === this.lastLine + 1;
    this.lastLine = lineIndex;
    if (!row || targets.length === from) {
      this.wholes = [];
      return;
    }
    const opener = ROW_PART_OPENER.exec(targets[from]!.indicator);
    if (opener === null || !follows || this.wholes.length === 0) {
      this.wholes = opener === null ? targets.slice(from) : [];
      return;
    }
    for (let i = from; i < targets.length; i++) {
      const part = targets[i]!;
      const whole = this.wholes.find((candidate) => candidate.horizon === part.horizon) ?? this.wholes[i - from];
      if (whole !== undefined) namePart(part, whole, opener[0].length);
    }
  }
}

/** Names a part's target after the opener (`skip` characters of its indicator) and links it to its whole. */
function namePart(part: PlanTarget, whole: PlanTarget, skip: number): void {
  const own = part.indicator.slice(skip);
  if (own === "") return;
  part.indicator = LEVEL_ONLY.test(own) ? own + whole.indicator.replace(LEADING_LEVELS, "") : own;
  if (part.indicatorSpan !== null) part.indicatorSpan = { start: part.indicatorSpan.start + skip, end: part.indicatorSpan.end };
  // 培育质量标杆企业 | 家 | 20 / 其中：国家级 | 家 | 3: the part is made as the whole is (培育, 累计).
  if (whole.kind === "count" && part.kind === "level" && part.comparator === "" && part.unit === whole.unit) {
    part.kind = "count";
    part.comparator = whole.comparator;
  }
  part.cumulative ||= whole.cumulative;
  linkPart(part, whole);
}
