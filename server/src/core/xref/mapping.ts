import { PlanMemo } from "../model/planMemo.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { builtinCounterpart, builtinItemOf } from "../parents/counterpart.js";
import { subjectOf } from "../parents/subject.js";
import { sectorWordsOfTitle } from "../sectors/sectors.js";
import type { CitedNumber } from "./citedNumbers.js";
import { itemCitedNumbers } from "./itemCitations.js";
import localKeywords from "./local-keywords.json";
import { type FoldedPhrase, foldedPhrases, spansFold } from "./foldedPhrases.js";
import { gramsInsideLongerWords, type NamePlaces, namePlaces, type ParentCounts, WEAK_SHARE } from "./longerWords.js";
import { GRAMMAR_CHARACTERS, OTHER_SENSE_HOLE, otherSenseSpans, otherSensesPattern, type QualifiedWord, qualifiedOtherwiseAt, RUN_WITH_HOLES, writtenQualifiedOtherwise } from "./otherSenses.js";
import { NO_SUBJECT, type SubjectWeights, subjectWeights } from "./planSubject.js";
import { productLists } from "./productLists.js";
import { withQuotedWordsJoined } from "./quotedWords.js";
import { coverageItems, isGeneralRequirements, isSafeguards, type ItemText, itemTextWithin } from "./tasks.js";

/**
 * Which parent item a task implements, inferred from words alone (no network, no model): TF-IDF
 * vectors of character bigrams — Chinese policy terms are mostly two-character words, and
 * bigrams need no word segmenter — compared by cosine. A task's heading is compared with the
 * parent item's title, its whole text with the item's title, keywords and body; the score is a
 * weighted sum of the two, 0–1. The parent is indexed once (per ParentDocument object).
 *
 * The words every task uses (加强, 做好, 工作, 建设 — see EFFORT_WORDS, EMPTY_HEADS) are left out on both sides,
 * and the heading's words the parent never uses count in its length (UNKNOWN_GRAM_WEIGHT): a
 * short heading must share its subject with an item, not a word of the genre.
 */
export interface MappingCandidate {
  entry: ParentEntry;
  /** 0–1: how alike the task and the parent item are. */
  score: number;
}

export interface TaskMapping {
  item: NumberedItem;
  /** The task's words as the mapping read them, its sub-items' with its own (`itemTextWithin`): what coverage searches for quotations. */
  text: ItemText;
  /** The best parent items, best first (at most three); the one its heading names alone (mapping.ts `rankTask`) first of all. */
  candidates: MappingCandidate[];
  /** The parent's numbers its words cite (落实《纲要》第（五）条), its sub-items' with its own (xref/itemCitations.ts). */
  cited: CitedNumber[];
  /** The plan's subject words (`planSubjectOf`), which every ranking of this task weighs down. */
  subject: SubjectWeights;
}

/**
 * Weights of heading-to-title and whole-text similarity in the score (measured on the
 * hand-labelled seeds). Without the genre's words a title is its subject alone and a heading
 * that shares part of it scores high (工程质量管理 against 质量管理), so the body, which says
 * which one the task means, weighs more than it did while 提升/水平 padded every title (0.55).
 */
const HEADING_WEIGHT = 0.4;
const TEXT_WEIGHT = 0.6;
/** How much a title's and a keyword's bigrams count against the body text's in a parent item's vector. */
const TITLE_BOOST = 3;
const KEYWORD_BOOST = 2;

/**
 * How much a bigram of the heading that the parent never uses counts in the heading's length,
 * against the idf of a bigram no item has (log(N + 1) + 1; measured on the seeds). Left out, as
 * terms a query shares with no document usually are, it made `做好防汛抗旱值班工作` all 工作 and
 * `加强财务管理` all 管理; at full weight it also sank true tasks that name their city or choose
 * their own words (`提升成都品牌形象`, `厚植公园城市绿色优势`). The body's unknown words are
 * left out: places, projects and figures are detail, the heading states the subject.
 */
const UNKNOWN_GRAM_WEIGHT = 0.6;

/**
 * Words of the genre, not of a subject: every task of every plan is 加强/推进/做好 something, and
 * its 工作/建设/水平. The outline is too small (30 items, most with a title only) for idf to learn
 * this — 工作 is in 3 of them, as rare as 品牌 — so `做好防汛抗旱值班工作` matched （三十）狠抓工作落实
 * and `加强品牌建设` （二十四）加强质量法治建设. They are cut out of the text on both sides, splitting
 * its runs, so that no bigram straddles one (`强品`, `牌建`).
 *
 * EFFORT words say how hard, which way or how well (and 一批, how many): cut where what they
 * qualify follows, kept where nothing follows in the run — there they are the subject
 * (狠抓工作落实, 强化责任落实 are about 落实). EMPTY heads stand for "the work on" what goes
 * before them (品牌建设, 档案管理工作; 保障 in 组织保障, 要素保障, which matched a 保障措施 item to
 * （十三）强化工程质量保障; 引领 in 标准引领, 创新引领, 示范引领, the leading role of what goes before,
 * which drew 强化标准引领 to （八）提升产业集群质量引领力 by its title's 引领): cut anywhere. 制度 is not one: 质量保证金制度 and
 * 首席质量官制度 are items' own words.
 */
const EFFORT_WORDS = [
  "加强", "强化", "提升", "提高", "推进", "推动", "促进", "深化", "完善", "健全", "优化", "做好", "抓好", "狠抓", "加快",
  "加大", "增强", "开展", "实施", "打造", "培育", "构建", "建立", "推行", "坚持", "发挥", "落实", "着力", "切实", "扎实",
  "压实", "持续", "不断", "进一步", "全面", "积极", "大力", "充分", "深入", "鼓励", "支持", "引导", "依托", "推广", "重点", "一批",
  "形成", "实现", "具有", "先进",
];
const EMPTY_HEADS = ["工作", "建设", "水平", "能力", "体系", "机制", "措施", "作用", "力度", "保障", "引领"];
/**
 * The genre's verbs of betterment, written after what they better: 制造业提质增效, 服务质量提档升级,
 * 产业集群提能升级, 新型消费提质扩容, 提质降本增效. They say the subject gets better, as 提升 does
 * before it, and name no subject: left in, 推动制造业提质增效 was as much 增效 as 制造业 and counted
 * for no item, and 升级 of 提档升级 pointed at （十五）打造中国建造升级版. Each is two or more of
 * these two-character verbs in a row, or 提质 alone (消费品提质); 升级 alone stays, the subject of
 * 品质升级 and 质量升级, which the outline's items name. Cut after the EFFORT words, so that 促进 in
 * 促进提质降本增效 is cut as before any subject. The chain's verbs too (延链补链, 强链补链: a county's
 * 推动稀土新材料产业延链补链), four bigrams no item has that lengthened the heading and named nothing;
 * one alone (质量强链) stays.
 *
 * An EFFORT word is cut before a hole as before a character (推动〇产业, a trade read as one word by
 * `withTradesRead`): left in, 推动 was a bigram no item has in the heading's length, and 推动实木家具产业
 * 提档升级 scored 0.19 for （七）, under what counts.
 */
const BETTERMENT_VERBS = ["提质", "提档", "提能", "提级", "提标", "提速", "提效", "增效", "降本", "扩容", "扩面", "扩能", "升级", "延链", "补链", "强链", "固链"];
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const BETTERMENT = new RegExp(`(?:${byLength(BETTERMENT_VERBS)}){2,}|提质`, "g");
const EFFORT = new RegExp(`(?:${byLength(EFFORT_WORDS)})(?=[\u3400-\u9fff${OTHER_SENSE_HOLE}])`, "g");
const EMPTY = new RegExp(byLength(EMPTY_HEADS), "g");

/**
 * 工程 names a programme where it ends a word after what the programme does (产品质量提升工程, 品牌培育
 * 工程, 质量攻关工程, 产业基础再造工程, “质量强基”工程): the genre's name for a campaign, as 行动 is, and no
 * construction. Left in, it was （十三）强化工程质量保障's title word, and 实施产品质量提升工程 went there
 * (0.23) by it. 工程 as works is written with what it is (工程质量, 工程建设, 建设工程等, 水利工程, 重大
 * 工程, 品质工程): a word goes on after it, or what stands before it is no verb of a programme's. A
 * genre verb before it (提升, 培育) is cut with it, as it would be before any subject; a verb that says
 * what the programme attacks (攻关 of 质量攻关, 再造, 示范) stays, the programme's subject.
 */
const PROGRAMME_EFFORTS = ["提升", "提高", "培育", "推进", "促进", "加强", "强化", "增强", "优化", "提质", "升级"];
const PROGRAMME_VERBS = ["攻关", "再造", "行动", "示范", "改造", "改善", "改革", "振兴", "创建", "建设", "强基", "筑基"];
const PROGRAMME = new RegExp(`(?:(?:${byLength(PROGRAMME_EFFORTS)})|(?<=${byLength(PROGRAMME_VERBS)}|[”」』"]))工程(?![\u3400-\u9fff])`, "g");

/**
 * 工程 of 工程师 is a person's word, no works: （二十）'s 质量工程师 keeps its 量工 and 程师, and a task
 * that trains engineers (培育质量工程师) is no more like （十三）强化工程质量保障 by it, nor a works task
 * like （二十） by its 工程.
 */
function personsWordAt(run: string, at: number): boolean {
  return run.startsWith("工程师", at);
}

/** The text without the genre's words; each left a mark, which ends a run of Han characters. */
export function withoutGenericWords(text: string): string {
  return text.replace(PROGRAMME, "、").replace(EFFORT, "、").replace(BETTERMENT, "、").replace(EMPTY, "、");
}

type Vector = Map<string, number>;

/**
 * What a local term is counted under in a vector: no bigram starts with it, so a term is a word
 * of its own (local-keywords.json "terms": 区域品牌 names the brand item （二十一）). Its characters
 * count for no other item: 区域 of 区域品牌 is not （九）'s 区域 (区域质量), which 区域质量创新 still is.
 */
const TERM_MARK = "#";

/**
 * The terms of a parent's items as one pattern, longest first, with the phrases of other senses
 * (otherSenses.ts), terms of no item; null where it has none.
 */
function termsPattern(terms: Record<string, string[]> | undefined, otherSenses: readonly string[] = []): RegExp | null {
  const all = [...Object.values(terms ?? {}).flat(), ...otherSenses];
  return all.length > 0 ? new RegExp(byLength(all), "g") : null;
}

interface ParentIndex {
  entries: ParentEntry[];
  /** The local terms of the parent's items and the phrases of other senses (termsPattern), or null where it has none. */
  terms: RegExp | null;
  /** The phrases in which the parent's words name another thing (otherSenses.ts), as a pattern (or null) and as words. */
  otherSenses: RegExp | null;
  otherSenseWords: Set<string>;
  /** subjectQualified by bigram, over all items: what may stand before it in a task, and the keywords that hold it (`addGrams`). */
  qualifiedWords: Map<string, QualifiedWord>;
  /**
   * Each item's title bigrams that its title writes right after the parent's subject word (监管 of
   * 质量监管), with the bigrams a heading may write before them and still mean the item's (`ownTitleWord`).
   */
  subjectQualified: Array<{ grams: Set<string>; own: Set<string> }>;
  /** The parent's subject words (`parentSubjectWords`: 质量 of the outline). */
  subjectWords: Set<string>;
  /** The titles' words that say what the subject is of (`fieldTitleWords`: 产业, 农产品, 工程, 品牌). */
  fieldWords: Set<string>;
  /**
   * Those of `fieldWords` that qualify a keyword's head (公共 of 公共服务), each with the characters
   * the parent's own words write after it (服, 交, 体 …): the field's word only followed by one (`fieldQualifiers`).
   */
  fieldQualifiers: Map<string, Set<string>>;
  /** Local words for an item that every field's plans write (local-keywords.json "everyField"), as a pattern, or null. */
  everyField: RegExp | null;
  /** In how many entries each bigram is. */
  df: Map<string, number>;
  /** How often the entries' own words write each bigram, all told, and the parent's subject words (`gramsInsideLongerWords`). */
  parentCounts: ParentCounts;
  idf: Map<string, number>;
  /** The weight of a heading bigram no item has (see UNKNOWN_GRAM_WEIGHT). */
  unknown: number;
  titles: Vector[];
  texts: Vector[];
  /** The vectors' lengths, measured once: a task is ranked against every entry. */
  titleNorms: number[];
  textNorms: number[];
  /** The keywords of an item known by its title and keywords alone, as a heading is weighed against them (`namesOfUnknownText`); null for every other item. */
  keywordNames: Array<Vector | null>;
  keywordNameNorms: number[];
  /** The runs of each item's title, and of the keywords of an item of unknown text (null for every other), as a heading is weighed against them (`gramsInsideLongerWords`). */
  titlePlaces: NamePlaces[];
  keywordPlaces: Array<NamePlaces | null>;
  /** The runs of all the names of an item of unknown text, its whole vector (title, keywords, local plans' words), null for every other (`namesOnlyWeakGrams`). */
  namesOnlyPlaces: Array<NamePlaces | null>;
  /** The headings' `WeakGrams` met last, by their runs (`weakNameGrams`). */
  weakMemo: Map<string, WeakGrams[]>;
  /** Every item's keywords and local terms, longest first, and the item each names alone (see `namingKeywords`). */
  keywords: RegExp | null;
  /** The same, sticky: the keyword that starts at an offset (`quotedWordsJoined`). */
  keywordsAt: RegExp | null;
  naming: Map<string, number>;
  /** The bigrams of the items' titles (see TELLING_TITLE_SHARE). */
  titled: Set<string>;
  /** Each phrase of an item's own words (`ownPhrases`), with the one item that has it, or -1 where several do. */
  phrases: Map<string, number>;
  /** Each such phrase with every item whose own words have it (`phraseOwners`). */
  phraseOwners: Map<string, number[]>;
  /** The bigrams items have from local plans' phrases alone, with the other words of each such phrase (see `boundGrams`). */
  bound: Map<string, string[][]>;
  /** The kinds of what a naming keyword names, each list as one pattern with the keyword's item (see `kindsOf`). */
  kinds: KindsOfKeyword[];
  /** The bigrams of each item's own words as the parent writes them, its title and keywords: not its text's, nor local plans' words for it. */
  ownGrams: Array<Set<string>>;
  /** Each item's title's phrases (`phrasesIn`) and its keywords, the parent's and local plans', as written whole (see `writesOwnPhrase`). */
  ownWords: Array<{ titlePhrases: Set<string>; keywords: Set<string> }>;
}

interface KindsOfKeyword {
  /** The kinds, and kinds in a row joined by 、和与及 (锅炉压力容器, 电梯、气瓶): one object. */
  pattern: RegExp;
  /** One kind, to count them in a row (`kindsListedAsObject`). */
  single: RegExp;
  keyword: string;
  at: number;
}

