/**
 * How a responsible unit's name is read, independent of any registry: the normal form used for
 * look-ups, collective names that no registry lists, and the administrative level a name's
 * prefix says.
 */

export type UnitLevel = "国家" | "省" | "市" | "县";

/**
 * How the name of a body ends: an office, a bureau, a committee, a centre … (not 牵头, 负责). A
 * body's second name (units/registry.ts isSecondName) and a zone's department named after its
 * zone (units/zoneDepartments.ts) are read by it.
 */
export const BODY_NAME_END = /(?:局|委|办|厅|院|会|部|室|中心|队|社|署)$/;

/**
 * Characters that take no room, which web pages leave in pasted text: the soft hyphen (U+00AD),
 * the Mongolian vowel separator (U+180E), zero-width spaces and joiners and the directional
 * marks (U+200B–U+200F), the word joiner and the invisible operators (U+2060–U+2064) and the
 * byte-order mark inside text (U+FEFF). No unit's name is written with them: a name is read
 * without them, as a reader sees it. Not the directional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069): they change the order in which the characters around them
 * are shown (`市<U+202E>局信工` shows as 市工信局), so the name without them is not the name a
 * reader sees either, and it stays as written. (Whether the text should hold any of them is a
 * text rule's business.)
 */
// Deliberately narrower than text/invisible.ts (every format character, which text/invisible-char
// reports): the bidi controls stay in a name, see above.
function isInvisibleCode(code: number): boolean {
  if (code < 0x200b) return code === 0xad || code === 0x180e;
  return code <= 0x200f || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff;
}

const INVISIBLE_RUN = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]+/g;

/** Whether a name holds an invisible character: by code unit, as every name of every clause is asked. */
export function hasInvisible(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    if (isInvisibleCode(name.charCodeAt(i))) return true;
  }
  return false;
}

/** A name without its invisible characters (the text as a reader sees it). */
export function withoutInvisible(name: string): string {
  return hasInvisible(name) ? name.replace(INVISIBLE_RUN, "") : name;
}

/**
 * The form used for look-ups: ASCII parentheses become full-width ones (web copies mix them:
 * `市委组织部(市委人才办)`), and so do the square and hexagonal brackets some drafts put round a
 * name's second name or its parts (`市委组织部〔市委人才办〕`, `各县［市、区］`, as the grammar's
 * UnitNameSquareBrackets reads them); spaces and invisible characters go, so a name is found
 * however it was pasted.
 */
const NEEDS_NORMALISING = /[()〔〕［］[\]﹝﹞\s\u00ad\u180e\u200b-\u200f\u2060-\u2064]/;

export function normalizeUnitName(name: string): string {
  // Most names need nothing: one test instead of several replacements, on every look-up of
  // every rule (\s covers U+3000 and U+FEFF).
  if (!NEEDS_NORMALISING.test(name)) return name;
  return name.replace(/[(〔［[﹝]/g, "（").replace(/[)〕］\]﹞]/g, "）").replace(/[\s\u3000]+/g, "").replace(INVISIBLE_RUN, "");
}

/**
 * Collective names stand for many units at once (`各区（市）县`, `市有关部门`,
 * `市质量强市工作领导小组成员单位`, `县（市、区）人民政府` with its level's kinds: levelKindsOf); no registry lists them, so they are never unknown, and a
 * comma that sets such a group apart from the departments (`A、B，各县（市、区）人民政府`) is the
 * usual way to write it, not a wrong separator.
 */
export function isCollectiveName(name: string): boolean {
  return /^(各|相关|有关)/.test(name) || LEVEL_KINDS.test(name) || LEVEL_EACH.test(name) || DEPARTMENT_EACH.test(name) || COLLECTIVE_END.test(name) || collectivePairParts(name) !== null;
}

/** The words that join two groups into one name (市直有关部门和各县（市、区）). */
const GROUP_JOINERS = ["以及", "和", "及"];
/** Longer than two groups: no such pair (and a bound on the splits tried). */
const LONGEST_PAIR = 40;

/**
 * The two groups of a name that joins them by 和, 及 or 以及 (`市直有关部门和各县（市、区）配合`: a
 * collective too), or null. Only where both sides are groups: 住房和城乡建设局 is one department,
 * and a department joined to a group is left to the registry.
 */
