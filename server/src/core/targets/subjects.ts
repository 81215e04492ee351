import { isCollectiveName } from "../units/names.js";
import type { UnitRegistry } from "../units/registry.js";
import { COUNT_VERB, LEADING_COUNT_VERBS, MEANS_BEFORE_COUNT_VERB, METRIC, SPAN_AFTER_BODIES } from "./figureWords.js";
import { payerLength } from "./funding.js";
import { isHanCode } from "../punct/chars.js";

/**
 * Who does the work, opening a goal's clause: `县农业农村局完成食品安全监督抽检1200批次`,
 * `县市场监管局、县农业农村局全年开展农产品快检5000批次`, `县市场监管局食品抽检合格率达到98%`. The
 * responsible units are the clause's subject — what the registry (units/) knows as a body — and no
 * word of the indicator: read into it they hid the count's verb (完成), so that the verb at the
 * noun's end (抽检) was taken for the count's and the indicator named the bureau, matching no
 * parent's goal and no table row. Only names the registry resolves are cut: an indicator that opens
 * on a body's word (人民医院门诊满意度) but names no unit keeps it, and so does a count of bodies
 * made (组建县消费者权益保护委员会分会3个): the registry reads a place before a name, and a verb
 * there is no place. A subject is followed by what it does (a count's verb, 力争, 确保, 全年 …) or
 * by the measure its work is judged by (…合格率, …满意度); a government named before a noun
 * (广东省政府质量奖, 市政府质量奖获奖企业) is a word of that noun's name. A group of units is a
 * subject as a named one is (各乡镇人民政府完成…, 各县（市、区）要确保…, 市直各部门…): no registry
 * lists it (units/names.ts isCollectiveName), so its shape is read here (groupAt). Who pays before
 * what it funds (各级财政安排…, 市、县两级财政每年投入…) is a subject too: the purse is no body the
 * registry lists, and read into the noun it named what was counted (funding.ts payerLength). A
 * body no registry lists, read by the clause's grammar — a subject before its verb and the verb's
 * object (市场监管部门开展抽查500批次: doerLength) — is the subject too.
 */

/** The last character a body's name ends on (局, 委, 办, 人民政府, 中心, 检验所 …): the only places a name may end. */
const NAME_END = new Set("局委办厅院会部室心队社署府所站");
/** The longest name looked for: a 领导小组办公室 with its place, never a clause's run of words. */
const LONGEST_NAME = 20;
/** Between two units of one subject: 县市场监管局、县农业农村局, 县市场监管局和县公安局. */
const BETWEEN_NAMES = new Set("、，,和与及");

/** A verb read as a name's place (组建县…委员会, 新建县…中心, 成立…办公室): the clause makes the body, no body acts. */
const DOING = new RegExp(`^(?:${LEADING_COUNT_VERBS}|成立|组织|推动|支持|指导|督促|协调|会同|联合|配合|依托|通过|由|对|向|为)`);


/** What a subject does, opening the words after it (besides a count's verb, COUNT_VERB); for whom it works (市市场监管局为消费者挽回…, 县市场监管局帮助企业…), never what it is (为牵头单位). */
const ACTS = /^(?:分别|力争|争取|确保|实现|推动|推进|要|将|牵头|负责|组织|做到|保持|持续|进一步|积极|加快|全面|依法|共同|为(?!主|牵头|责任|成员|配合)|帮助)/;
/** A measure named after the subject, before its figure (…食品抽检合格率达到98%, …群众满意度不低于90分, …食品抽检量达到每千人4批次). */
const MEASURED = /^[\u4e00-\u9fff]{1,24}?(?:率|指数|满意度|比重|比例|占比|抽检量|拥有量)/;

/**
 * The length of the units that open `words` and the separators between them (0 if none does, or
 * if they are all `words` say: a clause that is only a list of units has no indicator to free).
 */