const indexes = new WeakMap<ParentDocument, ParentIndex>();

/** The parent items a task can implement: all but those of its 总体要求 part. */
function candidatesOf(parent: ParentDocument): ParentEntry[] {
  return parent.items.filter((entry) => !entry.section || !isGeneralRequirements(entry.section.title));
}

function indexOf(parent: ParentDocument): ParentIndex {
  let index = indexes.get(parent);
  if (index) return index;
  const entries = candidatesOf(parent);
  // Kept by the built-in's id: a file that replaces the built-in outline is the same document,
  // and its items that are the built-in's (same number and title) get their words too.
  const builtinId = builtinCounterpart(parent)?.id ?? parent.id;
  const local = (localKeywords.parents as Record<string, Record<string, string[]> | undefined>)[builtinId];
  const localTerms = (localKeywords.terms as Record<string, Record<string, string[]> | undefined>)[builtinId];
  const localOf = <T>(words: Record<string, T[]> | undefined, e: ParentEntry): T[] => (e.level === 2 && words?.[e.value] && builtinItemOf(parent, e) !== null ? words[e.value]! : []);
  const localKinds = (localKeywords.kinds as Record<string, Record<string, string[]> | undefined>)[builtinId];
  const localOtherSenses = (localKeywords.otherSenses as Record<string, string[] | undefined>)[builtinId];
  const terms = termsPattern(localTerms, localOtherSenses);
  const raw = entries.map((e) => {
    const counts = new Map<string, number>();
    addGrams(counts, e.title, TITLE_BOOST, terms);
    for (const keyword of e.keywords) addGrams(counts, keyword, KEYWORD_BOOST, terms);
    // The words local plans use for the item (local-keywords.json): keywords the parent's text lacks.
    for (const keyword of localOf(local, e)) addGrams(counts, keyword, KEYWORD_BOOST, terms);
    // And the terms they name it by, each one word of its own (termsPattern).
    for (const term of localOf(localTerms, e)) counts.set(TERM_MARK + term, (counts.get(TERM_MARK + term) ?? 0) + KEYWORD_BOOST);
    addGrams(counts, e.body, 1, terms);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of raw) for (const gram of counts.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const frequency = new Map<string, number>();
  for (const e of entries) for (const text of [e.title, ...e.keywords, ...localOf(local, e), e.body]) addGrams(frequency, text, 1, terms);
  const idf = new Map([...df].map(([gram, n]) => [gram, Math.log((entries.length + 1) / (n + 1)) + 1]));
  // A term names its item as its title does: a heading that says only the term is the item's.
  const titles = entries.map((e) => {
    const counts = grams(e.title, terms);
    for (const term of localOf(localTerms, e)) counts.set(TERM_MARK + term, 1);
    return weigh(counts, idf, NO_SUBJECT);
  });
  const texts = raw.map((counts) => weigh(counts, idf, NO_SUBJECT));
  const keywordsOf = entries.map((e) => [...e.keywords, ...localOf(local, e)]);
  // What names an item in a heading: its keywords, and the terms local plans name it by (龙头企业
  // of （八）: a term, so that its 企业 is no word of the cluster item's, yet a name of it).
  const namesOf = entries.map((e, at) => [...keywordsOf[at]!, ...localOf(localTerms, e)]);
  const keywordNames = namesOfUnknownText(entries, idf, terms);
  // The items' own words beside their titles: keywords, local plans' words, text.
  const ownWords = entries.map((e, at) => [...keywordsOf[at]!, ...localOf(localTerms, e), e.body]);
  // Every word of the parent, its 总体要求 too (人民群众质量获得感: 群众 of 守护群众安全), leaves such a word the parent's.
  const subjectWords = parentSubjectWords(entries);
  const subjectQualified = subjectQualifiedGrams(entries, subjectWords, parent.items.map((e) => [e.title, ...e.keywords, ...localOf(local, e), e.body]));
  index = {
    entries,
    terms,
    otherSenses: otherSensesPattern(localOtherSenses),
    otherSenseWords: new Set(localOtherSenses),
    subjectQualified,
    subjectWords,
    fieldWords: fieldTitleWords(entries, subjectWords, terms, ownWords),
    fieldQualifiers: fieldQualifiers(entries, ownWords, df, subjectWords, terms),
    everyField: otherSensesPattern((localKeywords.everyField as Record<string, string[] | undefined>)[builtinId]),
    qualifiedWords: subjectQualifiedWords(subjectQualified, namesOf.flat(), raw, entries.map((e) => e.title)),
    df,
    parentCounts: { frequency, subjects: subjectWords },
    idf,
    unknown: UNKNOWN_GRAM_WEIGHT * (Math.log(entries.length + 1) + 1),
    titles,
    texts,
    titleNorms: titles.map(norm),
    textNorms: texts.map(norm),
    keywordNames,
    keywordNameNorms: keywordNames.map((vector) => (vector === null ? 0 : norm(vector))),
    titlePlaces: entries.map((e) => namePlaces(thingApart(runsOf(e.title, terms), subjectlessThing(e, subjectWords, terms)))),
    keywordPlaces: entries.map((e, at) => (keywordNames[at] === null ? null : namePlaces(e.keywords.flatMap((keyword) => runsOf(keyword, terms))))),
    namesOnlyPlaces: entries.map((e, at) => (keywordNames[at] === null ? null : namePlaces([e.title, ...keywordsOf[at]!].flatMap((words) => runsOf(words, terms))))),
    weakMemo: new Map(),
    keywords: keywordsPattern(namesOf),
    keywordsAt: null,
    naming: namingKeywords(entries, namesOf, df),
    titled: new Set(titles.flatMap((title) => [...title.keys()])),
    phrases: new Map(),
    phraseOwners: phraseOwners(entries, keywordsOf),
    bound: boundGrams(entries, entries.map((e) => localOf(local, e)), terms),
    kinds: [],
    ownGrams: entries.map((e) => new Set([e.title, ...e.keywords].flatMap((words) => [...grams(words, terms).keys()]))),
    ownWords: entries.map((e, at) => ({ titlePhrases: new Set(phrasesIn(e.title)), keywords: new Set(keywordsOf[at]) })),
  };
  index.kinds = kindsOf(index, localKinds);
  index.keywordsAt = index.keywords === null ? null : new RegExp(index.keywords.source, "y");
  index.phrases = ownPhrases(index.phraseOwners);
  indexes.set(parent, index);
  return index;
}

/**
 * What a heading is weighed against, besides the title, for an item the parent data knows by its
 * title and keywords alone, the title unconfirmed and the text not found (the outline's
 * （二十二）–（三十二）, `verified` false): its keywords, the parent's own. An item with a text has a
 * body of sixty to two hundred and fifty bigrams that a long task's body shares its detail with
 * (关键, 核心, 技术, 项目: （三）'s 关键核心技术 and 攻关项目); one with no text has thirty, and
 * against a long body it scores a half to two thirds of what an item with text does for the
 * same evidence. What the drafter names such a task by is in its heading: 建立现代测量体系
 * writes （二十三）'s 现代先进测量体系, not its unconfirmed title 提升质量基础设施服务效能, and scored
 * 0.13 for （三） by the body's 关键核心技术. An unconfirmed title is a recollection, no better a
 * name of the item than its keywords: the heading scores the better of the two. The keywords
 * stand as one vector, so a heading that shares one word of them (领导 of （三十）'s 领导小组)
 * scores little; the title's own match is kept whole (the maximum, not the keywords added to the
 * title's vector, which lowered every heading that names the item by its title or a term:
 * 推进质量信用标准化建设 fell from 0.21 to 0.16 for （二十六）). Not local plans' words
 * (local-keywords.json): 特种设备 of （二十六） then drew 培育特种设备制造品牌 from （二十一）. Not
 * an item with a confirmed title and no text: its title is its name, and its keywords drew
 * 加强餐饮服务食品安全管理 to （十七） and 加强工业产品质量监督抽查 to （十四）.
 */
function namesOfUnknownText(entries: readonly ParentEntry[], idf: Map<string, number>, terms: RegExp | null): Array<Vector | null> {
  return entries.map((e) => {
    if (e.verified || e.body !== "") return null;
    const counts = new Map<string, number>();
    for (const keyword of e.keywords) addGrams(counts, keyword, 1, terms);
    return weigh(counts, idf, NO_SUBJECT);
  });
}

/**
 * The best parent items for one task's heading and body; the plan's subject words (planSubject.ts)
 * weigh in the task's vectors as little as they tell its tasks apart.
 */
export function rankEntries(parent: ParentDocument, heading: string, body: string, limit = 3, subject: SubjectWeights = NO_SUBJECT): MappingCandidate[] {
  const index = indexOf(parent);
  heading = withKindsRead(index, heading);
  // A trade named in the drafter's words (实木家具产业, 赣南脐橙产业) is one word no item has (`withTradesRead`).
  let trades = 0;
  heading = withTradesRead(index, heading, () => trades++);
  // The body's kinds too, where it lists them as the thing it works on (`kindsListedAsObject`):
  // 开展电梯、锅炉、气瓶安全检查 under 守护群众安全 works on 特种设备 as surely as a heading that writes them.
  body = withKindsRead(index, body, true);
  const headingCounts = new Map<string, number>();
  const sense = { phrases: index.bound, text: `${heading}\n${body}`, qualified: index.qualifiedWords, otherSenses: index.otherSenseWords };
  addGrams(headingCounts, heading, 1, index.terms, index.titled, sense);
  if (trades > 0) headingCounts.set(TRADE_MARK, trades);
  // The body's compounds that restate the heading's head count as the heading's words (`restatedHeads`).
  for (const word of restatedHeads(index, heading, body)) headingCounts.set(word, (headingCounts.get(word) ?? 0) + 1);
  const textCounts = new Map<string, number>();
  addGrams(textCounts, heading, 1, index.terms, index.titled, sense);
  if (trades > 0) textCounts.set(TRADE_MARK, trades);
  // A body's words are read as written: what a heading names the task by is its heading's to say
  // (otherSenses.ts), and a long body's 出资监管企业 beside its 质量监督抽查 says nothing against it.
  addGrams(textCounts, body, 1, index.terms, index.titled, { ...sense, qualified: NOTHING_QUALIFIED });
  // A keyword a put-into clause writes apart (将质量工作纳入政府绩效考核) is read whole: its bigram across the fold too.
  for (const gram of foldedKeywordJoints(index, `${heading}\n${body}`)) textCounts.set(gram, (textCounts.get(gram) ?? 0) + 1);
  const qualifiers = carrierQualifiers(index, heading);
  // And what stands before the head in them weighs as little as a facility's qualifier (`restatedQualifiers`).
  for (const [gram, weight] of restatedQualifiers(index, heading, body)) qualifiers.set(gram, (qualifiers.get(gram) ?? 1) * weight);
  // And what the body teaches (`taughtQualifiers`).
  for (const [gram, weight] of taughtQualifiers(index, heading, body)) qualifiers.set(gram, (qualifiers.get(gram) ?? 1) * weight);
  const plain = taskVectors(index, headingCounts, textCounts, withQualifiers(subject, qualifiers));
  // Against an item whose own phrase the task writes with the subject word in it, the task is
  // weighed as in a plan of no subject (`ownPhraseSubject`); against every other item, as the plan's.
  const lifted = new Map<number, TaskVectors>();
  for (const [at, own] of ownPhraseSubjects(index, `${heading}\n${body}`, subject)) lifted.set(at, taskVectors(index, headingCounts, textCounts, withQualifiers(own, qualifiers)));
  const phrases = headingPhrases(index, heading);
  const weak = weakNameGrams(index, heading);
  const crossings = wordCrossings(index, `${heading}\n${body}`);
  const taskRuns = runsOf(`${heading}\n${body}`, index.terms);
  return index.entries
    .map((entry, i) => {
      const task = lifted.get(i) ?? plain;
      const across = crossingsApart(index, i, crossings);
      return {
        entry,
        score:
          HEADING_WEIGHT * headingScore(index, i, task, phrases, weak[i]!, across) +
          TEXT_WEIGHT * cosine(task.text, task.textNorm, index.texts[i]!, index.textNorms[i]!, across, namesOnlyWeakGrams(index, i, taskRuns)),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/**
 * A trade a heading names before 产业 or 行业 in words the parent never writes, as the object it works on
 * (实木家具产业提档升级, 做强赣南脐橙产业: furniture, navel oranges; the run's last word, the genre's cut): the drafter's name for the industry whose quality the
 * task works on, which the parent's items call 产业 (（六）产业基础, （七）产业质量竞争, （八）产业集群).
 * Read as bigrams, a name of four characters was four words no item has, each as long in the heading's
 * vector as 产业, and the task scored 0.10–0.16 for every industry item, counted for none; read as one
 * word no item has, the heading says an industry, and what the body does says which item. A name of a
 * word the parent writes (新材料 of 稀土新材料产业: （十九）'s 新材料) is read as written.
 */
/** The parent's word for an industry, which its industry items' titles write (（七）提高产业质量竞争水平). */
export const INDUSTRY_WORD = "产业";
/** The words that make what stands before them a trade: 实木家具产业, 纺织服装行业. */
const TRADE_HEADS = ["产业", "行业"];
/** What a heading says happens to a trade after its head (纺织服装产业转型, 民宿产业发展): the trade is still its object. */
const TRADE_CHANGES = ["转型", "升级", "发展"];
/** What a trade's name is counted under in a task's vectors: a word no item has. */
const TRADE_MARK = "$trade";

/**
 * The heading with each trade it names in its own words (`TRADE_HEADS` after two characters or more
 * whose every bigram, and the one across them and the head, the parent never writes) left as a hole
 * before its head; `found` is called once per trade. The genre's words are cut first (推动, 提档升级).
 */
function withTradesRead(index: ParentIndex, heading: string, found: () => void): string {
  const text = withoutGenericWords(index.terms === null ? heading : heading.replace(index.terms, "、"));
  const trades: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    // Only the heading's object, its run's last word, or the last before what happens to it
    // (纺织服装产业转型, 竹木家具产业转型升级): 新能源产业计量测试中心 builds a metrology centre.
    let object = run;
    while (TRADE_CHANGES.some((word) => object.endsWith(word))) object = object.slice(0, -2);
    const head = TRADE_HEADS.find((word) => object.endsWith(word));
    const at = object.length - 2;
    if (head === undefined || at < 2 || index.idf.has(object.slice(at - 1, at + 1))) continue;
    // Back from the head while the bigram ending here is one the parent never writes: the name is
    // every character those bigrams cover.
    let end = at;
    while (end >= 2 && !index.idf.has(object.slice(end - 2, end))) end--;
    if (end < at) trades.push(object.slice(end - 1));
  }
  // Each as written, the head kept: the heading's other words stay as they were.
  for (const trade of trades) {
    found();
    heading = heading.replace(trade, OTHER_SENSE_HOLE + trade.slice(-2));
  }
  return heading;
}

/**
 * Whether a heading's object is a trade: one it names in its own words before 产业 or 行业 (`withTradesRead`:
 * 纺织服装产业转型), or kinds of a thing before them, alone or in a list (纺织服装产业, 家电、建材产业:
 * `kindIsObject`). Such a heading says the task betters that industry; its body says how.
 */
export function headingNamesTrade(parent: ParentDocument, heading: string): boolean {
  const index = indexOf(parent);
  let trades = 0;
  withTradesRead(index, heading, () => trades++);
  if (trades > 0) return true;
  return index.kinds.some(({ pattern }) => [...heading.matchAll(pattern)].some((match) => {
    const after = heading.slice(match.index + match[0].length);
    return INDUSTRY_HEADS.has(withoutGenericWords(after).slice(0, 2)) || LISTED_TRADE.test(after);
  }));
}

/**
 * Heads that name a facility, not a subject: a 平台, 中心, 基地 or 载体 is for what the words
 * before it say (检测公共平台, 计量测试中心), and what the task builds is that.
 */
const CARRIER_HEAD = /(?:平台|中心|基地|载体)$/;

/** How much a word that qualifies a facility's purpose (`carrierQualifiers`) keeps of its weight in the task's vectors. */
const QUALIFIER_WEIGHT = 0.25;

/**
 * The bigrams of a heading whose object is a facility (CARRIER_HEAD) other than the word that says
 * what it is for — the first word of the object that tells items apart (TELLING_SHARE) and that an
 * item's own words have (its title and keywords): the words before it say whose the facility is,
 * those after it what kind of facility. 建设产业质量检测公共平台 builds a testing platform (检测, the
 * quality infrastructure's 检验检测); its 产业质量 is （七）提高产业质量竞争水平's title phrase, and
 * its 公共 （十八）提升公共服务质量效率's title word, which drew it to those items. 推进产业计量测试中心建设
 * is a metrology centre, not （七）'s by 产业 nor （十九）'s 质量技术创新中心 by 中心.
 */
function carrierQualifiers(index: ParentIndex, heading: string): Map<string, number> {
  const found = new Map<string, number>();
  const share = (gram: string) => (index.df.get(gram) ?? 0) / index.entries.length;
  const text = index.terms === null ? heading : heading.replace(index.terms, "、");
  for (const run of withoutGenericWords(text).match(HAN_RUN) ?? []) {
    if (!CARRIER_HEAD.test(run)) continue;
    const common = (i: number) => i >= 0 && i + 2 <= run.length && share(run.slice(i, i + 2)) > TELLING_SHARE;
    let purpose = -1;
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2);
      if (common(i) || common(i - 1) || common(i + 1) || GRAMMAR_CHARACTERS.test(gram) || !index.ownGrams.some((own) => own.has(gram))) continue;
      purpose = i;
      break;
    }
    if (purpose < 0) continue;
    for (let i = 0; i + 2 <= run.length; i++) if (i !== purpose) found.set(run.slice(i, i + 2), QUALIFIER_WEIGHT);
  }
  return found;
}

/** The most characters before a restated head that `restatedQualifiers` reads as its qualifier (企业产品 of 企业产品品牌). */
const QUALIFIER_MAX = 4;

/**
 * The words of a body that only say which of the heading's thing it means. A heading names its
 * item by its head, the last word of its object (品牌 of 加快农业品牌建设, a word of （二十一）'s title
 * that few items have: NAMING_SHARE); the body's compounds with that head (农产品品牌, 企业产品品牌)
 * restate the heading's object, and what stands before the head in them says whose or which — as
 * the words before a facility do (`carrierQualifiers`). Counted at full weight they outweighed the
 * head: 农产品 is （十）'s title word, rarer than 品牌, and a body that said 农产品品牌 three times went
 * to （十） by it (0.15 against （二十一）'s 0.12) and counted for nothing, though the longer the body
 * the more it said 品牌. Each occurrence inside such a qualifier counts QUALIFIER_WEIGHT of one (the
 * same bigram elsewhere, 有机农产品, counts whole): the multiplier of each bigram's weight, as the
 * vectors' damped counts (1 + ln n) make it. Not the heading's own words (农业 of 农业品牌).
 */
function restatedQualifiers(index: ParentIndex, heading: string, body: string): Map<string, number> {
  const head = headingHead(index, heading);
  return head === null ? new Map() : qualifiersOf(index, [head], heading, body);
}

/**
 * Heads that name teaching, whose qualifier is what is taught: 质量管理 of 开设质量管理培训班 is the
 * course, not the firm's quality management of （二十）提升全面质量管理水平, and 干部教育培训 is the
 * training of officials, not （二十）'s 全员质量教育培训 of a firm's staff. A task that trains people is
 * about the people and the teaching (（二十五）'s 质量人才, 质量教育); its course's words, counted whole,
 * drew every training task to （二十） beside it. Weighed as `restatedQualifiers` weighs a restated head's.
 */
const TEACHING_HEADS = ["培训", "课程"];

/** What a task's body teaches (`TEACHING_HEADS`), weighed down as a facility's qualifier is. */
function taughtQualifiers(index: ParentIndex, heading: string, body: string): Map<string, number> {
  return qualifiersOf(index, TEACHING_HEADS, heading, body);
}

/**
 * The multiplier of each bigram that stands in the body before one of the heads, inside the
 * qualifier (up to QUALIFIER_MAX characters, no character of grammar) or across it and the head:
 * each such occurrence counts QUALIFIER_WEIGHT of one, the same bigram elsewhere whole, through
 * the vectors' damped counts (1 + ln n). Not the heading's own words.
 */
function qualifiersOf(index: ParentIndex, heads: readonly string[], heading: string, body: string): Map<string, number> {
  const found = new Map<string, number>();
  if (body === "") return found;
  const headingGrams = grams(heading, index.terms);
  const qualified = new Map<string, number>();
  let plain = index.terms === null ? body : body.replace(index.terms, "、");
  // A keyword of an item written whole names the item, wherever it stands (首席质量官 of 首席质量官培训
  // is whom the training is for, （二十）'s own word): it is no qualifier.
  if (index.keywords !== null) plain = plain.replace(index.keywords, (keyword) => (index.naming.has(keyword) ? "、" : keyword));
  for (const run of withoutGenericWords(plain).match(HAN_RUN) ?? []) {
    for (const head of heads) {
      for (let at = run.indexOf(head, 1); at > 0; at = run.indexOf(head, at + head.length)) {
        let start = Math.max(0, at - QUALIFIER_MAX);
        for (let k = at - 1; k >= start; k--) if (GRAMMAR_CHARACTERS.test(run.charAt(k))) start = k + 1;
        // Each bigram of the qualifier, and the one across it and the head (品品 of 农产品品牌).
        for (let i = start; i + 2 <= at + 1; i++) {
          const gram = run.slice(i, i + 2);
          if (!headingGrams.has(gram)) qualified.set(gram, (qualified.get(gram) ?? 0) + 1);
        }
      }
    }
  }
  if (qualified.size === 0) return found;
  const all = grams(body, index.terms);
  for (const [gram, n] of qualified) {
    const total = all.get(gram) ?? n;
    const rest = Math.max(0, total - n);
    found.set(gram, rest === 0 ? QUALIFIER_WEIGHT : (1 + Math.log(rest + QUALIFIER_WEIGHT * n)) / (1 + Math.log(total)));
  }
  return found;
}

/**
 * The body's restatements of the heading's head (`headingHead`), read as words of the heading: each
 * compound of the body with that head (农产品品牌, 企业产品品牌) counts the head once more, and a local
 * term with it (区域公用品牌, a term of （二十一）) counts as the term. The heading names the thing in a
 * word; the body names it again, more narrowly, and the more it does, the surer it is that the task
 * is about the thing — where before the body's other words diluted the heading's one word with every
 * clause it added (加快农业品牌建设 over 实施农产品品牌提升行动，培育区域公用品牌，推动农产品品牌进商超…
 * fell from （二十一） to （十） as its body grew, and counted for nothing). Only the heading's head: a
 * body's other words are weighed as the body's.
 */
function restatedHeads(index: ParentIndex, heading: string, body: string): string[] {
  const head = headingHead(index, heading);
  if (head === null || body === "") return [];
  const found: string[] = [];
  const plain = index.terms === null ? body : body.replace(index.terms, (term) => {
    if (term.endsWith(head)) found.push(TERM_MARK + term);
    return "、";
  });
  for (const run of withoutGenericWords(plain).match(HAN_RUN) ?? []) {
    for (let at = run.indexOf(head, 1); at > 0; at = run.indexOf(head, at + head.length)) found.push(head);
  }
  return found;
}

/**
 * The head of a heading's object, where it names an item: the last bigram of its last run, the
 * genre's words cut (品牌 of 加快农业品牌建设), a word of an item's title that few items have
 * (NAMING_SHARE); null where the heading ends in another word.
 */
function headingHead(index: ParentIndex, heading: string): string | null {
  const text = index.terms === null ? heading : heading.replace(index.terms, "、");
  const runs = withoutGenericWords(text).match(HAN_RUN) ?? [];
  const last = runs[runs.length - 1];
  if (last === undefined || last.length < 3) return null;
  const head = last.slice(-2);
  if (GRAMMAR_CHARACTERS.test(head) || !index.titled.has(head) || (index.df.get(head) ?? 0) / index.entries.length > NAMING_SHARE) return null;
  // The heading says which of it in the parent's words (农业 of 农业品牌); a head after words the
  // parent never writes (舌尖上的安全) is the drafter's figure, and the body says what it stands for.
  const qualifier = last.slice(-4, -2);
  return qualifier.length === 2 && !GRAMMAR_CHARACTERS.test(qualifier) && index.idf.has(qualifier) ? head : null;
}

/** The task's weights with the words that qualify a facility's purpose (`carrierQualifiers`) weighed down as well. */
function withQualifiers(subject: SubjectWeights, qualifiers: ReadonlyMap<string, number>): SubjectWeights {
  if (qualifiers.size === 0) return subject;
  const weights = new Map(subject);
  for (const [gram, weight] of qualifiers) weights.set(gram, (weights.get(gram) ?? 1) * weight);
  return Object.assign(weights, { title: subject.title });
}

/**
 * How alike a task's heading and an item's name are: its title, or for an item of unknown text the
 * better of its title and its keywords (`namesOfUnknownText`), without the heading's words that a
 * phrase of other items' own words holds (`othersPhraseGrams`), and the words the name writes only
 * at the end of a longer word weighed down (longerWords.ts: 产品 of 产品质量 against （十）'s 农产品).
 */
function headingScore(index: ParentIndex, at: number, task: TaskVectors, phrases: readonly HeadingPhrase[], weak: WeakGrams, across?: ReadonlySet<string>): number {
  const title = cosine(task.heading, task.headingNorm, index.titles[at]!, index.titleNorms[at]!, across, weak.title);
  const keywords = index.keywordNames[at];
  if (!keywords) return title;
  const others = othersPhraseGrams(phrases, at);
  const without = others === undefined ? across : across === undefined ? others : new Set([...others, ...across]);
  return Math.max(title, cosine(task.heading, task.headingNorm, keywords, index.keywordNameNorms[at]!, without, weak.keywords));
}

/**
 * The task's bigrams that an item of unknown text, whose whole vector is its names, writes only before
 * a name's one-character head, wherever the task writes them (longerWords.ts `headsOnly`: 产品质量 of the
 * law 产品质量法), weighed down in the whole task's likeness as in its heading's: against such an item the text cosine is the heading's evidence again,
 * and 产品质量 of a body's 组织开展产品质量提升行动 still drew the task to （二十四）'s law 产品质量法
 * (0.21) once its heading no longer did. An item with a text has the words around its names to say more.
 */
function namesOnlyWeakGrams(index: ParentIndex, at: number, taskRuns: readonly string[]): ReadonlySet<string> | undefined {
  const places = index.namesOnlyPlaces[at];
  return places ? gramsInsideLongerWords(taskRuns, places, index.parentCounts, true) : undefined;
}

/** A heading's bigrams that an item's title, and its keywords where the heading is weighed against them, write only inside a longer word (longerWords.ts). */
interface WeakGrams {
  title: ReadonlySet<string> | undefined;
  keywords: ReadonlySet<string> | undefined;
}

/** How many headings' `WeakGrams` an index keeps: coverage ranks one task's heading many times over (rankTask, standsApart …). */
const WEAK_MEMO_SIZE = 256;

/** The `WeakGrams` of a heading (as read for its vectors) against each item, remembered by the heading's runs. */
function weakNameGrams(index: ParentIndex, heading: string): WeakGrams[] {
  const runs = runsOf(heading, index.terms);
  const key = runs.join("、");
  let found = index.weakMemo.get(key);
  if (found) return found;
  found = index.entries.map((_, at) => {
    const keywords = index.keywordPlaces[at];
    return {
      title: gramsInsideLongerWords(runs, index.titlePlaces[at]!, index.parentCounts),
      keywords: keywords ? gramsInsideLongerWords(runs, keywords, index.parentCounts) : undefined,
    };
  });
  if (index.weakMemo.size >= WEAK_MEMO_SIZE) index.weakMemo.clear();
  index.weakMemo.set(key, found);
  return found;
}

/**
 * A bigram that straddles two words, each a bigram of the parent's (idf has it) that more items have
 * than have the bigram: 业品 of 农业品牌, between 农业 and 品牌. The pair is no word the drafter wrote, and it names an item only where
 * that item has one of the words it straddles: 业品 is （十二）'s 工业品, and 加快农业品牌建设,
 * which shares neither 农业 nor 品牌 with （十二）, is no task on industrial goods. A bigram across
 * words that the item writes as well as one of the words is often the same compound in both texts
 * (量法 of 计量法规 and 质量法律法规, 量监 of 计量监管 and 质量监管: the item has 法规, 监管), and
 * counts as before; splitting every run into a lexicon's words lost those (xref/README.md).
 * Each bigram with the word pairs it straddles, or null where the text also writes it inside a word
 * (at a run's edge, or beside a bigram the parent never uses): then it is a word of the text.
 */
type Crossings = ReadonlyMap<string, ReadonlyArray<readonly [string, string]> | null>;

function wordCrossings(index: ParentIndex, text: string): Crossings {
  const found = new Map<string, Array<readonly [string, string]> | null>();
  const plain = index.terms === null ? text : text.replace(index.terms, "、");
  for (const run of withoutGenericWords(plain).match(HAN_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2);
      if (!index.idf.has(gram) || found.get(gram) === null) continue;
      const left = i >= 1 ? run.slice(i - 1, i + 1) : "";
      const right = i + 3 <= run.length ? run.slice(i + 1, i + 3) : "";
      // A pair across words is rarer in the parent than either word it straddles (业品, one item's,
      // between 农业 and 品牌, several items'); a word between two such pairs (质量 of 工程质量责任,
      // between 程质 and 量责) is commoner than both, and is the text's word.
      const df = index.df.get(gram)!;
      if (!index.idf.has(left) || !index.idf.has(right) || df >= index.df.get(left)! || df >= index.df.get(right)!) {
        found.set(gram, null);
        continue;
      }
      const pairs = found.get(gram) ?? [];
      pairs.push([left, right]);
      found.set(gram, pairs);
    }
  }
  return found;
}

/** The bigrams of `wordCrossings` that count nothing for the item: at every place, it has neither word the bigram straddles. */
function crossingsApart(index: ParentIndex, at: number, crossings: Crossings): Set<string> | undefined {
  let apart: Set<string> | undefined;
  const own = index.texts[at]!;
  for (const [gram, pairs] of crossings) {
    if (pairs === null || !own.has(gram)) continue;
    if (pairs.every(([left, right]) => !own.has(left) && !own.has(right))) (apart ??= new Set()).add(gram);
  }
  return apart;
}

/** A phrase of the items' own words that a heading writes (`phraseOwners`), with its bigrams and the items that have it. */
interface HeadingPhrase {
  grams: string[];
  owners: readonly number[];
  /** Whether it is long enough to make its words its owners' (CLAIMING_PHRASE_MIN); any phrase of an item keeps its words its own. */
  claims: boolean;
}

/**
 * How long a phrase of other items' must be to take its words from an item of unknown text
 * (`othersPhraseGrams`): five characters, more than two words. Two words of four are phrases
 * any two items may share in common usage: at four, 强化考核评价 lost （三十一）'s 质量工作考核 to
 * （二十）'s 供应商质量控制能力考核评价, and 强化质量安全监管 a fifth of its score for （二十六） to
 * （十）'s 农产品食品安全监管体系 (measured on the hand labels, test/xref/mapping.test.ts).
 */
const CLAIMING_PHRASE_MIN = 5;

/** The phrases of the items' own words a heading writes, each with its bigrams. */
function headingPhrases(index: ParentIndex, heading: string): HeadingPhrase[] {
  const found: HeadingPhrase[] = [];
  for (const phrase of phrasesIn(heading)) {
    const owners = index.phraseOwners.get(phrase);
    if (owners !== undefined) found.push({ grams: [...grams(phrase, index.terms).keys()], owners, claims: phrase.length >= CLAIMING_PHRASE_MIN });
  }
  return found;
}

/**
 * The heading's bigrams that a phrase of other items' own words holds and no phrase of the item's:
 * they are those items' words, and name an item of unknown text by its keywords no more. 深入开展
 * 质量提升行动 writes （十一）'s 消费品质量提升行动, and its 行动, the one word it shares with
 * （二十七）'s list of keywords (全民质量行动), drew it there (0.17 against （十一）'s 0.16): a list of
 * keywords weighed as one name shares a word with many headings, a phrase of an item is that item's
 * (开展标准化生产 writes （七）'s 品牌打造和标准化生产, and its 标准 named （二十二）). 加强工业产品质量监督抽查
 * writes （十四）'s 建材质量监督抽查 and （二十六）'s own 监督抽查: its 监督抽查 still names （二十六）.
 */
function othersPhraseGrams(phrases: readonly HeadingPhrase[], at: number): ReadonlySet<string> | undefined {
  let others: Set<string> | undefined;
  for (const phrase of phrases) if (phrase.claims && !phrase.owners.includes(at)) for (const gram of phrase.grams) (others ??= new Set()).add(gram);
  if (others === undefined) return undefined;
  for (const phrase of phrases) if (phrase.owners.includes(at)) for (const gram of phrase.grams) others.delete(gram);
  return others;
}

interface TaskVectors {
  heading: Vector;
  headingNorm: number;
  text: Vector;
  textNorm: number;
}

/** A task's heading and whole-text vectors, its words weighed by the plan's subject (`weigh`). */
function taskVectors(index: ParentIndex, headingCounts: ReadonlyMap<string, number>, textCounts: ReadonlyMap<string, number>, subject: SubjectWeights): TaskVectors {
  const heading = weigh(headingCounts, index.idf, subject);
  const text = weigh(textCounts, index.idf, subject);
  // The heading's unknown bigrams lengthen both vectors and match nothing (no item has them);
  // as often as the heading has them: a body that repeats its city's name says no more.
  for (const [gram, count] of headingCounts) {
    if (index.idf.has(gram)) continue;
    const weight = (1 + Math.log(count)) * index.unknown * (subject.get(gram) ?? 1);
    heading.set(gram, weight);
    text.set(gram, weight);
  }
  return { heading, headingNorm: norm(heading), text, textNorm: norm(text) };
}

/**
 * The bigrams an item has only from the phrases local plans name it by (local-keywords.json), which
 * no item's own words — title, keywords, text — write: 住宅 of （十三）'s 住宅工程, 培养 of （二十五）'s
 * 人才培养. The parent gives no evidence that such a word means the item; the phrase does, and a
 * task uses the word in the phrase's sense where it also writes the phrase's other words, its
 * bigrams that the parent's own words have (工程 of 住宅工程; 培养质量人才 writes 人才). A task that
 * writes 住宅 and never 工程 (强化住宅电梯使用管理。推动住宅小区电梯使用单位落实管理责任: lifts, which
 * the residence only places) is not about the works of （十三）: there the word counts as one the
 * parent does not use (`inPhraseSense`). By bigram, each of its phrases' other words; a phrase with
 * none (儿童用品, 隐患排查) cannot tell one sense from another, and its bigrams are not bound.
 */
function boundGrams(entries: readonly ParentEntry[], localWords: readonly string[][], terms: RegExp | null): Map<string, string[][]> {
  const own = new Set<string>();
  for (const e of entries) for (const text of [e.title, ...e.keywords, e.body]) for (const gram of grams(text, terms).keys()) own.add(gram);
  const bound = new Map<string, string[][]>();
  for (const phrase of new Set(localWords.flat())) {
    const phraseGrams = [...grams(phrase, terms).keys()];
    const others = phraseGrams.filter((gram) => own.has(gram));
    if (others.length === 0) continue;
    for (const gram of phraseGrams) {
      if (own.has(gram)) continue;
      const senses = bound.get(gram) ?? [];
      senses.push(others);
      bound.set(gram, senses);
    }
  }
  return bound;
}

/** A task's words as `boundGrams` reads them: the bound bigrams, and the task's whole text, heading and body. */
interface BoundSense {
  phrases: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  text: string;
  /** The title bigrams items write after the parent's subject word, each with what may stand before it and the keywords that hold it (`subjectQualifiedWords`). */
  qualified: ReadonlyMap<string, QualifiedWord>;
  /** The phrases of other senses (otherSenses.ts). */
  otherSenses: ReadonlySet<string>;
}

/** Whether a task uses a bound bigram (`boundGrams`) in one of its phrases' sense: its text writes that phrase's other words. */
function inPhraseSense(gram: string, sense: BoundSense): boolean {
  return sense.phrases.get(gram)!.some((others) => others.every((other) => sense.text.includes(other)));
}

/** What a bound bigram used in no phrase's sense is counted under: a word no item has (see `boundGrams`). */
const UNBOUND_MARK = "~";

/**
 * How long a phrase of an item's own words is: four characters or more, two of the parent's words
 * (品牌培育 of 品牌培育发展机制, 知名品牌 of its title) or more (品质量标准 of 消费品质量标准); three
 * would be the subject word and a character. Up to eight: a longer one holds one of eight.
 */
const PHRASE_MIN = 4;
const PHRASE_MAX = 8;
const HAN_RUN = /[\u3400-\u9fff]+/g;

/** Every phrase of a text's runs of Han characters, PHRASE_MIN to PHRASE_MAX characters long. */
function* phrasesIn(text: string): Generator<string> {
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + PHRASE_MIN <= run.length; i++) {
      for (let end = i + PHRASE_MIN; end <= Math.min(run.length, i + PHRASE_MAX); end++) yield run.slice(i, end);
    }
  }
}