export function collectivePairParts(name: string): [string, string] | null {
  if (name.length > LONGEST_PAIR) return null;
  for (const joiner of GROUP_JOINERS) {
    for (let at = name.indexOf(joiner, 1); at > 0; at = name.indexOf(joiner, at + 1)) {
      const before = name.slice(0, at);
      const after = name.slice(at + joiner.length);
      if (after !== "" && isCollectiveName(before) && isCollectiveName(after)) return [before, after];
    }
  }
  return null;
}

/**
 * 各 after a level's word: 市各委办局, 区属各单位, 区级各部门和单位, 市直各部门 — every body of the
 * level; and after a 盟's government, its 行政公署 (行署各委办局, 盟行署各部门).
 */
const LEVEL_EACH = /^(?:(?:省|自治区|市|州|盟|区|县|旗)(?:直|级|属|委|政府|行署|行政公署)?|行署|行政公署)各/;
/**
 * 各 after a department naming itself, as its own plan and notice do: 局机关各科室, 市局各科室,
 * 局属各单位, 厅机关各处室 — every division or unit of the department.
 */
const DEPARTMENT_EACH = /^(?:[省市区县]?局|厅|委)(?:机关|属|直属)?各/;

/**
 * How a collective ends: members, the departments concerned; a level's state-owned enterprises
 * (区属国有企业, 市属国企, 市管企业); the central bodies in a place (中央驻赣单位, 驻区单位).
 */
const COLLECTIVE_END = /(?:成员单位|有关部门|有关单位|相关部门|相关单位|牵头部门|各部门|[属管](?:国有企业|国企|企业)|驻[\u4e00-\u9fff]{1,3}单位)$/;

/**
 * What a template or a draft leaves where a unit's name is still to be written: `××`, `XX`,
 * `xx` (not inside a Latin word), `＿＿`, `○○`, `某某`, `待定`, `待补充`, `TBD` (bare or in brackets:
 * `【待定】`, `【待核实】`, the words of a drafting note), brackets with nothing in them (`（ ）`,
 * `［ ］`, `【 】`, as the grammar's PlaceholderText reads them) — the whole name
 * (`〔责任单位：××〕`) or part of it (`XX局`, `市××局`). No unit is called so, and no registry
 * could list it: it is a blank to fill (units/blank), never an unknown name.
 */
const PLACEHOLDER_IN_NAME = /×{2}|[XＸ]{2}|(?<![A-Za-z])x{2,}(?![A-Za-z])|[＿_]{2}|○{2}|□{2}|某某|待定|待补充|待明确|待确定|待完善|待核实|待细化|待填写|TBD|^[（(【［[〔﹝][\s\u3000]*[）)】］\]〕﹞]$/;

export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_IN_NAME.test(name);
}

/**
 * A name with the brackets round its place taken away (【县】市场监管局 → 县市场监管局, the
 * second name of 县市场监管局（【县】知识产权局））: templates mark so the place a plan fills in,
 * and a pasted copy keeps the marks. Only a bracket pair that opens the name or its second name
 * and holds a level word or a place ending in one, a name going on after it; 各区（市）县's pair
 * closes a list of levels. Null where the name has none.
 */
export function withoutBracketedPlace(name: string): { name: string; place: string } | null {
  let place: string | null = null;
  const stripped = name.replace(BRACKETED_PLACE, (_, before: string, inner: string) => {
    place ??= inner;
    return before + inner;
  });
  return place === null ? null : { name: stripped, place };
}

