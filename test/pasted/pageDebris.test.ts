import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * Three pastes with their source's debris (test/fixtures/pasted/variant-*.plan; their outline,
 * findings and what the fix removes are pinned by variants.test.ts): a WeChat article (关注 bar,
 * 公众号 byline, 微信扫一扫, images' alt text, 阅读原文/点赞/在看), a government site's page (its
 * 信息公开 table with a label the list does not know after a gap, 【字体：大 中 小】, 打印本页,
 * 分享到, 来源/发布时间, the footer) and a WPS export with its section breaks (U+000C, on a line of
 * its own and before a heading: one finding for the three, a paste's habit). The units and the goals are read as in the clean plan; the
 * debris is reported by the debris rules only, once each.
 */
const read = (name: string) => readFileSync(join(__dirname, "../fixtures/pasted", name), "utf8");
const unitsOf = (text: string) => unitReport(buildPlan(text), registryFor(undefined, undefined)).units.map((unit) => unit.unit).sort();
/** The goals and the tasks' counts, the attachment's table rows after the text's. */
const goalsOf = (text: string) => extractTargets(buildPlan(text)).targets.map((target) => `${target.indicator} ${target.value}${target.unit}`);
const debrisRules = (text: string) => analyze(text).findings.map((finding) => finding.rule).filter((rule) => rule !== "targets/parent-not-localised");

describe("plans pasted with their page's debris", () => {
  it("a WeChat article: its units and goals, the debris before and after reported once each", () => {
    const text = read("variant-wechat-article.plan");
    expect(unitsOf(text)).toEqual(["县农业农村局", "县委督查室", "县工信局", "县市场监管局", "县财政局"].sort());
    expect(goalsOf(text)).toEqual(["制造业产品质量合格率 95%", "食品抽检合格率 98.5%", "公共服务质量满意度 82分", "主导制修订地方标准 5项"]);
    expect(debrisRules(text)).toEqual(["structure/leading-debris", "structure/trailing-text"]);
  });

  it("a government site's page: the metadata's issuer ends at its cell, the units and goals are the plan's", () => {
    const text = read("variant-gov-site-print.plan");
    expect(unitsOf(text)).toEqual(["区发改委", "区工信局", "区市场监管局", "区科技局", "区财政局"].sort());
    expect(goalsOf(text)).toEqual(["制造业产品质量合格率 95%", "工程质量一次验收合格率 100%", "公共服务质量满意度 83分", "质量攻关项目 10项", "区级质量标杆企业 20家"]);
    // The table's 标题 row (the title's first copy), its 文号 row, justified to a four-character
    // label's width, and the page's bar ending on 分享到： are the page's debris: one finding.
    expect(debrisRules(text)).toEqual(["structure/leading-debris", "structure/trailing-text"]);
    const debris = analyze(text).findings.find((finding) => finding.rule === "structure/leading-debris");
    // The page's 发文日期 dates a text that states no date of its own, as a 成文日期 row would.
    expect(debris?.fix?.edits[0]?.newText).toBe("---\n发文机关: 东城区人民政府办公室\n文号: 东政办发〔2024〕21号\n成文日期: 2024年06月18日\n---\n");
    expect(fixAll(text).text.split("\n").slice(0, 7)).toEqual(["---", "发文机关: 东城区人民政府办公室", "文号: 东政办发〔2024〕21号", "成文日期: 2024年06月18日", "---", "东城区关于推进质量强区建设的实施方案", text.split("\n")[8]]);
  });

  it("a WPS export with section breaks: the breaks reported once, the copy's habit, the outline and the attachment's table read through them", () => {
    const text = read("variant-wps-section-breaks.plan");
    expect(unitsOf(text)).toEqual(["市工信局", "市科技局", "市市场监管局", "市民政局", "市卫生健康委", "市政务服务数据管理局", "市委督查室"].sort());
    expect(goalsOf(text)).toEqual(["制造业产品质量合格率 95%", "食品抽检合格率 98%", "地方标准 10项", "制造业产品质量合格率 95%", "食品抽检合格率 98%"]);
    expect(debrisRules(text)).toEqual(["text/invisible-char"]);
    expect(buildPlan(text).items.map((item) => item.heading.text)).toEqual(["总体目标", "重点任务", "保障措施"]);
  });
});
