import { levelKindsOf } from "./names.js";
import { syllablesOf } from "./pinyin.js";

/**
 * The department a group written with its level's kinds names in each of them: 市场监管局 of
 * 县（市、区）市场监管局 and of 各县（市、区）市场监管局. Such a group is no unit the registry lists,
 * but what follows the kinds is a department's name, as 县市场监管局 is: a slip in it
 * (县（市、区）市场监官局) is one in every member's name, and can be checked on the member
 * (县市场监官局). The kinds must be written as the reader of groups reads them (levelKindsOf), so
 * that the head put back before a corrected name is the one written; 各 with one kind
 * (各区工商局) is such a group too.
 */
export interface GroupDepartment {
  /** What stands before the department as written: 各县（市、区）, 县（市）. */
  head: string;
  /** The level word that heads the kinds (县 of 县（市、区）): the member's. */
  word: string;
  /** The department's name after the kinds (市场监管局). */
  department: string;
}

export function groupDepartment(name: string): GroupDepartment | null {
  const each = name.startsWith("各") ? "各" : "";
  const kinds = levelKindsOf(name.slice(each.length)) ?? (each === "" ? null : eachLevelWord(name));
  if (kinds === null || !name.startsWith(kinds, each.length)) return null;
  const department = name.slice(each.length + kinds.length);
  // One character (县（市、区）委) names a level's body by its level word alone, no department.
  if (department.length < 2 || GENERIC_BODIES.test(department)) return null;
  return { head: each + kinds, word: kinds.charAt(0), department };
}

/**
 * The level word 各 writes its group with where it names one kind (各区工商局: every district's
 * bureau), or null. Not the first word of a name, a level's other words (各市场主体, 各县级,
 * 各区直, 各县属, 各市委) or more kinds after it (各市州, 各市（州）, 各县区): no department follows there.
 */
function eachLevelWord(name: string): string | null {
  const word = name.charAt(1);
  return EACH_KIND.has(word) && !NOT_A_DEPARTMENT.test(name.slice(2)) ? word : null;
}

const EACH_KIND = new Set(["县", "区", "市", "旗"]);
const NOT_A_DEPARTMENT = /^(?:场|级|直|属|委|政府|各|[县区市旗州盟（(、])/;

/**
 * Words that name bodies by what they do or by their side, not by a department's name: 市场监管部门,
 * 发改部门, 党委政府, 质量强县工作领导小组, 有关单位 — how groups are usually written, each member's
 * body whatever its name there. Never a slip of the department nearest in characters.
 */
const GENERIC_BODIES = /部门|单位|机构|小组|党委|党组|政府|组织|系统|力量/;

/** The member's name a group's department is checked as: 县市场监官局 of 县（市、区）市场监官局. */
export function memberName(group: GroupDepartment): string {
  return group.word + group.department;
}

/** A name meant for the member (县市场监管局) put back in the group as written (各县（市、区）市场监管局); null for a name of another level. */
export function inGroup(group: GroupDepartment, meant: string): string | null {
  return meant.startsWith(group.word) ? group.head + meant.slice(group.word.length) : null;
}

/**
 * Whether a name meant for the member ends as the department does, in its character or its sound
 * (市场监管居 for 市场监管局): what kind of body a group names is its last word, and groups name
 * kinds no single body's name suggests (各县（市、区）市场监管所: the towns' stations; 人行: the
 * central bank's branches), which no slip of another kind's name is.
 */
export function endsAsDepartment(group: GroupDepartment, meant: string): boolean {
  const written = group.department.charAt(group.department.length - 1);
  const end = meant.charAt(meant.length - 1);
  return written === end || syllablesOf(written)[0] === syllablesOf(end)[0];
}
