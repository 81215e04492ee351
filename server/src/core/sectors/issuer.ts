import type { PlanDocument } from "../model/types.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { registryOfPlan } from "../units/documentLevel.js";
import { issuingDepartments } from "../units/divisions.js";
import { leadingLevelWord } from "../units/names.js";
import { registryFor } from "../units/registry.js";
import { planSectors } from "./sectors.js";

/**
 * The sectors a department's plan carries out, read from its issuer. A 交通运输厅, a 教育局 or a
 * 卫生健康委 that implements the national outline does so for the work of its own department: its
 * plan carries out the outline's items of that sector and the ones common to all, as a plan whose
 * title names a sector does (sectors.ts), though its title (交通运输质量强省建设实施方案, 质量提升
 * 行动方案) may name none. A plan a government issues (人民政府, its 办公室), and one the
 * department for quality as a whole issues (市场监管局), or any department not below, carries out
 * every item; so does a plan such a department issues with one of a field.
 *
 * A department's field maps to the sectors of the reviewed scope table (outline-scope.json): the
 * items its work carries by the national outline's sections and keywords (docs/sectors.md says
 * which and why). The title's sectors come first: a 交通运输厅's 公路工程质量 plan is 建设工程's.
 */
interface DepartmentField {
  /** What the department's registry name opens with after its level word (交通运输 of 省交通运输厅). */
  words: RegExp;
  /** The sectors (sectors.ts SECTORS' names) its work carries. */
  sectors: readonly string[];
}

const DEPARTMENT_FIELDS: readonly DepartmentField[] = [
  // Roads, waterways and their works (（十三）–（十五）), logistics, passenger and public transport (（十六）–（十八）).
  { words: /^交通/, sectors: ["工程", "服务"] },
  // Construction and its materials (（十三）–（十五）); water works alike.
  { words: /^(?:住房和城乡建设|住房城乡建设|住建|城乡建设|建设[局厅]|建委|水利|水务)/, sectors: ["工程"] },
  // Schools are a public service (（十八）'s 教育医疗), sport a life service (（十七）).
  { words: /^(?:教育|教体|体育)/, sectors: ["服务"] },
  // Health care, elderly and child care (（十七）, （十八）), and the food safety standards and risk monitoring a health department keeps (（十））.
  { words: /^(?:卫生健康|卫健)/, sectors: ["服务", "食品"] },
  // Trade, catering, retail, tourism and culture (（七）, （十六）, （十七）).
  { words: /^(?:商务|文化和旅游|文化广电|文广|文旅|旅游)/, sectors: ["服务"] },
  { words: /^(?:农业农村|农业|林业|畜牧|渔业)/, sectors: ["农产品"] },
  { words: /^(?:工业和信息化|工信|经济和信息化|经信)/, sectors: ["制造业"] },
  { words: /^(?:药品监督|药监)/, sectors: ["药品"] },
];

/** Where a plan's sectors come from: its title (sectors.ts), or the department that issues it. */
export interface PlanSectors {
  sectors: ReadonlySet<string> | null;
  /** The issuing department whose field gave the sectors (省交通运输厅), null where the title did or none did. */
  issuer: string | null;
}

const WHOLE: PlanSectors = { sectors: null, issuer: null };

/** The sectors a plan carries out, by its title, else by the department that issues it. */
export function coverageSectors(plan: PlanDocument): PlanSectors {
  const byTitle = planSectors(plan);
  if (byTitle !== null) return { sectors: byTitle, issuer: null };
  const departments = issuingDepartments(plan, registryOfPlan(registryFor(undefined, undefined), plan));
  if (departments === null) return WHOLE;
  const sectors = new Set<string>();
  const issuers: string[] = [];
  for (const department of departments) {
    const word = leadingLevelWord(department);
    const field = word === null ? undefined : DEPARTMENT_FIELDS.find((candidate) => candidate.words.test(department.slice(word.length)));
    // A department of no one field issuing with it (市场监管局 beside 交通运输局): the plan is of quality as a whole.
    if (field === undefined) return WHOLE;
    for (const sector of field.sectors) sectors.add(sector);
    issuers.push(department);
  }
  return { sectors, issuer: issuers.join("、") };
}

/**
 * A department's field is read from its name, a judgement the plan's own words overrule: the items
 * it states it carries out, by an annotation or by number (落实《纲要》第（十九）条 in a 交通运输厅's
 * plan), are in its scope beside its field's. A title's sector is the plan's own statement and
 * needs none of this.
 */
export function withStatedItems(scope: ReadonlySet<ParentEntry>, parent: ParentDocument, stated: (entry: ParentEntry) => boolean): ReadonlySet<ParentEntry> {
  const added = parent.items.filter((entry) => entry.level === 2 && !scope.has(entry) && stated(entry));
  return added.length === 0 ? scope : new Set([...scope, ...added]);
}