/**
 * The phrases of each item's own words — its title and keywords, the parent's and local plans'
 * (local-keywords.json), read whole, the genre's words in: 培育 is a word of 品牌培育发展机制 — each
 * with the items whose words have it (质量标准 is （十一）'s 消费品质量标准, （二十二）'s 国家级质量标准实验室 …).
 */
function phraseOwners(entries: readonly ParentEntry[], keywordsOf: readonly string[][]): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  entries.forEach((entry, at) => {
    for (const words of [entry.title, ...keywordsOf[at]!]) {
      for (const phrase of phrasesIn(words)) {
        const known = owners.get(phrase);
        if (known === undefined) owners.set(phrase, [at]);
        else if (!known.includes(at)) known.push(at);
      }
    }
  });
  return owners;
}

/** Each phrase of the items' own words (`phraseOwners`) with the one item that has it, -1 where several do (质量标准: it names none). */
function ownPhrases(owners: ReadonlyMap<string, readonly number[]>): Map<string, number> {
  return new Map([...owners].map(([phrase, items]) => [phrase, items.length === 1 ? items[0]! : -1]));
}

/**
 * Whether a phrase holds a subject word and a word of its own beside it: a bigram that overlaps no
 * subject word (培育 beside 品牌, not 牌培 across them; 全监 of 食品安全监管 is neither the subject
 * nor a word), has no character of grammar, and is not one that many items have (TELLING_SHARE):
 * 工程质量 in a 工程质量 plan is the subject and 质量, which every item has: the subject alone.
 */
