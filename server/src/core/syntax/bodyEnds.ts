import { BODY_END_CHARACTERS, DIVISION_END, PLACE_END_CHARACTERS } from "./generated/labels.js";

/**
 * How a responsible body's name ends — the one list the grammar (its UNIT_NAME_END, where the
 * characters are spelled), the model's readers and the units module test names with, so that a
 * name one of them reads as a body the others read so too (each kept a copy of its own, and the
 * copies had drifted apart).
 *
 * BODY_END_CHARACTERS are the last of a body's kind: 局, 委, 办, 厅, 院, 会, 部, 室, 处, 政府's 府,
 * 中心's 心, 公司's 司, 银行's 行, 所, 站, 队, 社, 联盟's 盟, 科联's 联, 协, 团, 海关's 关, 部门's 门,
 * 单位's 位, 小组's 组; PLACE_END_CHARACTERS a place named for its government (各区县, 市): a unit of
 * a clause, no body's own name; DIVISION_END a department's own division (计量科, 审批股), which its
 * own plan assigns: two characters or more before it, so that 学科 or 本科 is none.
 */
export { BODY_END_CHARACTERS, PLACE_END_CHARACTERS };

/**
 * The pattern of a unit's name as a clause lists it: a body's or a place's last character, or a
 * division. `more` adds characters a reader also takes (镇, 乡 where a table's cell may name a
 * town).
 */
export function unitNameEnd(options: { more?: string } = {}): RegExp {
  return new RegExp(`(?:[${BODY_END_CHARACTERS}${PLACE_END_CHARACTERS}${options.more ?? ""}]|${DIVISION_END})$`);
}
