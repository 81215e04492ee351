import { TextMemoByOwner } from "../text/textMemo.js";
import { syllablesOf } from "./pinyin.js";
import type { UnitRegistry } from "./registry.js";

interface PreparedForm {
  canonical: string;
  chars: string[];
  syllables: string[];
}

/** Each registry's forms split into characters and syllables once, not once per unknown name. */
const preparedForms = new WeakMap<UnitRegistry, PreparedForm[]>();

function formsOf(registry: UnitRegistry): PreparedForm[] {
  let forms = preparedForms.get(registry);
  if (!forms) {
    forms = [...registry.concreteForms()].map(({ text, entry }) => ({ canonical: entry.name, chars: [...text], syllables: syllablesOf(text) }));
    preparedForms.set(registry, forms);
  }
  return forms;
}

/**
 * The registry's canonical names nearest to a name it does not know, for "did you mean" fixes.
 * Distance is the edit distance on characters or on pinyin syllables, whichever is smaller, so
 * a dropped 市 (`住建局`), a missing 局 (`水利`) and a homophone slip (`市市场监官局`) all find
 * their unit. Names the document already uses are preferred and allowed one edit more: a plan
 * that writes 市水务局 elsewhere probably means it by `水利`.
 */
export function nearestUnitNames(name: string, registry: UnitRegistry, usedInDocument: ReadonlySet<string>, limit = 3): readonly string[] {
  const candidates = candidatesOf(name, registry);
  // The answer depends on the candidates and on which of them the document uses: remembered
  // with that as a mask (each unknown name is asked again on every keystroke, and the document
  // rarely changes which units it uses). Names with over 30 candidates are ranked afresh.
  if (candidates.length > 30) return rank(name, candidates, usedInDocument, limit);
  let used = 0;
  for (let i = 0; i < candidates.length; i++) if (usedInDocument.has(candidates[i]!.canonical)) used |= 1 << i;
  const remembered = rankings.get(candidates);
  if (remembered !== undefined && remembered.used === used && remembered.limit === limit) return remembered.names;
  // Shared through the memo: readonly by type, not frozen (ARCHITECTURE.md, "Frozen arrays").
  const names: readonly string[] = rank(name, candidates, usedInDocument, limit);
  rankings.set(candidates, { used, limit, names });
  return names;
}

/** The last ranking of each candidate list (a list is the memo's answer for one name). */
const rankings = new WeakMap<readonly Candidate[], { used: number; limit: number; names: readonly string[] }>();

function rank(name: string, candidates: readonly Candidate[], usedInDocument: ReadonlySet<string>, limit: number): string[] {
  const base = allowanceFor(name);
  const scores = new Map<string, number>();
  for (const { canonical, distance } of candidates) {
    const used = usedInDocument.has(canonical);
    if (distance > base + (used ? 1 : 0)) continue;
    const score = distance - (used ? 0.5 : 0);
    const previous = scores.get(canonical);
    if (previous === undefined || score < previous) scores.set(canonical, score);
  }
  const ranked = [...scores].sort((a, b) => a[1] - b[1]);
  // Only names about as near as the nearest: a clear best match is not diluted by far ones.
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, score]) => score <= best + 0.5)
    .slice(0, limit)
    .map(([canonical]) => canonical);
}

function allowanceFor(name: string): number {
  return Math.max(2, Math.ceil([...name].length / 3));
}

interface Candidate {
  canonical: string;
  distance: number;
}

/**
 * Registry forms within the largest allowance (one more than the base, for names the document
 * uses) of a name, with their distances. The search compares the name with every form, so it
 * is memoised per registry and name: while typing, the same unknown names come back on every
 * keystroke, and which names the document uses only re-ranks them. The memo is bounded.
 */
const candidateMemo = new TextMemoByOwner<UnitRegistry, Candidate[]>(5000);

function candidatesOf(name: string, registry: UnitRegistry): Candidate[] {
  const memo = candidateMemo.of(registry);
  return memo.lookup(name) ?? memo.remember(name, (copy) => searchCandidates(copy, registry));
}

function searchCandidates(name: string, registry: UnitRegistry): Candidate[] {
  const chars = [...name];
  const syllables = syllablesOf(name);
  const allowed = allowanceFor(name) + 1;
  const candidates: Candidate[] = [];
  for (const form of formsOf(registry)) {
    if (Math.abs(form.chars.length - chars.length) > allowed) continue;
    const distance = Math.min(editDistance(chars, form.chars, allowed), editDistance(syllables, form.syllables, allowed));
    if (distance <= allowed) candidates.push({ canonical: form.canonical, distance });
  }
  return candidates;
}

/**
 * Levenshtein distance between two sequences (characters or syllables); stops as soon as it
 * must exceed `max`, returning max + 1, since only near names matter.
 */
export function editDistance(a: readonly string[], b: readonly string[], max = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
