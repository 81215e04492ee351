import { SaxesParser } from "saxes";
import { WordPrefixes } from "./prefixes.js";
import { isOn } from "./toggles.js";

/** One level of a Word list: what its marker looks like and where it starts. */
interface Level {
  format: string;
  text: string;
  start: number;
  /** w:isLgl: every level's number in the marker written in digits (legal numbering, 1.1). */
  legal: boolean;
  /** w:lvlRestart: restart after a level up to this one (1-based) is used; 0 never; undefined after any higher level. */
  restart?: number;
  /** w:suff: what follows the marker (a tab unless it says `space` or `nothing`). */
  suffix: string;
  /** w:pStyle: the paragraph style numbered at this level. */
  style?: string;
  /** The marker's run properties hide it (w:vanish): Word shows no number. */
  hidden: boolean;
}

interface Abstract {
  levels: Map<number, Level>;
  /** w:numStyleLink: the numbering style whose list this one is. */
  styleLink?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
  /** Some level restarts at a w:startOverride. */
  restarts: boolean;
}

/** Longer than any marker Word's dialog makes; a longer lvlText is a hostile file's, cut here. */
const MAX_LEVEL_TEXT = 64;

/** Word's automatic list numbering (`word/numbering.xml`), turned back into the marker text a reader sees. */
export class WordNumbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly nums = new Map<string, Num>();
  /** Counters per abstract list: Word continues a list across `w:num`s that share one. */
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly restarted = new Set<string>();

  /** `styleNumIds`: the list of each numbering style (w:numStyleLink names one). */
  constructor(
    xml: string | undefined,
    private readonly styleNumIds: (style: string) => string | undefined = () => undefined,
  ) {
    if (xml) this.parse(xml);
  }

  /** The level of list `numId` a paragraph of `style` is numbered at (the level whose w:pStyle it is). */
  levelOfStyle(numId: string, style: string): number | undefined {
    const abstract = this.abstractOf(numId);
    if (abstract) for (const [index, level] of abstract.levels) if (level.style === style) return index;
    return undefined;
  }

  /** The marker of the next paragraph of list `numId` at level `ilvl`, with what follows it, advancing the count; "" if none. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num) return "";
    const abstractId = this.abstractIdOf(num);
    const abstract = this.abstracts.get(abstractId);
    const levelOf = (index: number): Level | undefined => num.overrides.get(index)?.level ?? abstract?.levels.get(index);
    const level = levelOf(ilvl);
    if (!level) return "";
    let counters: Array<number | undefined> | undefined = this.counters.get(abstractId);
    if (!counters || (num.restarts && !this.restarted.has(numId))) {
      // A w:num with a start override restarts the shared list the first time it is used.
      counters = [];
      this.counters.set(abstractId, counters);
    }
    this.restarted.add(numId);
    const startOf = (index: number) => num.overrides.get(index)?.start ?? levelOf(index)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    // Deeper levels restart after this one, unless their w:lvlRestart says otherwise.
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || ilvl < restart) counters[deeper] = undefined;
    }
    if (level.hidden || level.format === "none") return "";
    if (level.format === "bullet") return bulletText(level.text);
    const marker = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters![index] ?? startOf(index);
      return formatNumber(value, level.legal ? "decimal" : (levelOf(index)?.format ?? "decimal"));
    });
    return marker + suffixAfter(marker, level.suffix);
  }

  private abstractIdOf(num: Num): string {
    // A list defined by a numbering style (w:numStyleLink) takes its levels from the style's list.
    const link = this.abstracts.get(num.abstractId)?.styleLink;
    const linked = link !== undefined ? this.styleNumIds(link) : undefined;
    const target = linked !== undefined ? this.nums.get(linked) : undefined;
    return target && target !== num ? target.abstractId : num.abstractId;
  }

  private abstractOf(numId: string): Abstract | undefined {
    const num = this.nums.get(numId);
    return num ? this.abstracts.get(this.abstractIdOf(num)) : undefined;
  }

  private parse(xml: string): void {
    const parser = new SaxesParser();
    let abstract: Abstract | undefined;
    let num: Num | undefined;
    let override: { start?: number; level?: Level } | undefined;
    let level: Level | undefined;
    const prefixes = new WordPrefixes();
    parser.on("opentag", (written) => {
      const tag = prefixes.open(written);
      const value = (name: string) => tag.attributes[name] as string | undefined;
      switch (tag.name) {
        case "w:abstractNum":
          abstract = { levels: new Map() };
          this.abstracts.set(value("w:abstractNumId") ?? "", abstract);
          break;
        case "w:numStyleLink":
          if (abstract) abstract.styleLink = value("w:val");
          break;
        case "w:num":
          num = { abstractId: "", overrides: new Map(), restarts: false };
          this.nums.set(value("w:numId") ?? "", num);
          break;
        case "w:abstractNumId":
          if (num) num.abstractId = value("w:val") ?? "";
          break;
        case "w:lvlOverride":
          override = {};
          num?.overrides.set(Number(value("w:ilvl") ?? 0), override);
          break;
        case "w:startOverride":
          if (override) override.start = Number(value("w:val") ?? 1);
          if (num) num.restarts = true;
          break;
        case "w:lvl":
          level = { format: "decimal", text: "", start: 1, legal: false, suffix: "tab", hidden: false };
          if (override) override.level = level;
          else abstract?.levels.set(Number(value("w:ilvl") ?? 0), level);
          break;
        case "w:start":
          if (level) level.start = Number(value("w:val") ?? 1);
          break;
        case "w:numFmt":
          // Word 2010's w14 formats (`custom`, with a sample in w:format) come in an mc:Choice whose
          // mc:Fallback names the nearest standard format: that one is read.
          if (level && value("w:val") !== "custom") level.format = value("w:val") ?? "decimal";
          break;
        case "w:lvlText":
          if (level) level.text = (value("w:val") ?? "").slice(0, MAX_LEVEL_TEXT);
          break;
        case "w:isLgl":
          if (level) level.legal = isOn(value("w:val"));
          break;
        case "w:lvlRestart":
          if (level) level.restart = Number(value("w:val") ?? 0);
          break;
        case "w:suff":
          if (level) level.suffix = value("w:val") ?? "tab";
          break;
        case "w:pStyle":
          if (level) level.style = value("w:val");
          break;
        case "w:vanish":
          if (level) level.hidden = isOn(value("w:val"));
          break;
      }
    });
    parser.on("closetag", (written) => {
      const name = prefixes.name(written);
      if (name === "w:lvl") level = undefined;
      else if (name === "w:lvlOverride") override = undefined;
      else if (name === "w:abstractNum") abstract = undefined;
      else if (name === "w:num") num = undefined;
    });
    parser.write(xml).close();
  }
}

/**
 * A bullet is no number a plan counts by: its glyph (●, ■, a Wingdings tick) is the list's
 * decoration, and the paragraph's text is what the plan says. A bullet of dashes is the plan's
 * own list mark, written as the plan writes its `——` entries.
 */
