/**
 * What a task works on, read apart from how it works on it. A task's heading says its thing (质量人才,
 * 产品质量) and its body the means (培训, 质量比对, 监督抽查, 经费); the likeness of the whole task weighs
 * both alike, so a body of means another item names (质量攻关 of （三）, 人才 of （二十五）) drew tasks away
 * from what they work on. Two readings of the body's thing:
 *
 * - a list of products it sets out as what it works on (productLists.ts: 围绕家电、灯具、建材等产品，组织开展
 *   质量比对): each member that names an item as a heading of its own would (家电 is a kind of （十一）'s
 *   消费品, 建材 （十四）'s own word) says which item the task betters (`listedProductItems`);
 * - a clause whose verb takes a keyword of an item whole as its object (实施首席质量官制度, 推动计量、标准、
 *   检验检测、认证认可服务进园区): the clause works on that item's thing, whatever its heading's item is
 *   (`clauseObjectItems`). Not a list closed by 等 and a word of its own (计量、标准…等质量要素集成融合: the
 *   members are examples of that word), nor an award the clause competes for (争创中国质量奖, 评选质量奖:
 *   honours, no thing the task works on).
 *
 * And the heading's thing that is a means of its own (`fundsOnly`): a safeguard of funding (强化经费保障,
 * 加大资金投入) pays for what its body names (“一站式”服务专项经费) and takes up none of it: it counts for the
 * parent's safeguards alone (coverage.ts).
 */
import { taskVerbLength } from "../model/taskVerbs.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { headingNames, keywordNamedEntries, rankEntries } from "./mapping.js";
import type { SubjectWeights } from "./planSubject.js";
import { productLists } from "./productLists.js";
import { BODY_CLAUSE_END } from "./bodyClauses.js";

/** The items a body's lists of products name by their members, each member read as a heading alone. */
export function listedProductItems(parent: ParentDocument, body: string, subject: SubjectWeights): ParentEntry[] {
  const found: ParentEntry[] = [];
  for (const list of productLists(body)) {
    for (const member of body.slice(list.start, list.end).split("、")) {
      for (const entry of memberItems(parent, member, subject)) if (!found.includes(entry)) found.push(entry);
    }
  }
  return found;
}

/** The item one member of a list names: by a keyword (a kind read as its keyword: 家电), or by its own word (建材). */
function memberItems(parent: ParentDocument, member: string, subject: SubjectWeights): ParentEntry[] {
  const named = keywordNamedEntries(parent, member, subject);
  if (named.length > 0) return named.length === 1 ? named : [];
  const [best] = rankEntries(parent, member, "", 1, subject);
  return best !== undefined && best.score > 0 && headingNames(parent, member, best.entry, subject) ? [best.entry] : [];
}

/**
 * What may stand between a clause's verb and its object: whose the object is (企业, 各类企业) and a
 * second verb it is led to (引导企业建立…, 支持企业设立…, 鼓励…推行…).
 */
const LED_TO = /^(?:(?:规模以上|重点|各类|广大|中小)?(?:工业)?企业)?(?:建立|设立|推行|实施|开展|培养|培育|培训|健全|完善)?/u;

/** An honour competed for or given: the clause's object is the award, no thing the task works on. */
const AWARD_VERB = /^(?:争创|争取|创建|评选|申报|获得|参评)/u;

/** Verbs that open a clause's object beyond a task's (推行 and 培训 are no heading's verbs). */
const CLAUSE_VERB = /^(?:推行|设立|培训)/u;

/** A list closed by 等 and a word of its own: its members are examples of that word. */
const EXAMPLES = /^(?:[\u3400-\u9fff]+、)+[\u3400-\u9fff]+?等/u;


