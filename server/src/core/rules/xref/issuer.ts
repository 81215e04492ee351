import { citableDocuments, citedDocument } from "../../parents/documents.js";
import type { Rule } from "../types.js";

/**
 * The central bodies a plan names as a document's issuer, by each way of writing them, with the
 * body meant. 党中央 and 中央 stand for 中共中央 in 公文 usage (党中央、国务院印发的《…》).
 */
const CENTRAL_BODIES: ReadonlyArray<readonly [string, string]> = [
  ["中共中央办公厅", "中共中央办公厅"],
  ["中办", "中共中央办公厅"],
  ["国务院办公厅", "国务院办公厅"],
  ["国办", "国务院办公厅"],
  ["中共中央", "中共中央"],
  ["党中央", "中共中央"],
  ["中央", "中共中央"],
  ["国务院", "国务院"],
  ["全国人大常委会", "全国人大常委会"],
  ["国家市场监督管理总局", "国家市场监督管理总局"],
  ["国家市场监管总局", "国家市场监督管理总局"],
  ["市场监管总局", "国家市场监督管理总局"],
  ["国家发展改革委", "国家发展改革委"],
  ["国家发展和改革委员会", "国家发展改革委"],
  ["工业和信息化部", "工业和信息化部"],
  ["工信部", "工业和信息化部"],
  ["国家标准委", "国家标准委"],
];
/** The longest writing first, so that 中共中央办公厅 is not read as 中共中央 and a remainder. */
const BODY_WRITINGS = [...CENTRAL_BODIES].sort((a, b) => b[0].length - a[0].length);
/** What may stand between two issuers (党中央、国务院; 中共中央 国务院; 中共中央和国务院). */
const BETWEEN = /[、，,\s\u3000和与及]$/u;
/** What may stand between the issuers and the title: the verb of issuing (印发的《…》). */
const ISSUING = /(?:联合)?(?:印发|发布|出台|颁布|制定|制发|下发)?(?:了)?(?:的)?$/u;
/** How far back from a title its issuers are read: a few bodies and a verb. */
const LOOK_BACK = 30;

/**
 * A known document cited with an issuer it does not have: 国务院印发的《质量强国建设纲要》, which
 * 中共中央 and 国务院 issued together (中发〔2022〕17号), or 市场监管总局《质量强国建设纲要》. A
 * central document's issuer is a fact a reviewer checks first; leaving out the Party's central
 * committee, or naming a ministry, misstates who decided. Only central bodies are judged, and
 * only for a document whose issuer the data states (the built-in outline): a province's bodies
 * are written many ways (省委、省政府), and their documents name them in their titles.
 */
export const citationIssuer: Rule = {
  meta: {
    id: "xref/issuer",
    family: "xref",
    severity: "warning",
    description: "引用已知文件时写明的发文机关与原文件不符（如“国务院印发的《质量强国建设纲要》”）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "引用中央文件时写明由谁印发，是审核时首先核对的事实。《质量强国建设纲要》由中共中央、国务院印发（中发〔2022〕17号），通行写法是“党中央、国务院印发的《质量强国建设纲要》”；写成“国务院印发的《质量强国建设纲要》”漏了党中央，写成“市场监管总局《质量强国建设纲要》”则把部门当成了发文机关。",
        "本规则读取书名号前面紧挨着的发文机关（可带“印发的”“发布的”等），只判断中央机关（党中央、中共中央、国务院、中办、国办、市场监管总局、国家发展改革委等），只对数据中写明发文机关的已知文件（内置的《质量强国建设纲要》）判断：写出的机关与原文件的发文机关不一致时报告。省委、省政府等地方机关写法多样，省级文件的标题中又已写明发文机关，不判断。不自动修复：由起草人按原文件改正。",
      ].join("\n\n"),
      incorrect: "示例市质量强市建设实施方案\n为贯彻落实国务院印发的《质量强国建设纲要》，制定本方案。\n一、总体要求\n",
      correct: "示例市质量强市建设实施方案\n为贯彻落实党中央、国务院印发的《质量强国建设纲要》，制定本方案。\n一、总体要求\n",
    },
  },
  check(context) {
    const { plan, report } = context;
    if (plan.citations.length === 0) return;
    const text = plan.text;
    let documents: ReturnType<typeof citableDocuments> | null = null;
    for (const citation of plan.citations) {
      const before = text.slice(Math.max(0, citation.start - LOOK_BACK), citation.start);
      const written = writtenIssuers(before);
      if (written === null) continue;
      documents ??= citableDocuments(context.knownParents);
      const document = citedDocument(citation.title, documents);
      const actual = document?.issuer ? centralBodiesOf(document.issuer) : null;
      if (document === null || actual === null) continue;
      if (written.bodies.length === actual.length && written.bodies.every((body) => actual.includes(body))) continue;
      const start = citation.start - before.length + written.start;
      report({
        start,
        end: start + written.text.length,
        message: `《${document.title}》由${document.issuer}印发，此处写作“${written.text}”`,
      });
    }
  },
};

/** The central bodies named at the end of `before` (党中央、国务院印发的), where it names any, with where they start in it. */
function writtenIssuers(before: string): { text: string; start: number; bodies: string[] } | null {
  const verbStart = before.length - (ISSUING.exec(before)?.[0].length ?? 0);
  let end = verbStart;
  const bodies: string[] = [];
  let start = end;
  for (;;) {
    const writing = BODY_WRITINGS.find(([written]) => before.startsWith(written, end - written.length));
    if (writing === undefined) break;
    start = end - writing[0].length;
    if (!bodies.includes(writing[1])) bodies.push(writing[1]);
    end = start;
    // 党中央、国务院: another body before the separator goes with them
    let separated = end;
    while (separated > 0 && BETWEEN.test(before.slice(separated - 1, separated))) separated--;
    // (党中央国务院 is written without one too.)
    if (!BODY_WRITINGS.some(([written]) => before.startsWith(written, separated - written.length))) break;
    end = separated;
  }
  if (bodies.length === 0) return null;
  return { text: before.slice(start, verbStart), start, bodies };
}

/** The central bodies of a document's issuer as the data writes it (中共中央、国务院), or null if any part is none. */
function centralBodiesOf(issuer: string): string[] | null {
  const bodies: string[] = [];
  for (const part of issuer.split(/[、，,\s\u3000]+/u)) {
    if (part === "") continue;
    const body = CENTRAL_BODIES.find(([written]) => written === part)?.[1];
    if (body === undefined) return null;
    bodies.push(body);
  }
  return bodies.length > 0 ? bodies : null;
}
