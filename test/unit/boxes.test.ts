import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { boxHeadingOf } from "../../server/src/core/model/boxes";
import { isBox, outlineChildren } from "../../server/src/core/model/outline";
import type { PlanDocument } from "../../server/src/core/model/types";
import { describeRun, itemPath } from "../../server/src/core/numbering/describe";
import { numberingOf } from "../../server/src/core/numbering/runs";
import { outlineEntries } from "../../server/src/core/outline";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { PositionMapper } from "../../server/src/core/text/positions";
import { pathOf } from "../../server/src/core/units/matrix";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { parentFromPlanText } from "../../server/src/core/parents/index";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { taskItems } from "../../server/src/core/xref/tasks";
import { formatOutlineText } from "../../server/src/cli/format/outline";
import { foldingRanges } from "../../server/src/lsp/features/folding";
import { documentSymbols } from "../../server/src/lsp/features/symbols";

/**
 * 专栏 boxes (model/boxes.ts): a box's numbered lines are its own list — a numbering scope of
 * their own, not tasks — and the box ends where the numbering around it says. The QA plan
 * (test/fixtures/boxes/yearly-zhuanlan.plan) sets `专栏1` with projects 1.–3. between tasks 2.
 * and 3., and `专栏2` with `——` targets after task 5.
 */
const read = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "boxes", name), "utf8");
const YEARLY = read("yearly-zhuanlan.plan");