function subjectInPhrase(index: ParentIndex, phrase: string, subject: SubjectWeights): boolean {
  const isSubject = (k: number) => k >= 0 && k + 2 <= phrase.length && subject.has(phrase.slice(k, k + 2));
  let holdsSubject = false;
  let holdsWord = false;
  for (let k = 0; k + 2 <= phrase.length; k++) {
    const gram = phrase.slice(k, k + 2);
    if (isSubject(k)) holdsSubject = true;
    else if (!isSubject(k - 1) && !isSubject(k + 1) && !GRAMMAR_CHARACTERS.test(gram) && (index.df.get(gram) ?? 0) / index.entries.length <= TELLING_SHARE) holdsWord = true;
  }
  return holdsSubject && holdsWord;
}

/**
 * The plan's subject as it weighs a task against each item whose own phrase (`ownPhrases`) the
 * task writes with a subject word in it and another word beside it (`subjectInPhrase`): the
 * subject without those words, by the item's index. A brand plan writes 品牌 in every task, and
 * weighed down (planSubject.ts) it no longer drew them all to （二十一）; but 建立品牌培育库 writes
 * 品牌培育, （二十一）'s own 品牌培育发展机制 and 品牌培育管理体系, and there 品牌 is the item's word,
 * not the plan's: the task is weighed against （二十一） as in any other plan. The subject word
 * alone (推动品牌走出去), in a phrase several items share (质量标准), or in one the plan's title
 * writes (食品安全 of 食品安全提升行动方案, 品牌建设 of 品牌建设三年行动计划: the subject as the
 * drafter names it), lifts nothing. Empty for a plan of no subject.
 */
function ownPhraseSubjects(index: ParentIndex, text: string, subject: SubjectWeights): Map<number, SubjectWeights> {
  if (subject.size === 0) return new Map();
  const lifted = new Map<number, Set<string>>();
  for (const phrase of phrasesIn(text)) {
    const at = index.phrases.get(phrase);
    if (at === undefined || at < 0 || subject.title?.includes(phrase) || !subjectInPhrase(index, phrase, subject)) continue;
    const grams = lifted.get(at) ?? new Set<string>();
    for (let k = 0; k + 2 <= phrase.length; k++) if (subject.has(phrase.slice(k, k + 2))) grams.add(phrase.slice(k, k + 2));
    lifted.set(at, grams);
  }
  return new Map([...lifted].map(([at, grams]) => [at, new Map([...subject].filter(([gram]) => !grams.has(gram)))]));
}

/**
 * The plan's subject as it weighs a task (its heading and body) against one item: without the
 * subject words the task writes in a phrase of the item's own (`ownPhraseSubjects`), so that the
 * heading's 品牌 names （二十一） for a task whose body writes 品牌培育, as it would in a plan of no subject.
 */
export function subjectAgainst(parent: ParentDocument, heading: string, body: string, entry: ParentEntry, subject: SubjectWeights): SubjectWeights {
  const index = indexOf(parent);
  return ownPhraseSubjects(index, `${heading}\n${body}`, subject).get(index.entries.indexOf(entry)) ?? subject;
}

/**
 * A bigram in more of the parent's items than this share points to none of them (技术, 产业,
 * 标准), unless the item's title has it (工程 of 强化工程质量保障): what the title names is its
 * subject however many items touch on it. Only 质量, in nearly every title, never tells.
 */
const TELLING_SHARE = 0.25;
const TELLING_TITLE_SHARE = 0.5;

/**
 * The words of a parent item — bigrams of its title, keywords and body, the genre's words left
 * out — that the text has and that tell items apart (see TELLING_SHARE), with no character of
 * grammar and not straddling a word that many items have (量监 of 质量监管, 业链 of 产业链).
 * Empty: the text has nothing of the item. Null for an item no task is matched against (the
 * 总体要求 part): nothing can be said.
 */
export function telling(parent: ParentDocument, entry: ParentEntry, text: string): string[] | null {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  if (at < 0) return null;
  const share = (gram: string) => (index.df.get(gram) ?? 0) / index.entries.length;
  const common = (run: string, i: number) => i >= 0 && i + 2 <= run.length && share(run.slice(i, i + 2)) > TELLING_SHARE;
  const words = new Set<string>();
  for (const run of withoutGenericWords(text).match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2);
      if (common(run, i - 1) || common(run, i + 1) || GRAMMAR_CHARACTERS.test(gram)) continue;
      words.add(gram);
    }
  }
  const title = index.titles[at]!;
  const found: string[] = [];
  for (const gram of index.texts[at]!.keys()) {
    if (words.has(gram) && share(gram) <= (title.has(gram) ? TELLING_TITLE_SHARE : TELLING_SHARE)) found.push(gram);
  }
  return found;
}

/**
 * A title's bigram in at most this share of the items names its item: 品牌 (4 of the outline's 30
 * items that a task can carry out: （七）'s 品牌打造, （二十一）'s title …), not 创新 (7: a verb as
 * often as a subject, 创新质量治理模式) nor 质量 (all).
 */
const NAMING_SHARE = 1 / 6;

