import { TextMemoByOwner } from "../text/textMemo.js";
import { counterpartInUse } from "./counterparts.js";
import { leadingLevelWord } from "./names.js";
import { syllablesOf } from "./pinyin.js";
import type { UnitRegistry } from "./registry.js";
import { formsOf as namesOfEntry, PLACE_SLOT, type ResolvedUnit } from "./registryEntries.js";
import { withWordsShortened } from "./writtenInFull.js";

interface PreparedForm {
  canonical: string;
  /** The form as written, whole. */
  text: string;
  core: string[];
  /** The core as one string. */
  coreText: string;
  syllables: string[];
  /** The cores of every form of the form's entry (namesAnotherPart), one set per entry. */
  entryCores: Set<string>;
}

/** Each registry's forms split into characters and syllables once, not once per unknown name. */
const preparedForms = new WeakMap<UnitRegistry, PreparedForm[]>();

function formsOf(registry: UnitRegistry): PreparedForm[] {
  let forms = preparedForms.get(registry);
  if (!forms) {
    const cores = new Map<string, Set<string>>();
    forms = [...registry.concreteForms()].map(({ text, entry }) => {
      const core = coreOf(text);
      let entryCores = cores.get(entry.name);
      if (entryCores === undefined) cores.set(entry.name, (entryCores = new Set()));
      entryCores.add(core);
      return { canonical: entry.name, text, core: [...core], coreText: core, syllables: syllablesOf(core), entryCores };
    });
    preparedForms.set(registry, forms);
  }
  return forms;
}

/**
 * The institution word a unit's name ends with: 局, 委, 厅, 办, 中心 … (县果业发展中心 is not
 * 县公路事业发展中心 for sharing 发展中心). 管理局 is one: many cities write 市水务管理局 for 市水务局,
 * and the 管理 two names share tells nothing of which body is meant (市水务管理局 is no slip of
 * 市数据管理局).
 */
const INSTITUTION_WORD_END = /(?:委员会|办公室|中心|管理局|局|委|厅|办)$/;

/**
 * What tells one unit's name from another's: the name without the level word it starts with
 * (市, 区, 省 …) and the institution word it ends with (局, 委, 厅, 办 …). A slip, a dropped 市
 * or a name of another level changes those without naming another unit (住建局 and 市住建局,
 * 市发改局 and 市发改委, 省教育局 and 省教育厅); the words between are the unit.
 */
export function coreOf(name: string): string {
  const word = leadingLevelWord(name);
  const start = word !== null && name.startsWith(word) ? word.length : 0;
  const suffix = INSTITUTION_WORD_END.exec(name);
  const end = suffix !== null && suffix.index >= start ? suffix.index : name.length;
  return name.slice(start, end);
}

/**
 * How far apart two names' cores are: the edit distance of their characters, where a character
 * put for another of the same sound (a slip of the input method) costs half an edit. So
 * 市市场监官局 is half an edit from 市市场监管局, but 市药监局 one and a half from 市卫健委 (药 for
 * 卫, and 监 for 健 sounds alike). Stops as soon as it must exceed `max`, returning more.
 */
