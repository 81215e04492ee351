import { halfWidthDigits } from "../text/codeUnits.js";
import { fromChineseNumeral } from "../model/numerals.js";

/** A numeral as plans number their attachments and parts: `1`, `１`, `一`, `十二`; null otherwise. */
export function numberOf(numeral: string): number | null {
  const written = numeral.replace(/[\s\u3000]+/gu, "");
  if (/^[0-9０-９]{1,3}$/u.test(written)) return Number(halfWidthDigits(written));
  return fromChineseNumeral(written);
}

/** A title compared as written apart from spaces, quotation and title marks and a trailing mark (`《》“”`, `。`). */
export function titleKey(title: string): string {
  return title.replace(/[\s\u3000《》〈〉“”"'‘’「」『』]+/gu, "").replace(/[。；;，,：:]+$/u, "");
}

/** Two titles name one attachment where one is the other, apart from marks, spaces, or a wrapped line's cut (one begins the other). */
export function sameTitle(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  return x === y || (x.length >= 4 && y.startsWith(x)) || (y.length >= 4 && x.startsWith(y));
}
