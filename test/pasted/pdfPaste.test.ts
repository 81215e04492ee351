import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { cutEvery } from "../support/pdfCut";

/**
 * A plan copied out of a PDF (test/fixtures/pasted/pdf-paste.plan): every paragraph cut at the
 * page's 28 characters, a page number and the running head `宜宾市人民政府办公室行政规范性文件`
 * at each page's edge (one of them inside a sentence), the first chapter's 一、 scanned as a
 * dash and the first task's 1. as a lower-case L, a wrap at the space between two issuers.
 */
const text = readFileSync(join(__dirname, "../fixtures/pasted/pdf-paste.plan"), "utf8");
const HEAD = "宜宾市人民政府办公室行政规范性文件";
const lineOf = (source: string, offset: number) => source.slice(0, offset).split("\n").length;
const wordsOf = (source: string) => source.replace(/[^\u4e00-\u9fff]/g, "");

describe("a plan pasted from a PDF", () => {
  it("is read as the plan it is: its title, its chapters from 一、, its tasks from 1.", () => {
    const plan = buildPlan(text);
    expect(plan.title?.text).toBe("宜宾市推进质量强市建设三年行动方案（2024—2026年）");
    expect(plan.items.map((item) => [item.marker.value, item.heading.text])).toEqual([
      [1, "总体要求"],
      [2, "重点任务"],
      [3, "保障措施"],
    ]);
    expect(plan.allItems.filter((item) => item.level === 3).map((item) => item.marker.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reports each slip once where it is: the two markers, each page's number with its head, the input method's 质最监管", () => {
    const findings = analyze(text).findings.map((finding) => `${lineOf(text, finding.start)} ${finding.rule}`);
    expect(findings).toEqual(
      expect.arrayContaining(["17 numbering/marker-typo", "32 numbering/marker-typo", "24 structure/page-number", "50 structure/page-number", "68 structure/page-number", "58 text/misspelling"]),
    );
    expect(findings.filter((finding) => finding.includes("numbering/sequence") || finding.includes("text/broken-sentence"))).toEqual([]);
  });

  it("is fixed without losing a word or a space of the text, and fixing again changes nothing", () => {
    const fixed = fixAll(text).text;
    // The words lost are the running heads'; the one added is 一 for the dash, the one changed the misspelt 质最监管's.
    expect(wordsOf(fixed)).toBe(wordsOf(text.split(`\n${HEAD}`).join("").replace("—、总体要求", "一、总体要求").replace("质最监管", "质量监管")));
    expect(fixed).toContain("《中共四川省委 四川省人民政府关于加快建设质量强省的实施意见》");
    expect(fixed).toContain("农产品质量安全例行监测合格率和食品抽检合格率");
    expect(fixed).not.toContain(HEAD);
    expect(fixed).toMatch(/\n一、总体要求\n/);
    expect(fixed).toMatch(/\n1\.实施产业基础质量提升工程。/);
    expect(fixAll(fixed).text).toBe(fixed);
    expect(analyze(fixed).findings.filter((finding) => finding.rule.startsWith("numbering/") || finding.rule.startsWith("structure/"))).toEqual([]);
  });
});

describe("a page number between two lines of a paragraph a PDF's measure wrapped", () => {
  // Each paragraph cut every 32 characters, as a copy out of a PDF is; the page ends after a full
  // line that carries no comma (…计量测试、合格评定、…), so only the measure shows it is prose.
  const paragraphs = [
    "示例市质量强市建设实施方案",
    "一、主要任务",
    "1.增强产业质量竞争能力。全面落实制造业重点产业链现代化建设“7510”行动计划，分行业开展对标达标质量提升行动，推动现代家居、有色金属和新材料、电子信息、新能源和新能源汽车、纺织服装、绿色食品、生物医药等产业链优化升级，实施补链延链强链行动。开展工业基础领域质量关键共性技术攻关，提高关键材料质量稳定性、一致性、适用性，推进基础制造工艺与质量管理、数字智能、网络技术深度融合。加强技术创新、标准研制、计量测试、合格评定、知识产权等产业技术基础能力建设，加快产业基础高级化进程，培育壮大质量竞争型产业。〔责任单位：市工信局〕",
    "2.打造产业集群质量引领。深入实施产业集群提能升级计划，加强质量技术创新和质量基础设施升级，组建质量技术创新联合体，实施产业链供应链重大质量改进项目，推动新技术、新工艺、新材料应用，促进品种开发和品质升级，培育一批具有引领力的质量卓越产业集群。〔责任单位：市发展改革委〕",
  ];
  const clean = `${paragraphs.join("\n")}\n`;
  const wrapped = paragraphs.flatMap((paragraph) => paragraph.match(/.{1,32}/gu)!);
  const cut = wrapped.findIndex((line) => line.endsWith("知识产权等产业技术基础能力"));

  it("is read as one sentence the page cut: the fix deletes the page number and joins the halves", () => {
    expect(cut).toBeGreaterThan(0);
    expect(wrapped[cut]).not.toMatch(/[，。]/);
    const text = `${[...wrapped.slice(0, cut + 1), "", "— 2 —", "", ...wrapped.slice(cut + 1)].join("\n")}\n`;
    const page = analyze(text).findings.find((finding) => finding.rule === "structure/page-number");
    expect(page?.message).toContain("合并为同一段落");
    const fixed = fixAll(text).text;
    expect(fixed).toBe(clean);
    expect(fixAll(fixed).text).toBe(fixed);
  });
});

describe("a footnote at the foot of a page that cut a sentence", () => {
  // The page's footnote (`① 指……`) stands between the sentence's first half and the page's
  // number, its reference (`行动计划①，`) in the sentence above: the sentence goes on past both.
  const notes = ["① 指制造业重点产业链现代化建设行动计划，由市工信局牵头制定。", "① 制造业重点产业链现代化建设行动计划由市工信局牵头制定"];
  const paragraphs = (note: string | null) => [
    "示例市质量强市建设实施方案",
    "一、主要任务",
    "1.增强产业质量竞争能力。全面落实制造业重点产业链现代化建设“7510”行动计划①，分行业开展对标达标质量提升行动，推动现代家居、有色金属和新材料、电子信息、新能源和新能源汽车、纺织服装、绿色食品、生物医药等产业链优化升级，实施补链延链强链行动。开展工业基础领域质量关键共性技术攻关，提高关键材料质量稳定性、一致性、适用性，推进基础制造工艺与质量管理、数字智能、网络技术深度融合。加强技术创新、标准研制、计量测试、合格评定、知识产权等产业技术基础能力建设，加快产业基础高级化进程，培育壮大质量竞争型产业。〔责任单位：市工信局〕",
    ...(note === null ? [] : [note]),
    "2.打造产业集群质量引领。深入实施产业集群提能升级计划，加强质量技术创新和质量基础设施升级，组建质量技术创新联合体，实施产业链供应链重大质量改进项目，推动新技术、新工艺、新材料应用，促进品种开发和品质升级，培育一批具有引领力的质量卓越产业集群。〔责任单位：市发展改革委〕",
  ];
  /** The plan cut every 32 characters, the page ending inside the sentence on the line that holds `at`, its note and number below. */
  const pasted = (note: string, at: string) => {
    const wrapped = paragraphs(null).flatMap((paragraph) => paragraph.match(/.{1,32}/gu)!);
    const cut = wrapped.findIndex((line) => line.includes(at));
    expect(wrapped[cut]).not.toMatch(/[。；]$/);
    return `${[...wrapped.slice(0, cut + 1), note, "", "— 2 —", "", ...wrapped.slice(cut + 1)].join("\n")}\n`;
  };

  it.each(notes)("is no part of the sentence: the fix joins the halves and writes the note after the paragraph (%s)", (note) => {
    for (const at of ["计量测试", "数字智能"]) {
      const text = pasted(note, at);
      const findings = analyze(text).findings;
      expect(findings.map((finding) => finding.rule)).not.toContain("punct/sentence-end");
      expect(findings.find((finding) => finding.rule === "structure/page-number")?.message).toContain("合并为同一段落");
      const fixed = fixAll(text).text;
      expect(fixed).toBe(`${paragraphs(note).join("\n")}\n`);
      expect(fixAll(fixed).text).toBe(fixed);
    }
  });
});

describe("a blank line after the last line of a paragraph a PDF's measure wrapped", () => {
  // The page ended inside a word (`质量信誉承` / blank / `诺活动`) on a short line whose commas are
  // on the lines above it: the paragraph is prose, and the break is read as in a plan of paragraphs.
  const task = "（十二）加快推进质量诚信体系建设。完善全省公共信用信息平台，加快归集整合产品质量、知识产权等信用信息，实现信用信息交换共享。优化“信用江西”网站，推动信用信息“一站式”查询。鼓励工业企业开展质量信誉承";
  const rest = "诺活动，引导企业发布工业产品质量企业自我声明，推动规模以上食品生产企业建立完善诚信管理体系。";
  const plan = (body: string) => ["示例市质量强市建设实施方案", "一、主要任务", body, "（十三）加强质量监管。健全以“双随机、一公开”监管和“互联网+监管”为基本手段、以重点监管为补充、以信用监管为基础的新型监管机制，加强重点领域质量监管，强化网络销售商品线上线下一体化监管，加大质量违法行为查处力度，严厉打击制售假冒伪劣产品等违法行为。", ""].join("\n");
  const brokenOf = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "text/broken-sentence").map((finding) => text.slice(finding.start, finding.end).replace(/\s+/g, ""));

  it("is a sentence the page cut, as in the plan of paragraphs", () => {
    const paragraphs = plan(`${task}\n\n${rest}`);
    expect(brokenOf(paragraphs)).toEqual(["誉承诺活"]);
    // 22 and 23 characters: the last line holds no mark of prose (`励工业企业开展质量信誉承`).
    for (const measure of [22, 23]) {
      const wrapped = cutEvery(paragraphs, measure);
      expect(buildPlan(wrapped).hardWrap).not.toBeNull();
      expect(wrapped).toMatch(/\n[^，。\n]*质量信誉承\n\n诺活动/);
      expect(brokenOf(wrapped)).toEqual(["誉承诺活"]);
    }
  });
});