/**
 * Whether a heading names the item by a word that is the item's own: a bigram of its title that
 * few items have (NAMING_SHARE), or a bigram of its keywords that no other item has at all
 * (诚信 of 质量诚信 is （二十七）'s alone; of its body, a bigram across two words, 新质 of
 * 创新质量管理, is none). A heading in the drafter's words (打造成都品牌矩阵, 大力推动品牌示范创建)
 * shares few bigrams with any item and scores low for all, but where it writes the word the
 * parent names the item by (品牌, in 争创国内国际知名品牌), it says what it is about.
 */
export function headingNames(parent: ParentDocument, heading: string, entry: ParentEntry, subject: SubjectWeights = NO_SUBJECT): boolean {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  if (at < 0) return false;
  return namesByOwnWord(index, heading, at, subject, true) || keywordsNamed(index, heading, subject).includes(at);
}

/**
 * Whether a task writes a word of the parent's field: its subject word (质量 of the outline), a
 * keyword or a term that names one item alone (`keywordsNamed`: 特种设备, 计量, 政务服务; kinds read
 * as their keyword), or a title's word that few items have (NAMING_SHARE: 品牌, 食品, 工程) other
 * than one the titles write only after the subject (监管 of 质量监管, 安全 of 质量安全: the subject's
 * supervision and safety, which any field's plan writes of its own subject), and a title's word that
 * qualifies a keyword's head (公共 of 公共服务) only followed by what the parent writes after it
 * (`fieldQualifiers`: 公共交通, not 公共信用信息 or 公共停车场). Every item of the
 * parent is about its subject; a task that writes none of these words — 落实部门监管责任, 开展重大
 * 事故隐患排查 of a work-safety plan — shares with an item only the words every field's plans use,
 * and what it is like says nothing of which item it carries out.
 */
/**
 * The bigrams of the items' titles that say what the parent's subject is of: those a title writes
 * before its subject word (产业 of 提高产业质量竞争水平, 农产品 of 提高农产品食品药品质量安全水平, 工程 of
 * 强化工程质量保障) or in a title that does not write it (品牌 of 争创国内国际知名品牌, 消费品 of 优化
 * 消费品供给品类). Not what a title says is done with the subject (监管效能 of 优化质量监管效能, 政策制度
 * of 健全质量政策制度: any field's plan supervises and has policies; 基础设施 of 质量基础设施, which
 * 产业基础 does not make a field's word), nor the words of the parent's
 * closing safeguards (领导, 评估, 宣传 of 加强宣传引导: every plan's own carrying out), nor a word
 * the parent writes in no item's keywords, local words or text (树立, 争创, 国内, 知名: a title's verb
 * and praise, which a 生态环境 plan's 树立绿色发展理念 writes too).
 */
function fieldTitleWords(entries: readonly ParentEntry[], subjects: ReadonlySet<string>, terms: RegExp | null, ownWords: readonly string[][]): Set<string> {
  const found = new Set<string>();
  const doneWith = new Set<string>();
  for (const entry of entries) {
    const title = withoutGenericWords(entry.title);
    const thing = subjectlessThing(entry, subjects, terms);
    for (const run of (terms === null ? title : title.replace(terms, "、")).match(HAN_RUN) ?? []) {
      // What the subject is of ends where the subject is written, or with the thing a title that
      // does not write it names (消费品 of 优化消费品供给品类); what is done with it follows.
      let end = run.length;
      let doneFrom = Infinity;
      for (let i = 0; i + 2 <= run.length; i++) if (subjects.has(run.slice(i, i + 2))) { end = i; doneFrom = i + 2; break; }
      if (thing !== null && run.startsWith(thing)) { end = thing.length; doneFrom = thing.length; }
      for (let i = 0; i + 2 <= run.length; i++) {
        const gram = run.slice(i, i + 2);
        if (i >= doneFrom) doneWith.add(gram);
        else if (i + 2 <= end && !(entry.section && isSafeguards(entry.section.title))) found.add(gram);
      }
    }
  }
  // A word some title writes after the subject is what is done with it there (基础 of 质量基础设施,
  // 国际 of 质量国际合作), however another title writes it before (产业基础): 城市基础设施 is no field's word.
  for (const gram of doneWith) found.delete(gram);
  // A word the parent writes in a title and nowhere else is the title's phrasing, not a thing its
  // items work on: the verbs 树立, 争创 and the praise 国内, 知名 of 争创国内国际知名品牌.
  const written = new Set(ownWords.flat().flatMap((words) => [...grams(words, terms).keys()]));
  for (const gram of found) if (!written.has(gram)) found.delete(gram);
  return found;
}

/**
 * The thing a title that does not write the parent's subject names first, in the words its keywords
 * write right before the subject (消费品 of 优化消费品供给品类, whose keywords write 消费品质量标准): the
 * title is that thing's quality in other words, so its words after the thing (供给品类) are what is
 * done with it, as words after the subject are. Three characters or more, a word: a bigram (服务 of
 * 冷链物流服务质量) tells no thing from its kinds. Null where the title writes the subject, or starts
 * with no such word. Without it every bigram of 消费品供给品类 was a word of the field, and a 促消费
 * plan's 优化住房供给 and 扩大服务供给 were the parent's tasks. 消费 stays a word of the field: the
 * parent writes it alone too (以创新供给引领消费需求, local plans' 放心消费), not only before 品 as 公共
 * is before 服务 (`fieldQualifiers`); a qualifier of it cost 打造诚信兴商环境 (消费投诉) its credit.
 */
function subjectlessThing(entry: ParentEntry, subjects: ReadonlySet<string>, terms: RegExp | null): string | null {
  const title = withoutGenericWords(entry.title);
  const runs = (terms === null ? title : title.replace(terms, "、")).match(HAN_RUN) ?? [];
  if (runs.some((run) => [...bigramsOf(run)].some((gram) => subjects.has(gram)))) return null;
  const first = runs[0];
  if (first === undefined) return null;
  for (let length = first.length; length >= 3; length--) {
    const thing = first.slice(0, length);
    if (entry.keywords.some((keyword) => [...subjects].some((subject) => keyword.includes(thing + subject)))) return thing;
  }
  return null;
}

/**
 * A title's runs with the thing it names first (`subjectlessThing`: 消费品 of 优化消费品供给品类) a run
 * of its own, as a word the heading must write whole to name it: the thing's last character is its
 * head (品 of 消费品), and a heading's 消费 alone (提振大宗消费, consumption) writes only what qualifies
 * it (longerWords.ts `beforeOneCharacterHead`), as 产品质量 does the law 产品质量法.
 */
function thingApart(runs: string[], thing: string | null): string[] {
  if (thing === null) return runs;
  return runs.flatMap((run) => (run.startsWith(thing) && run.length > thing.length ? [thing, run.slice(thing.length)] : [run]));
}

/**
 * The title bigrams that qualify the head of one of their item's keywords, the title writing the
 * keyword whole (公共 of 公共服务 in 提升公共服务质量效率, 工业 of 工业品, 中国 of 中国建造), or a head
 * the title writes that is too common to name an item (生活 of 生活服务 in 促进生活服务品质升级), each with
 * the characters the items' titles and words write right after it. Such a word says what the
 * subject is of only with what it qualifies: 公共交通 and 工业软件 are the parent's things, while
 * 公共信用信息, 工业企业深度治理 and 中国特色 are another field's (`writesFieldWord`).
 */
function fieldQualifiers(entries: readonly ParentEntry[], ownWords: readonly string[][], df: ReadonlyMap<string, number>, subjects: ReadonlySet<string>, terms: RegExp | null): Map<string, Set<string>> {
  const qualifiers = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const keyword of entry.keywords) {
      if (keyword.length < 3 || !entry.title.includes(keyword)) continue;
      // Every bigram before the keyword's last, its head.
      for (let i = 0; i + 2 < keyword.length; i++) qualifiers.set(keyword.slice(i, i + 2), new Set());
    }
    // And a title's word before a head too common to name an item (生活 of 生活服务: 服务 is in a
    // third of the items), whatever its keywords: it says what the subject is of only with that head.
    for (const run of runsOf(entry.title, terms)) {
      for (let i = 0; i + 4 <= run.length; i++) {
        const head = run.slice(i + 2, i + 4);
        if (!subjects.has(head) && (df.get(head) ?? 0) / entries.length > NAMING_SHARE) qualifiers.set(run.slice(i, i + 2), new Set());
      }
    }
  }
  for (const words of entries.map((entry, at) => [entry.title, ...ownWords[at]!])) {
    for (const word of words) {
      for (const [gram, next] of qualifiers) {
        for (let i = word.indexOf(gram); i >= 0 && i + 2 < word.length; i = word.indexOf(gram, i + 1)) next.add(word.charAt(i + 2));
      }
    }
  }
  return qualifiers;
}

/** Whether a text writes a qualifier of `fieldQualifiers` followed by what the parent writes after it. */
function writesQualified(text: string, gram: string, next: ReadonlySet<string>): boolean {
  for (let i = text.indexOf(gram); i >= 0; i = text.indexOf(gram, i + 1)) {
    // The attributive 性 between a qualifier and its head (生活性服务业) writes the parent's 生活服务 (addGrams).
    if (next.has(text.charAt(i + 2)) || (text.charAt(i + 2) === "性" && next.has(text.charAt(i + 3)))) return true;
  }
  return false;
}

/** Whether a text writes the parent's subject word (质量 of the outline: `parentSubjectWords`). */
export function writesSubjectWord(parent: ParentDocument, text: string): boolean {
  const index = indexOf(parent);
  for (const gram of grams(text, index.terms).keys()) if (index.subjectWords.has(gram)) return true;
  return false;
}

export function writesFieldWord(parent: ParentDocument, heading: string, body: string, planTitle = ""): boolean {
  const index = indexOf(parent);
  // Read with the plan's title, which says what field the plan's list of tasks is of: in a
  // 深化质量强市建设实施方案 a bare 推进网络交易监管, or a 保障措施 that rewards firms for 精品 and
  // standards, is the parent's work; in a 安全生产 plan a task is of the field only by its own words.
  // A plan whose title names a sector of the parent (标准化发展行动计划, 食品安全…方案) is of its field
  // whatever words a task chooses (培育标准化人才: 标准 names no one item).
  if (sectorWordsOfTitle(planTitle).size > 0) return true;
  // The title's subject only: its genre (实施方案) is no task's word, though （三十） names 实施方案.
  const text = `${heading}\n${body}\n${subjectOf(planTitle)}`;
  for (const gram of grams(text, index.terms).keys()) {
    if (index.subjectWords.has(gram)) return true;
    if (GRAMMAR_CHARACTERS.test(gram) || !index.fieldWords.has(gram) || (index.df.get(gram) ?? 0) / index.entries.length > NAMING_SHARE) continue;
    const next = index.fieldQualifiers.get(gram);
    if (next === undefined || writesQualified(text, gram, next)) return true;
  }
  return keywordsNamed(index, index.everyField === null ? text : text.replace(index.everyField, "、"), NO_SUBJECT).length > 0;
}

/**
 * Whether a heading names an item only by words of its title that another item's keywords write too
 * (领导 of 加强组织领导: （二十九）加强党的全面领导's title word and a word of （三十）'s 领导小组), and by
 * no keyword of its own written whole: a heading that cannot tell the two apart, whose body must.
 */
export function namesOnlyByWordsOf(parent: ParentDocument, heading: string, entry: ParentEntry, other: ParentEntry, subject: SubjectWeights = NO_SUBJECT): boolean {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  if (at < 0 || keywordsNamed(index, heading, subject).includes(at)) return false;
  const naming = [...grams(heading, index.terms).keys()].filter((gram) => namesByOwnWord(index, gram, at, subject, true));
  return naming.length > 0 && naming.every((gram) => other.keywords.some((keyword) => keyword.includes(gram)));
}

/**
 * Whether a heading names the item by a bigram of its title that few items have (NAMING_SHARE), or,
 * with `keywordGrams`, by a bigram of its keywords that no other item has (`headingNames`).
 */
function namesByOwnWord(index: ParentIndex, heading: string, at: number, subject: SubjectWeights, keywordGrams: boolean): boolean {
  const entry = index.entries[at]!;
  const share = (gram: string) => (index.df.get(gram) ?? 0) / index.entries.length;
  const across = crossingsApart(index, at, wordCrossings(index, heading));
  // A title's bigram the heading writes only as a part of the title's longer word (消费 of 消费品 in
  // 提振大宗消费: consumption, not consumer goods) is that word's, and the heading does not write it.
  const inside = weakNameGrams(index, heading)[at]!.title;
  for (const gram of grams(heading, index.terms).keys()) {
    // The plan's own subject names it in every heading: no heading's word for its item; nor does a
    // bigram across two words the item has neither of (业品 of 农业品牌 for （十二）'s 工业品).
    if (GRAMMAR_CHARACTERS.test(gram) || subject.has(gram) || across?.has(gram)) continue;
    if (index.titles[at]!.has(gram) && share(gram) <= NAMING_SHARE && !inside?.has(gram) && ownTitleWord(index, heading, at, gram)) return true;
    if (keywordGrams && index.df.get(gram) === 1 && entry.keywords.some((keyword) => keyword.includes(gram)) && ownTitleWord(index, heading, at, gram)) return true;
  }
  return false;
}

/**
 * Whether a title's bigram the heading writes is the item's own there: one its title writes after
 * the parent's subject word (监管 of 优化质量监管效能) only where the heading does not write it after
 * another subject's words (消防安全监管, 生态环境质量监管: otherSenses.ts `qualifiedOtherwise`).
 */
function ownTitleWord(index: ParentIndex, heading: string, at: number, gram: string): boolean {
  if (!index.subjectQualified[at]!.grams.has(gram)) return true;
  const text = index.otherSenses === null ? heading : heading.replace(index.otherSenses, OTHER_SENSE_HOLE);
  return !writtenQualifiedOtherwise(withoutGenericWords(text), gram, index.qualifiedWords.get(gram)!);
}

/** The parent's subject words: the bigrams more than TELLING_TITLE_SHARE of its items' titles write, the genre's words cut out (质量 of the outline). */
function parentSubjectWords(entries: readonly ParentEntry[]): Set<string> {
  const df = new Map<string, number>();
  for (const e of entries) for (const gram of new Set((withoutGenericWords(e.title).match(HAN_RUN) ?? []).flatMap((run) => [...bigramsOf(run)]))) df.set(gram, (df.get(gram) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n / entries.length > TELLING_TITLE_SHARE).map(([gram]) => gram));
}

