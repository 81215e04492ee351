import { UNIT_LABELS } from "../units/labels.js";

/**
 * The kinds of body the labels name, the two characters each ends in (单位, 部门, 处室, 科室, 股室):
 * the second kind a column says in brackets is one of them, and a line without one names no unit
 * column. Read off the grammar's labels, so that a label it adds brings its kind along.
 */
const BODY_KINDS: readonly string[] = [...new Set(UNIT_LABELS.map((label) => label.slice(-2)))];

/**
 * The header cells that name a table's unit column (牵头单位, 配合单位, 参加单位, 协同部门, 主办单位,
 * 其他责任单位, 责任科室 …): the words of the grammar's UnitLabel (grammar/plan.peggy, generated
 * beside the parser: units/labels.ts), so that a label a clause reads (〔协同单位：…〕) heads a
 * 分工表's column too, and no table reader keeps a list of its own that drifts from it — the
 * 分工表 (model/tables.ts and the readers of its header: unitTableHeader.ts, cellLineTables.ts, the
 * prelude's and the running heads' readers), and the indicator tables (targets/tables.ts), where
 * such a column is neither an indicator's nor a year's.
 *
 * A column that holds two kinds of body says the second in brackets: a department's own table
 * lists its divisions with its 直属单位 and other departments (配合处室（单位）; a city's or a county's
 * bureau writes 科室, 股室: 责任科室（单位）, 配合单位（科室）), a government's its departments with the
 * 管委会 and companies (责任单位（部门）).
 */
export const UNIT_COLUMN = new RegExp(`^(?:${UNIT_LABELS.join("|")})(?:[（(](?:${BODY_KINDS.join("|")})[）)])?$`);

/** Those two code units of each kind as one number (namesUnitColumn). */
const LABEL_ENDS: ReadonlySet<number> = new Set(BODY_KINDS.map((kind) => pairOf(kind.charCodeAt(0), kind.charCodeAt(1))));
/** The last code units of the kinds (位, 门, 室): most characters of a line fail on this, before any pair is made. */
const LAST_CODES: ReadonlySet<number> = new Set(BODY_KINDS.map((kind) => kind.charCodeAt(1)));

/**
 * Whether text[from, to) writes a unit column's last two characters (单位, 部门, 处室 …): asked of
 * every short text line on every keystroke (model/unitTableHeader.ts), so read in code units,
 * before any copy of the line is made.
 */
export function namesUnitColumn(text: string, from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) {
    const code = text.charCodeAt(at);
    if (LAST_CODES.has(code) && LABEL_ENDS.has(pairOf(text.charCodeAt(at - 1), code))) return true;
  }
  return false;
}

function pairOf(first: number, second: number): number {
  return first * 0x10000 + second;
}
