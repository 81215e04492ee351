/**
 * Where a word of the parent names another thing than the parent's. The outline's 质量 is the
 * quality of products, works and services; a plan also writes the quality of the environment
 * (生态环境质量, 空气质量 — local-keywords.json "otherSenses"), and there its 质量监管 is no
 * （二十六）优化质量监管效能: 加强生态环境质量监管。配合开展大气、水、土壤污染防治工作 is an
 * environmental task. Such a phrase is one word no item has (mapping.ts reads it as a local term
 * no item owns): its 质量 counts for no item, and no keyword written across it names one.
 *
 * And a title's word that every title writing it writes as its subject's (监管 of 质量监管, 竞争 of
 * 产业质量竞争, 效率 of 公共服务质量效率: mapping.ts `subjectQualifiedGrams`) is the parent's only
 * where a task writes it so: alone (强化监管), or after the subject or another of the parent's own
 * words (产品质量安全监管, 特种设备安全监管, 计量监管, 激励政策). After words the parent never
 * writes it is theirs: 消防安全监管 is fire safety's supervision, 公平竞争 the market's competition,
 * 事中事后监管 and 生态环境质量监管 no quality supervision (`qualifiedOtherwiseAt`); written first, before a
 * word its items do not write, it qualifies that word (社会信用体系: `qualifiesOtherWord`). Such a bigram
 * counts as one no item has, as a local word's bigram out of its phrase's sense does (mapping.ts
 * `boundGrams`), and names no item in a heading.
 */

/** A title's word written after the parent's subject, as a task's words are read against it. */
export interface QualifiedWord {
  /** The bigrams that may stand before it in its run and leave it the parent's. */
  own: ReadonlySet<string>;
  /** The items' keywords that hold it (社会共治 for 社会, 信用监管 for 监管): written whole, the word is theirs. */
  keywords: readonly string[];
  /**
   * For a title's word, every bigram of the items whose titles write it so (their titles, keywords,
   * local words and text); null for a keyword's (人才 of 质量人才), a thing whatever follows it.
   */
  itemWords: ReadonlySet<string> | null;
}

/** The phrases of other senses as one pattern, longest first; null where the parent has none. */
export function otherSensesPattern(phrases: readonly string[] | undefined): RegExp | null {
  if (!phrases || phrases.length === 0) return null;
  return new RegExp([...phrases].sort((a, b) => b.length - a.length).join("|"), "g");
}

/** The spans of a text that phrases of other senses hold, in order. */
export function otherSenseSpans(text: string, pattern: RegExp | null): Array<readonly [number, number]> {
  if (pattern === null) return [];
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/**
 * What a phrase of another sense leaves in a task's run: no bigram's character, yet one that stands
 * before what follows, so that the 监管 of 生态环境质量监管 is not read as written alone.
 */
export const OTHER_SENSE_HOLE = "\u3007";
/** A run of Han characters, the holes phrases of other senses left in it included. */
export const RUN_WITH_HOLES = /[\u3400-\u9fff\u3007]+/g;

/**
 * Whether the bigram at `at` of a run (the genre's words cut out, phrases of other senses left as
 * holes) is written after words of another subject: something stands before it, none of `own`
 * does, and no keyword that holds it is written whole over it. At the run's start (强化监管, its
 * 强化 cut) it is the parent's; so it is after 的 or 之 (舌尖上的安全), a noun standing on its own.
 */
export function qualifiedOtherwiseAt(run: string, at: number, word: QualifiedWord | undefined): boolean {
  if (word === undefined || word.keywords.some((keyword) => writtenOver(run, keyword, at))) return false;
  // Alone at the run's start, what it qualifies says whose it is (社会信用体系); after the parent's words it is theirs.
  if (at === 0) return qualifiesOtherWord(run, at, word);
  if (POSSESSIVE.test(run.charAt(at - 1))) return false;
  for (let before = 0; before + 2 <= at; before++) if (word.own.has(run.slice(before, before + 2))) return false;
  return true;
}

/**
 * Whether the word at `at` qualifies a word that follows it and that no item whose title writes it
 * has (社会信用, 社会治理: credit and governance, which （二十七）'s 质量社会共治 does not write): the
 * compound is that word's, society's credit system, not quality's society. Followed by a word of its
 * own items (政策支持: 支持 of （二十五）'s 金融支持; 社会监督), by grammar or by nothing, it is read as before.
 */
function qualifiesOtherWord(run: string, at: number, word: QualifiedWord): boolean {
  const next = run.slice(at + 2, at + 4);
  return word.itemWords !== null && next.length === 2 && !next.includes(OTHER_SENSE_HOLE) && !GRAMMAR_CHARACTERS.test(next) && !word.itemWords.has(next);
}

/** Characters of grammar: a bigram with one (的质, 和生) is no word of any item. */
export const GRAMMAR_CHARACTERS = /[的和与及等之或并其]/;

/** Whether a text writes the bigram, and writes it after another subject's words wherever it does (`qualifiedOtherwiseAt`). */
export function writtenQualifiedOtherwise(text: string, gram: string, word: QualifiedWord): boolean {
  let seen = false;
  for (const [run] of text.matchAll(RUN_WITH_HOLES)) {
    for (let at = run.indexOf(gram); at >= 0; at = run.indexOf(gram, at + 1)) {
      if (!qualifiedOtherwiseAt(run, at, word)) return false;
      seen = true;
    }
  }
  return seen;
}

const POSSESSIVE = /[的之]/;

/** Whether a run writes the keyword whole over the bigram at `at`. */
function writtenOver(run: string, keyword: string, at: number): boolean {
  for (let start = run.indexOf(keyword, Math.max(0, at + 2 - keyword.length)); start >= 0 && start <= at; start = run.indexOf(keyword, start + 1)) {
    if (start + keyword.length >= at + 2) return true;
  }
  return false;
}
