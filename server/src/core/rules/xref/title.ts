import { docNumberKey, isOwnTitle, normalizeTitle } from "../../parents/titles.js";
import { type CitableDocument, citableDocuments, citedDocument, citesRightly, closestTitle, titleForms } from "../../parents/documents.js";
import type { Rule, RuleContext } from "../types.js";
import type { CitationNode } from "../../syntax/cst.js";
import { toHalfwidthFigures } from "../../model/numerals.js";
import { spanFix } from "../../fixes/fix.js";
import { writtenAt, writtenEnd } from "../../model/cutCitations.js";

/**
 * A known document cited under a title that is not its own: a word added or left out
 * (《质量强国建设规划纲要》, 《质量强国纲要》), a 文号 that belongs to another title, or a year in
 * brackets after it that is not its year. Only
 * titles close to a known one are checked; any other 《…》 is taken for another document.
 */
export const citationTitle: Rule = {
  meta: {
    id: "xref/title",
    family: "xref",
    severity: "warning",
    description: "引用已知文件时标题应与原文一致（如《质量强国建设纲要》）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "引用上位文件必须使用其准确全称。起草时常见增字、漏字（《质量强国建设规划纲要》《质量强国纲要》）或把印发通知的标题写走样，审核人员要逐一核对。本规则把书名号中的标题与已知文件（内置的《质量强国建设纲要》、配置中的上位文件、各省的质量强省实施意见、《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，以及查到文号的市级方案，如《赣州市深化质量强市建设实施方案》（赣市府字〔2024〕41号））比较：与某一已知标题高度相近但不相同的，报告并以准确标题修复；标题后括注的文号属于另一文件的，也报告。标题正确而所注文号与已知文号不同的（如《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔2022〕71号）），报告文号并建议改为已知文号（省委、省政府《关于深化质量强省建设的实施意见》这样各省共用的简短标题，所注文号是其中任一份的即为正确；机关代字是某一份的（如“赣发”）才按那一份核对，其他机关代字无从判断，不报告）；标题写走样、所注文号又不是该文件文号的，两处同时报告（标题可修复，文号只给建议）；与已知标题差别较大的书名号视为引用其他文件，不报告；与已知标题只差中间一个词（两字以内）、开头至少四字相同的（《质量强国战略纲要》），同样报告；开头不同的（《交通强国建设纲要》）是另一文件；只差“国”“省”“市”“县”等级别字的（《质量强省建设纲要》《质量强市建设纲要》之于《质量强国建设纲要》）是另一级的同类文件，不报告，也不按国家的标题改正；省、市自己的“十四五”规划纲要标题写明地名（《江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》），是另一文件，不按国家的改正；标题中写明的发文地方与已知文件不同的（如《浙江省人民政府关于深化质量强省建设的实施意见》之于江西省的同名文件），也是另一文件，不报告；标题开头的地名不同的（《吉安市深化质量强市建设实施方案》之于赣州市的方案）同样是另一文件，不写地名的（《深化质量强市建设实施方案》，各市都有）也不按某一市的方案改正。省委、省政府写在书名号外（省委、省政府《关于深化质量强省建设的实施意见》）是通行写法，不报告。已知标题中两个汉字之间多出的空格（《质量强国 建设纲要》，多来自网页两端对齐）也报告，修复删除空格；联合发文机关之间的空格有无均可，不报告。标题后括注年份的（《赣州市深化质量强市建设实施方案》（2023年）），与已知文件的年份（文号中的年份，没有文号时取成文日期）不同的，报告并建议改为已知年份；几份文件共用的简短标题不知是哪一份的，不报告。标题前写明印发年份的（中共中央、国务院2021年印发的《质量强国建设纲要》），与已知文件文号中的年份和发布日期的年份都不同的，报告并建议改为发布年份（《质量强国建设纲要》文号为中发〔2022〕17号、2023年2月发布，写2022年或2023年都不报告）。书名号中是本方案自己的标题的（印发通知中“《××市质量强市建设实施方案》已经市政府同意，现印发给你们”），是方案自身的名称，不按已知文件改正。",
      incorrect: "示例市深化质量强市建设实施方案\n为全面贯彻落实《质量强国建设规划纲要》，制定本方案。\n一、总体要求\n",
      correct: "示例市深化质量强市建设实施方案\n为全面贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n",
    },
  },
  check(context) {
    const { plan, report } = context;
    // Reading knownParents (destructuring reads it too) parses the built-in outline: a plan that
    // cites nothing does not need it.
    if (plan.citations.length === 0) return;
    const documents = citableDocuments(context.knownParents);
    for (const citation of plan.citations) {
      // correctedTo: the document the citation's own title was corrected to; its 文号 is checked against it.
      const { corrections, correctedTo } = titleCorrections(plan, citation, documents);
      const reported = corrections.length > 0;
      for (const { title, start, closest } of corrections) {
        // A title a wrap cut (model/cutCitations.ts) is written with the break inside it.
        const end = writtenEnd(plan.text, start, title);
        report({
          start,
          end,
          message: `引用的标题“${title}”与已知文件的标题不一致，应为《${closest.form}》`,
          fix: spanFix(`改为《${closest.form}》`, start, end, closest.form),
        });
      }
      if (reported) {
        // A title and its 文号 both miswritten (《质量强国纲要》（中发〔2022〕17号）): both reported at
        // once, rather than the 文号 only after the title's fix.
        if (correctedTo !== null && citation.docNumber) reportOtherNumber(plan.text, citation, correctedTo.document, correctedTo.form, report);
        continue;
      }
      reportStraySpaces(plan.text, citation.title, citation.titleStart, documents, report);
      checkIssuedYear(plan.text, citation, documents, report);
      if (!citation.docNumber) {
        checkCitedYear(plan.text, citation, documents, report);
        continue;
      }
      const written = plan.text.slice(citation.docNumber.start, citation.docNumber.end);
      const key = docNumberKey(written);
      // The title is right and the document's 文号 is known: a different 文号 after it is the slip.
      const cited = key ? documentOfNumber(citation.title, key, documents) : citedDocument(citation.title, documents);
      if (cited && key && reportOtherNumber(plan.text, citation, cited, citation.title, report)) continue;
      const owner = key ? documents.find((d) => d.docNumber && docNumberKey(d.docNumber) === key) : undefined;
      const title = normalizeTitle(citation.title);
      if (!owner || citesRightly(title, owner)) continue;
      // A transmittal notice cites the document it transmits: 关于印发〈质量强国建设纲要〉的通知.
      if (citation.nested.some((n) => titleForms(owner).includes(normalizeTitle(n.title)))) continue;
      const titleEnd = writtenEnd(plan.text, citation.titleStart, citation.title);
      report({
        start: citation.titleStart,
        end: titleEnd,
        message: `文号“${owner.docNumber}”是《${owner.title}》的文号，与所引标题“${citation.title}”不符`,
        suggestions: [{ description: `改为《${owner.title}》`, edits: [{ start: citation.titleStart, end: titleEnd, newText: owner.title }] }],
      });
    }
  },
};

