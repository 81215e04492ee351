/**
 * How a responsible body's name ends — the one list the grammar, the model's readers and the
 * units module test names with, so that a name one of them reads as a body the others read so too
 * (each kept a copy of its own, and the copies had drifted apart).
 *
 * The characters are the last of a body's kind: 局, 委, 办, 厅, 院, 会, 部, 室, 处, 政府's 府,
 * 中心's 心, 公司's 司, 银行's 行, 所, 站, 队, 社, 联盟's 盟, 科联's 联, 协, 团, 海关's 关, 部门's 门,
 * 单位's 位, 小组's 组.
 */
export const BODY_END_CHARACTERS = "局委办厅院会部室处府心司行所站队社盟联协团关门位组";

/** A place named for its government (各区县, 各县市区, 市): a unit of a clause, no body's own name. */
export const PLACE_END_CHARACTERS = "区县市";

/**
 * A department's own division (计量科, 审批股), which the department's own plan assigns: a
 * function of two characters or more before it, so that 学科 or 本科 is none.
 */
const DIVISION_END = "[\\u4e00-\\u9fff]{2}[科股]";

/**
 * The pattern of a unit's name as a clause lists it: a body's or a place's last character, or a
 * division. `more` adds characters a reader also takes (镇, 乡 where a table's cell may name a
 * town), and `alternatives` whole endings (the grammar's office 署: 海关总署广东分署).
 */
export function unitNameEnd(options: { more?: string; alternatives?: string[] } = {}): RegExp {
  const tails = [`[${BODY_END_CHARACTERS}${PLACE_END_CHARACTERS}${options.more ?? ""}]`, DIVISION_END, ...(options.alternatives ?? [])];
  return new RegExp(`(?:${tails.join("|")})$`);
}