const BRACKETED_PLACE = /(^|[（(])[【〔（(［[﹝]([^【】〔〕（）()［］[\]﹝﹞、，,\s]{0,8}?(?:[省市州盟区县旗]|自治区|乡|镇|街道))[】〕）)］\]﹞](?=[\u4e00-\u9fff])/g;

/**
 * The word a local body's name starts with for its level of government: 省 and 自治区 (a
 * province), 市, 州 and 盟 (a prefecture), 区, 县 and 旗 (a county; a county-level city writes 市
 * too). A department's name is the same at every level but for this word (市财政局, 区财政局,
 * 州财政局), which is how the city-level registry speaks for the other levels (otherLevels.ts).
 */
export const LEVEL_WORDS: ReadonlyMap<string, UnitLevel> = new Map<string, UnitLevel>([
  ["自治区", "省"],
  ["省", "省"],
  ["市", "市"],
  ["州", "市"],
  ["盟", "市"],
  ["区", "县"],
  ["县", "县"],
  ["旗", "县"],
]);

/**
 * The names of the provinces and autonomous regions, as a place is written without its level
 * word (人行江西分行, 国家统计局江西调查总队): such a place is a province's, whose offices are named
 * at that level (人民银行江西省分行, not a 市分行 of a place called 江西). Not the municipalities
 * (北京, 天津, 上海, 重庆), nor 吉林, also a city's name: their bodies are of either level.
 */
const PROVINCES: ReadonlySet<string> = new Set(
  // Three autonomous regions are named with their people before 自治区 (广西壮族自治区): that form too.
  "河北 山西 辽宁 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 广西壮族 宁夏回族 新疆维吾尔".split(" "),
);
/** Places of both levels: a municipality is a province and a city; 吉林 names a province and a city of it. */
const PROVINCE_OR_CITY: ReadonlySet<string> = new Set(["北京", "天津", "上海", "重庆", "吉林"]);

/** The level a place written without its level word is of, where its name says: 省 for a province's name, else null. */
export function levelOfBarePlace(place: string): UnitLevel | null {
  return PROVINCES.has(place) ? "省" : null;
}

/** Whether a place written without its level word may be a province's (江西, 上海, 吉林). */
export function mayBeProvince(place: string): boolean {
  return PROVINCES.has(place) || PROVINCE_OR_CITY.has(place);
}

/** Whether a text holds a province's name written without its level word (人行江西分行). */
export function holdsProvinceName(text: string): boolean {
  for (const province of PROVINCES) if (text.includes(province)) return true;
  return false;
}

/**
 * The level word a name starts with (`区财政局` → 区, `团县委` → 县), or null (`赣州海关`, and
 * `市场监管局`, whose 市 is 市场's: a city's is 市市场监管局).
 */
export function leadingLevelWord(name: string): string | null {
  if (name.startsWith("自治区")) return "自治区";
  // 团市委, 团县委: the Youth League's committee puts 团 before the level.
  const first = name.charAt(0) === "团" && name.charAt(2) === "委" ? name.charAt(1) : name.charAt(0);
  // The 市 of 市场 is the word's (市场监管局, 市场监管分局 written with no level word): no body's
  // name starts with 场, so 市场监管局 is never a 市's 场监管局.
  if (first === "市" && name.charCodeAt(1) === CHANG) return null;
  return LEVEL_WORDS.has(first) ? first : null;
}

/**
 * A level word with the other kinds of its level in brackets (县（市）, 区（县、市）, 县（市、区）),
 * as a name of every body of the kinds writes it: 县（市）政府 is each county's and each
 * county-level city's government, 县（市、区）市场监管局 each one's bureau — a group, never one
 * body, though the registry reads the name without the brackets (县人民政府, as a zone's name
 * with its parts in brackets is read). The kinds as written, e.g. `县（市、区）`, or null.
 */
const LEVEL_KINDS = /^[县区市旗]（[县区市旗](?:、[县区市旗])*）/;

export function levelKindsOf(name: string): string | null {
  return LEVEL_KINDS.exec(normalizeUnitName(name))?.[0] ?? null;
}

/** 场, the second character of 市场. */
const CHANG = 0x573a;

/**
 * A national body's office in a place, named with the body first: 国家税务总局赣州市税务局,
 * 国家金融监督管理总局赣州监管分局, 国家统计局赣州调查队 — bodies of the place, not national ones.
 * The national body's name ends at its first 局, 署 or 银行 (a 委员会 has none), and a place's
 * office follows it.
 */
const NATIONAL_BRANCH = /^(?:国家|中央)[^局署行委]*(?:局|署|银行)[\u4e00-\u9fff]{2,}[局队行处所站]$/;

/** The level a name's prefix says (`省发改委` → 省), or null when it says none (`赣州海关`). */
export function levelOfName(name: string): UnitLevel | null {
  if (name.startsWith("国家") || name.startsWith("中央")) return NATIONAL_BRANCH.test(name) ? null : "国家";
  const word = leadingLevelWord(name);
  // A city bureau's 分局 in a district (市公安局章贡分局) works at the district's level, not the
  // city's: it says no level of the plan that names it.
  return word === null || (name.endsWith("分局") && BUREAU_BRANCH.test(name)) ? null : LEVEL_WORDS.get(word)!;
}

const BUREAU_BRANCH = /局[\u4e00-\u9fff]{2,}分局$/;

/**
 * `市委组织部（市委人才办）` — one body with two names (一个机构两块牌子): the outer name and the
 * name in brackets, or null when the name does not end in a bracketed part.
 */
export function bracketedParts(normalized: string): { outer: string; inner: string } | null {
  const match = /^([^（）]+)（([^（）]+)）$/.exec(normalized);
  return match ? { outer: match[1]!, inner: match[2]! } : null;
}