/**
 * The parent's subject words: the bigrams more than TELLING_TITLE_SHARE of its items' titles
 * write, the genre's words cut out (质量 of the outline). For each item, the bigrams its title writes
 * right after one, where every title that writes them does (监管 of 质量监管, 竞争 of 产业质量竞争,
 * 安全 of 药品质量安全; not 基础, which 强化产业基础质量支撑 writes after 产业); and the bigrams a
 * task may write before them and still mean the parent's: the subject and every bigram of the
 * parent's words (titles, keywords, text, local plans' keywords: 激励 of 激励政策, 计量 of 计量监管,
 * 特种设备 of 特种设备安全监管, 群众 of 守护群众安全, all its items') but those qualified bigrams themselves (安全 of
 * 消防安全监管). Only a word the parent never writes makes the word another's: 消防, 生态, 事后, 公平.
 * The parent's keywords are read so too, where no title writes the bigram otherwise: 人才 of （二十五）'s
 * 质量人才 is quality's talent, and 落实高层次人才引进政策 names no item by it (a local word written whole,
 * 人才队伍, still does: `QualifiedWord.keywords`).
 */
function subjectQualifiedGrams(entries: readonly ParentEntry[], subjects: ReadonlySet<string>, ownWords: readonly string[][]): Array<{ grams: Set<string>; own: Set<string> }> {
  const runsOf = (words: readonly string[]) => words.flatMap((word) => withoutGenericWords(word).match(HAN_RUN) ?? []);
  const titleRuns = entries.map((e) => runsOf([e.title]));
  const keywordRuns = entries.map((e) => runsOf(e.keywords));
  const titleAfter = writtenAfter(titleRuns.flat(), subjects);
  // A keyword's bigram that every keyword writing it writes right after the subject (人才 of 质量人才,
  // 诚信 of 质量诚信) is the subject's as a title's is, unless a title writes it otherwise.
  const keywordAfter = writtenAfter(keywordRuns.flat(), subjects);
  const qualified = new Set([...titleAfter].filter(([, always]) => always).map(([gram]) => gram));
  for (const [gram, always] of keywordAfter) if (always && titleAfter.get(gram) !== false) qualified.add(gram);
  const own = new Set(subjects);
  for (const words of ownWords) for (const word of words) for (const run of withoutGenericWords(word).match(HAN_RUN) ?? []) for (const gram of bigramsOf(run)) if (!qualified.has(gram)) own.add(gram);
  return entries.map((_, at) => ({ grams: new Set([...titleRuns[at]!, ...keywordRuns[at]!].flatMap((run) => [...bigramsOf(run)]).filter((gram) => qualified.has(gram))), own }));
}

/** Each bigram of the runs, with whether every run that writes it writes it right after a subject word. */
function writtenAfter(runs: readonly string[], subjects: ReadonlySet<string>): Map<string, boolean> {
  const after = new Map<string, boolean>();
  for (const run of runs) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2);
      after.set(gram, (after.get(gram) ?? true) && i >= 2 && subjects.has(run.slice(i - 2, i)));
    }
  }
  return after;
}


/**
 * subjectQualified by bigram: each with what may stand before it, and the keywords that hold it,
 * written whole wherever a task writes them (安全社会共治 writes （二十七）'s 社会共治).
 */
function subjectQualifiedWords(qualified: ReadonlyArray<{ grams: Set<string>; own: Set<string> }>, keywords: readonly string[], itemGrams: ReadonlyArray<ReadonlyMap<string, number>>, titles: readonly string[]): Map<string, QualifiedWord> {
  const words = new Map<string, QualifiedWord>();
  qualified.forEach(({ grams: list, own }, at) => {
    for (const gram of list) {
      // A keyword's word (诚信 of 质量诚信) names a thing whatever follows it (诚信兴商): no item words to check.
      const itemWords = titles.some((title) => title.includes(gram)) ? new Set<string>() : null;
      const word = words.get(gram) ?? { own, keywords: keywords.filter((keyword) => keyword.length > 2 && keyword.includes(gram)), itemWords };
      if (word.itemWords !== null) for (const itemGram of itemGrams[at]!.keys()) (word.itemWords as Set<string>).add(itemGram);
      words.set(gram, word);
    }
  });
  return words;
}

/** The character bigrams of a run of Han characters, in order. */
export function* bigramsOf(run: string): Generator<string> {
  for (let i = 0; i + 2 <= run.length; i++) yield run.slice(i, i + 2);
}

const NOTHING_QUALIFIED: ReadonlyMap<string, QualifiedWord> = new Map();

/**
 * The phrases by which alone a heading names the item, where another item's own words have them too: 提升服务质量
 * names （十八） by 服务质量 (its title's 公共服务质量), which （十七）'s 旅客服务质量管理体系 and （十六）'s
 * 冷链物流服务质量 write as well. Such a heading names the field several items share (the outline's
 * 七、 on services), not one of them; which one the task is, its body says (生活性服务业: （十七）'s
 * 生活服务). False where the heading names the item by any other word of its own (`headingNames`,
 * the shared phrases cut out) or by a keyword of it written whole, or writes no phrase the two share.
 * The phrases, where it names the item so; empty where not.
 */
export function sharedNamingPhrases(parent: ParentDocument, heading: string, entry: ParentEntry, other: ParentEntry, subject: SubjectWeights = NO_SUBJECT): string[] {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  const otherAt = index.entries.indexOf(other);
  if (at < 0 || otherAt < 0) return [];
  const shared = [...phrasesIn(heading)].filter((phrase) => {
    const owners = index.phraseOwners.get(phrase);
    // A keyword of the item written whole is its name, whatever longer phrase of another's holds it
    // (监督抽查, （二十六）'s, in （十四）'s 建材质量监督抽查).
    return owners !== undefined && owners.includes(at) && owners.includes(otherAt) && !index.ownWords[at]!.keywords.has(phrase);
  });
  if (shared.length === 0) return [];
  const rest = shared.reduce((text, phrase) => text.split(phrase).join("、"), heading);
  return headingNames(parent, rest, entry, subject) ? [] : shared;
}

/**
 * Whether a heading says only the kind of work two items share: each of its words the parent uses
 * (the genre's cut) is a word of both items' own (their titles and keywords), 监管 of 强化监管 in
 * （二十六）优化质量监管效能 and （十）'s 农产品食品安全监管体系, 服务 of 优化服务 in several. Such a
 * heading names no subject, and which item the task is its body says (coverage.ts `bodySubject`).
 */
export function headingSaysWorkOf(parent: ParentDocument, heading: string, entry: ParentEntry, other: ParentEntry): boolean {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  const otherAt = index.entries.indexOf(other);
  if (at < 0 || otherAt < 0) return false;
  const known = [...grams(heading, index.terms).keys()].filter((gram) => index.idf.has(gram));
  return known.length > 0 && known.every((gram) => index.ownGrams[at]!.has(gram) && index.ownGrams[otherAt]!.has(gram));
}

/**
 * Whether a heading names the item by its title's own word that the other item lacks (食品 of
 * 强化食品生产经营全过程监管: （十）提高农产品食品药品质量安全水平's), and names the other only by
 * words the item has as its own too (`headingSaysOnlyWorkOf`). Such a heading says the item is what
 * the task works on (coverage.ts `standsApart`). A keyword's bigram (量提 of （九）'s 整体质量提升, in
 * 推动国有企业质量提升) is not the title's word.
 */
export function headingNamesOverSharedWork(parent: ParentDocument, heading: string, entry: ParentEntry, other: ParentEntry, subject: SubjectWeights = NO_SUBJECT): boolean {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  const otherAt = index.entries.indexOf(other);
  if (at < 0 || otherAt < 0 || !saysOnlyWorkOf(index, heading, otherAt, at, subject)) return false;
  const share = (gram: string) => (index.df.get(gram) ?? 0) / index.entries.length;
  const across = crossingsApart(index, at, wordCrossings(index, heading));
  for (const gram of grams(heading, index.terms).keys()) {
    if (!index.idf.has(gram) || GRAMMAR_CHARACTERS.test(gram) || subject.has(gram) || across?.has(gram)) continue;
    if (index.titles[at]!.has(gram) && share(gram) <= NAMING_SHARE && !index.ownGrams[otherAt]!.has(gram)) return true;
  }
  return false;
}

/**
 * Whether the heading's words that are the other item's own (its title's and keywords' bigrams) are
 * all the item's own too, and there are some: the heading says of the other only the kind of work the
 * two share (监管 of 实施从农田到餐桌全过程监管: （二十六）优化质量监管效能's title word, and （十）'s
 * 农产品食品安全监管体系), however plainly that word names the other elsewhere.
 */
export function headingSaysOnlyWorkOf(parent: ParentDocument, heading: string, other: ParentEntry, entry: ParentEntry, subject: SubjectWeights = NO_SUBJECT): boolean {
  const index = indexOf(parent);
  const at = index.entries.indexOf(entry);
  const otherAt = index.entries.indexOf(other);
  return at >= 0 && otherAt >= 0 && saysOnlyWorkOf(index, heading, otherAt, at, subject);
}

function saysOnlyWorkOf(index: ParentIndex, heading: string, otherAt: number, at: number, subject: SubjectWeights): boolean {
  let says = false;
  for (const gram of grams(heading, index.terms).keys()) {
    if (!index.idf.has(gram) || GRAMMAR_CHARACTERS.test(gram) || subject.has(gram) || !index.ownGrams[otherAt]!.has(gram)) continue;
    if (!index.ownGrams[at]!.has(gram)) return false;
    says = true;
  }
  return says;
}

/** The parent's items a heading names by a keyword written whole (`keywordsNamed`), in the order it writes them. */
export function keywordNamedEntries(parent: ParentDocument, heading: string, subject: SubjectWeights = NO_SUBJECT): ParentEntry[] {
  const index = indexOf(parent);
  return keywordsNamed(index, heading, subject).map((at) => index.entries[at]!);
}

/**
 * The items a heading names by a keyword written whole (`namingKeywords`: 计量 in 加强计量能力建设
 * is （二十二）'s), each keyword read where it stands, the longest first: 诚信计量 is （二十七）'s,
 * and the 计量 inside it names nothing more. A keyword that is the plan's own subject (every bigram
 * of it a subject word: 计量 in a metrology plan) names no item: every heading writes it.
 */
function keywordsNamed(index: ParentIndex, heading: string, subject: SubjectWeights): number[] {
  const hits: Array<[offset: number, at: number]> = [];
  const foreign = otherSenseSpans(heading, index.otherSenses);
  for (const match of index.keywords === null ? [] : heading.matchAll(index.keywords)) {
    const at = index.naming.get(match[0]);
    if (at === undefined || isSubjectWord(index, match[0], subject)) continue;
    // A keyword written across a phrase of another sense (质量监管 of 生态环境质量监管) is that phrase's.
    const end = match.index + match[0].length;
    if (foreign.some(([start, stop]) => match.index < stop && end > start)) continue;
    hits.push([match.index, at]);
  }
  // A keyword a put-into clause writes apart (将质量工作纳入政府绩效考核: 质量工作考核) is read where the clause stands.
  for (const [fold, keyword] of foldedKeywords(index, heading)) {
    const at = index.naming.get(keyword)!;
    if (!isSubjectWord(index, keyword, subject)) hits.push([fold.at, at]);
  }
  for (const { pattern, at } of index.kinds) {
    for (const match of heading.matchAll(pattern)) {
      if (isSubjectWord(index, match[0], subject) || !kindIsObject(index, at, heading.slice(match.index + match[0].length))) continue;
      hits.push([match.index, at]);
    }
  }
  const found: number[] = [];
  for (const [, at] of hits.sort((a, b) => a[0] - b[0])) if (!found.includes(at)) found.push(at);
  return found;
}

/** The naming keywords a text's put-into clauses write apart (foldedPhrases.ts), each with its fold. */
function foldedKeywords(index: ParentIndex, text: string): Array<[FoldedPhrase, string]> {
  const found: Array<[FoldedPhrase, string]> = [];
  const keywords = index.keywords;
  if (keywords === null) return found;
  for (const fold of foldedPhrases(text)) {
    for (const match of fold.phrase.matchAll(keywords)) {
      if (index.naming.has(match[0]) && spansFold(fold, match.index, match.index + match[0].length)) found.push([fold, match[0]]);
    }
  }
  return found;
}

/**
 * The bigram across the fold of each naming keyword a text writes apart (作考 of 质量工作考核 in 将质量工作
 * 纳入政府绩效考核): the one bigram of the keyword the clause does not write, counted as the clause says it.
 */
function foldedKeywordJoints(index: ParentIndex, text: string): string[] {
  return foldedKeywords(index, text).map(([fold]) => fold.phrase.slice(fold.joint - 1, fold.joint + 1));
}

/**
 * The kinds of what a naming keyword names (local-keywords.json "kinds": 电梯, 锅炉, 压力容器,
 * 起重机械, 大型游乐设施 … are kinds of 特种设备, （二十六）'s), by the keyword's item. A task on one
 * kind of the thing is a task on the thing: 强化住宅电梯使用管理 names （二十六） as a heading that
 * writes 特种设备 would, where no word of the outline is in it (电梯 is none of its words, and the
 * task went to （二十）'s 主体责任 by the body's 落实管理责任, 0.12, credited to nothing). A keyword
 * that names no item alone names nothing by its kinds either.
 */
