import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan, metadataOf } from "../../server/src/core/model/buildPlan";
import type { readPrelude } from "../../server/src/core/model/prelude";

const PLAN_BODY = "一、总体要求\n（一）主要目标\n到2023年，制造业产品质量合格率达到94%以上。\n二、主要任务\n1.加快发展。开展工作。〔责任单位：市科技局〕\n";

describe("structure/leading-debris keeps the metadata it deletes", () => {
  it("writes rows nothing else states into new front matter, and the plan reads the same", () => {
    const text = `示例市质量强市实施方案\n发文机关：示例市人民政府\n文号：示市府字〔2024〕12号\n成文日期：2024年5月20日\n${PLAN_BODY}`;
    const before = analyze(text);
    const fixed = fixAll(text).text;
    expect(fixed).toBe(`---\n发文机关: 示例市人民政府\n文号: 示市府字〔2024〕12号\n成文日期: 2024年5月20日\n---\n示例市质量强市实施方案\n${PLAN_BODY}`);
    const after = analyze(fixed);
    expect(after.plan.metadata).toEqual(before.plan.metadata);
    expect(after.findings.map((f) => f.rule)).toEqual(["targets/horizon"]);
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("carries nothing when the notice states its own 文号 and date", () => {
    const text = `索引号：11360700MB1234567X/2024-00012\n成文日期：2024年05月20日\n示例市人民政府关于印发示例市质量强市实施方案的通知\n示市府字〔2024〕12号\n各县（区）人民政府：\n现将方案印发给你们，请认真贯彻执行。\n示例市人民政府\n2024年5月20日\n示例市质量强市实施方案\n${PLAN_BODY}`;
    expect(fixAll(text).text.startsWith("示例市人民政府关于印发")).toBe(true);
  });
});

describe("the metadata and the page rows it relies on", () => {
  const nothingStated: ReturnType<typeof readPrelude> = { title: null, preamble: null, docNumber: null, date: null, dateLine: null, issuer: null, draftStatus: null };
  const row = (label: string, value: string) => ({ label, value, start: 0, end: value.length });

  it("are computed together, leaving the page's rows as found", () => {
    const page = { issuer: row("发文机关", "示例市人民政府"), date: row("成文日期", "2024年5月20日") };
    const found = structuredClone(page);
    const first = metadataOf(null, nothingStated, page);
    expect(first.relied).toEqual(["issuer", "date"]);
    expect(first.metadata).toMatchObject({ issuer: "示例市人民政府", date: "2024-05-20" });
    // Asked again, the same answer: nothing was kept from the first call.
    expect(metadataOf(null, nothingStated, page)).toEqual(first);
    expect(page).toEqual(found);
    // What the text states itself is not relied on.
    expect(metadataOf(null, { ...nothingStated, issuer: "示例市人民政府" }, page).relied).toEqual(["date"]);
  });

  it("reach the model's leading debris", () => {
    const plan = buildPlan(`示例市质量强市实施方案\n发文机关：示例市人民政府\n文号：示市府字〔2024〕12号\n成文日期：2024年5月20日\n${PLAN_BODY}`);
    expect(plan.leadingDebris?.relied).toEqual(["issuer", "docNumber", "date"]);
    expect(buildPlan(`---\n文号: 示市府字〔2024〕12号\n---\n示例市质量强市实施方案\n成文日期：2024年5月20日\n${PLAN_BODY}`).leadingDebris?.relied).toEqual(["date"]);
  });
});
