import { codeUnitSet } from "../text/codeUnits.js";
import { leadingLevelWord } from "./names.js";
import { registryFor } from "./registry.js";
import { BODY_END_CHARACTERS, PLACE_END_CHARACTERS } from "../syntax/bodyEnds.js";

/**
 * Whether two names a list reads apart at a 、 are one name whose 、 is its own: a merged bureau's
 * full name lists its departments (区经济、科技和信息化局, 县文化、广电和旅游局 …), and the grammar,
 * which splits a clause's list at every 、, reads 区经济 and 科技和信息化局. Known from the data the
 * registry reads merged bureaus with (mergedBureaus.ts: the built-in departments and their order),
 * never per string: the name before the mark is no body's own, the one after has no level word
 * of its own, and together they read as one merged bureau.
 */
export function namesOneBureau(before: string, after: string): boolean {
  // Most pairs fail here: a body's name ends so (局, 委 …), a merged bureau's first part does not.
  if (after.charCodeAt(after.length - 1) !== BUREAU || BODY_END.has(before.charCodeAt(before.length - 1)) || before.length > 12) return false;
  if (leadingLevelWord(before) === null || leadingLevelWord(after) !== null) return false;
  const registry = registryFor(undefined, undefined);
  if (registry.resolve(before) !== null) return false;
  const joined = registry.resolve(`${before}、${after}`);
  return joined !== null && joined.place === null && joined.entry.constituent && joined.entry.level === "县";
}

const BUREAU = "局".charCodeAt(0);
/** How a body's own name ends (the grammar's UNIT_NAME_END, the model's too), by code unit: asked of every pair a 、 parts. */
const BODY_END = codeUnitSet(BODY_END_CHARACTERS + PLACE_END_CHARACTERS);

/**
 * Whether `after` goes on a collective that lists the kinds of the bodies it means, one word each
 * (市政府各委、办、局, 行署各委、办、局, 县直各委、办、局: the committees, offices and bureaus of the
 * level), as notices address them: the grammar splits the list at each 、 and read 办 and 局 as
 * names of their own. `before` is what is read so far (…各委, …各委、办).
 */
export function isKindOfEachBody(before: string, after: string): boolean {
  return after.length === 1 && KINDS_OF_BODY.has(after.charCodeAt(0)) && KINDS_LISTED.test(before);
}

/** The one-word kinds of a level's bodies: committees, offices, bureaus, departments of a province, divisions. */
const KINDS_OF_BODY = codeUnitSet("委办局厅处室");
/** A collective whose last word so far is a kind of its bodies (各委, 各委、办). */
const KINDS_LISTED = /各[委办局厅处室](?:、[委办局厅处室])*$/;