function bulletText(text: string): string {
  return /^[—―─－-]+$/u.test(text) ? text : "";
}

/**
 * What the plan's text has between a marker and the paragraph's text where Word sets a tab or a
 * space (w:suff): nothing after a marker that ends in a mark (`一、`, `（一）`, `1.`, `⑴`), as plans
 * are typed; after one that ends in a word, a space, so that the marker stays apart from the text
 * (`1.1 目的`, and not `12025年` of `1` and `2025年`): a full-width one after a character
 * (`第一章　总则`, as 公文 write it), else an ordinary one.
 */
function suffixAfter(marker: string, suffix: string): string {
  if (suffix === "nothing" || !/[\p{L}\p{Nd}]$/u.test(marker.slice(-2))) return "";
  return /\p{Script=Han}$/u.test(marker.slice(-2)) ? "\u3000" : " ";
}

const CHINESE_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const LEGAL_DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

function chineseCounting(value: number, digits = CHINESE_DIGITS, units = ["", "十", "百", "千"], tenAlone = true): string {
  if (value <= 0 || value >= 10000) return String(value);
  const figures = String(value).split("").map(Number);
  let out = "";
  let zero = false;
  figures.forEach((digit, index) => {
    const unit = units[figures.length - 1 - index]!;
    if (digit === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += digits === CHINESE_DIGITS ? "零" : digits[0];
    zero = false;
    out += tenAlone && digit === 1 && index === 0 && figures.length === 2 ? unit : digits[digit]! + unit;
  });
  return out;
}
function letters(value: number): string {
  // Word repeats the letter past Z: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const table: Array<[number, string]> = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [amount, text] of table) while (value >= amount) (out += text), (value -= amount);
  return out;
}

/** A counter in one of Word's number formats (`w:numFmt`); unknown formats fall back to digits. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseCounting(value);
    case "ideographDigital":
    case "japaneseDigitalTenThousand":
    case "taiwaneseDigital":
      return String(value).split("").map((digit) => CHINESE_DIGITS[Number(digit)]).join("");
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    case "chineseLegalSimplified":
      return chineseCounting(value, LEGAL_DIGITS, ["", "拾", "佰", "仟"], false);
    case "ideographTraditional":
      // 甲 … 癸, then digits, as Word does past the tenth.
      return value >= 1 && value <= 10 ? HEAVENLY_STEMS[value - 1]! : String(value);
    case "ideographZodiac":
      return value >= 1 && value <= 12 ? EARTHLY_BRANCHES[value - 1]! : String(value);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case "decimalEnclosedParen":
      // Word draws ⑴ … ⒇ (the enclosed characters), then the digits in brackets.
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`;
    case "decimalEnclosedFullstop":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`;
    case "ideographEnclosedCircle":
      return value >= 1 && value <= 10 ? String.fromCharCode(0x3280 + value - 1) : String(value);
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    default:
      return String(value);
  }
}
