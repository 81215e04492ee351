import type { PlanConfig } from "../config/schema.js";
import builtinEntries from "./builtin-registry.json";
import { TextMemo } from "../text/textMemo.js";
import { bracketedParts, type UnitLevel, normalizeUnitName } from "./names.js";

/**
 * The responsible-unit registry: canonical names with their aliases, full names and levels,
 * merged from the built-in city-level list, the configuration's `units.registry` and the
 * registry files the shells read. Every look-up is a Map hit; only names the maps do not know
 * are tried against the few place-name patterns (`××海关`).
 */

/** Where a user's entry is written, so the server can edit it (rename, add a name). */
export interface RegistryOrigin {
  /** The registry file; null for the configuration file's own `units.registry`. */
  file: string | null;
  /** JSON path of the entry inside that file. */
  path: (string | number)[];
}

export interface UnitEntryInput {
  name: string;
  aliases?: string[];
  fullName?: string;
  level?: UnitLevel;
  origin?: RegistryOrigin;
}

export interface UnitEntry {
  name: string;
  aliases: string[];
  fullName: string | null;
  level: UnitLevel | null;
  builtin: boolean;
  origin: RegistryOrigin | null;
  /** True when the name holds `××`, a slot for a place name (`××海关` matches 赣州海关). */
  pattern: boolean;
}

export type UnitForm = "canonical" | "alias" | "fullName";

/** Shared by every look-up of the name: readonly by type (not frozen: ARCHITECTURE.md, "Frozen arrays"). */
export interface ResolvedUnit {
  readonly entry: UnitEntry;
  /** The canonical name, with the place filled in for a pattern entry (人民银行赣州市分行). */
  readonly canonical: string;
  readonly form: UnitForm;
  /** The place that filled `××`, if any. */
  readonly place: string | null;
}

/** The slot for a place name in built-in and user entries. */
export const PLACE_SLOT = "××";
const PLACE = /^[\u3400-\u9fff]{2,8}$/;
/**
 * Words that name an institution, never a place: a `××` slot filled with one of them is another
 * department written in front (`市工信局市财政局` is 市工信局 and 市财政局, not the 财政局 of a
 * place called 市工信局).
 */
const INSTITUTION_WORD = /[局委办厅署院]|政府|中心|海关|分行|支行|管委|[会社部队]$/;

interface PatternForm {
  prefix: string;
  suffix: string;
  entry: UnitEntry;
  form: UnitForm;
}

export class UnitRegistry {
  /** Exact forms, each with its answer made once (resolve is asked per name per rule per keystroke). */
  private readonly byForm = new Map<string, ResolvedUnit>();
  private readonly patterns: PatternForm[] = [];
  /** Names tried against the patterns, remembered: the splitter asks about the same substrings often. */
  private readonly patternAnswers = new TextMemo<ResolvedUnit | null>(50_000);
  private readonly listed: UnitEntry[] = [];
  /** The entries not yet indexed: indexing the built-in list took some 7 ms of a fresh process. */
  private pending: readonly UnitEntry[] | null;

  constructor(entries: readonly UnitEntry[]) {
    // Indexed on first use: a plan that names no unit (and a run that checks only such plans)
    // never needs the index, and a one-file CLI run is mostly start-up.
    this.pending = entries;
  }

  /** The entries, a later one that shares a name with an earlier one having replaced it. */
  get entries(): readonly UnitEntry[] {
    return this.indexed().listed;
  }

