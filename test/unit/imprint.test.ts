import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { growth } from "../support/growth";

const PLAN = [
  "测试市质量强市建设实施方案",
  "为深入贯彻落实《质量强国建设纲要》，制定本方案。",
  "一、总体要求",
  "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。",
  "二、重点任务",
  "（二）提升产品质量。实施质量提升行动。（责任单位：市市场监管局）",
];
const IMPRINT = ["抄送：市委各部门，市人大常委会办公室，", "市政协办公室，市中级法院，市检察院。", "测试市人民政府办公室　　　　2024年4月22日印发"];
const text = (...blocks: string[][]) => blocks.map((lines) => lines.join("\n")).join("\n\n") + "\n";

describe("the 版记 at the end of a 公文 (model/imprint.ts)", () => {
  it("reads 抄送 and 印发 lines apart from the last item, as part of the document, not debris", () => {
    const source = text(PLAN, IMPRINT);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({
      recipients: [{ label: "抄送", names: "市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院。" }],
      printer: "测试市人民政府办公室",
      printed: "2024年4月22日",
    });
    expect(source.slice(plan.imprint!.start, plan.imprint!.end)).toBe(IMPRINT.join("\n"));
    expect(plan.trailer).toBeNull();
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(last.bodyLines.map((line) => source.slice(line.indentEnd, line.contentEnd)).join("")).not.toContain("抄送");
    // Its names are no clause: the plan's one clause is the task's.
    expect(plan.clauses.map((clause) => source.slice(clause.start, clause.end))).toEqual(["（责任单位：市市场监管局）"]);
  });

  it("reads a 版记 with the last page's number a PDF's copy left under it: the number is the page's, not the 版记's", () => {
    const source = text(PLAN, IMPRINT, ["— 6 —"]);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({ recipients: [{ label: "抄送" }], printer: "测试市人民政府办公室", printed: "2024年4月22日" });
    expect(source.slice(plan.imprint!.start, plan.imprint!.end)).toBe(IMPRINT.join("\n"));
  });

  it("reads a 版记 a copy set under its 印发通知, before the plan, as the document's, not the notice's", () => {
    const notice = ["测试市人民政府办公室关于印发测试市质量强市建设实施方案的通知", "各县（市、区）人民政府，市直各单位：", "现将《测试市质量强市建设实施方案》印发给你们，请认真贯彻执行。", "测试市人民政府办公室", "2024年4月20日", "（此件公开发布）"];
    const source = text(notice, IMPRINT, PLAN);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({ recipients: [{ label: "抄送" }], printer: "测试市人民政府办公室", printed: "2024年4月22日" });
    expect(source.slice(plan.imprint!.start, plan.imprint!.end)).toBe(IMPRINT.join("\n"));
    // The notice keeps its own date, the plan its title.
    expect(plan.metadata.date).toBe("2024-04-20");
    expect(plan.title?.text).toBe("测试市质量强市建设实施方案");
    // A 抄送 line alone before the plan (a forwarded mail's header, a sentence's label) is none.
    expect(buildPlan(text(notice, ["抄送：市委办公室。"], PLAN)).imprint).toBeNull();
  });

  it("takes a 主送 line, 印发机关/印发日期 fields, and a 版记 after an attachment and before web debris", () => {
    const source = text(PLAN, ["附件", "重点任务清单", "1.开展质量比对。"], ["主送：各县（市、区）人民政府", "抄送：市委办公室。", "印发机关：测试市人民政府办公室", "2024年4月22日印发"], ["【打印本页】【关闭窗口】"]);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({ recipients: [{ label: "主送" }, { label: "抄送", names: "市委办公室。" }], printer: "测试市人民政府办公室", printed: "2024年4月22日" });
    expect(plan.trailer).not.toBeNull();
    expect(source.slice(plan.trailer!.start, plan.trailer!.end)).toBe("【打印本页】【关闭窗口】");
  });

  it("takes the 公开方式 and 印数 lines an OA copy brings, and leaves the 落款's 附注 out of the last task", () => {
    const signed = ["测试市人民政府办公室", "2024年4月20日", "（此件公开发布）"];
    const source = text(PLAN, signed, ["公开方式：主动公开", ...IMPRINT, "（共印 50 份）"]);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({ printer: "测试市人民政府办公室", printed: "2024年4月22日" });
    expect(source.slice(plan.imprint!.start, plan.imprint!.end)).toBe(["公开方式：主动公开", ...IMPRINT, "（共印 50 份）"].join("\n"));
    // 公开方式： is a web page's metadata row too: here it is the 版记's, no debris.
    expect(plan.trailer).toBeNull();
    expect(plan.signature).toMatchObject({ issuer: "测试市人民政府办公室", date: "2024-04-20" });
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(last.bodyLines).toEqual([]);
    expect(source.slice(last.start, last.end)).not.toContain("此件");
    expect(analyze(source).findings.filter((finding) => finding.rule.startsWith("structure/") || finding.rule.startsWith("text/"))).toEqual([]);
  });

  it("takes an OA system's 印数 written as a field (印数：50份) as the 版记's, not the 版记's end", () => {
    const source = text(PLAN, ["测试市人民政府办公室", "2024年4月20日"], [...IMPRINT, "印数：50份"]);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({ printer: "测试市人民政府办公室", printed: "2024年4月22日" });
    expect(source.slice(plan.imprint!.start, plan.imprint!.end)).toBe([...IMPRINT, "印数：50份"].join("\n"));
    expect(plan.allItems[plan.allItems.length - 1]!.bodyLines).toEqual([]);
  });

  it("keeps （此页无正文） above a 落款 that stands on a page of its own out of the last task", () => {
    const source = text(PLAN, ["（此页无正文）"], ["测试市人民政府", "2024年4月20日"], IMPRINT);
    const plan = buildPlan(source);
    expect(plan.signature).toMatchObject({ issuer: "测试市人民政府", date: "2024-04-20" });
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(last.bodyLines).toEqual([]);
    expect(source.slice(last.start, last.end)).not.toContain("此页无正文");
  });

  it.each([
    ["a sentence that names a 公开方式", "公开方式：主动公开，接受社会监督。"],
    ["a sentence that mentions 抄送", "各单位要将落实情况抄送：市市场监管局。"],
    ["a sentence ending in a date and 印发", "市政府办公室于2024年4月22日印发"],
    ["a 版记 line followed by plan text", "抄送：市委各部门。\n各地要认真组织实施，确保各项任务落到实处，取得实效。"],
    ["a line ending in 印发 with no date", "测试市人民政府办公室印发"],
    ["a 抄送 line without its 。 followed by a sentence", "抄送：市委各部门\n各地要认真组织实施，确保各项任务落到实处。"],
  ])("reads no 版记 from %s", (_name, tail) => {
    const plan = buildPlan(text(PLAN, [tail]));
    expect(plan.imprint).toBeNull();
  });

  it("draws no finding and keeps the 版记's words out of the task mapping", () => {
    const result = analyze(text(PLAN, IMPRINT));
    expect(result.findings.filter((finding) => finding.rule !== "targets/no-goals")).toEqual([]);
    const last = result.plan.allItems[result.plan.allItems.length - 1]!;
    expect(last.end).toBeLessThan(result.plan.imprint!.start);
  });
});

