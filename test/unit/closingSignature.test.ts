import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const TITLE = ["于都县深化质量强县建设实施方案", "", "为深入贯彻《质量强国建设纲要》，结合我县实际，制定本方案。", ""];
const BODY = [
  "一、总体要求",
  "到2025年，全县制造业产品质量合格率达到94%以上。",
  "二、重点任务",
  "（一）提升产品质量。开展质量提升行动。〔责任单位：县市场监管局、县工信局；完成时限：2025年2月底前〕",
  "三、保障措施",
  "（一）加强组织领导。建立工作机制。〔责任单位：县市场监管局〕",
];
const SIGNATURE = ["", "于都县人民政府", "2025年3月5日"];
const text = (...blocks: string[][]) => blocks.flat().join("\n") + "\n";
const lastItemText = (source: string) => {
  const plan = buildPlan(source);
  const last = plan.items[plan.items.length - 1]!.children.at(-1)!;
  return source.slice(last.start, last.end);
};

describe("the 落款 closing a plan issued by itself (model/signature.ts)", () => {
  it("reads the issuer and the 成文日期 after the last item, and keeps them out of its body", () => {
    const source = text(TITLE, BODY, SIGNATURE);
    const plan = buildPlan(source);
    expect(plan.metadata).toMatchObject({ issuer: "于都县人民政府", date: "2025-03-05" });
    expect(source.slice(plan.signature!.start, plan.signature!.end)).toBe("于都县人民政府\n2025年3月5日");
    expect(plan.dateLine).toBe(plan.signature!.dateLine);
    expect(lastItemText(source)).toBe("（一）加强组织领导。建立工作机制。〔责任单位：县市场监管局〕");
  });

  it("reads it set right, as Word sets it, with the 附注 after the date", () => {
    const plan = buildPlan(text(TITLE, BODY, ["", "　　　　　　　　　　　　　　于都县人民政府", "　　　　　　　　　　　　　　2025年3月5日", "　　（此件公开发布）"]));
    expect(plan.metadata).toMatchObject({ issuer: "于都县人民政府", date: "2025-03-05" });
  });

  it("keeps the name when a PDF's page broke just before it: no running head above a 成文日期", () => {
    // The issuer's name is also the notice's signature, as a running head would repeat a line.
    const notice = ["于都县人民政府关于印发于都县深化质量强县建设实施方案的通知", "各乡（镇）人民政府，县政府各部门：", "现将《于都县深化质量强县建设实施方案》印发给你们，请认真贯彻执行。", "于都县人民政府", "2025年2月1日"];
    const source = text(notice, TITLE.slice(0, 1), BODY, ["第1页 共2页", "于都县人民政府", "2025年3月5日"]);
    const plan = buildPlan(source);
    expect(source.slice(plan.signature!.start, plan.signature!.end)).toBe("于都县人民政府\n2025年3月5日");
    expect(fixAll(source).text).toContain("于都县人民政府\n2025年3月5日");
  });

  it("reads two issuers of a joint plan and a date written with Chinese numerals", () => {
    const plan = buildPlan(text(TITLE, BODY, ["", "中共于都县委办公室", "于都县人民政府办公室", "", "二〇二五年三月五日"]));
    expect(plan.metadata).toMatchObject({ issuer: "中共于都县委办公室、于都县人民政府办公室", date: "2025-03-05" });
  });

  it("takes the one before the first attachment, never a date that ends an attachment", () => {
    const withAttachment = text(TITLE, BODY, SIGNATURE, ["", "附件", "重点任务清单", "1.开展质量比对。", "2025年12月31日"]);
    expect(buildPlan(withAttachment).metadata.date).toBe("2025-03-05");
    const unsigned = text(TITLE, BODY, ["", "附件", "重点任务清单", "1.开展质量比对。", "2025年12月31日"]);
    expect(buildPlan(unsigned).signature).toBeNull();
    expect(buildPlan(unsigned).metadata.date).toBeNull();
  });

  it("leaves the notice's date first, and a last line that is a sentence with a date in the item", () => {
    const notice = ["于都县人民政府关于印发于都县深化质量强县建设实施方案的通知", "各乡（镇）人民政府，县政府各部门：", "现将《于都县深化质量强县建设实施方案》印发给你们，请认真贯彻执行。", "于都县人民政府", "2025年2月1日", ""];
    expect(buildPlan(text(notice, TITLE.slice(0, 2), BODY, SIGNATURE)).metadata.date).toBe("2025-02-01");
    const sentence = text(TITLE, BODY, ["各单位于2025年3月5日前报送工作进展。"]);
    expect(buildPlan(sentence).signature).toBeNull();
    expect(lastItemText(sentence)).toContain("2025年3月5日前报送");
  });

  it("dates the plan for the rules: a 完成时限 before the signed date is past when the plan is issued", () => {
    const signed = analyze(text(TITLE, BODY, SIGNATURE)).findings.filter((finding) => finding.rule === "structure/deadline-period");
    expect(signed.map((finding) => finding.message)).toEqual([expect.stringContaining("早于本方案的成文日期（2025年3月）")]);
    // The same plan unsigned has no date, and its title no period: nothing to measure against
    // but the year its targets' horizon gives.
    const unsigned = analyze(text(TITLE, BODY)).findings.filter((finding) => finding.rule === "structure/deadline-period");
    expect(unsigned.map((finding) => finding.message)).not.toEqual([expect.stringContaining("成文日期")]);
  });
});