  private indexed(): this {
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      for (const entry of pending) this.add(entry);
    }
    return this;
  }

  /** A later entry that shares a name with an earlier one replaces it: the user's word wins over the built-in list. */
  private add(entry: UnitEntry): void {
    const forms = formsOf(entry).map(([text, form]) => [normalizeUnitName(text), form] as const);
    for (const [text] of forms) {
      // Only a name with the slot can be a pattern's: the built-in list is read at every start, and
      // comparing each of its names with every pattern was most of building it.
      const previous = this.byForm.get(text)?.entry ?? (text.includes(PLACE_SLOT) ? this.patterns.find((p) => p.prefix + PLACE_SLOT + p.suffix === text)?.entry : undefined);
      if (previous) this.remove(previous);
    }
    this.listed.push(entry);
    for (const [text, form] of forms) {
      const slot = text.indexOf(PLACE_SLOT);
      if (slot >= 0) this.patterns.push({ prefix: text.slice(0, slot), suffix: text.slice(slot + PLACE_SLOT.length), entry, form });
      else if (!this.byForm.has(text)) this.byForm.set(text, { entry, canonical: entry.name, form, place: null });
    }
  }

  private remove(entry: UnitEntry): void {
    this.listed.splice(this.listed.indexOf(entry), 1);
    for (const [text, value] of [...this.byForm]) if (value.entry === entry) this.byForm.delete(text);
    for (let i = this.patterns.length - 1; i >= 0; i--) if (this.patterns[i]!.entry === entry) this.patterns.splice(i, 1);
  }

  /** The unit a name stands for, or null when the registry does not know it. */
  resolve(name: string): ResolvedUnit | null {
    const text = normalizeUnitName(name);
    const exact = this.indexed().byForm.get(text);
    if (exact) return exact;
    const remembered = this.patternAnswers.lookup(text);
    return remembered !== undefined ? remembered : this.patternAnswers.remember(text, (copy) => this.resolvePattern(copy));
  }

  private resolvePattern(text: string): ResolvedUnit | null {
    for (const pattern of this.patterns) {
      if (text.length <= pattern.prefix.length + pattern.suffix.length) continue;
      if (!text.startsWith(pattern.prefix) || !text.endsWith(pattern.suffix)) continue;
      const place = text.slice(pattern.prefix.length, text.length - pattern.suffix.length);
      if (!this.isPlace(place)) continue;
      return { entry: pattern.entry, canonical: pattern.entry.name.replace(PLACE_SLOT, place), form: pattern.form, place };
    }
    return null;
  }

  /**
   * Whether the text that fills a `××` slot can be a place name: a few Chinese characters, no
   * institution word, and no part of it a name the registry knows (exactly or by a pattern).
   * Without the last two, two departments written together would be taken for one full name
   * and a fix would silently delete the first (`市工信局市财政局` → `市财政局`).
   */
  private isPlace(place: string): boolean {
    if (!PLACE.test(place) || INSTITUTION_WORD.test(place)) return false;
    for (let start = 0; start < place.length; start++) {
      for (let end = start + 2; end <= place.length; end++) {
        // Shorter than the place, so the recursion through resolve ends; answers are remembered.
        if (end - start < place.length ? this.resolve(place.slice(start, end)) !== null : this.byForm.has(place)) return false;
      }
    }
    return true;
  }

  /**
   * True when a name is known: listed, or one body with two names (`市委组织部（市委人才办）`)
   * whose both names are listed.
   */
  isKnown(name: string): boolean {
    if (this.resolve(name)) return true;
    const parts = bracketedParts(normalizeUnitName(name));
    return parts !== null && this.resolve(parts.outer) !== null && this.resolve(parts.inner) !== null;
  }

  /** True when an exact (non-pattern) form: used to split names run together. */
  hasExactForm(text: string): boolean {
    return this.indexed().byForm.has(text);
  }

  /** Every concrete written form with its entry, for completion and nearest-name suggestions. */
  *concreteForms(): Iterable<{ text: string; entry: UnitEntry; form: UnitForm }> {
    for (const [text, value] of this.indexed().byForm) yield { text, entry: value.entry, form: value.form };
  }

  /**
   * Whether the registry speaks for a document of this level. The built-in list is 市级; a user
   * entry without a level speaks for every level. A provincial plan checked against only the
   * built-in list would have every 省 name reported, which says nothing about the plan.
   */
  coversLevel(level: UnitLevel): boolean {
    return this.entries.some((entry) => entry.level === null || entry.level === level);
  }
}

function formsOf(entry: UnitEntry): Array<[string, UnitForm]> {
  const forms: Array<[string, UnitForm]> = [[entry.name, "canonical"]];
  for (const alias of entry.aliases) forms.push([alias, "alias"]);
  if (entry.fullName) forms.push([entry.fullName, "fullName"]);
  return forms;
}

function toEntry(input: UnitEntryInput, builtin: boolean): UnitEntry {
  return {
    name: input.name,
    aliases: input.aliases ?? [],
    fullName: input.fullName ?? null,
    level: input.level ?? (builtin ? "市" : null),
    builtin,
    origin: input.origin ?? null,
    pattern: input.name.includes(PLACE_SLOT),
  };
}

const BUILTIN: readonly UnitEntryInput[] = builtinEntries as UnitEntryInput[];

/** Built-in entries first, then the configuration's inline ones, then those of the registry files. */
export function buildRegistry(config: PlanConfig | undefined, fileEntries: readonly UnitEntryInput[] = []): UnitRegistry {
  const entries: UnitEntry[] = [];
  if (config?.units?.useBuiltin !== false) for (const input of BUILTIN) entries.push(toEntry(input, true));
  (config?.units?.registry ?? []).forEach((input, index) => entries.push(toEntry({ ...input, origin: { file: null, path: ["units", "registry", index] } }, false)));
  for (const input of fileEntries) entries.push(toEntry(input, false));
  return new UnitRegistry(entries);
}

const NO_CONFIG = {};
const NO_FILES: readonly UnitEntryInput[] = [];
const memo = new WeakMap<object, WeakMap<object, UnitRegistry>>();

/**
 * The registry for a configuration and the entries of its registry files, built once per pair of
 * objects: the shells keep both while nothing changes, so analysing on every keystroke does not
 * rebuild it.
 */
export function registryFor(config: PlanConfig | undefined, fileEntries: readonly UnitEntryInput[] | undefined): UnitRegistry {
  const configKey = config ?? NO_CONFIG;
  const filesKey = fileEntries ?? NO_FILES;
  let byFiles = memo.get(configKey);
  if (!byFiles) memo.set(configKey, (byFiles = new WeakMap()));
  let registry = byFiles.get(filesKey);
  if (!registry) byFiles.set(filesKey, (registry = buildRegistry(config, fileEntries)));
  return registry;
}
