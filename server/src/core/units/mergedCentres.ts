import { LEVEL_WORDS, leadingLevelWord } from "./names.js";
import { madeEntry, SOURCES, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * A centre a government runs as one from two of its centres, named by both joined with 和 or 与
 * and their common ending written once: 县政务服务和公共资源交易服务中心 (四川's counties: the
 * 政务服务中心 and the 公共资源交易中心), 市政务服务与公共资源交易中心. Each side, with the ending
 * (中心, or 服务中心 where the right side writes it), must be a centre the registry knows at the
 * name's level, and the two must be two bodies: a name that only looks joined (a centre whose own
 * name holds 和) is left to the registry, which reads it before this. One body, named by the
 * registry's two centres (县政务服务和公共资源交易中心) whichever writing is read first, so that a
 * plan writing it both ways writes one unit.
 */
export class MergedCentres {
  /** The merged centres read so far, by each writing and by their two centres. */
  private readonly merged = new Map<string, UnitEntry>();

  constructor(private readonly resolveName: (name: string) => ResolvedUnit | null) {}

  resolve(text: string): ResolvedUnit | null {
    if (!text.endsWith(CENTRE)) return null;
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    let entry = this.merged.get(text);
    if (entry === undefined) {
      const parts = this.centresOf(word, text.slice(word.length));
      if (parts === null) return null;
      const key = `${word}\u0000${parts[0].entry.name}\u0000${parts[1].entry.name}`;
      entry = this.merged.get(key);
      if (entry === undefined) {
        const name = `${word}${stemOf(parts[0].canonical)}和${stemOf(parts[1].canonical)}${CENTRE}`;
        entry = madeEntry(name, LEVEL_WORDS.get(word) ?? null, false, SOURCES.mergedCentre);
        this.merged.set(key, entry);
      }
      this.merged.set(text, entry);
    }
    return { entry, canonical: entry.name, form: entry.name === text ? "canonical" : "alias", place: null };
  }

  /** The two centres a name after its level word joins, left first, or null. */
  private centresOf(word: string, rest: string): [ResolvedUnit, ResolvedUnit] | null {
    for (let at = rest.search(JOINER); at > 0; at = nextJoiner(rest, at)) {
      const left = rest.slice(0, at);
      const right = rest.slice(at + 1);
      if (!right.endsWith(CENTRE) || right.length <= CENTRE.length) continue;
      // The ending the name writes once: 服务中心 where the right side has it (…交易服务中心), else 中心.
      const ending = right.endsWith(SERVICE_CENTRE) && right.length > SERVICE_CENTRE.length ? SERVICE_CENTRE : CENTRE;
      const second = this.known(word, [right, right.slice(0, -ending.length) + CENTRE]);
      // The left side may end in the ending's first word already (政务服务 + 服务中心 is 政务服务中心).
      const first = this.known(word, [left + ending, left + CENTRE]);
      if (first !== null && second !== null && first.entry !== second.entry) return [first, second];
    }
    return null;
  }

  /** The first of the names, with the level word, that the registry knows as a centre of its own. */
  private known(word: string, names: readonly string[]): ResolvedUnit | null {
    for (const name of names) {
      const unit = this.resolveName(word + name);
      if (unit !== null && unit.entry.source !== SOURCES.mergedCentre && unit.canonical.endsWith(CENTRE)) return unit;
    }
    return null;
  }
}

const CENTRE = "中心";
const SERVICE_CENTRE = "服务中心";
const JOINER = /[和与]/;

function nextJoiner(rest: string, at: number): number {
  const next = rest.slice(at + 1).search(JOINER);
  return next < 0 ? -1 : at + 1 + next;
}

/** A centre's name without its level word and its 中心 (政务服务 of 县政务服务中心). */
function stemOf(canonical: string): string {
  return canonical.slice((leadingLevelWord(canonical) ?? "").length, -CENTRE.length);
}
