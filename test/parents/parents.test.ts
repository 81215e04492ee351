import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents, findEntry, findParent, knownParents, parentFromPlanText, resolveParents, type ParentDocument } from "../../server/src/core/parents/index";
import { basisCitations } from "../../server/src/core/parents/resolve";
import shipped from "../../server/src/core/parents/data/quality-power-outline.json";
import { outlineDataSchema } from "../../server/src/core/parents/outlineData";
import { coverableEntries } from "../../server/src/core/xref/coverage";
import { loadParentFiles } from "../../server/src/node/parentFiles";
import { readSeed } from "../support/seeds";

const outline = () => builtinParents()[0]!;

describe("the built-in national outline", () => {
  it("is in the outline schema's output form, so the checker can use it without validating it", () => {
    // builtinParents() takes the data file as it is: the schema must accept it and add no default.
    expect(outlineDataSchema().parse(shipped)).toStrictEqual(shipped);
  });

  it("has the researched structure, with the unconfirmed parts flagged", () => {
    const p = outline();
    expect(p.id).toBe("quality-power-outline-2023");
    expect(p.title).toBe("质量强国建设纲要");
    expect(p.docNumber).toBe("中发〔2022〕17号");
    expect(p.issuer).toBe("中共中央、国务院");
    expect(p.sections.map((s) => s.label)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]);
    expect(p.items).toHaveLength(32);
    expect(p.items.filter((i) => !i.verified).map((i) => i.value)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]);
    expect(p.sections.find((s) => s.label === "十一")!.verified).toBe(false);
    expect(p.unconfirmed.join("")).toContain("十一、加强组织保障");
  });

  it("is a parsed plan whose items' ranges point at their headings", () => {
    const p = outline();
    expect(analyze(p.text).findings.filter((f) => f.severity === "error")).toEqual([]);
    const seven = findEntry(p, 2, 7)!;
    expect(seven.title).toBe("提高产业质量竞争水平");
    expect(p.text.slice(seven.span.start, seven.span.start + 3)).toBe("（七）");
    expect(p.text.slice(seven.headingSpan.start, seven.headingSpan.end)).toBe("提高产业质量竞争水平");
    expect(seven.section!.title).toBe("增强产业质量竞争力");
    expect(seven.body).toContain("培育壮大质量竞争型产业");
    const unverified = findEntry(p, 2, 24)!;
    expect(p.text.slice(unverified.span.start, unverified.span.end)).toBe("（二十四）加强质量法治建设。……");
    expect(findEntry(p, 1, 11)!.title).toBe("加强组织保障");
    expect(findEntry(p, 2, 33)).toBeNull();
  });

  it("exposes the 2025 targets typed, each located in the text", () => {
    const targets = outline().targets2025;
    const index = targets.find((t) => t.indicator === "制造业质量竞争力指数")!;
    expect(index).toMatchObject({ quantified: true, value: 86, comparator: "达到", higherIsBetter: true, horizon: 2025 });
    expect(outline().text.slice(index.span!.start, index.span!.end)).toBe("制造业质量竞争力指数达到86");
    expect(targets.find((t) => t.indicator === "制造业产品质量合格率")).toMatchObject({ value: 94, unit: "%" });
    expect(targets.find((t) => t.indicator === "单位GDP资源能源消耗")).toMatchObject({ quantified: false, value: null, direction: "不断下降", higherIsBetter: false });
    expect(targets.every((t) => t.span !== null)).toBe(true);
  });

  it("ships the researched data unchanged (re-run scripts/import-outline.mjs when it changes)", () => {
    const source = new URL("../../../shared/data/national-outline.json", import.meta.url);
    if (!existsSync(source)) return;
    const facts = JSON.parse(readFileSync(source, "utf8"));
    const { id, format, textLines, ...rest } = shipped as Record<string, unknown>;
    expect(rest).toEqual(facts);
    expect(id).toBe("quality-power-outline-2023");
    expect(format).toBe(1);
    const text = readFileSync(new URL("../../../shared/data/national-outline-text.txt", import.meta.url), "utf8");
    expect((textLines as string[]).join("\n")).toBe(text.replace(/\n$/, ""));
  });

  it("is found by id, title and citation forms, with spaces and nested brackets normalised", () => {
    const known = knownParents();
    expect(findParent("quality-power-outline-2023", known)).toBe(outline());
    expect(findParent("《质量强国建设纲要》", known)).toBe(outline());
    expect(findParent("中共中央国务院关于印发〈质量强国建设纲要〉的通知", known)).toBe(outline());
    expect(findParent("质量强国纲要", known)).toBeNull();
  });
});