/**
 * A keyword that names people by a post or a trade (首席质量官, 质量经理, 质量工程师, 质量技术能手): whom a
 * clause develops, a firm's own. Not 质量人才, the talent the parent's policy (（二十五）) grows, which a
 * heading names as its thing where the task is of talent: a firm's task that goes on to 加强质量人才队伍建设
 * (Ganzhou's 引导企业实施质量品牌战略) stays the firm's.
 */
const PERSON = /(?:官|师|员|能手|经理)$/u;

/**
 * The items whose own things a clause of the body takes as its verb's object (see the file's comment),
 * in the order the body names them: after the clause's opening verb (taskVerbs.ts, or 推行, 设立, 培训),
 * whose the object is and a second verb (`LED_TO`), a keyword of the item that names people (`PERSON`:
 * 实施首席质量官制度, 培养质量工程师), or two keywords of one item or more, listed (计量、标准、检验检测、
 * 认证认可服务): one keyword of a thing alone is often a word in passing (加强知识产权保护 in a task on
 * services), and the item's own likeness reads it already.
 */
export function clauseObjectItems(parent: ParentDocument, body: string, subject: SubjectWeights): ParentEntry[] {
  const found: ParentEntry[] = [];
  for (const clause of body.split(BODY_CLAUSE_END)) {
    const verb = verbLength(clause);
    if (verb === 0) continue;
    const led = clause.slice(verb);
    const object = led.slice(led.match(LED_TO)![0].length);
    // The object's opening words first, cheaply: most clauses open with no keyword of any item.
    const members = object.split("、");
    const opening = parent.items.filter((entry) => !found.includes(entry) && worksOn(entry, object, members));
    if (opening.length === 0 || AWARD_VERB.test(led) || AWARD_VERB.test(object) || EXAMPLES.test(object)) continue;
    const named = keywordNamedEntries(parent, object, subject);
    // A post a keyword lists among others (质量工程师 of 质量经理、质量工程师、质量技术能手) is no keyword
    // written whole, yet names the item's people as the whole list does.
    for (const entry of opening) if (named.includes(entry) || opensWithPost(entry, object)) found.push(entry);
  }
  return found;
}

/** Whether an object opens with a keyword of the item's that names people, or with a list (its `members`, split at 、) of two of its keywords or more. */
function worksOn(entry: ParentEntry, object: string, members: readonly string[]): boolean {
  if (entry.keywords.some((keyword) => PERSON.test(keyword) && object.startsWith(keyword)) || opensWithPost(entry, object)) return true;
  if (members.length < 2) return false;
  // The list's last member goes on into the words the list is of (认证认可服务向园区): it opens with a keyword.
  let listed = 0;
  for (const member of members) {
    if (entry.keywords.includes(member)) listed++;
    else {
      if (entry.keywords.some((keyword) => member.startsWith(keyword))) listed++;
      break;
    }
  }
  return listed >= 2;
}

/**
 * Whether an object opens with one post of a keyword that lists several (质量经理、质量工程师、质量技术能手:
 * 培育质量工程师30名 develops the firm's quality staff the list names), a name of four characters or more:
 * not 全员 of 全员、全要素、全过程、全数据, a word of the whole staff that says whom, not which post.
 */
function opensWithPost(entry: ParentEntry, object: string): boolean {
  return listedPosts(entry).some((post) => object.startsWith(post));
}

/** Each item's posts listed inside a keyword (`opensWithPost`), read once per item: every clause of every task asks. */
const postsMemo = new WeakMap<ParentEntry, readonly string[]>();

function listedPosts(entry: ParentEntry): readonly string[] {
  let posts = postsMemo.get(entry);
  if (posts === undefined) {
    posts = entry.keywords.filter((keyword) => keyword.includes("、")).flatMap((keyword) => keyword.split("、")).filter((post) => post.length >= POST_MIN && PERSON.test(post));
    postsMemo.set(entry, posts);
  }
  return posts;
}

/** The shortest post a listing keyword names on its own (质量经理). */
const POST_MIN = 4;

