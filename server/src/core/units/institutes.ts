import instituteTable from "./institutes.json";
import { LEVEL_WORDS, leadingLevelWord } from "./names.js";
import { madeEntry, SOURCES, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

/**
 * An institute a 市场监管局 runs, named by its function (institutes.json): the level word, a
 * stem of the function (计量, 计量测试, 特种设备检验检测, 特检; the complaints centre by the
 * number the public dials, 12315投诉举报) and an institute's word (研究院, 所, 中心). A place has one of each, which its plans name in many ways (市计量所,
 * 市计量测试研究院): every writing of one function at one level is one unit, named by the data's
 * short name (市计量所). Not a stem the data does not hold (市财政研究院), nor another ending (市计量局).
 */
export class Institutes {
  /** The institutes asked about, by each writing and by the short name. */
  private readonly institutes = new Map<string, UnitEntry>();

  /** `cityOfCountyLevel`: whether 市 names a county's level (a county-level city's registry). */
  constructor(private readonly cityOfCountyLevel: boolean) {}

  /** The institutes at the level of a word, by their short names (市计量所, 市特检院 …), for completion. */
  at(word: string): UnitEntry[] {
    if (!LEVEL_WORDS.has(word)) return [];
    return instituteShortNames().map((name) => this.resolve(word + name)!.entry);
  }

  resolve(text: string): ResolvedUnit | null {
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    let entry = this.institutes.get(text);
    if (entry === undefined) {
      const kind = instituteOf(text.slice(word.length));
      if (kind === null) return null;
      const name = word + kind;
      entry = this.institutes.get(name);
      if (entry === undefined || entry.name !== name) {
        const level = this.cityOfCountyLevel && word === "市" ? "县" : LEVEL_WORDS.get(word)!;
        entry = madeEntry(name, level, false, SOURCES.institute);
        this.institutes.set(name, entry);
      }
      this.institutes.set(text, entry);
    }
    return { entry, canonical: entry.name, form: entry.name === text ? "canonical" : "alias", place: null };
  }
}

interface InstituteTable {
  endings: string[];
  institutes: Array<{ name: string; stems: string[] }>;
}

/** Each institute's short name by every stem and ending it is written with (made on first use). */
let instituteNames: Map<string, string> | null = null;

/** The institutes' short names, in the data's order. */
function instituteShortNames(): string[] {
  return (instituteTable as InstituteTable).institutes.map((institute) => institute.name);
}

/** The short name of the institute a name without its level word is (计量测试研究院 → 计量所), or null. */
function instituteOf(rest: string): string | null {
  if (instituteNames === null) {
    instituteNames = new Map();
    const { endings, institutes } = instituteTable as InstituteTable;
    for (const { name, stems } of institutes) {
      instituteNames.set(name, name);
      for (const stem of stems) for (const ending of endings) if (!instituteNames.has(stem + ending)) instituteNames.set(stem + ending, name);
    }
  }
  return instituteNames.get(rest) ?? null;
}
