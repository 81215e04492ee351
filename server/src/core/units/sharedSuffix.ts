/**
 * A list of local governments that writes their common ending once, after the last place:
 * `柯桥区、诸暨市、嵊州市人民政府` is 柯桥区人民政府, 诸暨市人民政府 and 嵊州市人民政府 (and
 * `高新区、经开区管委会` two 管委会). The grammar reads three names, the first two bare places no
 * registry lists; the unit each stands for is the place with the ending of the name that closes
 * the run. units/unknown judges that name, the counts count it, and a comma before such a run
 * sets the local governments apart from the departments, as before a collective (units/separators.ts).
 */

/** A bare place: a few characters ending in a county's or a city's word (柯桥区, 诸暨市, 德清县, 高新区). */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,6}[区县市旗]$/;
/** A place with the ending a run of places shares: 嵊州市人民政府, 经开区管委会. */
const PLACE_WITH_ENDING = /^[\u4e00-\u9fff]{1,6}[区县市旗](人民政府|政府|管委会)$/;
/** A local government's or zone's own name, which a comma before it sets apart as a group. */
const LOCAL_GOVERNMENT = /[区县市旗](人民政府|政府|管委会)$/;

/**
 * The name the bare place at `index` stands for, with the ending of the name that closes its run
 * of bare places (`柯桥区` → 柯桥区人民政府 before `诸暨市、嵊州市人民政府`); null where the name is
 * no bare place or no such name closes its run.
 */
export function sharedSuffixName(units: readonly { text: string }[], index: number): string | null {
  const name = units[index]!.text;
  if (!BARE_PLACE.test(name)) return null;
  for (let next = index + 1; next < units.length; next++) {
    const text = units[next]!.text;
    const ending = PLACE_WITH_ENDING.exec(text);
    if (ending !== null) return name + ending[1]!;
    if (!BARE_PLACE.test(text)) return null;
  }
  return null;
}

/** The unit the name at `index` stands for: its shared-ending name, or the name as written. */
export function unitNameMeant(units: readonly { text: string }[], index: number): string {
  return sharedSuffixName(units, index) ?? units[index]!.text;
}

/** Whether the name at `index` is a local government's (or a zone's), named in full or through its run's ending. */
export function isLocalGovernmentAt(units: readonly { text: string }[], index: number): boolean {
  return LOCAL_GOVERNMENT.test(units[index]!.text) || sharedSuffixName(units, index) !== null;
}
