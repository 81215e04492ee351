/**
 * The bigrams a heading shares with an item's name only where the name writes them at the end of a
 * longer word that the heading does not write: 产品 of 开展重点产品质量提升行动 against （十）'s title
 * 提高农产品食品药品质量安全水平, which writes 产品 only in 农产品. A word standing alone and the same
 * characters ending a longer word (a kind of product) are not the same evidence: a heading that says
 * 产品质量 names no farm product, though every one of
 * its bigrams is in that title, and it drew a county's product spot checks to （十） (0.26 for its
 * heading, 0.16 in all). mapping.ts weighs such a bigram down in the heading's likeness to that item
 * (`WEAK_SHARE`), not out: 农产品 is still a 产品. So are the shared words before a last character of
 * the name that is its head: 产品质量 of the law 产品质量法, a keyword of （二十四）, which drew that task next.
 *
 * Without a lexicon (splitting runs into a lexicon's words was tried and lost more than it gained:
 * xref/README.md), a longer word is read from the parent's own counts: where the name writes a
 * character before the shared bigram that the heading does not write there, the name's bigram across
 * the two is a word's part when the parent writes it and it is no seam between two words. A seam is a
 * bigram no commoner in the parent's words than the less common of the bigrams on either side of it (品食 of
 * 产品食品, between 产品 and 食品; 名品 of 知名品牌), or one beside the parent's subject word, a word
 * wherever it stands (量监 of 质量监管): there the shared word starts where the name's does, and 食品
 * of 加强食品安全监管 is the title's 食品 whole. A bigram at the start of the name's run (农产 of 农产品,
 * once the genre's 提高 is cut) has no word before it and is read as a word's part.
 */

/** How much a heading's bigram counts against an item whose name writes it only inside a longer word. */
export const WEAK_SHARE = 0.5;

/** What the parent's words tell of a bigram: how often its items' own words write it, all told, and the parent's subject words (质量). */
export interface ParentCounts {
  frequency: ReadonlyMap<string, number>;
  subjects: ReadonlySet<string>;
}

/** Where a name's runs write each of its bigrams: the run and the offset in it. */
export type NamePlaces = ReadonlyMap<string, ReadonlyArray<readonly [run: string, at: number]>>;

/** The places of a name's bigrams, read once per name (an item's title, its keywords). */
export function namePlaces(nameRuns: readonly string[]): NamePlaces {
  const places = new Map<string, Array<readonly [string, number]>>();
  for (const run of nameRuns) {
    for (let k = 0; k + 2 <= run.length; k++) {
      const gram = run.slice(k, k + 2);
      const found = places.get(gram);
      if (found) found.push([run, k]);
      else places.set(gram, [[run, k]]);
    }
  }
  return places;
}

/**
 * The heading's bigrams that every place of the name writing them holds at the end of a longer word
 * the heading does not write there (see the file's comment), or undefined where there are none. Both
 * texts as runs of Han characters, the genre's words already cut. With `headsOnly`, only the words
 * before a name's one-character head (产品质量 of 产品质量法): what a whole task's text is read for
 * (mapping.ts `namesOnlyWeakGrams`), where a body's words before a shared one (推进领导 of 领导小组)
 * are too many and too loose to tell a kind of the name's word from a word of its own.
 */
export function gramsInsideLongerWords(headingRuns: readonly string[], places: NamePlaces, counts: ParentCounts, headsOnly = false): Set<string> | undefined {
  const alone = new Set<string>();
  const inside = new Set<string>();
  for (const heading of headingRuns) {
    for (let j = 0; j + 2 <= heading.length; j++) {
      const gram = heading.slice(j, j + 2);
      const found = places.get(gram);
      if (found === undefined || alone.has(gram)) continue;
      if (readAt(heading, j, found).some(([name, k]) => !(headsOnly ? beforeOneCharacterHead(heading, j, name, k) && !ownOneCharacterHead(heading, j, name, k) : insideLongerWord(heading, j, name, k, counts)))) {
        alone.add(gram);
        inside.delete(gram);
      } else inside.add(gram);
    }
  }
  return inside.size === 0 ? undefined : inside;
}

/**
 * The places of the name where the heading's bigram at `j` is read: those that write alike the
 * longest stretch of the heading around it. 提升产品质量 writes 产品 as the 产品质量 of （二十四）'s
 * law 产品质量法, a stretch of four characters, not as the 产品 its 缺陷产品召回 shares with it,
 * one word: judged at every place, the one word kept 产品 at full weight, and a heading or a short
 * task on products' quality was the law item's first (0.21, over （十）–（十二）) by the front of the
 * law's name. A word that several places write as long a stretch of is judged at each of them.
 */
