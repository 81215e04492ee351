import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { placeTitleOf } from "../model/zoneTitle.js";
import { documentLevel, documentPlace } from "./documentLevel.js";
import { LEVEL_WORDS, leadingLevelWord } from "./names.js";

/**
 * Whose plan names a town's offices (townOffices.ts: 镇市场监管所, 乡便民服务中心) as its units. A
 * town's own plan does, and a county's or a district's (its towns' stations are the county
 * bureaus' own); a city's or a province's assigns its tasks to its departments and to the
 * governments below it, never to one town's office that it cannot even name: 镇市场监管所 there
 * is a line copied from a county's plan, or the city's own bureau meant.
 *
 * The plan's level is documentLevel's, and only where something says it — the front matter, its
 * place in the issuer or title, or a name of that level in its clauses: a plan that names only
 * town offices has the registry's 市 by default, and is likelier a town's than a city's. A plan
 * whose issuer or title opens with a town (某某镇人民政府, 示例镇2025年质量提升工作实施方案) is a
 * town's whatever the names of the levels above it say.
 */
export function levelWithoutTownOffices(plan: PlanDocument): string | null {
  return levelOfPlan.of(plan, readLevel);
}

const levelOfPlan = new PlanMemo<string | null>();

/** Whether a plan is a town's own: its issuer or its title opens with the town (某某镇人民政府, 示例镇2025年…). */
export function isTownPlan(plan: PlanDocument): boolean {
  return opensWithTown(plan.metadata.issuer) || opensWithTown(placeTitleOf(plan));
}

function readLevel(plan: PlanDocument): string | null {
  const { level, word } = documentLevel(plan);
  if (level !== "市" && level !== "省") return null;
  if (isTownPlan(plan)) return null;
  if (plan.metadata.level || documentPlace(plan, word) !== null || namesOwnLevel(plan, level)) return word;
  return null;
}

/** Whether a clause of the plan names a body by a word of its level (市市场监管局 in a city's). */
function namesOwnLevel(plan: PlanDocument, level: string): boolean {
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      const word = leadingLevelWord(unit.text);
      if (word !== null && LEVEL_WORDS.get(word) === level) return true;
    }
  }
  return false;
}

function opensWithTown(source: string | null | undefined): boolean {
  if (!source) return false;
  const place = TOWN_OPENING.exec(source)?.[1];
  return place !== undefined && !NO_TOWN_END.test(place);
}

/**
 * A town's name opening an issuer or a title, after the places above it (江西省赣州市信丰县大塘埠镇):
 * two to four characters none of which is a level word, then 镇 or 乡 — not 乡村, 乡镇 or 城镇.
 */
const TOWN_OPENING = /^(?:中共)?(?:[\u4e00-\u9fff]{2,6}?[省市州盟县区旗])*?((?:(?![省市州盟县区旗村镇乡])[\u4e00-\u9fff]){2,4}?)(?:镇|乡)(?![村镇])/u;
/** Words before 镇 or 乡 that name no town: 特色小镇, 推进城乡, 质量强镇. */
const NO_TOWN_END = /[小城强]$/;
