/**
 * The text Word draws for an EQ field (an equation field, which has no result of its own), or
 * undefined when the instruction is not one. Plans use it for 带圈字符: Format → Enclose
 * Characters writes `eq \o\ac(○,11)` — the circle and the number overstruck (\o), centred (\ac) —
 * and a reader sees ⑪. Such a pair is read as the enclosed character Unicode has (circled
 * numbers 0–50, letters, 一–十); any other enclosure, or a content with no such character, is
 * read as its content, so that no word is lost for want of a glyph. Other switches (\s\up for a
 * raised size, \f for a fraction, \b brackets …) are read as the text of their arguments, a
 * fraction as a/b.
 *
 * EQ's syntax: `\x` switches with options (`\up 1`, `\ac`), arguments in parentheses apart by
 * commas (the list separator; `;` where that is the locale's), and `\,` `\(` `\)` `\\` for the
 * characters themselves.
 */
export function equationText(instruction: string): string | undefined {
  const match = /^\s*eq(?=[\s\\]|$)/i.exec(instruction);
  if (!match) return undefined;
  const reader = new EquationReader(instruction, match[0].length);
  return reader.expression(false).trim();
}

const ENCLOSURES = new Set(["○", "◯", "〇", "□", "◇", "△", "☐"]);
const CIRCLES = new Set(["○", "◯", "〇"]);
const IDEOGRAPHIC_NUMBERS = "一二三四五六七八九十";

/** The circled character for a content inside ○, or undefined when Unicode has none. */
function circled(content: string): string | undefined {
  if (/^\d{1,2}$/.test(content)) {
    const n = Number(content);
    if (n === 0) return "⓪";
    if (n <= 20) return String.fromCodePoint(0x2460 + n - 1);
    if (n <= 35) return String.fromCodePoint(0x3251 + n - 21);
    if (n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
    return undefined;
  }
  if (/^[A-Z]$/.test(content)) return String.fromCodePoint(0x24b6 + content.charCodeAt(0) - 65);
  if (/^[a-z]$/.test(content)) return String.fromCodePoint(0x24d0 + content.charCodeAt(0) - 97);
  const ideographic = content.length === 1 ? IDEOGRAPHIC_NUMBERS.indexOf(content) : -1;
  return ideographic >= 0 ? String.fromCodePoint(0x3280 + ideographic) : undefined;
}

class EquationReader {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  /** Text up to the end, or (inside an argument) up to its `,` `;` or `)`. */
  expression(inArgument: boolean): string {
    let out = "";
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (inArgument && (ch === "," || ch === ";" || ch === ")")) break;
      if (ch !== "\\") {
        out += ch;
        this.at++;
        continue;
      }
      const next = this.text[this.at + 1];
      if (next === undefined) {
        this.at++;
        break;
      }
      if (!/[a-z]/i.test(next)) {
        // An escaped character stands for itself.
        out += next;
        this.at += 2;
        continue;
      }
      out += this.switchText();
    }
    return out;
  }

  /** A switch with its options and its arguments, read as the text it draws. */
  private switchText(): string {
    const switches: string[] = [];
    // A switch's options are more switches and numbers: `\o\ac(`, `\s \up 1(`.
    for (;;) {
      const option = /^\\([a-z]+)\s*(\d+)?\s*/i.exec(this.text.slice(this.at, this.at + 24));
      if (!option) break;
      switches.push(option[1]!.toLowerCase());
      this.at += option[0].length;
    }
    if (this.text[this.at] !== "(") return "";
    this.at++;
    const args: string[] = [];
    for (;;) {
      args.push(this.expression(true));
      const ch = this.text[this.at];
      this.at++;
      if (ch !== "," && ch !== ";") break;
    }
    const kind = switches[0];
    if (kind === "o") return overstruck(args.map((arg) => arg.trim()));
    if (kind === "f" && args.length === 2) return `${args[0]!.trim()}/${args[1]!.trim()}`;
    return args.join("");
  }
}

/** Characters drawn over each other: an enclosure and its content is the enclosed character. */
function overstruck(args: string[]): string {
  const enclosure = args.find((arg) => ENCLOSURES.has(arg));
  const content = args.filter((arg) => arg !== enclosure).join("");
  if (enclosure === undefined) return args.join("");
  return (CIRCLES.has(enclosure) ? circled(content) : undefined) ?? content;
}