export function subjectLength(words: string, registry: UnitRegistry, floorAtFigure = false): number {
  // 各乡镇配备协管员2名: each township's standard, no doer — the bodies are the standard's words.
  if (eachBodyLength(words, floorAtFigure) > 0) return 0;
  const payer = payerLength(words);
  if (payer > 0) return payer;
  let at = 0;
  let end = 0;
  for (;;) {
    const name = nameAt(words, at, registry);
    if (name === 0) break;
    end = at + name;
    at = end;
    if (!BETWEEN_NAMES.has(words[at] ?? "")) break;
    at++;
  }
  if (end === 0) return doerLength(words);
  if (end >= words.length) return 0;
  // 各乡镇共完成快检不少于3000批次: 共 (合计, 总计) says the units do the work together — their sum,
  // a word of the subject's, of neither the verb nor what is counted (GROUP_SUM).
  const sum = GROUP_SUM.exec(words.slice(end));
  const verbAt = sum === null ? end : end + sum[0].length;
  if (verbAt >= words.length) return 0;
  const rest = words.slice(verbAt);
  // 县农业农村局、县市场监管局每年联合开展…抽检800批次: how often and with whom, then the verb.
  return COUNT_VERB.test(rest) || ACTS.test(rest) || MEASURED.test(rest) || MEANS_BEFORE_COUNT_VERB.test(rest) ? verbAt : 0;
}

