import { TextMemoByOwner } from "../text/textMemo.js";
import { isCollectiveName, isPlaceholderName } from "./names.js";
import type { UnitRegistry } from "./registry.js";
import { SOURCES } from "./registryEntries.js";
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

/**
 * The names a written name runs together (`市工信局市财政局`: 市工信局, 市财政局), as units/run-together
 * reads it and the unit report counts it; null for a name that is one name (known, a group term,
 * a blank to fill, or no run of known names). One reading, so the finding and the report agree.
 */
export function runTogetherParts(name: string, registry: UnitRegistry): readonly string[] | null {
  if (isCollectiveName(name) || isPlaceholderName(name) || registry.isKnown(name)) return null;
  return splitRunTogether(name, registry);
}

/**
 * Whether a run of names may be one body's two names (一个机构两块牌子, 市经信局（市新经济委）) as
 * well as two units: two names, neither an enterprise's. An enterprise (江铜集团, 中铁大桥局,
 * 工商银行市分行, 市城投集团) is no government body's second plate, so a run with one is only two
 * units missing their 、 (units/run-together and the unit report say only that).
 */
export function mayBeTwoPlates(parts: readonly string[], registry: UnitRegistry): boolean {
  return parts.length === 2 && !isEnterprise(parts[0]!, registry) && !isEnterprise(parts[1]!, registry);
}

function isEnterprise(name: string, registry: UnitRegistry): boolean {
  const source = registry.resolve(name)?.entry.source;
  return source === SOURCES.enterprise || source === SOURCES.company;
}

const splitMemo = new TextMemoByOwner<UnitRegistry, readonly string[] | null>(5000);

/** A name the registry knows, or a retired name whose successor it knows (市经信委 in `市经信委市财政局`). */
function isKnownPart(part: string, registry: UnitRegistry): boolean {
  if (registry.resolve(part)) return true;
  const succession = successorOf(part, registry);
  return succession !== null && succession.successors.some((successor) => registry.resolve(successor) !== null);
}

function split(name: string, registry: UnitRegistry): readonly string[] | null {
  return splitWith(name, registry, false) ?? splitWith(name, registry, true);
}

/**
 * A part no registry lists, shaped as a body of the level its neighbours are written at: their
 * level word first, an institution's word last (县果业发展中心 in `县果业发展中心县农业农村局县商务局`).
 * One such part among known ones is still a run of names: units/unknown judges it once apart.
 */
function isShapedPart(part: string): boolean {
  // Its level word once: a second one starts the next name (县果业发展中心县农业农村局 is two).
  const word = part.charAt(0);
  return part.length >= 4 && part.length <= 16 && LEVEL_WORD_SET.has(word) && !part.startsWith("市场") && !part.includes(word, 1) && SHAPED_END.test(part);
}

const SHAPED_END = /(?:局|委|办|中心|站|所|院|队)$/;

/** The fewest parts that spell the name, each known; with `shaped`, one may be a body's shape (isShapedPart) instead. */
function splitWith(name: string, registry: UnitRegistry, shaped: boolean): readonly string[] | null {
  // best[u][i]: the fewest parts that spell name.slice(0, i) with u shaped parts, and where the last one starts.
  const rows = shaped ? 2 : 1;
  const best: Array<Array<{ parts: number; from: number; used: number } | null>> = [];
  for (let u = 0; u < rows; u++) best.push(new Array(name.length + 1).fill(null));
  best[0]![0] = { parts: 0, from: -1, used: 0 };
  for (let end = 2; end <= name.length; end++) {
    for (let start = Math.max(0, end - MAX_PART); start <= end - 2; start++) {
      for (let u = 0; u < rows; u++) {
        const before = best[u]![start];
        if (!before) continue;
        if (!(best[u]![end] && best[u]![end]!.parts <= before.parts + 1) && isKnownPart(name.slice(start, end), registry)) best[u]![end] = { parts: before.parts + 1, from: start, used: u };
        if (u === 0 && shaped && !(best[1]![end] && best[1]![end]!.parts <= before.parts + 1) && isShapedPart(name.slice(start, end))) best[1]![end] = { parts: before.parts + 1, from: start, used: 0 };
      }
    }
  }
  const row = rows - 1;
  const whole = best[row]![name.length];
  if (!whole || whole.parts < 2) return null;
  const parts: string[] = [];
  for (let u = row, end = name.length; end > 0; ) {
    const step = best[u]![end]!;
    parts.unshift(name.slice(step.from, end));
    end = step.from;
    u = step.used;
  }
  // A shaped part is of its known neighbours' level: all of them start with its level word.
  if (shaped && !parts.every((part) => part.charAt(0) === parts[0]!.charAt(0))) return null;
  // The parts are slices of the name, which the memo hands over as a detached copy. Shared
  // through the memo: readonly by type, not frozen (ARCHITECTURE.md, "Frozen arrays").
  return parts;
}

/** The level words a body's name starts with. */
const LEVEL_WORD_SET: ReadonlySet<string> = new Set(["省", "市", "州", "盟", "区", "县", "旗"]);