export function coreDistance(a: readonly string[], aSyllables: readonly string[], b: readonly string[], bSyllables: readonly string[], max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : aSyllables[i - 1] === bSyllables[j - 1] ? 0.5 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How far apart two cores of these lengths may be and still be one name: one edit in three of
 * the longer, and at least one — but never every character (searchCandidates). So the level and institution words may differ, and a character
 * or so of the rest: 住建局 is 市住建局, 市科枝局 市科技局, 市市场监官局 市市场监管局; but 市供电公司
 * is not 市工信局 (three of four differ), nor 市综合执法局 市城管执法局 (two of four), nor
 * 市药监局 市科技局 (two of two).
 */
export function coreAllowance(a: number, b: number): number {
  return Math.max(1, Math.floor(Math.max(a, b) / 3));
}

/** Names offered for an unknown one, best first, and how many of the first are equally near (the best). */
export interface NearestNames {
  readonly names: readonly string[];
  readonly tied: number;
}

const NO_NAMES: NearestNames = { names: [], tied: 0 };

/**
 * The registry's canonical names near enough to a name it does not know to be the name meant,
 * for "did you mean" fixes, named at the level of `word` (省科枝厅 → 省科技厅). Near enough is
 * coreAllowance; a name the document already uses is preferred and may be one edit further
 * (Candidate.within): a plan that writes 市水务局 elsewhere probably means it by `水利`.
 */
export function nearestUnitNames(name: string, registry: UnitRegistry, usedInDocument: ReadonlySet<string>, limit = 3, word = "市"): readonly string[] {
  return nearestUnitChoices(name, registry, usedInDocument, limit, word).names;
}

/**
 * nearestUnitNames with how many of them are equally near: which of two equally good names is
 * meant only the drafter knows, so both are offered and named (units/unknown). Equals keep the
 * registry's order, which the registry's entries fix: the same on every run.
 */
export function nearestUnitChoices(name: string, registry: UnitRegistry, usedInDocument: ReadonlySet<string>, limit = 3, word = "市"): NearestNames {
  const city = nearestCityNames(name, registry, usedInDocument, limit);
  if (city.names.length === 0) return NO_NAMES;
  // A body of another level only (省药监局 for 市药监局) is no name at this one.
  const names: string[] = [];
  let tied = 0;
  city.names.forEach((near, index) => {
    // 市水利局 in a plan that names its 市水务局: the body of that slot the plan has.
    const canonical = counterpartInUse(near, usedInDocument) ?? near;
    const unit = registry.resolve(canonical);
    const atLevel = unit === null ? null : registry.atLevel(unit, word);
    const placed = unit === null ? canonical : atLevel === null ? undefined : canonical === near && !city.shortened[index] ? writingSlippedFrom(name, atLevel, registry) : atLevel.canonical;
    if (placed === undefined || names.includes(placed)) return;
    names.push(placed);
    if (index < city.tied) tied++;
  });
  return { names, tied };
}

/**
 * The unit's name at the plan's level in the writing a slip was made of: 省人力资源社会保险厅 is one
 * character off 省人力资源社会保障厅, which the drafter meant to write, not the registry's short
 * 省人社厅. The canonical name unless another of the unit's names (an alias, written in full or
 * otherwise) is nearer to the name as written; never a pattern (××市…) or a name that reads as
 * another unit. A plan's own writing of the unit still comes first (units/unknown asThePlanWrites).
 */
function writingSlippedFrom(name: string, unit: ResolvedUnit, registry: UnitRegistry): string {
  if (unit.place !== null) return unit.canonical;
  let best = unit.canonical;
  let distance = editDistance(name, best);
  for (const [form] of namesOfEntry(unit.entry)) {
    if (form.includes(PLACE_SLOT) || form === best) continue;
    const apart = editDistance(name, form);
    if (apart < distance && registry.resolve(form)?.canonical === unit.canonical) {
      best = form;
      distance = apart;
    }
  }
  return best;
}

/** Nearest names, and for each whether the name written is a shortening of it (Candidate.expands). */
type RankedNames = NearestNames & { shortened: readonly boolean[] };

function nearestCityNames(name: string, registry: UnitRegistry, usedInDocument: ReadonlySet<string>, limit: number): RankedNames {
  const candidates = candidatesOf(name, registry);
  // The answer depends on the candidates and on which of them the document uses: remembered
  // with that as a mask (each unknown name is asked again on every keystroke, and the document
  // rarely changes which units it uses). Names with over 30 candidates are ranked afresh.
  if (candidates.length > 30) return rank(candidates, usedInDocument, limit);
  let used = 0;
  for (let i = 0; i < candidates.length; i++) if (usedInDocument.has(candidates[i]!.canonical)) used |= 1 << i;
  const remembered = rankings.get(candidates);
  if (remembered !== undefined && remembered.used === used && remembered.limit === limit) return remembered.names;
  // Shared through the memo: readonly by type, not frozen (ARCHITECTURE.md, "Frozen arrays").
  const names = rank(candidates, usedInDocument, limit);
  rankings.set(candidates, { used, limit, names });
  return names;
}

/** The last ranking of each candidate list (a list is the memo's answer for one name). */
const rankings = new WeakMap<readonly Candidate[], { used: number; limit: number; names: RankedNames }>();

function rank(candidates: readonly Candidate[], usedInDocument: ReadonlySet<string>, limit: number): RankedNames {
  const scores = new Map<string, { score: number; spelled: number; expands: boolean; kin: boolean }>();
  for (const { canonical, distance, spelled, within, expands, kin } of candidates) {
    const used = usedInDocument.has(canonical);
    if (!within && !used) continue;
    // A shortening is ranked by what it leaves out, as written: 市文广局 is 市文广旅局 before 市文广新旅局.
    const score = expands ? spelled - (used ? 0.5 : 0) : distance - (used ? 0.5 : 0);
    const previous = scores.get(canonical);
    if (previous === undefined || (expands && !previous.expands) || (expands === previous.expands && (score < previous.score || (score === previous.score && spelled < previous.spelled)))) scores.set(canonical, { score, spelled, expands, kin });
  }
  // What the name can stand for first; then nearest, and of equals the one nearer as written
  // (市卫建委 is 市卫健委 before 市建委). A stable sort: names equal in both keep the order of
  // the registry's forms.
  // A name whose core is a listed one's (省教育局 for 省教育厅, the level's institution word
  // mistaken) before what a shortening can stand for (省教体局).
  const tier = (score: { score: number; expands: boolean; kin: boolean }) => (score.expands ? 1 : score.score <= 0 && score.kin ? 0 : 2);
  const ranked = [...scores].sort((a, b) => tier(a[1]) - tier(b[1]) || a[1].score - b[1].score || a[1].spelled - b[1].spelled);
  // Only names about as near as the nearest: a clear best match is not diluted by far ones, nor
  // what a shortening stands for by names that only look alike (or the other way round).
  const best = ranked[0]?.[1] ?? { score: 0, spelled: 0, expands: false, kin: true };
  const near = ranked.filter(([, score]) => score.expands === best.expands && (score.expands || score.score <= best.score + 0.5)).slice(0, limit);
  return { names: near.map(([canonical]) => canonical), tied: near.filter(([, { score, spelled }]) => score === best.score && spelled === best.spelled).length, shortened: near.map(([, { expands }]) => expands) };
}

interface Candidate {
  canonical: string;
  distance: number;
  /** The edit distance of the whole names as written, level and institution words included: what tells equals apart. */
  spelled: number;
  /**
   * Within the allowance (coreAllowance); else one edit beyond it with at least half the longer
   * core the same, which a name the document uses may be (水利 for 市水务局, not 市药监局 for 市科技局).
   */
  within: boolean;
  /**
   * The name is a shortening of this form (abbreviates): what the abbreviation can stand for,
   * ranked before every name that only looks alike (市文广局 is 市文广旅局 or 市文广新旅局 before
   * 市文旅局, which has no 广).
   */
  expands: boolean;
  /** The form ends in the same kind of institution word as the name (otherInstitution). */
  kin: boolean;
}

/**
 * Whether a name (without its level word) shortens a form: it keeps the form's first character
 * and its institution word, and the rest of its characters in the form's order, as Chinese
 * abbreviations are made (文广旅局 of 文化广电旅游局, 生态局 of 生态环境局). At least two
 * characters besides the institution word: one would shorten half the registry.
 */
function abbreviates(body: string, form: string): boolean {
  if (body.length < 3 || form.length <= body.length || body.charCodeAt(0) !== form.charCodeAt(0) || body.charCodeAt(body.length - 1) !== form.charCodeAt(form.length - 1)) return false;
  let at = 1;
  for (let i = 1; i < form.length - 1 && at < body.length - 1; i++) if (form.charCodeAt(i) === body.charCodeAt(at)) at++;
  return at === body.length - 1;
}

/**
 * Registry forms near a name (Candidate.within says how near), with their distances. The search
 * compares the name with every form, so it is memoised per registry and name: while typing, the
 * same unknown names come back on every keystroke, and which names the document uses only
 * re-ranks them. The memo is bounded.
 */
const candidateMemo = new TextMemoByOwner<UnitRegistry, Candidate[]>(5000);

function candidatesOf(name: string, registry: UnitRegistry): Candidate[] {
  const memo = candidateMemo.of(registry);
  return memo.lookup(name) ?? memo.remember(name, (copy) => searchCandidates(copy, registry));
}

function searchCandidates(name: string, registry: UnitRegistry): Candidate[] {
  const core = coreOf(name);
  if (core === "") return [];
  const chars = [...core];
  const syllables = syllablesOf(core);
  const candidates: Candidate[] = [];
  const body = name.slice(levelWordLength(name));
  const shortened = withWordsShortened(name);
  for (const form of formsOf(registry)) {
    if (namesAnotherPart(core, form)) continue;
    // A name cut off before its last characters (市人民政府办公 of 市政府办公室) is that name, before
    // a shorter one it happens to hold whole (市人民政府): the characters it has go on as the form's.
    if (cutOff(shortened, form.text)) {
      candidates.push({ canonical: form.canonical, distance: 0, spelled: form.text.length - shortened.length, within: true, expands: false, kin: true });
      continue;
    }
    const allowed = coreAllowance(chars.length, form.core.length);
    if (chars.length >= 2 && abbreviates(body, form.text.slice(levelWordLength(form.text)))) {
      candidates.push({ canonical: form.canonical, distance: coreDistance(chars, syllables, form.core, form.syllables, form.core.length), spelled: editDistance(name, form.text), within: true, expands: true, kin: true });
      continue;
    }
    // One more for a name the document uses (rank decides which may have it).
    if (Math.abs(form.core.length - chars.length) > allowed + 1) continue;
    const distance = coreDistance(chars, syllables, form.core, form.syllables, allowed + 1);
    // A name none of whose characters (or their sounds) is left is no slip of it: a one-character
    // core is one edit from every other (市水局 is not 市委办公室, 市信局 not 市建委).
    if (distance >= Math.max(chars.length, form.core.length)) continue;
    // Nor is one that keeps none of its characters, only a sound: 市监局 (市市场监管局's short
    // name) is no slip of 市建委 for its one 监 that sounds as 建, with 局 for 委 besides.
    if (distance > 0 && !sharesCharacter(name, form.text)) continue;
    // Nor is one that changes half of a short core and the institution word besides: 市文明办
    // tells nothing of what 市文广局 meant, 市科协 nothing of 市科枝局 (市科技局 does).
    if (distance >= 1 && chars.length <= 2 && otherInstitution(name, form.text)) continue;
    const within = distance <= allowed;
    if (within || (distance <= allowed + 1 && distance * 2 <= Math.max(chars.length, form.core.length))) {
      candidates.push({ canonical: form.canonical, distance, spelled: editDistance(name, form.text), within, expands: false, kin: !otherInstitution(name, form.text) });
    }
  }
  return candidates;
}

/**
 * Whether a name's core is the other part of a merged body's name: 港澳办 of 台港澳办, where the
 * entry also lists 台办, so 台港澳办 is 台办 and 港澳办 run together, and 港澳办 the body a province
 * keeps on its own (广东's 省港澳办), not a slip of the merged one. The registry says so: the
 * part left out is a name of the merged body by itself. A dropped character that is no name of
 * the body (市市场管局 of 市市场监管局) stays a slip.
 */
function namesAnotherPart(core: string, form: PreparedForm): boolean {
  const whole = form.coreText;
  if (whole.length <= core.length) return false;
  const rest = whole.startsWith(core) ? whole.slice(core.length) : whole.endsWith(core) ? whole.slice(0, whole.length - core.length) : null;
  return rest !== null && form.entryCores.has(rest);
}

/**
 * Whether a name is a form with its last one or two characters lost: four characters kept at
 * least, so that a level word and a short stem (市工信) are not read as any name they begin.
 */
function cutOff(name: string, form: string): boolean {
  return name.length >= 4 && form.length > name.length && form.length - name.length <= 2 && form.startsWith(name);
}

/**
 * Whether a name that ends in an institution word names another kind of body than a form: an
 * office (办) or an association (协) for a bureau. A bureau, a province's 厅 and a committee are
 * one kind: levels and places name the same department either way (市卫健委, 县卫健局, 省教育厅).
 */
function otherInstitution(name: string, form: string): boolean {
  const end = INSTITUTION_WORD_END.exec(name);
  if (end === null) return false;
  const a = name.charAt(name.length - 1);
  const b = form.charAt(form.length - 1);
  return a !== b && !(DEPARTMENT_ENDS.has(a) && DEPARTMENT_ENDS.has(b));
}

const DEPARTMENT_ENDS = new Set(["局", "厅", "委", "会"]);

/** Whether two names have a character in common after the level word they start with. */
function sharesCharacter(a: string, b: string): boolean {
  const aFrom = levelWordLength(a);
  const bFrom = levelWordLength(b);
  for (let i = aFrom; i < a.length; i++) if (b.indexOf(a.charAt(i), bFrom) >= 0) return true;
  return false;
}

function levelWordLength(name: string): number {
  const word = leadingLevelWord(name);
  return word !== null && name.startsWith(word) ? word.length : 0;
}

/** The plain edit distance of two short strings (a candidate's whole name against the name written). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