/**
 * The 文号 written after a citation of `document` when the document's own is known and another:
 * reported under the title shown (as written, or as corrected), with the known 文号 as its suggestion (no fix: which of the two is the slip, the title
 * or the number, only the drafter knows). Whether it was reported.
 */
function reportOtherNumber(text: string, citation: CitationNode, document: CitableDocument, shownTitle: string, report: RuleContext["report"]): boolean {
  const span = citation.docNumber;
  if (!span || !document.docNumber) return false;
  const written = text.slice(span.start, span.end);
  const key = docNumberKey(written);
  if (!key || docNumberKey(document.docNumber) === key) return false;
  report({
    start: span.start,
    end: span.end,
    message: `《${shownTitle}》的文号是“${document.docNumber}”，此处写作“${written}”`,
    suggestions: [{ description: `改为“${document.docNumber}”`, edits: [{ start: span.start, end: span.end, newText: document.docNumber }] }],
  });
  return true;
}

/**
 * The document a rightly written title with a 文号 (its key, docNumberKey) is checked against.
 * A short title may be several documents' (省委、省政府《关于深化质量强省建设的实施意见》 is every
 * province's): one whose 文号 is the one written is cited rightly (null); else the one whose
 * 机关代字 is written (赣发〔2023〕9号: Jiangxi's, the number slipped); else the only candidate, or
 * none — a 文号 of another agency cannot say which province's document was meant.
 */
function documentOfNumber(title: string, key: string, documents: readonly CitableDocument[]): CitableDocument | null {
  const normal = normalizeTitle(title);
  const candidates = documents.filter((document) => citesRightly(normal, document));
  if (candidates.some((document) => document.docNumber && docNumberKey(document.docNumber) === key)) return null;
  if (candidates.length <= 1) return candidates[0] ?? null;
  const agency = key.slice(0, key.search(/\d/));
  const same = candidates.filter((document) => document.docNumber && docNumberKey(document.docNumber)?.startsWith(agency));
  return same.length === 1 ? same[0]! : null;
}

/** A year in brackets right after a citation (《赣州市深化质量强市建设实施方案》（2023年）): which year's document is meant. */
const CITED_YEAR = /^[（(]\s*([0-9０-９]{4})\s*年?\s*[）)]/;
const OPEN_PAREN = 0xff08; // （
const OPEN_PAREN_HALF = 0x28; // (