function kindsOf(index: ParentIndex, kinds: Record<string, string[]> | undefined): KindsOfKeyword[] {
  return Object.entries(kinds ?? {}).flatMap(([keyword, words]) => {
    const at = index.naming.get(keyword) ?? titleOwner(index, keyword);
    if (at === undefined || words.length === 0) return [];
    const one = byLength(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    return [{ pattern: new RegExp(`(?:${one})(?:[、和与及]?(?:${one}))*`, "g"), single: new RegExp(one, "g"), keyword, at }];
  });
}

/**
 * The one item whose title writes a word (消费品 of （十一）优化消费品供给品类), or undefined where none
 * or several do. Such a word names its item as a keyword of it alone does, and its kinds (家具, 家电,
 * 服装 … of 消费品) name the item with it: 推进竹木家具设计, furniture design, is （十一）'s 研发设计 of
 * consumer goods, where 竹木 and 家具 are no word of the outline's and 设计 is three items' word. Not a
 * keyword of the item: written whole in a heading (打响“青溪制造”消费品精品) it would put the item first
 * over every body (coverage.ts `keywordHeadingOverBody`) where the title's words already weigh.
 */
function titleOwner(index: ParentIndex, word: string): number | undefined {
  const owners = index.entries.flatMap((entry, at) => (entry.title.includes(word) ? [at] : []));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * A task's text with the kinds it works on (`kindIsObject`) read as the keyword they are kinds of
 * (电梯使用管理 as 特种设备使用管理), as its vectors count them: a kind is no word of the parent's,
 * and the task shared no bigram with the item its heading names (`keywordsNamed`).
 */
function withKindsRead(index: ParentIndex, text: string, body = false): string {
  for (const { pattern, single, keyword, at } of index.kinds) {
    const apart = body ? kindsWorkedOnApart(index, at, text, pattern, single) : null;
    const listed = body ? kindsInProductLists(text, single) : null;
    text = text.replace(pattern, (kinds: string, offset: number, whole: string) => {
      const after = whole.slice(offset + kinds.length);
      if (!body) return kindIsObject(index, at, after) ? keyword : kinds;
      return kindsListedAsObject(index, at, kinds, single, after) || apart!.has(offset) || listed!(offset) ? keyword : kinds;
    });
  }
  return text;
}

/**
 * Whether kinds at an offset are the first of a list of products a body works on (productLists.ts:
 * 对家具、电动自行车、服装等产品开展监督抽查) that holds a kind. Each member of such a list is what the
 * task checks or betters, as a heading's one kind is (`kindIsObject`), so one kind among other
 * products (对家电、建材等产品开展监督抽查: 建材 is （十四）'s own word) names its whole as surely as
 * two; a run of kinds outside such a list needs two (`kindsListedAsObject`), where one is detail in
 * passing. The list names the thing once, as a run of kinds (家具、服装) is read once: its other kinds
 * stay as written, so that the order of the list's members does not weigh.
 */
function kindsInProductLists(text: string, single: RegExp): (offset: number) => boolean {
  const firsts = new Set<number>();
  for (const list of productLists(text)) {
    const kinds = [...text.slice(list.start, list.end).matchAll(single)];
    if (kinds.length >= 1) firsts.add(list.start + kinds[0]!.index);
  }
  return (offset) => firsts.has(offset);
}

/** Marks beside a kind that make it one of a list (现代家具、有色金属、纺织服装等重点产业): the list's head says what it is. */
const LIST_MARKS = /[、等]/;

/**
 * The places of the kinds a body works on one by one, each the object of its own verb (加强电梯维保
 * 单位管理；开展锅炉能效检测；规范气瓶充装): where two different kinds or more stand so, the body
 * works on the thing they are kinds of as surely as one that lists them (`kindsListedAsObject`),
 * and each is read as the keyword. A kind stands so as it does in a heading (`kindIsObject`: 维保,
 * 能效检测 and 充装 are no other item's words; 锅炉节能改造 is （四）'s, 电梯制造企业 the makers'). One
 * kind said again and again (开展燃煤锅炉能效测试，淘汰落后低效锅炉 in a boiler retrofit) is one
 * thing, no sign of the whole; a list is read by `kindsListedAsObject` alone (电梯、起重机械骨干企业
 * are the makers), and a kind in a list of other things (现代家具、有色金属、纺织服装等重点产业: trades)
 * is one of those things. Empty where fewer than two kinds stand so.
 */
function kindsWorkedOnApart(index: ParentIndex, at: number, text: string, pattern: RegExp, single: RegExp): Set<number> {
  const places = new Set<number>();
  const kinds = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if ((match[0].match(single) ?? []).length !== 1 || LIST_MARKS.test(text.charAt(match.index - 1)) || LIST_MARKS.test(text.charAt(end))) continue;
    if (!kindIsObject(index, at, text.slice(end))) continue;
    places.add(match.index);
    kinds.add(match[0]);
  }
  return kinds.size >= 2 ? places : new Set();
}

/**
 * Whether kinds a task's body writes are what it works on: a list of two kinds or more (电梯、锅炉、
 * 压力容器、气瓶, 锅炉压力容器), which names the thing they are kinds of, followed by nothing of a
 * subject or by a word of the keyword's item's own (安全 of （二十六）'s 质量安全事故: 电梯、锅炉、气瓶
 * 安全隐患排查). A body says more than a heading of whose the things are: one kind in passing (淘汰
 * 落后低效锅炉 in a boiler retrofit), or a list that qualifies another word (电梯、起重机械骨干企业: the
 * makers; 纺织服装企业 the trade), is detail, and left as written.
 */
function kindsListedAsObject(index: ParentIndex, at: number, kinds: string, single: RegExp, after: string): boolean {
  if ((kinds.match(single) ?? []).length < 2) return false;
  const next = /^[\u3400-\u9fff]+/.exec(withoutGenericWords(after))?.[0] ?? "";
  return next.length < 2 || index.ownGrams[at]!.has(next.slice(0, 2));
}

/**
 * Whether kinds of a thing a heading writes are what the task works on (电梯使用管理, 锅炉压力容器安全管理,
 * 电梯气瓶安全), not what qualifies another item's subject: the first word after them (the genre's
 * words cut) is one that another item's own words have (its title and the parent's keywords) and
 * the keyword's item's do not, and that tells items apart (TELLING_SHARE): 节能 of 锅炉节能环保改造 is
 * （四）'s 节能降碳, 制造 of 电梯制造企业 the manufacturing items', 品牌 of 起重机械品牌 （二十一）'s,
 * 应急 of 电梯应急救援服务 （十七）'s 应急救援服务能力. 安全 is the item's own (质量安全事故), 使用 no
 * item's: the task is on the equipment. Not local plans' words: 专项 of （二十五）'s 专项资金 does not
 * make 客运索道专项检查 a task on funds.
 */
/** Words after kinds of a thing that make them a trade (纺织服装产业, 电梯行业): see `kindIsObject`. */
const INDUSTRY_HEADS = new Set(["产业", "行业"]);
/** Kinds that open a list whose last member is a trade (家电、建材产业: 家电 is a trade as 建材 is). */
const LISTED_TRADE = /^(?:[、和及与][\u3400-\u9fff]{1,8}?)+(?:产业|行业)/;

function kindIsObject(index: ParentIndex, at: number, after: string): boolean {
  if (LISTED_TRADE.test(after)) return false;
  const next = /^[\u3400-\u9fff]+/.exec(withoutGenericWords(after))?.[0] ?? "";
  if (next.length < 2) return true;
  const gram = next.slice(0, 2);
  // The kinds' trade is no task on the kinds themselves: 纺织服装产业 is manufacturing （七）'s, not （十一）'s goods.
  if (INDUSTRY_HEADS.has(gram)) return false;
  if ((index.df.get(gram) ?? 0) / index.entries.length > TELLING_SHARE || index.ownGrams[at]!.has(gram)) return true;
  return !index.ownGrams.some((own, other) => other !== at && own.has(gram));
}

/**
 * The items a heading names by a keyword written inside a longer one it writes, other than the
 * longer one's item: 食品检验检测 is （十）'s (local plans' word for food testing), and the
 * 检验检测 inside it is （二十二）'s, the testing the quality infrastructure is made of. The longer
 * keyword is what the heading names (`keywordsNamed` reads it alone); the inner one says what
 * kind of work it is, which coverage weighs where the body works on that item (coverage.ts
 * `keywordHeadingOverBody`). A plan's own subject names nothing, as in keywordsNamed.
 */
export function keywordsWithinNamed(parent: ParentDocument, heading: string, subject: SubjectWeights = NO_SUBJECT): ParentEntry[] {
  const index = indexOf(parent);
  const found: ParentEntry[] = [];
  if (index.keywords === null) return found;
  for (const keyword of heading.match(index.keywords) ?? []) {
    const outer = index.naming.get(keyword);
    if (outer === undefined) continue;
    for (const [inner, at] of index.naming) {
      if (at === outer || inner === keyword || !keyword.includes(inner) || found.includes(index.entries[at]!)) continue;
      if (isSubjectWord(index, inner, subject)) continue;
      found.push(index.entries[at]!);
    }
  }
  return found;
}

/** Whether a keyword is the plan's own subject, every bigram of it a subject word (计量 in a metrology plan): it names no item. */
function isSubjectWord(index: ParentIndex, keyword: string, subject: SubjectWeights): boolean {
  return subject.size > 0 && [...grams(keyword, index.terms).keys()].every((gram) => subject.has(gram));
}

/** Every item's keywords as one pattern, longest first, so that a keyword inside a longer one (计量 in 诚信计量) is read as the longer; null where no item has one. */
function keywordsPattern(keywordsOf: readonly string[][]): RegExp | null {
  const all = [...new Set(keywordsOf.flat().filter((keyword) => keyword.length >= 2))];
  return all.length > 0 ? new RegExp(byLength(all.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))), "g") : null;
}

/**
 * The keywords that name one item: a keyword of the item (the parent's or local plans',
 * local-keywords.json, or a term they name it by: 龙头企业, 质量信用) that no other item has as a keyword or in its title, with a bigram — the
 * genre's words cut out — that few items have (NAMING_SHARE). 计量 is （二十二）'s alone, though
 * its bigram is also in （二十七）'s 诚信计量: a heading that writes 计量 and not 诚信计量 names
 * the metrology item, however many words of its body (社会公用计量标准: 社会 of 社会共治) are another's.
 * A keyword of the genre's words alone, or of bigrams many items have, names nothing.
 */
function namingKeywords(entries: readonly ParentEntry[], keywordsOf: readonly string[][], df: ReadonlyMap<string, number>): Map<string, number> {
  const owners = new Map<string, number[]>();
  keywordsOf.forEach((keywords, at) => {
    for (const keyword of keywords) {
      const list = owners.get(keyword) ?? [];
      if (!list.includes(at)) list.push(at);
      owners.set(keyword, list);
    }
  });
  const naming = new Map<string, number>();
  for (const [keyword, [at, ...others]] of owners) {
    if (keyword.length < 2 || others.length > 0 || entries.some((e, i) => i !== at && e.title.includes(keyword))) continue;
    const rare = (withoutGenericWords(keyword).match(/[\u3400-\u9fff]+/g) ?? []).some((run) => {
      for (let i = 0; i + 2 <= run.length; i++) {
        const gram = run.slice(i, i + 2);
        if (!GRAMMAR_CHARACTERS.test(gram) && (df.get(gram) ?? 0) / entries.length <= NAMING_SHARE) return true;
      }
      return false;
    });
    if (rare) naming.set(keyword, at!);
  }
  return naming;
}

/**
 * A task's best items (rankEntries), first the one its heading names alone by a keyword written
 * whole (`keywordsNamed`: 计量 in 加强计量能力建设), where the heading names the best by no word of
 * its own (headingNames). A heading that writes an item's own word says what the task is about;
 * a body in the drafter's words (新建社会公用计量标准) can share more bigrams with another item
 * (社会 of （二十七）'s 社会共治) and outscore it, and a word of the body must not decide against
 * what the heading names. The scores stay as measured: coverage weighs them (coverage.ts
 * `standsApart`). Not a title's bigram (headingNames' other readings): 技术 of 强化质量技术设施能力建设
 * is （十九）'s title word, where the task is another's.
 */
function rankTask(parent: ParentDocument, heading: string, body: string, subject: SubjectWeights): MappingCandidate[] {
  const ranked = rankEntries(parent, heading, body, 3, subject);
  const best = ranked[0];
  if (best === undefined) return ranked;
  const index = indexOf(parent);
  // Of the kinds the body names, the best ranked goes first, unless the best is one of them.
  const kinds = bodyNamedKinds(parent, heading, body, ranked, subject);
  const kind = kinds.includes(best.entry) ? undefined : ranked.find((c) => c.score > 0 && kinds.includes(c.entry));
  if (kind !== undefined) return [kind, ...ranked.filter((c) => c !== kind)];
  const named = keywordsNamed(index, heading, subject);
  if (named.length !== 1 || index.entries[named[0]!] === best.entry) return ranked;
  // The best keeps its place where the heading names it by a word of its title or a keyword written
  // whole; not by a bigram of a keyword it does not write whole (分级分类 of （二十二）'s 分级分类管理
  // in 推进质量信用分级分类监管: grading is how the credit supervision named by 质量信用 is done).
  const bestAt = index.entries.indexOf(best.entry);
  if (namesByOwnWord(index, heading, bestAt, subject, false) || keywordsNamed(index, heading, subject).includes(bestAt)) return ranked;
  if (writesOwnPhrase(index, heading, index.entries.indexOf(best.entry), subject)) return ranked;
  const entry = index.entries[named[0]!]!;
  const candidate = ranked.find((c) => c.entry === entry) ?? rankEntries(parent, heading, body, index.entries.length, subject).find((c) => c.entry === entry);
  if (candidate === undefined || candidate.score === 0) return ranked;
  return [candidate, ...ranked.filter((c) => c !== candidate)].slice(0, 3);
}

/**
 * The item whose kind of a common head the body names where the heading writes only the head: 服务
 * is in a third of the items' titles, each saying which services by the word before it (生产服务 of
 * （十六）, 生活服务 of （十七）, 公共服务 of （十八）), and a heading of the head alone (发展现代服务业)
 * leaves the kind to its body. A body that writes such title phrases whole (推动生产性服务业向专业化…,
 * the attributive 性 between its words as `addGrams` reads it) says which: the best ranked of those
 * items among the task's best three is its first (`rankTask`), and coverage counts the others beside
 * it (coverage.ts `bodyKindSubjects`: 提升现代服务业质量 over 生产性服务业… and 生活性服务业… is
 * （十六）'s and （十七）'s both). Not where the heading writes a word of another of the three's titles
 * beside the head (提升服务质量 names （十八）'s 公共服务质量 by 服务质量: `fieldClauseSubjects` gives the
 * body's kind beside it), nor where it writes a kind itself. Before, 发展现代服务业 went to （七） by the
 * 服务业 of its keywords (0.17) and （十六） stayed uncovered at 0.15; before qa-50e a body writing two
 * kinds named neither, and its task went to （七） alone. The items in the parent's order, or none.
 */
export function bodyNamedKinds(parent: ParentDocument, heading: string, body: string, ranked: readonly MappingCandidate[], subject: SubjectWeights = NO_SUBJECT): ParentEntry[] {
  const index = indexOf(parent);
  const headingRuns = runsOf(heading, index.terms);
  // The head is what the heading works on: its last word (服务, 服务业), not a facility's purpose
  // (标准化服务平台); the parent's subject word after it is the quality of that head (提升现代服务业质量).
  const object = withoutSubjectTail(index, headingRuns[headingRuns.length - 1] ?? "");
  const kinds = commonHeadKinds(index).filter(({ head }) => object.endsWith(head) || object.endsWith(`${head}业`));
  if (kinds.length === 0) return [];
  const writes = (runs: readonly string[], phrase: string) => runs.some((run) => writesKind(run, phrase));
  if (kinds.some(({ phrase }) => writes(headingRuns, phrase))) return [];
  const bodyRuns = runsOf(body, index.terms);
  const written = new Set(kinds.filter(({ phrase }) => writes(bodyRuns, phrase)).map(({ at }) => at));
  if (written.size === 0) return [];
  // The heading names none of the other candidates by its title's words or its own words, the head
  // aside (应急救援服务, （十七）'s keyword; not 服务业, the head's industry, （七）'s by its keywords),
  // nor a bigram across the head and the subject after it (业质 of 服务业质量 is no 产业质量 of （七）).
  const heads = new Set(kinds.map(({ head }) => head));
  const rest = [...heads].reduce((text, head) => text.split(`${head}业`).join("、").split(head).join("、"), heading);
  const withoutIndustry = [...heads].reduce((text, head) => text.split(`${head}业`).join("、"), heading);
  const headingGrams = new Set(runsOf(withoutIndustry, index.terms).flatMap((run) => [...bigramsOf(run)]).filter((gram) => !index.subjectWords.has(gram)));
  const namesOther = ranked.some(({ entry }) => {
    const other = index.entries.indexOf(entry);
    if (written.has(other)) return false;
    return headingNames(parent, rest, entry, subject) || [...headingGrams].some((gram) => !heads.has(gram) && index.titles[other]!.has(gram));
  });
  return namesOther ? [] : [...written].sort((a, b) => a - b).map((at) => index.entries[at]!);
}

