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
    for (const entry of keywordNamedEntries(parent, object, subject)) if (opening.includes(entry)) found.push(entry);
  }
  return found;
}

/** Whether an object opens with a keyword of the item's that names people, or with a list (its `members`, split at 、) of two of its keywords or more. */
function worksOn(entry: ParentEntry, object: string, members: readonly string[]): boolean {
  if (entry.keywords.some((keyword) => PERSON.test(keyword) && object.startsWith(keyword))) return true;
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
