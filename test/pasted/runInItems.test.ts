import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { PlanConfig } from "../../server/src/core/config/schema";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { taskItems } from "../../server/src/core/xref/tasks";
import { tasksOfClause } from "../../server/src/core/units/sharedClause";

/**
 * Tasks a paste ran together on one line, the line break before the next task's marker lost
 * (model/runInItems.ts): the model reads each as the item it is, where structure/flattened
 * reports the marker, and keeps the text's offsets.
 */
const text = [
  "某市深化质量强市建设实施方案",
  "",
  "为贯彻落实《质量强国建设纲要》，制定本方案。",
  "一、总体要求",
  "到2025年，质量强市建设取得明显成效。",
  "二、重点任务",
  "（一）推动产业质量提升。实施制造业质量提升工程，培育一批质量标杆企业。〔责任单位：市工信局、市科技局〕（二）加强标准建设。开展标准化试点示范，推动企业参与标准制定。〔责任单位：市市场监管局〕",
  "（三）提升服务质量",
  "1.推进生活服务品质化。提升家政、养老服务质量。（市商务局、市民政局负责）2.推进生产服务专业化。发展检验检测、认证认可服务。（市市场监管局负责）　　3.加强质量基础设施建设。建设计量测试中心。（市市场监管局负责）",
  "三、保障措施",
  "加强组织领导。",
  "",
].join("\n");

const outlineOf = (source: string) => buildPlan(source).allItems.map((item) => `${item.marker.text}${item.heading.text}`);