describe("a plan's parents", () => {
  it("come from the citations before the plan (Ganzhou, Nanjing's transmittal form, Fuzhou)", () => {
    for (const seed of ["ganzhou-2024", "nanjing-2023", "fuzhou-2023-draft"] as const) {
      const resolved = resolveParents(buildPlan(readSeed(seed)), undefined);
      expect(resolved.map((r) => [r.parent.id, r.via]), seed).toEqual([["quality-power-outline-2023", "citation"]]);
    }
    // Chengdu cites no title; its preamble implements the 质量强国 decisions: the outline, inferred.
    const chengdu = resolveParents(buildPlan(readSeed("chengdu-2023-draft")), undefined);
    expect(chengdu.map((r) => [r.parent.id, r.via])).toEqual([["quality-power-outline-2023", "inferred"]]);
    expect(resolveParents(buildPlan(readSeed("jiangxi-2016")), undefined)).toEqual([]);
  });

  it("are the documents the plan says it implements: a special-topic plan is not measured against a document it only mentions", () => {
    const goals = "一、总体要求\n（一）主要目标\n到2025年，标准化试点示范项目达到40个，食品抽检合格率达到97%。\n";
    const special = `示例市标准化发展行动计划\n党中央、国务院先后印发《关于贯彻落实〈国家标准化发展纲要〉的意见》和《质量强国建设纲要》，对标准化工作作出部署。为贯彻落实《国家标准化发展纲要》，结合我市实际，制定本计划。\n${goals}`;
    const analysis = analyze(special);
    expect(analysis.parents).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule.startsWith("targets/"))).toEqual([]);
    // Named in the clause that states its basis, with the unknown one (a list shares the verb), it is a parent.
    const both = `示例市标准化发展行动计划\n为贯彻落实《国家标准化发展纲要》和《质量强国建设纲要》，制定本计划。\n${goals}`;
    expect(resolveParents(buildPlan(both), undefined).map((r) => r.parent.id)).toEqual(["quality-power-outline-2023"]);
    expect(resolveParents(buildPlan(`示例市方案\n根据《质量强国建设纲要》要求，制定本方案。\n${goals}`), undefined)).toHaveLength(1);
    // A plan that states no basis at all: what it cites before its items stands for it.
    expect(resolveParents(buildPlan(`示例市方案\n《质量强国建设纲要》对质量工作作出部署。现制定本方案。\n${goals}`), undefined)).toHaveLength(1);
  });

  it("come from the guiding thought of a plan that opens with its 总体要求, only where a clause there says it implements them", () => {
    const targets = "（二）主要目标\n到2027年，制造业产品质量合格率保持在93.5%以上。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。\n";
    const guided = `某某县质量强县建设实施方案（2024—2027年）\n一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻落实《质量强国建设纲要》，坚持质量第一。\n${targets}`;
    const resolved = resolveParents(buildPlan(guided), undefined);
    expect(resolved.map((r) => [r.parent.id, r.via])).toEqual([["quality-power-outline-2023", "citation"]]);
    // Measured against it: 93.5% is weaker than the outline's 94%.
    expect(analyze(guided).findings.filter((f) => f.rule === "targets/weaker-than-parent")).toHaveLength(1);
    // A document the guiding thought only mentions is no parent; nor is one cited in a task.
    const mentioned = guided.replace("深入贯彻落实《质量强国建设纲要》", "《质量强国建设纲要》提出了要求");
    expect(resolveParents(buildPlan(mentioned), undefined)).toEqual([]);
    const inTask = `某某县质量强县建设实施方案\n一、重点任务\n（一）提升产品质量。深入贯彻落实《质量强国建设纲要》，开展质量提升行动。\n`;
    expect(resolveParents(buildPlan(inTask), undefined)).toEqual([]);
    // The decisions on building 质量强国 named there, with no title: the outline, inferred as from a preamble.
    const decisions = guided.replace("深入贯彻落实《质量强国建设纲要》", "深入贯彻落实党中央、国务院关于建设质量强国的决策部署");
    expect(resolveParents(buildPlan(decisions), undefined).map((r) => [r.parent.id, r.via])).toEqual([["quality-power-outline-2023", "inferred"]]);
  });

  it("never come from the transmittal's citation of the plan itself: the guiding thought's basis is read past it", () => {
    const notice = "某某县人民政府关于印发某某县质量强县建设实施方案的通知\n各乡镇人民政府，县直各部门：\n现将《某某县质量强县建设实施方案》印发给你们，请认真贯彻执行。\n\n某某县人民政府\n2024年5月1日\n\n";
    const plan = "某某县质量强县建设实施方案\n一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻落实《质量强国建设纲要》，坚持质量第一。\n（二）主要目标\n到2027年，制造业产品质量合格率保持在93.5%以上。\n";
    const resolved = resolveParents(buildPlan(notice + plan), undefined);
    expect(resolved.map((r) => [r.parent.id, r.via])).toEqual([["quality-power-outline-2023", "citation"]]);
    // With no basis anywhere, the notice's own title is not offered as one the checker could not find.
    const unstated = notice + plan.replace("深入贯彻落实《质量强国建设纲要》，", "");
    expect(basisCitations(buildPlan(unstated))).toEqual([]);
  });

  it("come from front matter 上位文件 and from the configuration, once each", () => {
    const plan = buildPlan("---\n上位文件: 质量强国建设纲要\n---\n示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n");
    expect(resolveParents(plan, undefined).map((r) => r.via)).toEqual(["frontMatter"]);
    expect(resolveParents(plan, { parents: ["quality-power-outline-2023"] }).map((r) => r.via)).toEqual(["config"]);
  });

  it("can be a .plan file, which replaces the built-in of the same title", () => {
    const text = "---\n标题: 质量强国建设纲要\n---\n质量强国建设纲要\n一、总体要求\n（一）指导思想\n二、推动经济质量效益型发展\n（二）增强质量发展创新动能。加强质量技术创新。\n";
    const parent = parentFromPlanText(text, "parents/纲要.plan");
    expect(parent.items.map((i) => [i.label, i.title, i.section?.label])).toEqual([
      ["（一）", "指导思想", "一"],
      ["（二）", "增强质量发展创新动能", "二"],
    ]);
    const loaded = [{ entry: "parents/纲要.plan", parent, sourceText: text }];
    expect(knownParents(loaded)).toEqual([parent]);
    const plan = buildPlan("示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n");
    expect(resolveParents(plan, { parents: ["parents/纲要.plan"] }, loaded)[0]!.parent).toBe(parent);
    expect(analyze("示例方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n", { parents: loaded }).parents[0]!.parent).toBe(parent);
  });

  it("has a plan's tasks as its items, at whatever level they are, none lost to a number used before", () => {
    const entries = (parent: ParentDocument) => parent.items.map((i) => [i.label, i.title, i.section?.label ?? null]);
    // A city plan as a 区's parent: 二、's groups (一)(二) hold its tasks 1.–3.; 一、总体要求 and
    // 三、保障措施 have their own (一)(二), items outside the count (xref/coverage.ts).
    const city = parentFromPlanText(
      "示例市实施方案\n一、总体要求\n（一）指导思想\n坚持质量第一。\n（二）主要目标\n到2025年，质量水平提高。\n二、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。建立质量创新机制。\n2.增强产业质量竞争能力。开展对标达标行动。\n（二）开展质量提升行动\n3.保障食品药品安全。强化校园食品安全监管。\n三、保障措施\n（一）强化组织领导。领导小组统筹推进。\n",
      "示例市实施方案.plan",
    );
    expect(entries(city)).toEqual([
      ["（一）", "指导思想", "一"],
      ["（二）", "主要目标", "一"],
      ["1", "加快区域质量创新发展", "二"],
      ["2", "增强产业质量竞争能力", "二"],
      ["3", "保障食品药品安全", "二"],
      ["（一）", "强化组织领导", "三"],
    ]);
    expect(coverableEntries(city).map((e) => e.title)).toEqual(["加快区域质量创新发展", "增强产业质量竞争能力", "保障食品药品安全"]);
    expect(findEntry(city, 3, 2)?.title).toBe("增强产业质量竞争能力");
    // Tasks (一)(二) under 二、 after 一、总体要求's (一): each is an item of its own.
    const province = parentFromPlanText("示例省实施意见\n一、总体要求\n（一）指导思想\n二、主要任务\n（一）加快质量创新。建立创新机制。\n（二）增强竞争能力。开展对标达标。\n", "示例省实施意见.plan");
    expect(entries(province)).toEqual([
      ["（一）", "指导思想", "一"],
      ["（一）", "加快质量创新", "二"],
      ["（二）", "增强竞争能力", "二"],
    ]);
    expect(coverableEntries(province).map((e) => e.title)).toEqual(["加快质量创新", "增强竞争能力"]);
  });

  it("files are read by the shells: .plan, outline-data .json, and a located message for the rest", () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-parents-"));
    writeFileSync(join(folder, "江西.plan"), "江西省实施意见\n一、总体要求\n（一）指导思想\n");
    const data = { ...(shipped as Record<string, unknown>), id: "my-outline", textLines: [] };
    writeFileSync(join(folder, "outline.json"), JSON.stringify(data));
    writeFileSync(join(folder, "bad.json"), "{ \"id\": 1 }");
    const config = { parents: ["quality-power-outline-2023", "江西.plan", "outline.json", "bad.json", "missing.plan", "某某纲要"] };
    const { loaded, problems } = loadParentFiles(join(folder, ".plancheck.json"), config);
    expect(loaded.map((l) => [l.entry, l.parent.title])).toEqual([
      ["江西.plan", "江西省实施意见"],
      ["outline.json", "质量强国建设纲要"],
    ]);
    expect(loaded[1]!.parent.items).toHaveLength(32);
    expect(problems.map((p) => p.entry)).toEqual(["bad.json", "missing.plan", "某某纲要"]);
    expect(problems[2]!.message).toContain("未知的上位文件");
  });
});