const rulesAt = (text: string, rules: readonly string[]) => analyze(text).findings.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule} ${f.message}`);
const headings = (plan: PlanDocument) => taskItems(plan).map((item) => `${item.marker.text}${item.heading.text}`);
/** Each box as its label and its list's markers. */
const boxes = (plan: PlanDocument) => plan.boxes.map((box) => [box.label.text, box.items.map((item) => item.marker.text).join(" ")]);

describe("专栏 boxes", () => {
  it("give a 工作要点's box its list where the tasks are （一） and name their units, and no level of the list stands outside a box", () => {
    const text = [
      "2024年全市质量强市工作要点",
      "一、推动质量强市建设走深走实",
      "（一）健全质量工作体系。一是调整充实领导小组。二是建立任务台账。（市市场监管局负责）",
      "（二）深化质量提升行动。一是开展质量对标提升行动。（市工信局、市市场监管局按职责分工负责）",
      "专栏1 2024年质量提升重点项目",
      "1.电子信息产业链质量提升项目",
      "2.装备制造产业链质量提升项目",
      "二、夯实质量基础设施",
      "（三）实施标准化战略。推动企业参与标准制修订。（市市场监管局负责）",
      "专栏2 标准化试点示范项目",
      "（1）国家级农业标准化示范区1个",
      "（2）省级服务业标准化试点2个",
      "（四）加强计量能力建设。新建社会公用计量标准5项。（市市场监管局负责）",
    ].join("\n") + "\n";
    const plan = buildPlan(text);
    expect(boxes(plan)).toEqual([
      ["专栏1", "1. 2."],
      ["专栏2", "（1） （2）"],
    ]);
    expect(headings(plan)).toEqual(["（一）健全质量工作体系", "（二）深化质量提升行动", "（三）实施标准化战略", "（四）加强计量能力建设"]);
    expect(rulesAt(text, ["numbering/nesting", "numbering/sequence", "units/missing-clause"])).toEqual([]);
  });

  it("read a box's projects as its own list: no break of the tasks' count, no missing clause, nothing for --fix", () => {
    expect(rulesAt(YEARLY, ["numbering/sequence", "numbering/scope", "numbering/nesting", "units/missing-clause"])).toEqual([]);
    expect(fixAll(YEARLY).text).toBe(YEARLY);
    const plan = buildPlan(YEARLY);
    expect(boxes(plan)).toEqual([
      ["专栏1", "1. 2. 3."],
      ["专栏2", "—— —— ——"],
    ]);
    const [projects, figures] = plan.boxes;
    expect(projects!.title?.text).toBe("产业质量提升重点项目");
    // Set under the （一） its projects belong to, beside its tasks; a box of entries under its task.
    expect(projects!.host?.heading.text).toBe("推动产业质量提升");
    expect(figures!.host?.heading.text).toBe("打造“芜湖建造”品牌");
    expect(projects!.host!.children.map((item) => item.marker.text)).toEqual(["1.", "2.", "3."]);
    expect(plan.items[1]!.children[0]!.children.map((item) => item.heading.text)).toEqual(["强化产业基础质量支撑", "提升产业集群质量引领力", "推动绿色低碳发展"]);
  });

  it("are no tasks: not in coverage, the unit report or the task list; their text is still read for targets", () => {
    const { plan, parents, knownParents } = analyze(YEARLY);
    const projects = plan.boxes.flatMap((box) => box.items.map((item) => item.heading.text));
    expect(projects).toEqual(["新能源汽车产业链质量攻关项目", "机器人产业计量测试服务项目", "现代农机产品质量提升项目", "新建装配式建筑占新建建筑面积比例达到35%以上", "创建国家优质工程奖2项、省“黄山杯”工程30项", "大中型工程项目一次验收合格率达到100%"]);
    expect(headings(plan).filter((task) => projects.some((project) => task.endsWith(project)))).toEqual([]);
    expect(headings(plan).slice(0, 6)).toEqual(["1.强化产业基础质量支撑", "2.提升产业集群质量引领力", "3.推动绿色低碳发展", "4.提高农产品食品药品质量安全水平", "5.打造“芜湖建造”品牌", "6.提升服务质量水平"]);
    const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
    expect(coverage.unmatched.filter((task) => task.item.box !== null)).toEqual([]);
    expect(unitReport(plan, registryFor(undefined, undefined)).tasksWithoutClause.filter((task) => projects.includes(task.heading))).toEqual([]);
    const target = plan.targets.find((t) => t.indicator?.text.includes("抽查合格率"))!;
    expect(target.item?.box?.label.text).toBe("专栏1");
    expect(pathOf(plan, target.item!)).toEqual(["二、", "（一）", "专栏1", "3."]);
    expect(itemPath(target.item!)).toBe("二、重点任务 › （一）推动产业质量提升 › 专栏1 › 3.");
  });

  it("show in the outline under the item they are set under, with their list", () => {
    const plan = buildPlan(YEARLY);
    const mapper = new PositionMapper(YEARLY);
    const section = documentSymbols(plan, mapper).find((s) => s.name === "二、重点任务")!.children![0]!;
    expect(section.children!.map((s) => [s.name, s.detail ?? "", (s.children ?? []).map((c) => c.name).join("|")])).toEqual([
      ["1.强化产业基础质量支撑", "市经信局、市科技局、市市场监管局", ""],
      ["2.提升产业集群质量引领力", "市发展改革委、市经信局", ""],
      ["专栏1 产业质量提升重点项目", "专栏", "1.新能源汽车产业链质量攻关项目|2.机器人产业计量测试服务项目|3.现代农机产品质量提升项目"],
      ["3.推动绿色低碳发展", "市发展改革委、市经信局、市生态环境局", ""],
    ]);
    const json = outlineEntries(plan, mapper)[1]!.children[0]!.children[2]!;
    expect([json.kind, json.marker, json.title, json.level, json.children.length, json.range.start.line]).toEqual(["box", "专栏1", "产业质量提升重点项目", 3, 3, 24]);
    expect(formatOutlineText(plan, mapper)).toContain("      专栏2 工程质量提升目标  （第41行）\n        ——新建装配式建筑占新建建筑面积比例达到35%以上  （第43行）\n");
    // The box folds from its heading to its last line (lines 25–31, 0-based 24–30).
    expect(foldingRanges(plan, mapper)).toContainEqual({ startLine: 24, endLine: 30, kind: "region" });
  });

  it("set after the last task of a group belong to the group, unless what they say is the task's", () => {
    const group = (title: string, after: string) =>
      `示例市质量强市实施方案\n一、重点任务\n（一）推动产业质量提升\n1.强化产业基础质量支撑。实施攻关。〔责任单位：市经信局〕\n2.提升产业集群质量引领力。开展诊断。〔责任单位：市发展改革委〕\n${title}\n——到2025年，培育质量标杆企业10家。\n——新增省级产业集群3个。\n${after}`;
    const hostOf = (text: string) => buildPlan(text).boxes.map((box) => box.host?.heading.text ?? null);
    const next = "（二）提升工程质量\n3.打造建造品牌。推行手册制度。〔责任单位：市住建局〕\n";
    // At the end of （一）, before （二）, at the end of the plan, before an attachment: the group's.
    expect(hostOf(group("专栏1  产业质量提升目标", next))).toEqual(["推动产业质量提升"]);
    expect(hostOf(group("专栏1  产业质量提升目标", ""))).toEqual(["推动产业质量提升"]);
    expect(hostOf(group("专栏1  重点目标", "附件\n名单\n"))).toEqual(["推动产业质量提升"]);
    // A box of text, with no title: what it says decides as well.
    expect(hostOf(group("专栏1", next).replace("——", "各地推动产业质量提升，").replace("——", ""))).toEqual(["推动产业质量提升"]);
    // Its title takes up the last task's words: the task's, wherever it sits.
    expect(hostOf(group("专栏1  产业集群培育目标", next))).toEqual(["提升产业集群质量引领力"]);
    // Among the group's tasks (another task of the run after it): beside the task before it.
    expect(hostOf(group("专栏1  产业质量提升目标", "3.推动绿色低碳发展。推广绿色制造。〔责任单位：市生态环境局〕\n"))).toEqual(["提升产业集群质量引领力"]);
    // Tasks straight under 一、: the box after its last task, before 二、, is 一、's, and the task ends before it.
    const plain = "示例市方案\n一、重点任务\n1.推动产业质量提升。实施攻关。〔责任单位：市经信局〕\n2.加强品牌建设。开展培育。〔责任单位：市商务局〕\n专栏1  重点任务目标\n——质量标杆企业10家。\n二、保障措施\n（一）加强组织领导。\n";
    const plan = buildPlan(plain);
    expect(plan.boxes[0]!.host?.heading.text).toBe("重点任务");
    expect(plain.slice(plan.items[0]!.children[1]!.start, plan.items[0]!.children[1]!.end)).toBe("2.加强品牌建设。开展培育。〔责任单位：市商务局〕");
    expect(outlineChildren(plan.items[0]!).map((node) => (isBox(node) ? node.label.text : node.marker.text))).toEqual(["1.", "2.", "专栏1"]);
  });

  it("end where the tasks' count goes on, and the clauses decide when two cuts fit as well", () => {
    const plan = (...lines: string[]) => buildPlan(["一、主要任务", "（一）推动产业升级", ...lines, "（二）夯实质量基础", "9.建设检验检测中心。〔责任单位：市市场监管局〕", ""].join("\n"));
    const task = (n: number) => `${n}.开展第${n}项工作。〔责任单位：市经信局〕`;
    const project = (n: number) => `${n}.第${n}号重点项目：完成攻关20项。`;
    // The tasks go on at 3. after a box of two.
    expect(boxes(plan(task(1), task(2), "专栏1 重点项目", project(1), project(2), task(3), task(4)))).toEqual([["专栏1", "1. 2."]]);
    // A box of four after tasks 1. 2.: its 3. and 4. name no unit where the tasks do.
    expect(boxes(plan(task(1), task(2), "专栏1 重点项目", project(1), project(2), project(3), project(4)))).toEqual([["专栏1", "1. 2. 3. 4."]]);
    // The same count without a clause anywhere: the box ends at once (a task is never swallowed).
    const bare = (n: number) => `${n}.开展第${n}项工作。`;
    expect(boxes(plan(bare(1), bare(2), "专栏1 重点项目", project(1), project(2), bare(3), bare(4)))).toEqual([["专栏1", "1. 2."]]);
    // 柳州: a box of three ends the group, and the next group's tasks count on from 3.: the box's
    // third item is its own, not a task 3. that the next group's 3. would repeat.
    const counted = (...lines: string[]) => buildPlan(["一、主要任务", "（一）推动产业升级", ...lines, "（二）夯实质量基础", bare(3), bare(4), ""].join("\n"));
    const three = counted(bare(1), bare(2), "专栏1 重点项目", project(1), project(2), project(3));
    expect(boxes(three)).toEqual([["专栏1", "1. 2. 3."]]);
    expect(analyze(three.text).findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    // Where the next group starts again at 1., the count says nothing: the box ends at once.
    const restart = buildPlan(["一、主要任务", "（一）推动产业升级", bare(1), bare(2), "专栏1 重点项目", project(1), project(2), project(3), "（二）夯实质量基础", bare(1), bare(2), ""].join("\n"));
    expect(boxes(restart)).toEqual([["专栏1", "1. 2."]]);
    // A box right under its section, before the section's tasks 1. 2. 3.
    const opening = plan("专栏1 重点项目", project(1), project(2), task(1), task(2), task(3));
    expect(boxes(opening)).toEqual([["专栏1", "1. 2."]]);
    expect(headings(opening)).toEqual(["1.开展第1项工作", "2.开展第2项工作", "3.开展第3项工作", "9.建设检验检测中心"]);
    // A box of text: the next task ends it.
    expect(boxes(plan(task(1), "专栏1 典型案例", "某企业实施质量攻关，产品合格率提升至99%。", task(2)))).toEqual([["专栏1", ""]]);
    // A section heading ends a box of projects; its items' own sub-items stay in it.
    expect(boxes(plan(task(1), "专栏1 重点项目", project(1), "（1）子项目甲。", "（2）子项目乙。", project(2)))).toEqual([["专栏1", "1. 2."]]);
  });

  it("read a list with levels of its own (（一） with 1. 2. under it) set among tasks 1. 2.: the box's, up to the task after it", () => {
    const text = [
      "一、重点任务",
      "1.强化产业基础质量支撑。开展攻关。〔责任单位：市工信局〕",
      "专栏1 质量基础设施重点项目",
      "（一）计量",
      "1.建设产业计量测试中心。",
      "2.建设计量数据平台。",
      "（二）标准",
      "1.建设标准化服务平台。",
      "2.培育标准创新型企业。",
      "2.提升产业集群质量引领力。开展诊断。〔责任单位：市市场监管局〕",
      "二、保障措施",
      "（一）加强组织领导。成立领导小组。",
      "",
    ].join("\n");
    const plan = buildPlan(text);
    expect(boxes(plan)).toEqual([["专栏1", "（一） （二）"]]);
    expect(plan.boxes[0]!.items[1]!.children.map((item) => item.marker.text)).toEqual(["1.", "2."]);
    expect(headings(plan)).toEqual(["1.强化产业基础质量支撑", "2.提升产业集群质量引领力"]);
    expect(rulesAt(text, ["numbering/sequence", "numbering/nesting"])).toEqual([]);
  });

  it("count their list on its own: a break in the box is the box's, and the tasks' count is untouched", () => {
    const text = "一、主要任务\n1.开展第一项工作。〔责任单位：市经信局〕\n专栏1 重点项目\n1.甲项目。\n2.乙项目。\n4.丙项目。\n2.开展第二项工作。〔责任单位：市科技局〕\n";
    expect(rulesAt(text, ["numbering/sequence"])).toEqual(["numbering/sequence 编号不连续：“4.”前一项为“2.”，缺少“3.”"]);
    expect(fixAll(text).text).toBe(text.replace("4.丙项目", "3.丙项目"));
    // The hover says so.
    const plan = buildPlan(text);
    const numbering = numberingOf(plan, undefined);
    expect(describeRun(numbering, numbering.runOf.get(plan.boxes[0]!.items[0]!)!.run)).toBe("“专栏1 重点项目”中的列表自成一组编号：1.–4.，共 3 项，不计入正文的任务编号");
    expect(numbering.runOf.get(plan.items[0]!.children[1]!)!.run.items.map((item) => item.marker.text)).toEqual(["1.", "2."]);
  });

  it("end at the next box and at an attachment, and the text of every line stays where it is", () => {
    const text = "一、主要任务\n1.开展第一项工作。〔责任单位：市经信局〕\n专栏1 重点项目\n1.甲项目。\n专栏2 重点工程\n1.乙工程。\n2.丙工程。\n2.开展第二项工作。〔责任单位：市科技局〕\n附件\n重点项目表\n1.丁项目。\n";
    const plan = buildPlan(text);
    expect(boxes(plan)).toEqual([
      ["专栏1", "1."],
      ["专栏2", "1. 2."],
    ]);
    expect(plan.attachments[0]!.items.map((item) => item.box)).toEqual([null]);
    expect(headings(plan)).toEqual(["1.开展第一项工作", "2.开展第二项工作", "1.丁项目"]);
    // Every line has its one place, in document order: an item's, an item's text, a box's own or its text.
    const placed = new Set<number>();
    const place = (start: number) => (expect(placed.has(start)).toBe(false), placed.add(start));
    for (const item of plan.allItems) [item.line, ...item.bodyLines].forEach((line) => place(line.start));
    for (const box of plan.boxes) [...box.lines, ...box.bodyLines].forEach((line) => place(line.start));
    const attachment = plan.attachments[0]!;
    const unplaced = plan.lines.filter((line) => line.kind !== "blank" && !placed.has(line.start)).map((line) => text.slice(line.indentEnd, line.contentEnd));
    expect(unplaced).toEqual([attachment.label?.text, attachment.title!.text]);
  });

  it("are no sections or tasks of a parent written as a plan", () => {
    const parent = parentFromPlanText("一、主要任务\n（一）推动产业升级。加快转型。\n专栏1 重点工程\n（一）甲工程。\n（二）乙工程。\n（二）夯实质量基础。建设中心。\n", "省实施意见.plan");
    expect(parent.items.map((entry) => entry.title)).toEqual(["推动产业升级", "夯实质量基础"]);
  });

  it("are headed 专栏1, 专栏一, 专栏 1-2, 【专栏3】, in a frame, or with the title on the next line; a sentence is no heading", () => {
    const headingOf = (line: string) => {
      const { document } = parseSyntax(`${line}\n`);
      const heading = boxHeadingOf(document.lines[0]!, `${line}\n`);
      return heading && [heading.label.text, heading.title?.text ?? null];
    };
    expect(headingOf("专栏1  产业质量提升重点项目")).toEqual(["专栏1", "产业质量提升重点项目"]);
    expect(headingOf("专栏一 重点工程")).toEqual(["专栏一", "重点工程"]);
    expect(headingOf("专栏 1-2 质量基础设施建设工程")).toEqual(["专栏 1-2", "质量基础设施建设工程"]);
    expect(headingOf("【专栏3】品牌建设重点任务")).toEqual(["专栏3", "品牌建设重点任务"]);
    expect(headingOf("【专栏3 品牌建设重点任务】")).toEqual(["专栏3", "品牌建设重点任务"]);
    expect(headingOf("（专栏2）重点项目")).toEqual(["专栏2", "重点项目"]);
    expect(headingOf("│专栏4  “十四五”质量发展主要指标│")).toEqual(["专栏4", "“十四五”质量发展主要指标"]);
    expect(headingOf("专栏5：重点工程")).toEqual(["专栏5", "重点工程"]);
    expect(headingOf("专栏")).toEqual(["专栏", null]);
    expect(headingOf("专栏文章介绍了各地经验")).toBeNull();
    // A space sets the label off its title as a number or a colon does, whichever space a copy brings.
    for (const gap of [" ", "　", "\t", "  "]) expect(headingOf(`专栏${gap}主要指标`)).toEqual(["专栏", "主要指标"]);
    expect(headingOf("专栏 各地开展质量提升行动，取得明显成效。")).toBeNull();
    const spaced = buildPlan("一、主要任务\n（一）提升质量。开展行动。〔责任单位：市工信局〕\n专栏 主要指标\n1.产品合格率达到95%。\n2.服务满意度达到85分。\n（二）加强标准。推进标准化。〔责任单位：市市场监管局〕\n");
    expect(spaced.boxes.map((box) => [box.label.text, box.title?.text, box.items.length])).toEqual([["专栏", "主要指标", 2]]);
    // After a group's goals, over a list from 1., it is the box still, never a heading that lost its （三）.
    const afterGoals = buildPlan("一、总体要求\n（一）指导思想\n坚持质量第一。\n（二）主要目标\n1.效益持续增强。指数达到86.5。\n2.水平持续提升。合格率达到94%以上。\n专栏 主要指标\n1.制造业质量竞争力指数：86.5\n2.制造业产品质量合格率：94%以上\n二、主要任务\n（一）推动质量变革。开展攻关。〔责任单位：市工信局〕\n");
    expect(afterGoals.boxes.map((box) => [box.label.text, box.title?.text, box.items.length])).toEqual([["专栏", "主要指标", 2]]);
    expect(afterGoals.allItems.map((item) => item.marker.text).join("")).toBe("一、（一）（二）1.2.1.2.二、（一）");
    expect(headingOf("专栏1：各地开展质量提升行动，取得明显成效。")).toBeNull();
    expect(headingOf("设立质量专栏，宣传先进典型")).toBeNull();
    const titled = buildPlan("一、主要任务\n1.开展第一项工作。〔责任单位：市经信局〕\n专栏1\n重点项目\n1.甲项目。\n2.开展第二项工作。〔责任单位：市科技局〕\n");
    expect(titled.boxes.map((box) => [box.label.text, box.title?.text, box.items.length, box.bodyLines.length])).toEqual([["专栏1", "重点项目", 1, 0]]);
  });
  it("end at a part's heading: a box of indicators at the end of 第二章 never takes 第三章 and its tasks", () => {
    const text = [
      "某某市质量强市建设规划",
      "第一章　总体要求",
      "一、指导思想",
      "坚持质量第一。",
      "二、主要目标",
      "到2030年，制造业产品质量合格率达到95%以上。",
      "专栏1　主要指标",
      "（1）制造业产品质量合格率：95%以上",
      "（2）食品抽检合格率：98.5%以上",
      "第二章　重点任务",
      "一、推动产业质量升级",
      "（一）提升制造业质量",
      "1.实施质量攻关。重点推进以下工作：",
      "（1）开展关键零部件质量提升；",
      "（2）建设质量技术创新中心。",
      "〔责任单位：市工信局〕",
      "第三章　保障措施",
      "一、加强组织领导",
      "建立领导小组。",
    ].join("\n") + "\n";
    const plan = buildPlan(text);
    expect(plan.parts.map((part) => part.marker)).toEqual(["第一章", "第二章", "第三章"]);
    expect(boxes(plan)).toEqual([["专栏1", "（1） （2）"]]);
    expect(plan.parts[1]!.items.map((item) => `${item.marker.text}${item.heading.text}`)).toEqual(["一、推动产业质量升级"]);
    expect(rulesAt(text, ["numbering/sequence", "numbering/nesting", "numbering/missing-numeral"])).toEqual([]);
  });

  it("keep a list that would skip a level under the item before the box (（1） right under （一）): no task count starts that way", () => {
    const text = [
      "某某市质量强市建设实施方案",
      "一、主要目标",
      "（一）发展目标",
      "到2030年，制造业产品质量合格率达到95%以上。",
      "专栏1　主要指标",
      "（1）制造业产品质量合格率：95%以上",
      "（2）食品抽检合格率：98.5%以上",
      "二、重点任务",
      "（一）提升制造业质量",
      "1.实施质量攻关。〔责任单位：市工信局〕",
    ].join("\n") + "\n";
    expect(boxes(buildPlan(text))).toEqual([["专栏1", "（1） （2）"]]);
    expect(rulesAt(text, ["numbering/nesting"])).toEqual([]);
  });
  it("are no chapter that lost its numeral where the chapters' count has a gap around it: the gap stays the finding", () => {
    const text = [
      "某某市质量强市建设实施方案",
      "一、推动产业质量升级",
      "（一）提升制造业质量",
      "1.实施质量攻关。〔责任单位：市工信局〕",
      "专栏1　重点工程",
      "1.绿色食品基地建设工程",
      "2.农产品质量追溯工程",
      "三、提升服务质量",
      "（一）发展生产性服务业",
      "1.推动检验检测服务业发展。〔责任单位：市市场监管局〕",
    ].join("\n") + "\n";
    const plan = buildPlan(text);
    expect(plan.items.map((item) => `${item.marker.text}${item.heading.text}`)).toEqual(["一、推动产业质量升级", "三、提升服务质量"]);
    expect(boxes(plan).map(([label]) => label)).toEqual(["专栏1"]);
    expect(rulesAt(text, ["numbering/missing-numeral", "numbering/sequence"])).toEqual(["numbering/sequence 编号不连续：“三、”前一项为“一、”，缺少“二、”"]);
  });
  it("read a task that names its units after its steps (（1） （2） then 〔责任单位〕) as one that names them: a box after it keeps its whole list", () => {
    const text = [
      "某某市质量强市建设实施方案",
      "一、推动产业质量升级",
      "（一）提升制造业质量",
      "1.实施质量攻关。重点推进以下工作：",
      "（1）开展关键零部件质量提升；",
      "（2）建设质量技术创新中心。",
      "〔责任单位：市工信局〕",
      "2.推进品牌建设。培育以下品牌：",
      "（1）区域公用品牌；",
      "（2）企业自主品牌。",
      "〔责任单位：市市场监管局〕",
      "（二）提升农业质量",
      "1.推进农业标准化生产。建设示范基地20个。〔责任单位：市农业农村局〕",
      "专栏1　重点工程",
      "1.绿色食品基地建设工程",
      "2.农产品质量追溯工程",
      "二、提升服务质量",
      "（一）发展生产性服务业",
      "1.推动检验检测服务业发展。〔责任单位：市市场监管局〕",
    ].join("\n") + "\n";
    expect(boxes(buildPlan(text))).toEqual([["专栏1", "1. 2."]]);
    expect(rulesAt(text, ["numbering/sequence", "units/missing-clause"])).toEqual([]);
  });
});