describe("tasks run together on one line", () => {
  it("are read as the items they are, each with its own clause", () => {
    const plan = buildPlan(text);
    expect(outlineOf(text)).toEqual([
      "一、总体要求",
      "二、重点任务",
      "（一）推动产业质量提升",
      "（二）加强标准建设",
      "（三）提升服务质量",
      "1.推进生活服务品质化",
      "2.推进生产服务专业化",
      "3.加强质量基础设施建设",
      "三、保障措施",
    ]);
    const unitsOf = (marker: string) =>
      plan.allItems
        .find((item) => item.marker.text === marker && item.level === (marker.startsWith("（") ? 2 : 3))!
        .clauses.flatMap((clause) => clause.units.map((unit) => unit.text));
    expect(unitsOf("（一）")).toEqual(["市工信局", "市科技局"]);
    expect(unitsOf("（二）")).toEqual(["市市场监管局"]);
    expect(unitsOf("1.")).toEqual(["市商务局", "市民政局"]);
    expect(unitsOf("2.")).toEqual(["市市场监管局"]);
    // Each clause assigns the task it closes, not the one after it.
    for (const clause of plan.clauses) expect(tasksOfClause(plan, clause).map((task) => task.marker.text)).toEqual([clause.item!.marker.text]);
    expect(taskItems(plan).map((item) => item.heading.text)).toContain("加强标准建设");
  });

  it("keep the text's offsets: each marker, heading and clause spans its own characters", () => {
    const plan = buildPlan(text);
    for (const item of plan.allItems) {
      expect(text.slice(item.marker.start, item.marker.end)).toBe(item.marker.text);
      expect(text.slice(item.heading.start, item.heading.end)).toBe(item.heading.text);
    }
    for (const clause of plan.clauses) for (const unit of clause.units) expect(text.slice(unit.start, unit.end)).toBe(unit.text);
    // The lines the model reads still tile the text.
    let at = 0;
    for (const line of plan.lines) {
      expect(line.start).toBe(at);
      at = line.end;
    }
    expect(at).toBe(text.length);
  });

  it("are still reported once per line by structure/flattened, whose fix settles in one pass", () => {
    const findings = analyze(text).findings;
    const flattened = findings.filter((finding) => finding.rule === "structure/flattened");
    expect(flattened.map((finding) => [text.slice(finding.start, finding.start + 3), text.slice(finding.end - 2, finding.end)])).toEqual([
      ["（二）", "二）"],
      ["2.推", "3."],
    ]);
    // Nothing else reads the run-in markers as a break of the numbering or a slip.
    expect(findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    const fixed = fixAll(text).text;
    expect(fixed).toContain("〔责任单位：市工信局、市科技局〕\n（二）加强标准建设。");
    expect(fixed).toContain("（市商务局、市民政局负责）\n2.推进生产服务专业化。");
    expect(fixed).toContain("（市市场监管局负责）\n3.加强质量基础设施建设。");
    expect(fixAll(fixed).text).toBe(fixed);
    expect(outlineOf(fixed)).toEqual(outlineOf(text));
  });

  it("on a page's text pasted as one line under its furniture: the debris goes, not the plan", () => {
    const page = [
      "首页 > 政策文件",
      "【字体：大 中 小】 打印本页",
      "某市质量提升行动方案",
      "为提升质量总体水平，制定本方案。一、主要任务\u3000\u3000（一）推动产业升级。实施质量攻关。（责任单位：市工信局）\u00a0\u00a0（二）加强标准建设。开展标准化试点。（责任单位：市市场监管局）二、保障措施（一）加强组织领导。建立机制。",
      "相关链接：",
      "",
    ].join("\n");
    // The trailer starts after the text's last sentence: from the page's first bar it was the whole
    // text, which structure/trailing-text's fix deleted.
    expect(buildPlan(page).trailer?.start).toBe(page.indexOf("相关链接："));
    expect(outlineOf(page)).toEqual(["一、主要任务", "（一）推动产业升级", "（二）加强标准建设", "二、保障措施", "（一）加强组织领导"]);
    const fixed = fixAll(page).text;
    expect(fixed).toBe("某市质量提升行动方案\n为提升质量总体水平，制定本方案。\n一、主要任务\n（一）推动产业升级。实施质量攻关。（责任单位：市工信局）\n（二）加强标准建设。开展标准化试点。（责任单位：市市场监管局）\n二、保障措施\n（一）加强组织领导。建立机制。\n");
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("leave prose that names a marker as it is", () => {
    const prose = [
      "某市质量提升行动方案",
      "一、重点任务",
      "（一）推动产业质量提升。落实上述（二）中的要求，按照第（三）项推进。〔责任单位：市工信局〕",
      "1.加强标准建设。分三步实施：1.先行试点。2.总结推广。（市市场监管局负责）3.加快推广",
      "",
    ].join("\n");
    // （二） after 上述 and （三） after 第 are mentions; the list after the colon is the sentence's own;
    // 3. does not continue the outline's count (the task before it is 1.).
    expect(outlineOf(prose)).toEqual(["一、重点任务", "（一）推动产业质量提升", "1.加强标准建设"]);
    expect(buildPlan(prose).runIns).toEqual([]);
  });
});

describe("tasks run together on one line, in a plan whose configuration sets the numbering policy", () => {
  // （二）'s `3.` continues the tasks only where they count on across the groups: the plans around
  // it restart, so only a configuration that says they count on makes it a task.
  const configured = [
    "示例市质量提升行动方案",
    "一、重点任务",
    "（一）提升产品质量。",
    "1.开展质量攻关。（市工信局负责）",
    "2.推广先进标准。（市市场监管局负责）",
    "（二）加强标准建设。（市市场监管局负责）3.推进标准化试点。（市工信局负责）",
    "（三）夯实质量基础。",
    "1.建设计量中心。（市市场监管局负责）",
    "2.发展检验检测。（市市场监管局负责）",
    "（四）培育质量品牌。",
    "1.开展品牌评价。（市市场监管局负责）",
    "2.培育知名品牌。（市商务局负责）",
    "",
  ].join("\n");
  const flattened = (config?: PlanConfig) => analyze(configured, { config }).findings.filter((f) => f.rule === "structure/flattened").length;
  const tasksOfGroup2 = (config?: PlanConfig) =>
    analyze(configured, { config }).plan.allItems.filter((item) => item.parent?.marker.text === "（二）").map((item) => `${item.marker.text}${item.heading.text}`);

  it("reads the line as the rule does: by the configured policy, as by the front matter's 编号方式", () => {
    expect([flattened(), tasksOfGroup2()]).toEqual([0, []]);
    const continuous = { numbering: { "3": "continuous" as const } };
    expect([flattened(continuous), tasksOfGroup2(continuous)]).toEqual([1, ["3.推进标准化试点"]]);
    const byRuleOptions: PlanConfig = { rules: { "numbering/scope": ["warning", { level3: "continuous" }] } };
    expect([flattened(byRuleOptions), tasksOfGroup2(byRuleOptions)]).toEqual([1, ["3.推进标准化试点"]]);
    const frontMatter = `---\n编号方式: 连续\n---\n${configured}`;
    expect(analyze(frontMatter).plan.allItems.filter((item) => item.parent?.marker.text === "（二）")).toHaveLength(1);
  });
});
