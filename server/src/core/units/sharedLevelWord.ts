import { isCollectiveName, leadingLevelWord, LEVEL_WORDS } from "./names.js";
import type { UnitRegistry } from "./registry.js";

/**
 * A list that writes the level word once, before its first department: `自治区住房城乡建设厅、
 * 交通运输厅、水利厅`, `省发展改革委、工业和信息化厅、科技厅`, as provincial governments (广东,
 * 广西 …) write a list of their own departments. The later names are that level's departments
 * (自治区交通运输厅), not unknown bodies: the unit each stands for is the name with the level word
 * of the list's first department, where the registry knows it so.
 *
 * Only a list written that way throughout: one name in it carries a level word and is known, the
 * names read so follow it, and every other name after it is known as written or a collective. Where several names carry one (`市市场监管局、住建局、市商务局`),
 * the list writes the level word name by name, and a name without it is a slip that units/unknown
 * reports with the level word restored. A province's list is read so from one name on, as
 * provinces write; a city's or a county's from two (`市发展改革委、工信局、科技局`): `市工信局、
 * 住建局` says too little to tell the style from a slip, and cities mostly write the word each time.
 */

/** Per list of names (a clause segment's units): the level word its names share, or null. */
const shared = new WeakMap<readonly { text: string }[], { leader: number; word: string } | null>();

export function sharedLevelWordName(units: readonly { text: string }[], index: number, registry: UnitRegistry): string | null {
  // Asked of every name by the hot unit rules: most carry their own level word, a character's test.
  if (index === 0 || leadingLevelWord(units[index]!.text) !== null) return null;
  let list = shared.get(units);
  if (list === undefined) shared.set(units, (list = sharedLevelWord(units, registry)));
  if (list === null || list.leader >= index) return null;
  const name = units[index]!.text;
  return registry.resolve(name) === null && registeredWith(list.word, name, registry) ? list.word + name : null;
}

/** The names that must share a level word for a city's or a county's list to be read so. */
const MIN_FOLLOWERS = 2;

function sharedLevelWord(units: readonly { text: string }[], registry: UnitRegistry): { leader: number; word: string } | null {
  const leader = soleLevelledName(units, registry);
  if (leader < 0) return null;
  const word = leadingLevelWord(units[leader]!.text)!;
  let followers = 0;
  for (let index = leader + 1; index < units.length; index++) {
    const name = units[index]!.text;
    // Every name after the first is its level's department, a body known without a level word
    // (南昌海关) or a collective (各设区市人民政府): one the word makes nothing of (水利, a stem
    // whose 局 is shared) says the list is not written so.
    if (registry.resolve(name) !== null || isCollectiveName(name)) continue;
    if (!registeredWith(word, name, registry)) return null;
    followers++;
  }
  return followers >= (LEVEL_WORDS.get(word) === "省" ? 1 : MIN_FOLLOWERS) ? { leader, word } : null;
}

/** Whether the name with the level word is a department the registry lists (not a pattern's match). */
function registeredWith(word: string, name: string, registry: UnitRegistry): boolean {
  const unit = registry.resolve(word + name);
  return unit !== null && !unit.entry.pattern;
}

/**
 * The index of the one name of the list that is known and carries a level word, or -1 where
 * none or several do. A collective (各设区市人民政府) or a place's body (南昌海关) carries none.
 */
function soleLevelledName(units: readonly { text: string }[], registry: UnitRegistry): number {
  let found = -1;
  for (let index = 0; index < units.length; index++) {
    const text = units[index]!.text;
    if (leadingLevelWord(text) === null || isCollectiveName(text) || registry.resolve(text) === null) continue;
    if (found >= 0) return -1;
    found = index;
  }
  return found;
}
