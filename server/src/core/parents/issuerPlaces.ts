/**
 * The places a document's title names as its issuer: 江西 in 中共江西省委 江西省人民政府关于…,
 * 浙江 in 浙江省人民政府关于…, 赣州 in 赣州市人民政府办公室关于…. Two titles that name different
 * issuing places are different documents however alike the rest of their words: every province
 * has its own 关于深化质量强省建设的实施意见, and a city's plan may cite another province's.
 */
export function issuerPlaces(title: string): readonly string[] {
  const places: string[] = [];
  for (const match of title.matchAll(ISSUER)) {
    const place = match[1]!.replace(/^中共/, "");
    if (place.length >= 2 && !places.includes(place)) places.push(place);
  }
  return places;
}

/**
 * A place name, its level and an issuing body. The body is required — 质量强省建设 and 质量强市 name
 * no issuer — and consumed, so that in 中共江西省委江西省人民政府 the next place starts after 委.
 */
const ISSUER = /([\u4e00-\u9fff]{2,8}?)(?:省|市|自治区|自治州|州|县|区)(?:委|人民政府|政府|人大|政协|办公厅|办公室|党委|[\s\u3000、，,])/gu;

/** A place and its level word at a title's start (赣州市, 于都县, 恩施州), with no issuing body after it. */
const OPENING_PLACE = /^(?:中共)?([\u4e00-\u9fff]{2,4}?)(?:省|市(?!场)|自治区|自治州|州|盟|县|旗|区)/u;

/** Whether a citation's title names an issuing place the document's title does not: then it cites another document. */
export function namesOtherIssuer(citation: string, documentTitle: string): boolean {
  const cited = placesOfTitle(citation);
  if (cited.length === 0) return false;
  const own = placesOfTitle(documentTitle);
  return cited.some((place) => !own.includes(place));
}

/**
 * Whether a document is a place's plan named by the place its title opens with (赣州市深化质量强市
 * 建设实施方案: no issuing body in it) and the citation does not name that place: every city has
 * a 深化质量强市建设实施方案, and 《全面深化质量强市建设实施方案》 in 南京's notice is its own, no
 * mistyped citation of 赣州's. An issuer's document (中共江西省委 江西省人民政府关于…) is cited
 * without its issuer rightly (省委、省政府《关于…》): not this.
 */
export function omitsOpeningPlace(citation: string, documentTitle: string): boolean {
  const opening = OPENING_PLACE.exec(documentTitle)?.[1];
  return opening !== undefined && !opening.endsWith("强") && !issuerPlaces(documentTitle).includes(opening) && !citation.includes(opening);
}

/**
 * The places a title names as its issuer's, and the place a plan's title opens with
 * (赣州市深化质量强市建设实施方案, 于都县…): the plan of 吉安市 is another city's, however alike the
 * rest. Only to tell documents apart: a quoted phrase that opens with a place (智慧城市建设方案)
 * is no title for that (rules/xref/titleMarks.ts asks issuerPlaces). No place ends in 强 (质量强市…).
 */
function placesOfTitle(title: string): readonly string[] {
  const places = issuerPlaces(title);
  const opening = OPENING_PLACE.exec(title)?.[1];
  return opening === undefined || opening.endsWith("强") || places.includes(opening) ? places : [opening, ...places];
}

/**
 * Whether a citation differs from a document's title only in level words written in the same
 * places (《质量强省建设纲要》 against 《质量强国建设纲要》, 《制造强市…》 against 《制造强省…》): the
 * slogan of another level's document, which every province and city issues under its own
 * name, not a slip in the one known — correcting it would change which document is cited.
 */
export function namesOtherLevel(citation: string, documentTitle: string): boolean {
  if (citation.length !== documentTitle.length || citation === documentTitle) return false;
  for (let i = 0; i < citation.length; i++) {
    const a = citation[i]!;
    const b = documentTitle[i]!;
    if (a !== b && !(LEVEL_WORDS.has(a) && LEVEL_WORDS.has(b))) return false;
  }
  return true;
}

/** The words that name an administrative level in a genre's slogan (质量强国, 质量强省, 质量强市 …). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(["国", "省", "市", "州", "县", "区", "镇"]);
