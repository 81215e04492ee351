import { readingsOf } from "./pinyin.js";

/**
 * A name one homophone away from a name the plan writes elsewhere and the registry knows: an
 * input method's slip (赣州经开区经济发展居 where the plan writes 赣州经开区经济发展局 three tasks
 * on). The registry's own names are found by the nearest-name search; names it knows through a
 * reader rather than a listed form (a zone's departments, units/zoneDepartments.ts) are not in that
 * search, and their slips went without a suggestion. Only long names (a short one a character off
 * is as likely another body: 市科技馆, 市科技局) and only a character read the same as the one it
 * replaces.
 */
const SHORTEST = 6;

/** The known names the plan writes (`written`) that `name` is a homophone slip of, in the plan's order. */
export function homophoneSlipsOf(name: string, written: readonly string[]): string[] {
  if (name.length < SHORTEST) return [];
  const found: string[] = [];
  for (const known of written) if (!found.includes(known) && isSameSoundSlip(name, known)) found.push(known);
  return found;
}

/** Two names (or places) of one length that differ in one character, the two read alike (洲 and 州, 居 and 局). */
export function isSameSoundSlip(written: string, meant: string): boolean {
  if (written.length !== meant.length) return false;
  let differs = -1;
  for (let i = 0; i < written.length; i++) {
    if (written.charCodeAt(i) === meant.charCodeAt(i)) continue;
    if (differs >= 0) return false;
    differs = i;
  }
  if (differs < 0) return false;
  const [a] = readingsOf(written.charAt(differs));
  const [b] = readingsOf(meant.charAt(differs));
  return a !== undefined && b !== undefined && a.some((reading) => b.includes(reading));
}