describe("a parent printed by `plancheck parent` and read back as a .plan", () => {
  const quantified = (parent: ParentDocument) =>
    // No unit or qualifier is "" in the outline's data and null in a .plan's: the same for every reader.
    parent.targets2025.filter((t) => t.quantified).map((t) => [t.indicator, t.value, t.unit || null, t.qualifier || null, t.comparator, t.higherIsBetter]);

  it("states the same targets as the built-in outline it was printed from (joint indicators split)", () => {
    const printed = parentFromPlanText(outline().text, "质量强国建设纲要.plan");
    expect(quantified(printed)).toEqual(quantified(outline()));
    expect(quantified(printed).map((t) => t[0])).toContain("食品抽检合格率");
    // Its directions are the outline's too, with the same way to go.
    const directions = (parent: ParentDocument) => new Map(parent.targets2025.filter((t) => !t.quantified).map((t) => [t.indicator, [t.direction, t.higherIsBetter]]));
    const builtIn = directions(outline());
    const read = directions(printed);
    expect(read.size).toBeGreaterThan(0);
    for (const [indicator, direction] of read) expect(builtIn.get(indicator), indicator).toEqual(direction);
  });

  it("is never a document's own parent: the document itself is recognised by its title or its text", () => {
    const text = outline().text;
    const printed = parentFromPlanText(text, "质量强国建设纲要.plan");
    const loaded = [{ entry: "质量强国建设纲要.plan", parent: printed, sourceText: text }];
    const own = analyze(text, { config: { parents: ["质量强国建设纲要.plan"] }, parents: loaded });
    expect(own.parents).toEqual([]);
    expect(own.findings.filter((f) => f.rule.startsWith("targets/"))).toEqual([]);
    // Without a title, by being the same text (a file read from standard input).
    const untitled = "一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到98%以上。\n";
    const file = [{ entry: "上位.plan", parent: parentFromPlanText(untitled, "上位.plan"), sourceText: untitled }];
    expect(analyze(untitled, { config: { parents: ["上位.plan"] }, parents: file }).parents).toEqual([]);
    // Another plan still has it.
    const plan = "示例方案\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到97%。\n";
    expect(analyze(plan, { config: { parents: ["质量强国建设纲要.plan"] }, parents: loaded }).parents.map((p) => p.parent)).toEqual([printed]);
  });
});
