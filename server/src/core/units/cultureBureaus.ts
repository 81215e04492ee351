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
 * least, 文化 first (every such bureau's name starts with it, but 海南's cities', which open with
 * 旅游和: 旅游和文化广电体育局), each once, a 和 allowed before the last.
 */
export function culturePartsOf(rest: string): string | null {
  const tourismFirst = rest.startsWith(TOURISM_FIRST);
  if (!tourismFirst && !rest.startsWith("文")) return null;
  const found: string[] = tourismFirst ? ["旅"] : [];
  let at = tourismFirst ? TOURISM_FIRST.length - 2 : 0;
  while (at < rest.length) {
    // One 和 only: a name that opened with 旅游和 has had it.
    const joined = rest[at] === "和" && found.length >= 1 && !tourismFirst;
    if (joined) at++;
    const part = PARTS.find(([written]) => rest.startsWith(written, at));
    if (part === undefined || found.includes(part[1])) return null;
    found.push(part[1]);
    at += part[0].length;
    // 和 joins the last part only: 文化广电体育和旅游.
    if (joined && at !== rest.length) return null;
  }
  return found.length >= 2 ? ORDER.filter((short) => found.includes(short)).join("") : null;
}

/** How 海南's cities open the name: 旅游, 和, then 文化 and the other parts. */
const TOURISM_FIRST = "旅游和文化";

/** The order of the key: one for every order the parts are written in. */
const ORDER = ["文", "广", "新", "旅", "体"];
