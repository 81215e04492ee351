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
  for (const known of written) {
    if (known.length !== name.length || found.includes(known)) continue;
    let at = -1;
    for (let i = 0; i < name.length; i++) {
      if (name.charCodeAt(i) === known.charCodeAt(i)) continue;
      if (at >= 0) {
        at = -2;
        break;
      }
      at = i;
    }
    if (at < 0 || !sameReading(name.charAt(at), known.charAt(at))) continue;
    found.push(known);
  }
  return found;
}

function sameReading(a: string, b: string): boolean {
  const [readingsOfA] = readingsOf(a);
  const [readingsOfB] = readingsOf(b);
  return readingsOfA !== undefined && readingsOfB !== undefined && readingsOfA.some((reading) => readingsOfB.includes(reading));
}
