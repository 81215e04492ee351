const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Writes 1–99 as a Chinese numeral the way plans number their sections (十一, 二十, 三十二). */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones]}`;
}
