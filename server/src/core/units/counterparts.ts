import slotData from "./counterpart-slots.json";

/**
 * A city's bodies that fill one slot under names that vary between cities (counterpart-slots.json):
 * 水利局 or 水务局, 城管局 or 城管委, 林业局 or 公园城市局. A city has one of them, so a plan that
 * names its 市水务局 means that body where a near name points at 市水利局 (成都's 〔责任单位：…水利…〕):
 * the suggestion is the slot's body the plan already names.
 */

let slots: Map<string, readonly string[]> | null = null;

/** Each name of a slot to all its names, made on first use. */
function slotOf(name: string): readonly string[] | undefined {
  if (slots === null) {
    slots = new Map();
    for (const slot of slotData.slots) for (const member of slot) slots.set(member, slot);
  }
  return slots.get(name);
}

/**
 * The body of `name`'s slot that the document names instead of it (`used`: the 市 entries' names
 * of the units the document names); null where it names `name` itself, no other of its slot, or
 * more than one other (which of them is meant only the drafter knows).
 */
export function counterpartInUse(name: string, used: ReadonlySet<string>): string | null {
  if (used.has(name)) return null;
  const slot = slotOf(name);
  if (slot === undefined) return null;
  let found: string | null = null;
  for (const member of slot) {
    if (member === name || !used.has(member)) continue;
    if (found !== null) return null;
    found = member;
  }
  return found;
}
