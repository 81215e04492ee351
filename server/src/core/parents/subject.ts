/**
 * A document's subject: what its title is about once the issuer, the genre and the years are
 * taken away (《江西省人民政府关于深化质量强省建设的实施意见》 → 质量强X建设, 《计量发展规划
 * （2021—2035年）》 → 计量发展). A plan whose title carries a document's subject is that
 * document's local version; a plan on another subject that also cites it (a 计量 plan citing
 * the quality-power outline among its bases) implements only the parts of it on its own subject.
 */

/** 强国, 强省, 强市 … are one subject at each level of government. */
const LEVELLED = /强(?:国|省|市|区|县|州|盟|旗)/g;
/** Years a title carries: （2021—2035年）, (2023-2025年), 2023年. */
const YEARS = /[（(][^（()）]*\d{4}[^（()）]*[）)]|\d{4}年(?:度)?/g;
const TITLE_MARKS = /[《》〈〉<>“”"'‘’\s\u3000]/g;
/** The issuer before 关于 (江西省人民政府关于…), and 关于 itself. */
const ISSUER = /^.*?关于/;
/** A national title's 国家 (国家标准化发展纲要): a plan names its own place, not 国家. */
const NATIONAL = /^(?:国家|全国)/;
/**
 * The place a title without 关于 opens on (江西省质量强省建设实施意见, 广西壮族自治区…, 示例县…):
 * whose document it is, not what about. Not a noun that ends in a place's character (城市, 园区).
 */
const PLACE = /^[\u4e00-\u9fff]{2,6}?(?:自治区|特别行政区|自治州|自治县|地区|省|(?<![城都])市|州|盟|县|(?<![园社景城片商街校发贸])区|旗)/;
/**
 * Verbs a title's subject is led by (深化质量强省建设, 加快推进…), and the time it is set in
 * (关于新时代推进品牌建设的指导意见: 品牌建设): the subject is what follows.
 */
const LEADING_VERBS = /^(?:印发|贯彻落实|贯彻|落实|深化改革|深化|加快|推进|推动|全面|加强|持续|进一步|大力|扎实|新时代|新时期|新形势下)+/;
/**
 * The genre a title ends with: what kind of document it is, not what it is about; and 工作, "the
 * work on" its subject (关于深化改革加强食品安全工作的意见: 食品安全, which a county's 食品安全 plan carries).
 */
const GENRE = /(?:的)?(?:工作|实施意见|指导意见|意见|实施方案|工作方案|方案|三年行动计划|行动计划|行动方案|计划|规划纲要|纲要|规划|若干措施|措施|办法|通知|决定)$/;
/** Shorter than this, a subject would be found in any title. */
const MIN_SUBJECT = 3;

/** The subject of a document titled `title`; "" when nothing of substance is left. */
export function subjectOf(title: string): string {
  const subject = withoutGenre(normalized(title).replace(ISSUER, "").replace(NATIONAL, "").replace(LEADING_VERBS, ""));
  // A province's 实施意见 read with its place (示例省质量强X建设) was carried by no city's or county's title.
  const place = PLACE.exec(subject);
  const placeless = place ? withoutGenre(subject.slice(place[0].length).replace(LEADING_VERBS, "")) : "";
  if (placeless.length >= MIN_SUBJECT) return placeless;
  return subject.length >= MIN_SUBJECT ? subject : "";
}

function withoutGenre(text: string): string {
  let subject = text;
  for (let previous = ""; previous !== subject; ) {
    previous = subject;
    subject = subject.replace(GENRE, "");
  }
  return subject;
}

/** Whether a plan titled `planTitle` carries the subject of the document titled `documentTitle`. */
export function carriesSubject(planTitle: string, documentTitle: string): boolean {
  const subject = subjectOf(documentTitle);
  return subject !== "" && normalized(planTitle).includes(subject);
}

function normalized(title: string): string {
  return title.replace(TITLE_MARKS, "").replace(YEARS, "").replace(LEVELLED, "强X");
}