/**
 * The year a citation's bracket gives it, against the year the data knows for the document its
 * title rightly names (its 文号's year, else its date's): a county plan that cites its city's
 * plan as （2023年） when the city issued it in 2024 (赣市府字〔2024〕41号) points at a document
 * that does not exist. Only where every document the title may name is of one known year: a
 * short title several provinces share says nothing of which one's year is meant.
 */
function checkCitedYear(text: string, citation: CitationNode, documents: readonly CitableDocument[], report: RuleContext["report"]): void {
  const next = text.charCodeAt(citation.end);
  if (next !== OPEN_PAREN && next !== OPEN_PAREN_HALF) return;
  const written = CITED_YEAR.exec(text.slice(citation.end, citation.end + 12));
  if (!written) return;
  const key = normalizeTitle(citation.title);
  const candidates = documents.filter((document) => citesRightly(key, document));
  if (candidates.length === 0) return;
  let known: { year: number; basis: string } | null = null;
  for (const document of candidates) {
    const year = knownYearOf(document);
    if (year === null || (known !== null && known.year !== year.year)) return;
    known = year;
  }
  const year = Number(toHalfwidthFigures(written[1]!));
  if (known === null || year === known.year) return;
  const start = citation.end + written[0].indexOf(written[1]!);
  report({
    start,
    end: start + 4,
    message: `《${citation.title}》是${known.year}年的文件（${known.basis}），此处写作${year}年`,
    suggestions: [{ description: `改为${known.year}年`, edits: [{ start, end: start + 4, newText: String(known.year) }] }],
  });
}

/**
 * The year the sentence says a document was issued in, just before its citation (中共中央、国务院
 * 2021年印发的《质量强国建设纲要》, 省政府于2023年9月出台的《…》): the last characters before the 《.
 */
const ISSUED_YEAR = /([0-9０-９]{4})\s*年(?:[0-9０-９]{1,2}\s*月(?:[0-9０-９]{1,2}\s*日)?)?\s*(?:印发|发布|出台|颁布)(?:实施)?的?\s*$/u;
/** How far before a citation ISSUED_YEAR is looked for: a year, a month, a day and the verb. */
const ISSUED_YEAR_REACH = 24;

/**
 * A year of issue written before a citation, against the years the data knows for every document
 * its title rightly names: its 文号's and its date's (the national outline is 中发〔2022〕17号 and
 * was issued in February 2023: either year is right). Only where each candidate has a known year;
 * the suggestion is the year of its date, when the document was issued, where the candidates
 * agree on one.
 */
function checkIssuedYear(text: string, citation: CitationNode, documents: readonly CitableDocument[], report: RuleContext["report"]): void {
  const before = text.slice(Math.max(0, citation.start - ISSUED_YEAR_REACH), citation.start);
  // Read by code unit first: most citations follow no year of issue.
  if (!before.includes("年")) return;
  const written = ISSUED_YEAR.exec(before);
  if (!written) return;
  const candidates = documents.filter((document) => citesRightly(normalizeTitle(citation.title), document));
  if (candidates.length === 0) return;
  const known = new Set<number>();
  const issued = new Set<number>();
  for (const document of candidates) {
    const years = yearsOf(document);
    if (years.length === 0) return;
    for (const year of years) known.add(year);
    issued.add(years[years.length - 1]!);
  }
  const year = Number(toHalfwidthFigures(written[1]!));
  if (known.has(year)) return;
  const start = citation.start - before.length + written.index;
  const right = issued.size === 1 ? [...issued][0]! : null;
  report({
    start,
    end: start + 4,
    message: `《${citation.title}》是${[...known].sort().join("年或")}年的文件，此处写作${year}年印发`,
    suggestions: right === null ? undefined : [{ description: `改为${right}年`, edits: [{ start, end: start + 4, newText: String(right) }] }],
  });
}

/** The years a known document is of: its 文号's, then its date's (when it was issued); none where neither is known. */
function yearsOf(document: CitableDocument): number[] {
  const years: number[] = [];
  const numbered = document.docNumber ? /[〔[【(（﹝](\d{4})[〕\]】)）﹞]/.exec(document.docNumber) : null;
  if (numbered) years.push(Number(numbered[1]));
  const dated = document.date ? /^(\d{4})-/.exec(document.date) : null;
  if (dated) years.push(Number(dated[1]));
  return years;
}

/** The year a known document is of, and what says so: its 文号 (赣市府字〔2024〕41号), else its date. */
function knownYearOf(document: CitableDocument): { year: number; basis: string } | null {
  const numbered = document.docNumber ? /[〔[【(（﹝](\d{4})[〕\]】)）﹞]/.exec(document.docNumber) : null;
  if (numbered) return { year: Number(numbered[1]), basis: document.docNumber! };
  const dated = document.date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(document.date) : null;
  return dated ? { year: Number(dated[1]), basis: `${Number(dated[1])}年${Number(dated[2])}月${Number(dated[3])}日` } : null;
}