/** How long a clause's opening verb is (an adverb with it: 大力推行), or 0 where it opens with none. */
function verbLength(clause: string): number {
  return taskVerbLength(clause) || (CLAUSE_VERB.exec(clause)?.[0].length ?? 0);
}

/** A heading whose thing is the money the plan spends (经费保障, 资金投入, 财政投入): a means of its own. */
const FUNDING = /经费|资金|财政投入/u;

/** Whether a heading's thing is funding (see the file's comment). */
export function fundsOnly(heading: string): boolean {
  return FUNDING.test(heading);
}

/**
 * A course a clause holds (举办质量管理培训班, 开设…培训班, 开展质量培训) or trainees it counts (培训企业质量管理人员
 * 300人次): the words before 培训 are what is taught and to whom (`course`).
 */
const COURSE_HELD = /(?:举办|开设|开展|组织|实施|参加)[\u3400-\u9fff“”]{0,16}?培训/u;
const TRAINEES_COUNTED = /培训[\u3400-\u9fff“”]{0,16}?\d+(?:万|千)?(?:人次|名|人)/u;

/** Officials trained are the state's (干部教育培训), not the staff a firm's training (全员质量教育培训) is for. */
const OFFICIALS = /干部|公务员|执法人员|监管人员/u;

/** A training the parent names, a keyword that ends with it (全员质量教育培训), and what it is of (全员质量). */
const TRAINING_KEYWORD = /^(.+?)(?:教育)?培训$/u;

/**
 * The items whose training a task holds (see `COURSE_HELD`): an item whose keyword is a training
 * (（二十）'s 全员质量教育培训, a firm's staff trained in quality), where a clause holds a course or counts
 * trainees and writes before 培训 a word of what that training is of (质量 of 质量管理培训班, 质量提升专题
 * 培训; 全员 of 全员培训). Not a course of another field's words (标准化、计量专业培训), nor officials'
 * (`OFFICIALS`). A task that trains people is 质量人才's too (（二十五）): the training itself is the firm's
 * quality work (二十) names, whatever the course teaches — a course's name (质量管理) otherwise drew the
 * task only by likeness, and a heading that says only 开展质量培训 scored 0.10 for （二十） and counted for none.
 */
export function trainingItems(parent: ParentDocument, text: string): ParentEntry[] {
  if (!text.includes("培训")) return [];
  const trainings = trainingsOf(parent);
  if (trainings.length === 0) return [];
  const found: ParentEntry[] = [];
  for (const clause of text.split(BODY_CLAUSE_END)) {
    const course = COURSE_HELD.exec(clause) ?? TRAINEES_COUNTED.exec(clause);
    if (course === null || OFFICIALS.test(clause)) continue;
    // What is taught, and to whom: the clause up to the course or the trainees counted.
    const taught = clause.slice(0, course.index + course[0].length);
    for (const [entry, grams] of trainings) {
      if (!found.includes(entry) && grams.some((gram) => taught.includes(gram))) found.push(entry);
    }
  }
  return found;
}

/** Each item's trainings (`TRAINING_KEYWORD`) with the bigrams of what each is of, read once per parent. */
const trainingsMemo = new WeakMap<ParentDocument, ReadonlyArray<readonly [ParentEntry, readonly string[]]>>();

function trainingsOf(parent: ParentDocument): ReadonlyArray<readonly [ParentEntry, readonly string[]]> {
  let trainings = trainingsMemo.get(parent);
  if (trainings === undefined) {
    trainings = parent.items.flatMap((entry) => entry.keywords.flatMap((keyword) => {
      const of = TRAINING_KEYWORD.exec(keyword)?.[1];
      return of !== undefined && of.length >= 2 ? [[entry, bigramsOf(of)] as const] : [];
    }));
    trainingsMemo.set(parent, trainings);
  }
  return trainings;
}

/** Each two characters of a word. */
function bigramsOf(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) found.push(word.slice(i, i + 2));
  return found;
}
