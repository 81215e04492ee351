import { codeUnitSet } from "../text/codeUnits.js";
import { collectivePairParts, isCollectiveName, isPlaceholderName, leadingLevelWord } from "./names.js";
import { registryFor, type UnitRegistry } from "./registry.js";
import { BODY_END_CHARACTERS } from "../syntax/bodyEnds.js";

/**
 * Names a list writes with a conjunction where a 、 belongs: `市工信局和市商务局负责`,
 * `〔责任单位：市科技局与市工信局〕`, `市财政局及各县（市、区）人民政府`, `……以及……` — prose's way of
 * joining two bodies, which the grammar, splitting lists at marks only, reads as one name no
 * registry knows. Many real names hold the same words (市工业和信息化局, 市住房和城乡建设局,
 * 市口岸与物流办, ××市党委和政府, the collective 市直有关部门和各县（市、区）), so a name is read
 * as two or more only where it is none of those and every part reads as a body of its own: each a
 * name the registry knows (the configuration's entries and registry files with the built-in list:
 * a plan's own 章贡检测站和赣南质检院 splits as 市工信局和市商务局 does), with or without its level
 * word (市场监管局和工信局, as a draft writes the departments of its own level), or a collective; or
 * all of them shaped alike (the same level word first, a body's ending last: 县果业中心和县农业农村局).
 * Known from the registry's data, as the merged bureaus are (nameAcrossMark.ts), never per string.
 */

/** The conjunctions, longest first where one ends another (以及 before 及). */
const CONJUNCTIONS = ["以及", "和", "与", "及"] as const;
/** Their characters: a name holding none (nearly all) is let go at one scan. */
const CONJUNCTION_CODES = codeUnitSet("和与及");
/** How a body's name ends (the grammar's UNIT_NAME_END, places' words aside), for a part no registry lists. */
const BODY_END = new RegExp(`[${BODY_END_CHARACTERS}]$`);
/** The shortest part (市委) and the longest name read: far above a real one, a bound on the work per name. */
const MIN_PART = 2;
/** The shortest part read as a registry name written without its level word (工信局, 发改委). */
const MIN_BARE_PART = 3;
const MAX_NAME = 60;

/** One name of a written name's parts, with its offset in the written name. */
export interface ConjoinedPart {
  text: string;
  at: number;
}

/**
 * The names `name` joins with 和, 与, 及 or 以及, in order, each with its offset in `name`; null
 * where it is one name (see above). The text between two parts is exactly their conjunction.
 * `registry` is the one the plan's names are read with (model/buildPlan.ts): the built-in list
 * where there is no configuration.
 */
export function conjoinedParts(name: string, registry: UnitRegistry = registryFor(undefined, undefined)): readonly ConjoinedPart[] | null {
  if (name.length < 2 * MIN_PART + 1 || name.length > MAX_NAME || !holdsConjunction(name)) return null;
  if (isPlaceholderName(name)) return null;
  if (isCollectiveName(name)) return groupAndBodies(name, registry);
  if (registry.resolve(name) !== null || knownWithoutLevelWord(name, registry)) return null;
  const body = (part: string) =>
    isCollectiveName(part) || registry.resolve(part) !== null || knownWithoutLevelWord(part, registry) || (leadingLevelWord(part) !== null && BODY_END.test(part));
  const parts = partsFrom(name, 0, body);
  return parts !== null && parts.length > 1 ? parts : null;
}

/**
 * A group with 各 joined to bodies after it (各县（市、区）人民政府和开发区管委会, 各乡镇人民政府及街道办事处):
 * the group, then each body, as a list with 、 reads them — the 各 reaching the kinds after it
 * (units/sharedSuffix.ts `coveredByAll`: every zone's 管委会). Only where every part after the
 * group is a name the registry knows or a kind it knows with a place (`namesKind`): 各区党委和人民政府
 * is one group (人民政府 names no body alone), and so are two groups joined (市直有关部门和各县（市、区）,
 * names.ts `collectivePairParts`) and any other collective. Null where the name stays one.
 */
function groupAndBodies(name: string, registry: UnitRegistry): readonly ConjoinedPart[] | null {
  if (!name.startsWith("各") || collectivePairParts(name) !== null) return null;
  const body = (part: string) => !isCollectiveName(part) && (registry.namesKind(part) || registry.resolve(part) !== null);
  const parts = partsFrom(name, 0, (part) => (part.startsWith("各") && isCollectiveName(part)) || body(part));
  if (parts === null || parts.length < 2 || !isCollectiveName(parts[0]!.text)) return null;
  return parts.slice(1).every((part) => body(part.text)) ? parts : null;
}

/**
 * Whether `name` is a registry name written without its level word, as drafts write a department
 * of their own level (市场监管局, 工信局, 卫健委: 市市场监管局, 市工信局, 市卫健委 with it): a city's
 * name with 市 before it, the registry's own level, whose names of the other levels it derives.
 * A whole name so known is one (住房和城乡建设局, 自然资源和规划局); a part so known is a body's
 * (市场监管局和工信局). Three characters at least, a body's ending last: 党委, 政府 of 党委和政府
 * are words of a collective, not departments.
 */
function knownWithoutLevelWord(name: string, registry: UnitRegistry): boolean {
  return name.length >= MIN_BARE_PART && leadingLevelWord(name) === null && BODY_END.test(name) && registry.resolve(`市${name}`) !== null;
}

function holdsConjunction(name: string): boolean {
  for (let at = MIN_PART; at < name.length - MIN_PART; at++) if (CONJUNCTION_CODES.has(name.charCodeAt(at))) return true;
  return false;
}

/**
 * The parts of name.slice(from), each a body's name, cut at conjunctions: the first cut that
 * leaves a body before it and parts after it, so that a conjunction inside a part's own name
 * (市工业和信息化局和市商务局) is passed over. Null where the text is no such run. A few
 * conjunctions per name at most: the tries are few.
 */
function partsFrom(name: string, from: number, body: (part: string) => boolean): ConjoinedPart[] | null {
  for (let at = from + MIN_PART; at <= name.length - MIN_PART - 1; at++) {
    const code = name.charCodeAt(at);
    if (!CONJUNCTION_CODES.has(code) && code !== YI) continue;
    const word = CONJUNCTIONS.find((conjunction) => name.startsWith(conjunction, at));
    if (word === undefined || name.length - (at + word.length) < MIN_PART) continue;
    const part = name.slice(from, at);
    if (!body(part)) continue;
    const rest = partsFrom(name, at + word.length, body);
    if (rest !== null) {
      rest.unshift({ text: part, at: from });
      return rest;
    }
  }
  const last = name.slice(from);
  return body(last) ? [{ text: last, at: from }] : null;
}

const YI = "以".charCodeAt(0);