type TitleCorrection = { title: string; start: number; closest: { document: CitableDocument; form: string } };

/**
 * The titles of a citation to correct, one finding a citation: a transmittal notice cites the
 * document it transmits inside its own title (《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》),
 * and one slip in the inner title (〈质量强国建设规划纲要〉) makes both titles unlike their known
 * forms. When correcting the inner title alone makes the outer one right, the inner is the slip
 * and is reported (its correction is the smaller edit); otherwise the outer title is, its form
 * writing the inner one right as well: two findings over the one span would report one slip
 * twice, with fixes that overlap.
 */
function titleCorrections(
  plan: Parameters<typeof isOwnTitle>[0],
  citation: CitationNode,
  documents: readonly CitableDocument[],
): { corrections: TitleCorrection[]; correctedTo: TitleCorrection["closest"] | null } {
  // Its 印发通知 names the plan (《赣州市质量强市建设实施方案》已经市政府同意，现印发给你们): no
  // citation of another document, however close its title is to a known one.
  const correctionOf = (title: string, start: number): TitleCorrection | null => {
    if (isOwnTitle(plan, title)) return null;
    const closest = closestTitle(title, documents);
    return closest ? { title, start, closest } : null;
  };
  const outer = correctionOf(citation.title, citation.titleStart);
  const inner: TitleCorrection[] = [];
  // Where each nested title starts in the outer one as read (a wrap's break before it is not read).
  const readAt: number[] = [];
  let piece = 0;
  for (const nested of citation.nested) {
    piece = citation.title.indexOf(`${nested.open}${nested.title}${nested.close}`, piece);
    const correction = correctionOf(nested.title, nested.start + nested.open.length);
    if (correction) {
      inner.push(correction);
      readAt.push(piece + nested.open.length);
    }
  }
  if (outer === null) return { corrections: inner, correctedTo: null };
  if (inner.length === 0) return { corrections: [outer], correctedTo: outer.closest };
  let repaired = citation.title;
  for (let k = inner.length - 1; k >= 0; k--) {
    const correction = inner[k]!;
    const at = readAt[k]!;
    repaired = repaired.slice(0, at) + correction.closest.form + repaired.slice(at + correction.title.length);
  }
  const innerOnly = citedDocument(repaired, documents) === outer.closest.document;
  return { corrections: innerOnly ? inner : [outer], correctedTo: outer.closest };
}

/** A space a title may hold: an ASCII space or an ideographic one. */
const isSpace = (code: number) => code === 0x20 || code === 0x3000;
const HAN = /[\u3400-\u9fff]/;

/**
 * A space inside a known title where the title has none (《质量强国 建设纲要》, a trace of
 * justified web text): titles are compared without spaces, since a space between issuers comes
 * and goes (中共中央 国务院, 中共江西省委江西省人民政府), so the title counts as right, and
 * punct/han-space leaves what is in 书名号 to this family. Only a space between two Chinese
 * characters where the known form has no space on either side is reported; the fix removes it.
 */
function reportStraySpaces(text: string, title: string, start: number, documents: readonly CitableDocument[], report: RuleContext["report"]): void {
  let hasSpace = false;
  for (let i = 0; i < title.length && !hasSpace; i++) hasSpace = isSpace(title.charCodeAt(i));
  if (!hasSpace) return;
  const key = normalizeTitle(title);
  const document = documents.find((d) => titleForms(d).includes(key));
  if (!document) return;
  const form = [document.title, ...document.aliases][titleForms(document).indexOf(key)]!;
  // Walk the title against the form, the form's spaces (and what normalising drops) aside.
  let j = 0;
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if (!isSpace(code)) {
      while (j < form.length && form.charCodeAt(j) !== code && /[\s\p{Cf}]/u.test(form[j]!)) j++;
      if (j < form.length && form.charCodeAt(j) === code) j++;
      continue;
    }
    let end = i;
    while (end < title.length && isSpace(title.charCodeAt(end))) end++;
    const formSpaced = (j > 0 && /\s/.test(form[j - 1]!)) || (j < form.length && /\s/.test(form[j]!));
    if (!formSpaced && i > 0 && end < title.length && HAN.test(title[i - 1]!) && HAN.test(title[end]!)) {
      // Where the spaces are written (a wrap's break before them is not read: model/cutCitations.ts).
      const [from, to] = [writtenAt(text, start, i), writtenEnd(text, start, title.slice(0, end))];
      report({
        start: from,
        end: to,
        message: `引用的标题“${title}”中“${title.slice(Math.max(0, i - 2), i)}”与“${title.slice(end, end + 2)}”之间多了空格（《${form.replace(/《/g, "〈").replace(/》/g, "〉")}》中没有）`,
        fix: spanFix("删除标题中的空格", from, to, ""),
      });
    }
    i = end - 1;
  }
}