describe("the 版记 reading on long lines", () => {
  it("gives up a long last line at once, never backtracking over it", () => {
    // A line of 720,000 characters, words and spaces, that ends in 印发: read from its end, not scanned for a name
    // and a date. Four times the line costs about four times the reading, not sixteen.
    const plan = (count: number) => text(PLAN, ["质量 ".repeat(count) + "印发"]);
    expect(buildPlan(plan(240_000)).imprint).toBeNull();
    expect(growth((source) => buildPlan(source), plan(60_000), plan(240_000))).toBeLessThan(9);
  });

  it("reads a 印发机关 on a line of its own right above its date and 印发, and a name alone elsewhere as none", () => {
    const source = text(PLAN, ["抄送：市委办公室。", "测试市人民政府办公室", "2024年4月22日印发"]);
    const plan = buildPlan(source);
    expect(plan.imprint).toMatchObject({ recipients: [{ label: "抄送" }], printer: "测试市人民政府办公室", printed: "2024年4月22日" });
    expect(source.slice(plan.imprint!.start, plan.imprint!.end)).toBe("抄送：市委办公室。\n测试市人民政府办公室\n2024年4月22日印发");
    // A 署名 and its 成文日期 (no 印发) are the 落款, no 版记's.
    expect(buildPlan(text(PLAN, ["抄送：市委办公室。", "测试市人民政府办公室", "2024年4月22日"])).imprint).toBeNull();
  });

  it("reads a 印发 line whose name and date have no space between them", () => {
    expect(buildPlan(text(PLAN, ["测试市人民政府办公室2024年4月22日印发"])).imprint).toMatchObject({ printer: "测试市人民政府办公室", printed: "2024年4月22日" });
  });
});
