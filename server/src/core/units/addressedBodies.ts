import { addresseeOf } from "../model/addressee.js";
import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { BODY_NAME_END, isCollectiveName, isPlaceholderName, leadingLevelWord, normalizeUnitName } from "./names.js";
import { nearestUnitNames } from "./nearest.js";
import type { UnitRegistry } from "./registry.js";

/**
 * The bodies a plan's notice names in its 主送机关 (model/addressee.ts): those the issuer sends
 * the plan to are bodies it addresses, so a clause that names one names a body of the plan's
 * place — a zone's 管委会 no registry lists (上饶高铁经济试验区管委会, 三清山风景名胜区管委会 in
 * 上饶's notice to 各县（市、区）人民政府，上饶经济技术开发区、上饶高铁经济试验区、三清山风景名胜区管委会).
 * Read from the notice, not the clauses: the units context holds them (planContext.ts).
 */

/** The body word a list of areas writes once, after its last (…试验区、…名胜区管委会). */
const SHARED_BODY_WORD = /(?:管委会|管理委员会|人民政府|政府|党工委)$/;
/** An area a shared body word completes: a zone, a park, a new town, a place. */
const AREA_END = /(?:区|园|城|县|市|镇|乡|街道)$/;
/** A body's name shorter than this is a word (管委会), not a body's. */
const SHORTEST_BODY = 5;

/** The names a plan's 主送机关 lists, a body word written once given to each area before it; none without a notice. */
export function addresseeNames(plan: PlanDocument): readonly string[] {
  return addresseeNamesOf.of(plan, readAddresseeNames);
}

const addresseeNamesOf = new PlanMemo<readonly string[]>();
const NONE: readonly string[] = [];

function readAddresseeNames(plan: PlanDocument): readonly string[] {
  const addressee = addresseeOf(plan);
  if (addressee === null) return NONE;
  const names: string[] = [];
  for (const group of outsideBrackets(plan.text.slice(addressee.start, addressee.end), /[，,]/u)) {
    const parts = outsideBrackets(group, /、/u).map((part) => normalizeUnitName(part.trim()));
    const last = parts[parts.length - 1] ?? "";
    const shared = SHARED_BODY_WORD.exec(last)?.[0] ?? null;
    for (const part of parts) {
      // 上饶高铁经济试验区 of …试验区、三清山风景名胜区管委会 is the 试验区's 管委会.
      names.push(shared !== null && part !== last && AREA_END.test(part) && !BODY_NAME_END.test(part) ? part + shared : part);
    }
  }
  return names;
}

/**
 * The addressee's names a clause may name as known bodies: a particular body's name (no group
 * such as 市政府各部门, no placeholder), shaped as a body's, that the registry does not know and
 * that is no near miss of a name it does (a slip in the notice is no body's name).
 */
export function addressedBodies(plan: PlanDocument, registry: UnitRegistry): ReadonlySet<string> {
  const bodies = new Set<string>();
  for (const name of addresseeNames(plan)) {
    if (name.length < SHORTEST_BODY || !BODY_NAME_END.test(name) || isCollectiveName(name) || isPlaceholderName(name) || registry.isKnown(name)) continue;
    if (nearestUnitNames(name, registry, NO_NAMES, 1, leadingLevelWord(name) ?? "市").length > 0) continue;
    bodies.add(name);
  }
  return bodies;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** `text` split at each separator outside round brackets: 各县（市、区）人民政府 is one name. */
function outsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === OPEN || code === OPEN_FULL) depth++;
    else if ((code === CLOSE || code === CLOSE_FULL) && depth > 0) depth--;
    else if (depth === 0 && separator.test(text.charAt(at))) {
      parts.push(text.slice(from, at));
      from = at + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

const OPEN = 0x28;
const CLOSE = 0x29;
const OPEN_FULL = 0xff08;
const CLOSE_FULL = 0xff09;
