import { TextMemoByOwner } from "../text/textMemo.js";
import type { UnitRegistry } from "./registry.js";
import { successorOf } from "./retired.js";

/** The longest name the splitter tries, in characters: far above any real unit name. */
const MAX_PART = 32;

/**
 * Splits a name that is two or more known names written together with no separator
 * (Chengdu's `市经信局市新经济委`) into those names, fewest parts first; null when it is not
 * such a name. Each part must be a name the registry knows on its own, or a retired name whose
 * successor it knows (units/unknown then says so of that part once it is written apart). Quadratic in the length of
 * one name, which is short, and run only on names the registry does not know.
 */
export function splitRunTogether(name: string, registry: UnitRegistry): readonly string[] | null {
  if (/\s/.test(name) || name.length < 4) return null;
  // Memoised per registry and name, as the nearest names are (nearest.ts): every keystroke
  // asks again about each unknown name of the plan. Bounded; keys are copies (text/detached.ts).
  const memo = splitMemo.of(registry);
  const known = memo.lookup(name);
  return known !== undefined ? known : memo.remember(name, (copy) => split(copy, registry));
}

const splitMemo = new TextMemoByOwner<UnitRegistry, readonly string[] | null>(5000);

/** A name the registry knows, or a retired name whose successor it knows (市经信委 in `市经信委市财政局`). */
function isKnownPart(part: string, registry: UnitRegistry): boolean {
  if (registry.resolve(part)) return true;
  const succession = successorOf(part, registry);
  return succession !== null && succession.successors.some((successor) => registry.resolve(successor) !== null);
}

function split(name: string, registry: UnitRegistry): readonly string[] | null {
  // best[i]: the fewest known parts that spell name.slice(0, i), and where the last one starts.
  const best: Array<{ parts: number; from: number } | null> = new Array(name.length + 1).fill(null);
  best[0] = { parts: 0, from: -1 };
  for (let end = 2; end <= name.length; end++) {
    for (let start = Math.max(0, end - MAX_PART); start <= end - 2; start++) {
      const before = best[start];
      if (!before || (best[end] && best[end]!.parts <= before.parts + 1)) continue;
      if (isKnownPart(name.slice(start, end), registry)) best[end] = { parts: before.parts + 1, from: start };
    }
  }
  const whole = best[name.length];
  if (!whole || whole.parts < 2) return null;
  const parts: string[] = [];
  for (let end = name.length; end > 0; end = best[end]!.from) parts.unshift(name.slice(best[end]!.from, end));
  // The parts are slices of the name, which the memo hands over as a detached copy. Shared
  // through the memo: readonly by type, not frozen (ARCHITECTURE.md, "Frozen arrays").
  return parts;
}