/** A run without the parent's subject word at its end (现代服务业 of 现代服务业质量), where a word is left before it. */
function withoutSubjectTail(index: ParentIndex, run: string): string {
  for (const word of index.subjectWords) {
    if (run.length > word.length && run.endsWith(word)) return run.slice(0, run.length - word.length);
  }
  return run;
}

/**
 * Whether a run writes a kind (生产服务) as a thing, the attributive 性 between its words allowed
 * (生产性服务业), and not as what a facility is for (公共服务平台: `CARRIER_HEAD`).
 */
function writesKind(run: string, phrase: string): boolean {
  for (const form of [phrase, `${phrase.slice(0, 2)}性${phrase.slice(2)}`]) {
    for (let i = run.indexOf(form); i >= 0; i = run.indexOf(form, i + 1)) {
      if (!CARRIER_HEAD.test(run.slice(0, i + form.length + 2))) return true;
    }
  }
  return false;
}

/**
 * The items' title phrases of a word before a head too common to name an item (生产服务, 生活服务,
 * 公共服务: 服务 is in more than NAMING_SHARE of the items), the subject aside, by item: each a kind of the head.
 */
function commonHeadKinds(index: ParentIndex): Array<{ at: number; head: string; phrase: string }> {
  const found: Array<{ at: number; head: string; phrase: string }> = [];
  index.entries.forEach((entry, at) => {
    for (const run of runsOf(entry.title, index.terms)) {
      for (let i = 0; i + 4 <= run.length; i++) {
        const head = run.slice(i + 2, i + 4);
        const qualifier = run.slice(i, i + 2);
        if (index.subjectWords.has(head) || index.subjectWords.has(qualifier) || (index.df.get(head) ?? 0) / index.entries.length <= NAMING_SHARE) continue;
        found.push({ at, head, phrase: qualifier + head });
      }
    }
  });
  return found;
}

/**
 * Whether a heading writes a phrase of the item's own words that no other item's words have
 * (`ownPhrases`: 工程质量 of （十三）'s 工程质量责任 and 工程质量监督), the plan's own subject aside.
 * Such a phrase says whose the rest of the heading is: in 落实工程质量主体责任 the 主体责任 (a
 * keyword of （二十）'s, the firm's responsibility for its quality) is the works' — （十三）'s — and
 * the keyword no longer puts its own item first (`rankTask`); 落实使用单位主体责任 writes no other
 * item's phrase, and its keyword names its item. A phrase of the item's title, or a keyword of it written
 * whole: not a part of a longer keyword (分级分类 of （二十二）'s 分级分类管理), which says how the work is
 * done, not whose it is — 推进质量信用分级分类监管 is the credit supervision its term 质量信用 names （二十六）'s.
 */
function writesOwnPhrase(index: ParentIndex, heading: string, at: number, subject: SubjectWeights): boolean {
  const whole = index.ownWords[at]!;
  for (const phrase of phrasesIn(heading)) {
    if (index.phrases.get(phrase) !== at || isSubjectWord(index, phrase, subject)) continue;
    if (whole.titlePhrases.has(phrase) || whole.keywords.has(phrase)) return true;
  }
  return false;
}

/**
 * An item's best parent items as coverage ranks a task (`rankTask`), with the plan's subject
 * words (`planSubjectOf`): the one ranking the xref rules judge a task's citations by, so that
 * a rule never calls a citation unrelated for a word coverage weighs down (计量 in a metrology
 * plan), nor points at an item coverage would not.
 */
export function rankItem(plan: PlanDocument, parent: ParentDocument, text: ItemText): MappingCandidate[] {
  const read = quotedWordsJoined(parent, text);
  return rankTask(parent, read.heading, read.body, planSubjectOf(plan, parent));
}

/**
 * A task's words with the quotation marks inside a keyword left out (quotedWords.ts: 建设“一站式”服务站网络
 * writes （二十三）'s 一站式服务), as every reading of the task — its ranking and coverage's — takes them.
 */
function quotedWordsJoined(parent: ParentDocument, text: ItemText): ItemText {
  const sticky = indexOf(parent).keywordsAt;
  if (sticky === null) return text;
  const keywordAt = (words: string, at: number) => {
    sticky.lastIndex = at;
    const match = sticky.exec(words);
    return match === null ? 0 : match[0].length;
  };
  const heading = withQuotedWordsJoined(text.heading, keywordAt);
  const body = withQuotedWordsJoined(text.body, keywordAt);
  return heading === text.heading && body === text.body ? text : { heading, body };
}

/** A quoted phrase shorter than this (marks and spaces aside) is too common to tell items apart. */
const QUOTED_PHRASE_MIN = 6;

/** A parent item a task quotes, with the phrase it writes verbatim. */
export interface QuotedEntry extends MappingCandidate {
  /** The item's attested phrase as the parent writes it. */
  phrase: string;
}

/**
 * The parent items a task quotes: it writes one of their attested phrases or their confirmed
 * title verbatim (质量领域技术、管理、制度创新 is （三）'s, 全员、全要素、全过程、全数据 （二十）'s). A task often takes up more
 * than the one item its words are most like; a phrase of the item's own text is evidence enough
 * for coverage. Each with its similarity score, the best-ranked item included: a quotation is
 * evidence whatever the score, and whether the best match counts is coverage's question.
 */
export function quotedEntries(parent: ParentDocument, heading: string, body: string, ranked: readonly MappingCandidate[], subject: SubjectWeights = NO_SUBJECT): QuotedEntry[] {
  const index = indexOf(parent);
  const text = withoutMarks(heading + body);
  const quoted: QuotedEntry[] = [];
  let all: MappingCandidate[] | null = null;
  for (const entry of index.entries) {
    const writes = (p: string) => {
      const bare = withoutMarks(p);
      return bare.length >= QUOTED_PHRASE_MIN && text.includes(bare);
    };
    // The item's confirmed title is its own words too: a task that takes it up in its body
    // (强化工程质量保障。…，提高建筑材料质量水平。) quotes （十四） as surely as a phrase of its text.
    const phrase = entry.keywords.slice(0, entry.keywordsAttested).find(writes) ?? (entry.verified && writes(entry.title) ? entry.title : undefined);
    if (phrase === undefined) continue;
    const score = (ranked.find((c) => c.entry === entry) ?? (all ??= rankEntries(parent, heading, body, index.entries.length, subject)).find((c) => c.entry === entry)!).score;
    quoted.push({ entry, score, phrase });
  }
  return quoted;
}

const withoutMarks = (text: string) => text.replace(/[、，,；;\s\u3000]/g, "");

const mappings = new PlanMemo<Map<ParentDocument, TaskMapping[]>>();

/**
 * Every task of the plan, and every item of its carrying-out parts (xref/tasks.ts
 * `coverageItems`), with its best parent items (cached per parsed plan and parent). A task is
 * read with its sub-items: `（1）（2）（3）` under it are its parts, and what they name is what it does.
 */
export function mapTasks(plan: PlanDocument, parent: ParentDocument): TaskMapping[] {
  let byParent = mappings.get(plan);
  if (!byParent) mappings.set(plan, (byParent = new Map()));
  let result = byParent.get(parent);
  if (!result) {
    const subject = planSubjectOf(plan, parent);
    result = coverageItems(plan).all.map((item) => {
      const text = quotedWordsJoined(parent, itemTextWithin(plan, item));
      return { item, text, candidates: rankTask(parent, text.heading, text.body, subject), cited: itemCitedNumbers(plan, parent, item, "withChildren"), subject };
    });
    byParent.set(parent, result);
  }
  return result;
}

/**
 * The mapping of words read as a task of `item` that are not the item's own text (a row of a task
 * table inside it, xref/tableRowTasks.ts), ranked as every task is, with the plan's subject.
 */
export function mapWordsOf(plan: PlanDocument, parent: ParentDocument, item: NumberedItem, words: ItemText): TaskMapping {
  const text = quotedWordsJoined(parent, words);
  const subject = planSubjectOf(plan, parent);
  return { item, text, candidates: rankTask(parent, text.heading, text.body, subject), cited: [], subject };
}

/**
 * The mapping of the one coverage item `holds` picks (the task under the cursor), or null. A
 * hover or a code action asks about one task: ranking every task of a large plan against the
 * parent for it took most of a hover's time after an edit, so the item is mapped alone unless
 * the whole plan's mapping is already at hand (coverage ran on this version).
 */
export function mapTaskAt(plan: PlanDocument, parent: ParentDocument, holds: (item: NumberedItem) => boolean): TaskMapping | null {
  const all = mappings.get(plan)?.get(parent);
  if (all) return all.find((mapping) => holds(mapping.item)) ?? null;
  const item = coverageItems(plan).all.find(holds);
  if (item === undefined) return null;
  const text = quotedWordsJoined(parent, itemTextWithin(plan, item));
  const subject = planSubjectOf(plan, parent);
  return { item, text, candidates: rankTask(parent, text.heading, text.body, subject), cited: itemCitedNumbers(plan, parent, item, "withChildren"), subject };
}

const subjects = new PlanMemo<Map<ParentDocument, SubjectWeights>>();

/**
 * The plan's subject words (planSubject.ts), read from the words its title names its sector by
 * (sectors/sectors.ts `sectorWordsOfTitle`: 计量 of 南京市计量发展实施方案) and its tasks' headings — a heading states what its
 * task is about; a body's detail would make the words long tasks share by chance (知识产权 in most
 * of Jiangxi's) a subject. Only words that tell the parent's items apart (TELLING_SHARE): one
 * that many items have (质量, 服务) weighs little there already, and weighing it down again only
 * shifted every score a little — unless an item's title has it (TELLING_TITLE_SHARE, as `telling`
 * reads it): 工程, in 9 of the 30 items, is （十三）强化工程质量保障's title word, counted thrice in
 * its vector, and left at full weight it drew every task of a 建设工程 plan to （十三）. Cached per parsed plan and parent: one task under the cursor is
 * ranked with the same weights as the whole plan's mapping.
 */
export function planSubjectOf(plan: PlanDocument, parent: ParentDocument): SubjectWeights {
  let byParent = subjects.get(plan);
  if (!byParent) subjects.set(plan, (byParent = new Map()));
  let subject = byParent.get(parent);
  if (!subject) {
    const index = indexOf(parent);
    const telling = (text: string) => [...grams(text, index.terms).keys()].filter((gram) => {
      const df = index.df.get(gram) ?? 0;
      return df > 0 && df / index.entries.length <= (index.titled.has(gram) ? TELLING_TITLE_SHARE : TELLING_SHARE);
    });
    const titleText = plan.metadata.title ?? plan.title?.text ?? "";
    const title = [...sectorWordsOfTitle(titleText).values()].flatMap(telling);
    subject = subjectWeights(coverageItems(plan).tasks.map((item) => telling(item.heading.text)), title, titleText);
    byParent.set(parent, subject);
  }
  return subject;
}

/** A text's runs of Han characters as its bigrams are read (`addGrams`): the terms and the genre's words cut out. */
function runsOf(text: string, terms: RegExp | null): string[] {
  return withoutGenericWords(terms === null ? text : text.replace(terms, "、")).match(HAN_RUN) ?? [];
}

function grams(text: string, terms: RegExp | null): Vector {
  const counts = new Map<string, number>();
  addGrams(counts, text, 1, terms);
  return counts;
}

/**
 * Character bigrams of each run of Han characters (punctuation, digits, Latin and the genre's words
 * split runs); a local term (termsPattern) counts as one word of its own, its characters no bigram's.
 */
function addGrams(counts: Map<string, number>, text: string, weight: number, terms: RegExp | null, titled?: ReadonlySet<string>, sense?: BoundSense): void {
  if (terms !== null) {
    text = text.replace(terms, (term) => {
      counts.set(TERM_MARK + term, (counts.get(TERM_MARK + term) ?? 0) + weight);
      // A phrase of another sense stays in its run as what qualifies the words after it (`qualifiedHere`).
      return sense?.otherSenses.has(term) ? OTHER_SENSE_HOLE : "、";
    });
  }
  for (const run of withoutGenericWords(text).match(RUN_WITH_HOLES) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      let gram = run.slice(i, i + 2);
      if (gram.includes(OTHER_SENSE_HOLE)) continue;
      if (personsWordAt(run, i)) continue;
      if (sense?.phrases.has(gram) && !inPhraseSense(gram, sense)) gram = UNBOUND_MARK + gram;
      else if (sense !== undefined && qualifiedOtherwiseAt(run, i, sense.qualified.get(gram))) gram = UNBOUND_MARK + gram;
      counts.set(gram, (counts.get(gram) ?? 0) + weight);
      if (titled !== undefined && run.charAt(i + 2) === "性" && i + 3 < run.length) {
        const across = run.charAt(i + 1) + run.charAt(i + 3);
        if (titled.has(across)) counts.set(across, (counts.get(across) ?? 0) + weight);
      }
    }
  }
}



function weigh(counts: ReadonlyMap<string, number>, idf: Map<string, number>, subject: SubjectWeights): Vector {
  const vector: Vector = new Map();
  for (const [gram, count] of counts) {
    const weight = idf.get(gram);
    // A bigram the parent never uses cannot make a task more like any of its items (the
    // heading's count in its length: rankEntries adds them).
    if (weight !== undefined) vector.set(gram, (1 + Math.log(count)) * weight * (subject.get(gram) ?? 1));
  }
  return vector;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The cosine of two vectors, the bigrams `without` left out of the product (not of the lengths), those `weak` counted at WEAK_SHARE. */
function cosine(a: Vector, aNorm: number, b: Vector, bNorm: number, without?: ReadonlySet<string>, weak?: ReadonlySet<string>): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  // Over the shorter vector: a task's few bigrams against an item's many.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, w] of small) {
    const v = large.get(gram);
    if (v !== undefined && !without?.has(gram)) dot += w * v * (weak?.has(gram) ? WEAK_SHARE : 1);
  }
  return dot / (aNorm * bNorm);
}


