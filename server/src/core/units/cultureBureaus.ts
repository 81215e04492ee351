/**
 * The bureaus the 2018 reforms made of culture, tourism, radio and television, sport and the
 * press are named by their parts in whatever order each government chose: 岳阳市文化旅游广电体育局
 * (市文旅广体局), elsewhere 市文化广电旅游体育局 (市文广旅体局), 市文化广电体育和旅游局. The registry
 * lists one name per combination with a few of its orders; a name of the same parts in another
 * order is that unit, whatever the level. Only these parts are read in any order: they are one
 * family, and no two of their combinations are different units, whereas elsewhere the order
 * tells a merged bureau from a typo (mergedBureaus.ts).
 */

/** Each part as written in full and as its one-character short form, the longer first. */
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ["新闻出版", "新"],
  ["广播电视", "广"],
  ["文化", "文"],
  ["旅游", "旅"],
  ["广电", "广"],
  ["体育", "体"],
  ["文", "文"],
  ["旅", "旅"],
  ["广", "广"],
  ["体", "体"],
  ["新", "新"],
];

/**
 * The parts a bureau's name (without its level word and 局) is made of, as a key that ignores
 * their order (`文广旅体`), or null when it is not made of culture parts only: two parts at
 * least, 文化 among them, each once, one 和 allowed between two parts — before the last
 * (文化广电体育和旅游) or after the first, where 旅游 opens the name (海南's cities:
 * 旅游和文化广电体育局).
 */
export function culturePartsOf(rest: string): string | null {
  const found: string[] = [];
  let joins = 0;
  let at = 0;
  while (at < rest.length) {
    if (rest[at] === "和" && found.length >= 1) {
      if (++joins > 1) return null;
      at++;
    }
    const part = PARTS.find(([written]) => rest.startsWith(written, at));
    if (part === undefined || found.includes(part[1])) return null;
    found.push(part[1]);
    at += part[0].length;
  }
  return found.length >= 2 && found.includes("文") ? ORDER.filter((short) => found.includes(short)).join("") : null;
}

/** The order of the key: one for every order the parts are written in. */
const ORDER = ["文", "广", "新", "旅", "体"];