function readAt(heading: string, j: number, found: ReadonlyArray<readonly [string, number]>): ReadonlyArray<readonly [string, number]> {
  if (found.length < 2) return found;
  const lengths = found.map(([name, k]) => sharedStretch(heading, j, name, k));
  const longest = Math.max(...lengths);
  return found.filter((_, at) => lengths[at] === longest);
}

/** How many characters the heading at `j` and the name at `k` write alike around their common bigram. */
function sharedStretch(heading: string, j: number, name: string, k: number): number {
  let before = 0;
  while (j - before - 1 >= 0 && k - before - 1 >= 0 && heading[j - before - 1] === name[k - before - 1]) before++;
  let after = 2;
  while (j + after < heading.length && k + after < name.length && heading[j + after] === name[k + after]) after++;
  return before + after;
}

/**
 * Whether the name's bigram at `k`, the heading's at `j`, is inside a longer word of the name: where
 * the name's bigram before it is a word's part (`isWordPart`) that the heading does not write there,
 * the heading's is a word's part too, and it stands alone (`standsAlone`); or where the stretch the two
 * write alike ends one character before the end of the name's run, a head of one character that the
 * heading does not write (`beforeOneCharacterHead`).
 *
 * A seam of the heading is shared as a seam: 业质 of 制造业质量 and of （七）'s 产业质量 both say an
 * industry's quality, 品质 of 产品质量 and 药品质量 a product's (weighed down, 实施制造业质量提升行动
 * lost （七）). Before the shared word a word's part makes a kind of it (农产品 of 产品); after it, only
 * a last character read as the name's head (法 of 产品质量法, a law, not products' quality): a longer
 * word after it makes another word whose kinship the counts cannot tell (消费者 of 消费者组织 and the
 * heading's 消费维权, the consumers whose rights are meant; weighed down, 畅通消费维权渠道 lost （二十七）).
 */
function insideLongerWord(heading: string, j: number, name: string, k: number, counts: ParentCounts): boolean {
  if (beforeOneCharacterHead(heading, j, name, k)) return true;
  return k >= 1 && heading[j - 1] !== name[k - 1] && isWordPart(name, k - 1, counts) && isWordPart(heading, j, counts) && standsAlone(heading, j, counts);
}

/**
 * Whether the stretch the heading and the name write alike from the bigram at `j` and `k` on ends one
 * character before the end of the name's run, a character the heading does not write there: the name's
 * head, what the whole is (产品质量法, 升级版), which the heading's shared words only qualify there.
 */
function beforeOneCharacterHead(heading: string, j: number, name: string, k: number): boolean {
  let end = k + 2;
  for (let at = j + 2; at < heading.length && end < name.length && heading[at] === name[end]; at++) end++;
  return end === name.length - 1 && heading[j + end - k] !== name[end];
}

/**
 * Whether the text writes the stretch it shares with the name before a head of one character of its own
 * that ends its run: the same name for another thing of the kind (质量强区 of a district's 质量强区工作领导
 * 小组 beside 质量强国 of the parent's 领导小组), no qualifier of another word (产品质量提升, 提升产品质量).
 */
function ownOneCharacterHead(text: string, j: number, name: string, k: number): boolean {
  let at = j + 2;
  for (let end = k + 2; at < text.length && end < name.length && text[at] === name[end]; end++) at++;
  return at === text.length - 1;
}

/**
 * Whether the heading writes its bigram at `j` as a word standing alone: first in its run, or after
 * a bigram the parent never writes (业产 of 工业产品). After one it writes, the heading's word is a
 * longer word too, perhaps the same kind in other words (畜产 of 农畜产品, local plans' word for （十）'s
 * 农产品: weighed down, 提升农畜产品加工业质量 lost （十）).
 */
function standsAlone(heading: string, j: number, counts: ParentCounts): boolean {
  return j === 0 || !counts.frequency.has(heading.slice(j - 1, j + 1));
}

/** Whether the run's bigram at `at` is a part of a word: one the parent writes, and no seam between the bigrams beside it. */
function isWordPart(run: string, at: number, counts: ParentCounts): boolean {
  const count = counts.frequency.get(run.slice(at, at + 2));
  if (count === undefined) return false;
  const leftGram = at >= 1 ? run.slice(at - 1, at + 1) : "";
  const rightGram = at + 3 <= run.length ? run.slice(at + 1, at + 3) : "";
  // The parent's subject word is a word wherever it stands, and every bigram across its edge is
  // common only because it is (量监 of 质量监管 is written more often than 监管).
  if (counts.subjects.has(leftGram) || counts.subjects.has(rightGram)) return false;
  const left = counts.frequency.get(leftGram);
  const right = counts.frequency.get(rightGram);
  return left === undefined || right === undefined || count > Math.min(left, right);
}