/** How the verb's object opens: a word, or a quote or bracket before one (开展“双随机”抽查…). */
const OBJECT_OPENS = /^[\u4e00-\u9fff“‘《「（(]/;
/** The last character of a doer read by its shape (市场监管部门, 检验机构, 服务站, 分局): a body's (NAME_END), 门, 构 or 位. */
const DOER_END = /[局委办厅院会部室心队社署府所站门构位]/;

/**
 * The length of a doer opening `words`, read from the clause's grammar alone, no registry asked
 * (`市场监管部门开展抽查500批次`, `检验机构出具检验报告…`): Han characters up to the nearest body's
 * last character, then a count's verb (how often said or not) and what the verb is done to — a
 * subject, its verb and its object. A noun before a verb with nothing after it is what the verb
 * counts (`服务站建成35个`: the stations built), and words that open on a doing (建设…中心,
 * 为…, 组织…) or on the means (年均组织专家团队…) make or serve the body, and words that end on a
 * measure (检验检测机构服务企业满意度) name it whole; else 0.
 */
export function doerLength(words: string): number {
  // The guards below are large patterns (every count verb): asked only of words that could open on
  // a body, which most clauses (a heading, a clause naming none) do not — a run that reads none of
  // them compiles none of them.
  const first = firstBodyEnd(words, 0);
  if (first < 0) return 0;
  // 每个服务站配备专职人员不少于3名: each body, no doer — what each is to have is a standard per unit, a level.
  if (EACH_BODY.test(words)) return 0;
  // 年均组织专家团队服务企业…, 每季度依托检验机构抽检…: who does the work after the means, no subject (countMeans.ts).
  // 检验检测机构服务企业满意度: words that end on a measure name it whole, the body its first words.
  if (DOING.test(words) || MEANS_BEFORE_COUNT_VERB.test(words) || METRIC.test(words)) return 0;
  return bodiesThenVerb(words, 0, MOST_BODIES, first);
}

/**
 * The first place a body's name may end in the Han words from `from` on (after a body's last
 * character, at least two characters in, within LONGEST_NAME), or -1: where bodiesThenVerb starts
 * looking, and what doerLength asks before its patterns.
 */
function firstBodyEnd(words: string, from: number): number {
  const limit = Math.min(words.length, from + LONGEST_NAME);
  for (let end = from + 2; end <= limit; end++) {
    if (!isHanCode(words.charCodeAt(end - 1))) return -1;
    if (DOER_END.test(words[end - 1]!)) return end;
  }
  return -1;
}

/**
 * A body taken one by one (每个服务站, 每家机构, 每所学校, 每乡镇): what follows is each one's standard.
 * Never how often (每年市场监管部门开展抽检…: 每年 is the count's span, the body after it the doer).
 */
const EACH_BODY = /^每(?![年月季周天日旬])/;

/**
 * The length of the bodies a standard per unit opens on, taken one by one before what each is to
 * have (`每个乡镇建成快检室1个`, `每个服务站配备快检人员3名`, `各乡镇配备专职食品安全协管员2名`: each
 * township has two), else 0: the figure is a level of each, never a count of what the plan makes
 * in all (countReadings.ts reads it so, as `每个服务站配备…不少于3名` is read). 每 takes them one by
 * one before any count's verb; 各 before a verb that provides what each holds (PROVIDES), and a group
 * of places before any count's verb where 至少 holds each to it (`各乡镇至少完成快检300批次`: each
 * township's, a level per unit read the same verb first or figure first, in the goals or a task). A bare figure after a group of places (`各县（市、区）全年完成食用农产品
 * 快检8万批次` beside the city's 10万), a group of departments (`各地各部门培训…`), or a figure said to
 * be the group's sum (`各乡镇共完成…`) is the work's doer's, its figure the group's (groupAt). Asked of
 * words opening on 每 or 各 only: the loop tests COUNT_VERB.
 */
export function eachBodyLength(words: string, floorAtFigure = false): number {
  const standard = eachBodyStandard(words, floorAtFigure);
  return standard === null ? 0 : standard.bodies + standard.bound.length;
}

/**
 * The bodies a standard per unit opens on (eachBodyLength), and what the standard is bound to
 * between them and its verb: a duty (`各乡镇（街道）要配备…`, `每个乡镇应建成…`) or a floor
 * (`每个社区至少配备…`). Neither is a word of the indicator — the standard is each body's and its
 * verb's, named as `各乡镇配备专职协管员` is — and 至少 is the comparator's (`withoutEachBodyBound`).
 */
export function eachBodyStandard(words: string, floorAtFigure = false): { bodies: number; bound: string } | null {
  const first = words.charCodeAt(0);
  if (first === GROUP_EACH) {
    const group = groupAt(words, 0);
    if (group === 0) return null;
    const bound = BOUND_BEFORE_VERB.exec(words.slice(group))![0];
    const rest = words.slice(group + bound.length);
    // 各乡镇共完成…, 各地合计培育…: the group's sum, said so — the group is the work's doer.
    if (GROUP_SUM.test(rest)) return null;
    // Work done by a group of places is each place's share only where a floor says so, before the
    // verb (各乡镇至少完成…) or at the figure after the noun (各乡镇（街道）完成快检不少于3000批次: the
    // caller's floorAtFigure) — a floor binds each place, a sum is never written as one: a bare
    // figure (各县（市、区）完成快检8万批次, beside the city's 10万) is the group's part of the plan's total.
    const eachFloor = floorAtFigure || bound.includes("至少");
    return PROVIDES.test(rest) || (eachFloor && COUNT_VERB.test(rest) && placesOneByOne(words.slice(0, group))) ? { bodies: group, bound } : null;
  }
  if (first !== EACH) return null;
  const lead = EACH_ONE.exec(words);
  if (lead === null) return null;
  const limit = Math.min(words.length - 1, LONGEST_NAME);
  // The shortest body after which a count's verb follows (每个乡镇 | 建成…): a body is a few words, never a verb's.
  for (let end = lead[0].length + 1; end <= limit; end++) {
    const code = words.charCodeAt(end - 1);
    if (!isHanCode(code) && !BODY_BRACKETS.has(words[end - 1]!)) return null;
    const bound = BOUND_BEFORE_VERB.exec(words.slice(end))![0];
    if (COUNT_VERB.test(words.slice(end + bound.length))) return { bodies: end, bound };
  }
  return null;
}

/**
 * A standard per unit's name without what it is bound to (`各乡镇（街道）要配备专职协管员` →
 * `各乡镇（街道）配备专职协管员`), and the floor 至少 said there or just before the figure
 * (`每个社区配备协管员至少`): the comparator's where the reading found none. Names never carry 要, 应
 * or 须: a duty is the plan's voice, not what the indicator measures, and the name differed from
 * the same standard written without it.
 */
export function withoutEachBodyBound(indicator: string, comparator: string): { indicator: string; comparator: string } | null {
  const standard = eachBodyStandard(indicator, isFloor(comparator));
  if (standard === null) return null;
  let name = standard.bound === "" ? indicator : indicator.slice(0, standard.bodies) + indicator.slice(standard.bodies + standard.bound.length);
  let atLeast = standard.bound.endsWith(AT_LEAST);
  if (name.endsWith(AT_LEAST)) {
    name = name.slice(0, -AT_LEAST.length);
    atLeast = true;
  }
  // 每个乡镇每年完成快检300批次, 各县全年完成…: how often each body does it is the comparator's, as a count's 每年 is.
  const often = SPAN_AFTER_BODIES.exec(name.slice(standard.bodies));
  if (often !== null) name = name.slice(0, standard.bodies) + name.slice(standard.bodies + often[0].length);
  if (name === indicator) return null;
  return { indicator: name, comparator: (often !== null ? often[0] : "") + (atLeast && comparator === "" ? AT_LEAST : comparator) };
}
const AT_LEAST = "至少";
/** A comparator that sets a floor (不少于, 不低于, 至少, 不得少于): what each of a group of places is held to. */
const FLOOR_COMPARATOR = /^(?:至少|不少于|不低于|不得少于|不得低于|不应少于|不应低于)/;
/** Whether a target's comparator is a floor (FLOOR_COMPARATOR), asked of the words before its figure. */
export const isFloor = (comparator: string): boolean => FLOOR_COMPARATOR.test(comparator);
/** What a standard per unit is bound to before its verb: a duty (要, 要确保), a floor, or both (要至少), or nothing. */
const BOUND_BEFORE_VERB = /^(?:应当|必须|要|应|须|需)?(?:确保)?(?:至少)?/;
const EACH = "每".charCodeAt(0);
const GROUP_EACH = "各".charCodeAt(0);
/** 每 and the measure word taking bodies one by one (每个, 每家, 每所, 每座), never a time (每年, 每季度, 每半年) nor a head count (每千人: perHead.ts). */
const EACH_ONE = /^每(?![年月季周天日旬半两一二三四五六七八九十百千万])(?:个|家|所|座)?/;
/** A body's bracketed places (每个乡镇（街道）): its words. */
const BODY_BRACKETS = new Set("（）()、");
/**
 * A group of places (各乡镇, 各乡镇人民政府, 各县（市、区）, 各社区): a plan sets each place its share
 * of the work (各乡镇完成快检3000批次: each township's), as it sets what each is to have. Departments
 * and units (各部门, 各地各部门, 各有关单位) share the work named: their figure stays the group's count.
 */
function placesOneByOne(group: string): boolean {
  return PLACES_GROUP.test(group) && !SHARERS.test(group);
}
const PLACES_GROUP = /^各(?:乡|镇|街道|县|区|市|社区|村|园区|开发区)/;
const SHARERS = /部门|单位|机构|成员/;
/** What makes a group's figure its sum (各乡镇共完成…, 合计, 总计, 累计共): the group does the work together. */
const GROUP_SUM = /^(?:累计)?(?:共|合计|总计|一共)/;
/** A verb that provides what each body holds, after 均 or 统一 (what it is bound to, 要, 应, 至少, is BOUND_BEFORE_VERB's). */
const PROVIDES = /^(?:均|统一)?(?:配备|配置|配齐|设立|设置|建成|建立)/;

/** The bodies one subject names, at most (县市场监管局、县应急管理局、县消防救援大队…): a list, never a clause's run of words. */
const MOST_BODIES = 6;
/** Between two bodies of one doer (…分局、…中心, …局和…局): never a comma, after which a clause goes on. */
const BETWEEN_BODIES = new Set("、和与及");

/**
 * The end of the bodies from `from` on, each read by its shape (words to a body's last character),
 * joined by 、 or 和 (`县消防救援大队、县邮政管理局开展…`: no registry need know either), the last
 * followed by a count's verb and its object; else 0.
 */
function bodiesThenVerb(words: string, from: number, bodiesLeft: number, first = firstBodyEnd(words, from)): number {
  if (first < 0) return 0;
  const limit = Math.min(words.length, from + LONGEST_NAME);
  for (let end = first; end <= limit; end++) {
    if (!isHanCode(words.charCodeAt(end - 1))) return 0;
    if (!DOER_END.test(words[end - 1]!)) continue;
    const rest = words.slice(end);
    const verb = COUNT_VERB.exec(rest);
    if (verb !== null && OBJECT_OPENS.test(rest.slice(verb[0].length))) return end;
    if (bodiesLeft > 1 && BETWEEN_BODIES.has(rest[0] ?? "") && !DOING.test(rest.slice(1))) {
      const more = bodiesThenVerb(words, end + 1, bodiesLeft - 1);
      if (more > 0) return more;
    }
  }
  return 0;
}

/**
 * The length of the units or the group of places opening a count's noun that names its work with
 * no verb (`各乡镇快检3000批次`, `县市场监管局快检…`), else 0: they do the work, as they do before a
 * verb (subjectLength), and are no word of what is counted. Asked only of a noun ending on the work.
 */
export function workDoerLength(words: string, registry: UnitRegistry): number {
  const end = nameAt(words, 0, registry);
  return end < words.length ? end : 0;
}

/** The length of the unit's name, or the group of units, at `from`, else 0. */
function nameAt(words: string, from: number, registry: UnitRegistry): number {
  return Math.max(registeredAt(words, from, registry), groupAt(words, from));
}

/**
 * How a group of units opens: a level's word (市直, 县级, 区属), then 各, 有关 or 相关, then the
 * places it spans (乡镇, 县（市、区）, 县市区, 乡镇（街道）, 地) — units/names.ts reads the same groups
 * in a responsibility clause, where the clause's end bounds them; here the words run on into the
 * goal, so only a group's own words are taken.
 */
const GROUP_PLACE = "(?:乡镇|街道|社区|园区|开发区|[县区市镇乡村地州旗])(?:[（(][\u4e00-\u9fff、，,]{1,12}[）)])?";
const GROUP_HEAD = new RegExp(`^(?:(?:省|自治区|市|州|区|县|旗|镇|乡)(?:直|级|属|委)?)?(?:各级|各|有关|相关)(?:${GROUP_PLACE}(?:[、和及]?${GROUP_PLACE})*)?`);
/** How the bodies of a group end (人民政府, 市场监管局, 部门, 成员单位): a body's last character, or 门, 位. */
const GROUP_BODY_END = /[局委办厅院会部室心队社署府所站门位]/;
/** A group's bodies named after its places are a few words (人民政府, 市场监管所, 各部门), never a clause. */
const LONGEST_GROUP_BODY = 10;

/**
 * The length of a group of units at `from` (各乡镇人民政府, 各县（市、区）, 市直各部门, 各地各部门), else 0.
 * After its places, the nearest end of a body whose words are followed by what a subject does is
 * the group's end (各乡镇人民政府 | 完成…); else the places alone (各县（市、区） | 要确保…). The
 * nearest, not the longest: the words after a group run on into the goal, where a later 局 or 中心
 * is the indicator's (各乡镇完成…检验中心). Either is a group only as units/names.ts reads one.
 */
function groupAt(words: string, from: number): number {
  const head = GROUP_HEAD.exec(words.slice(from, from + LONGEST_NAME));
  if (head === null) return 0;
  const placesEnd = from + head[0].length;
  const bodyLimit = Math.min(words.length, placesEnd + LONGEST_GROUP_BODY);
  for (let end = placesEnd + 1; end <= bodyLimit; end++) {
    const char = words[end - 1]!;
    if (!isHanCode(char.charCodeAt(0))) break;
    if (!GROUP_BODY_END.test(char)) continue;
    const body = words.slice(placesEnd, end);
    if (DOING.test(body) || ACTS.test(body) || COUNT_VERB.test(body)) break;
    const name = words.slice(from, end);
    if (isCollectiveName(name) && actsAfter(words.slice(end))) return end - from;
  }
  const places = words.slice(from, placesEnd);
  // 各 alone, or 有关 before no place, names no group (有关标准, 各类企业).
  return /^(?:各级|各|有关|相关)$/.test(places) || !/[各]/.test(places) || !isCollectiveName(places) ? 0 : placesEnd - from;
}

/**
 * Whether a group of units opens `words` as their subject (各县（市、区）食品抽检量均达到每千人4批次以上):
 * the figure after it is what each of them is held to, or their share, no statement of the plan's
 * own figure (targets/inconsistent does not weigh it against one).
 */
export function opensOnGroup(words: string): boolean {
  const length = groupAt(words, 0);
  return length > 0 && length < words.length && actsAfter(words.slice(length));
}

/** What a subject's words are followed by: what it does, or the measure its work is judged by. */
const actsAfter = (rest: string): boolean => COUNT_VERB.test(rest) || ACTS.test(rest) || MEASURED.test(rest) || BETWEEN_NAMES.has(rest[0] ?? "");

/** The length of the longest unit's name the registry resolves at `from`, else 0. */
function registeredAt(words: string, from: number, registry: UnitRegistry): number {
  // A name is Han characters only: the run of them is all that is looked at (a table's row, a
  // figure, a bracket end it), so that a clause opening on none asks the registry nothing.
  let limit = from;
  while (limit < words.length && limit < from + LONGEST_NAME && isHanCode(words.charCodeAt(limit))) limit++;
  for (let end = limit; end >= from + 3; end--) {
    if (!NAME_END.has(words[end - 1]!)) continue;
    const unit = registry.resolve(words.slice(from, end));
    if (unit !== null && (unit.place === null || !DOING.test(unit.place))) return end - from;
  }
  return 0;
}
