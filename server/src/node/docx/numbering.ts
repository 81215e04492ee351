import { SaxesParser } from "saxes";

/** One level of a Word list: what its marker looks like and where it starts. */
interface Level {
  format: string;
  text: string;
  start: number;
}

/** Word's automatic list numbering (`word/numbering.xml`), turned back into the marker text a reader sees. */
export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> }>();
  /** Counters per abstract list: Word continues a list across `w:num`s that share one. */
  private readonly counters = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(xml: string | undefined) {
    if (xml) this.parse(xml);
  }

  /** The marker of the next paragraph of list `numId` at level `ilvl`, advancing the count; "" if none. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num) return "";
    const abstract = this.abstracts.get(num.abstractId);
    const levelOf = (index: number): Level | undefined => num.overrides.get(index)?.level ?? abstract?.get(index);
    const level = levelOf(ilvl);
    if (!level) return "";
    let counters = this.counters.get(num.abstractId);
    if (!counters || (!this.restarted.has(numId) && [...num.overrides.values()].some((override) => override.start !== undefined))) {
      // A w:num with a start override restarts the shared list the first time it is used.
      counters = [];
      this.counters.set(num.abstractId, counters);
    }
    this.restarted.add(numId);
    const startOf = (index: number) => num.overrides.get(index)?.start ?? levelOf(index)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    counters.length = ilvl + 1; // deeper levels restart after this one
    if (level.format === "bullet") return level.text;
    if (level.format === "none") return "";
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters![index] ?? startOf(index);
      return formatNumber(value, levelOf(index)?.format ?? "decimal");
    });
  }

  private parse(xml: string): void {
    const parser = new SaxesParser();
    let abstract: Map<number, Level> | undefined;
    let num: { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> } | undefined;
    let override: { start?: number; level?: Level } | undefined;
    let level: Level | undefined;
    parser.on("opentag", (tag) => {
      const value = (name: string) => tag.attributes[name] as string | undefined;
      switch (tag.name) {
        case "w:abstractNum":
          abstract = new Map();
          this.abstracts.set(value("w:abstractNumId") ?? "", abstract);
          break;
        case "w:num":
          num = { abstractId: "", overrides: new Map() };
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
          break;
        case "w:lvl":
          level = { format: "decimal", text: "", start: 1 };
          if (override) override.level = level;
          else abstract?.set(Number(value("w:ilvl") ?? 0), level);
          break;
        case "w:start":
          if (level) level.start = Number(value("w:val") ?? 1);
          break;
        case "w:numFmt":
          if (level) level.format = value("w:val") ?? "decimal";
          break;
        case "w:lvlText":
          if (level) level.text = value("w:val") ?? "";
          break;
      }
    });
    parser.on("closetag", (tag) => {
      if (tag.name === "w:lvl") level = undefined;
      else if (tag.name === "w:lvlOverride") override = undefined;
      else if (tag.name === "w:abstractNum") abstract = undefined;
      else if (tag.name === "w:num") num = undefined;
    });
    parser.write(xml).close();
  }
}

const CHINESE_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

function chineseCounting(value: number): string {
  if (value <= 0 || value >= 10000) return String(value);
  const units = ["", "十", "百", "千"];
  const digits = String(value).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((digit, index) => {
    const unit = units[digits.length - 1 - index]!;
    if (digit === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += digit === 1 && unit === "十" && out === "" ? unit : CHINESE_DIGITS[digit]! + unit;
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
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case "decimalEnclosedParen":
      return `(${value})`;
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
