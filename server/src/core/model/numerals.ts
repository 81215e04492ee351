const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Writes 1–99 as a Chinese numeral the way plans number their sections (十一, 二十, 三十二). */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones]}`;
}

const NUMERAL_VALUES = new Map(Array.from({ length: 99 }, (_, i) => [toChineseNumeral(i + 1), i + 1] as const));

/** The value of a Chinese numeral 一 … 九十九 as plans write them (十一, 二十, 三十二), or null. */
export function fromChineseNumeral(numeral: string): number | null {
  return NUMERAL_VALUES.get(numeral) ?? null;
}

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_DIGITS = /[０-９]/;

/** Whether a numeral is written in full-width digits (`１２`, pasted from WPS or a web page). */
export function hasFullwidthDigits(numeral: string): boolean {
  return FULLWIDTH_DIGITS.test(numeral);
}

/** `12` → `１２`; other characters stay. */
export function toFullwidthDigits(numeral: string): string {
  return numeral.replace(/[0-9]/g, (digit) => String.fromCharCode(FULLWIDTH_ZERO + Number(digit)));
}

const FULLWIDTH_FIGURE = /[０-９．]/g;

/**
 * Full-width digits and point as half-width, one character for one (offsets into the result
 * hold for the text as written): `９８．５` reads as 98.5 wherever figures are read.
 */
export function toHalfwidthFigures(text: string): string {
  if (!FULLWIDTH_DIGITS.test(text)) return text;
  return text.replace(FULLWIDTH_FIGURE, (char) => (char === "．" ? "." : String.fromCharCode(char.charCodeAt(0) - FULLWIDTH_ZERO + 0x30)));
}

/** The circled numerals a list's entries are numbered with: ① … ⑳ and ⑴ … ⒇, 20 of each. */
const CIRCLED_FORMS = [0x2460, 0x2474];
const CIRCLED_COUNT = 20;

/**
 * A value written in the form of a list entry's numeral (`①` → `③`, `⑴` → `⑶`), or null where the
 * form has no character for it (past ⑳) or the numeral is no circled one (`1)`: digits).
 */
export function circledNumeralLike(numeral: string, value: number): string | null {
  const code = numeral.charCodeAt(0);
  for (const first of CIRCLED_FORMS) {
    if (code < first || code >= first + CIRCLED_COUNT) continue;
    return Number.isInteger(value) && value >= 1 && value <= CIRCLED_COUNT ? String.fromCharCode(first + value - 1) : null;
  }
  return null;
}

/** Whether a numeral is a circled one (① … ⑳, ⑴ … ⒇). */
export function isCircledNumeral(numeral: string): boolean {
  const code = numeral.charCodeAt(0);
  return CIRCLED_FORMS.some((first) => code >= first && code < first + CIRCLED_COUNT);
}
