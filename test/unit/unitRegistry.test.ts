import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyze } from "../../server/src/core/analyze";
import { unitEntrySchema } from "../../server/src/core/config/schema";
import { applyEdits, fixAll } from "../../server/src/core/fixes/applyFixes";
import builtin from "../../server/src/core/units/builtin-registry.json";
import { normalizeUnitName } from "../../server/src/core/units/names";
import { nearestUnitNames } from "../../server/src/core/units/nearest";
import { pinyinMatchStart } from "../../server/src/core/units/pinyin";
import { buildRegistry, registryFor } from "../../server/src/core/units/registry";
import { splitRunTogether } from "../../server/src/core/units/split";

const registry = buildRegistry(undefined);

describe("the built-in registry", () => {
  it("is valid registry data: entries as .plancheck.json takes them", () => {
    expect(z.array(unitEntrySchema()).safeParse(builtin).success).toBe(true);
  });

  it("writes no name twice, so every name stands for one unit", () => {
    const forms = builtin.flatMap((entry) => [entry.name, ...(entry.aliases ?? []), ...(entry.fullName ? [entry.fullName] : [])].map(normalizeUnitName));
    expect(forms.filter((form, index) => forms.indexOf(form) !== index)).toEqual([]);
  });

  it("reads a Party committee's body written without the committee's 委 as that body (市政法委, 区网信办), at every level", () => {
    // 区政法委 was unknown before, and the suggestion another body the plan names (区司法局).
    for (const [written, canonical] of [["市政法委", "市委政法委"], ["市网信办", "市委网信办"], ["市宣传部", "市委宣传部"], ["市组织部", "市委组织部"], ["市统战部", "市委统战部"]]) {
      expect(registry.resolve(written!), written).toMatchObject({ canonical, form: "alias" });
    }
    const plan = "某区深化质量强区建设实施方案\n一、主要任务\n（一）提升产品质量\n1.推进法治建设。〔责任单位：区政法委、区司法局〕\n2.开展质量宣传。〔责任单位：区网信办、区委宣传部〕\n";
    expect(analyze(plan).findings.filter((finding) => finding.rule.startsWith("units/"))).toEqual([]);
  });

  it("resolves canonical names, aliases, full names and place-name patterns", () => {
    expect(registry.resolve("市发改委")).toMatchObject({ canonical: "市发展改革委", form: "alias" });
    expect(registry.resolve("市市场监督管理局")).toMatchObject({ canonical: "市市场监管局", form: "alias" });
    expect(registry.resolve("赣州市市场监督管理局")).toMatchObject({ canonical: "市市场监管局", form: "fullName", place: "赣州" });
    expect(registry.resolve("南京禄口机场海关")).toMatchObject({ canonical: "南京禄口机场海关", form: "canonical" });
    expect(registry.resolve("人行抚州市分行")).toMatchObject({ canonical: "人民银行抚州市分行", form: "alias" });
    expect(registry.resolve("成都高新区")?.entry.name).toBe("××高新区");
    expect(registry.resolve("海关")).toBeNull();
    expect(registry.isKnown("市委组织部(市委人才办)")).toBe(true);
  });

  it("never takes another department for the place of a full name (市工信局市财政局 is two units)", () => {
    expect(registry.resolve("市工信局市财政局")).toBeNull();
    expect(registry.resolve("工信局市财政局")).toBeNull();
    expect(registry.resolve("市商务局市农业农村局")).toBeNull();
    expect(registry.resolve("赣州海关市财政局")).toBeNull();
    expect(registry.resolve("市财政局赣州海关")).toBeNull();
    expect(splitRunTogether("市工信局市财政局", registry)).toEqual(["市工信局", "市财政局"]);
    expect(splitRunTogether("市商务局市农业农村局市财政局", registry)).toEqual(["市商务局", "市农业农村局", "市财政局"]);
    // Real places still fill the slot.
    expect(registry.resolve("南昌市财政局")).toMatchObject({ canonical: "市财政局", place: "南昌" });
    expect(registry.resolve("会昌海关")).toMatchObject({ canonical: "会昌海关", place: "会昌" });
  });

  it("never takes 各 and a level word for a place (各乡镇人民政府 is a group term)", () => {
    expect(registry.resolve("各乡镇人民政府")).toBeNull();
    expect(registry.resolve("各乡镇")).toBeNull();
    expect(registry.resolve("各街道办事处")).toBeNull();
    expect(registry.resolve("各县市场监管局")).toBeNull();
    expect(registry.resolve("梅林镇人民政府")).toMatchObject({ place: "梅林" });
  });

  it("never lets --fix delete a department written together with another", () => {
    const text = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市工信局市财政局〕\n2.任务乙。开展工作。〔责任单位：市财政局〕\n";
    const { findings } = analyze(text);
    expect(findings.map((f) => f.rule)).toEqual(["units/run-together"]);
    expect(fixAll(text).text).toBe(text);
  });

  it("suggests the successor of a name from before the 2018 reform, first", () => {
    const text = "一、主要任务\n1.加强质量监管。〔责任单位：市质监局、赣州市工商行政管理局、卫计委、市经信委〕\n";
    const unknown = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(unknown.map((f) => f.suggestions?.[0]?.description)).toEqual(["改为“市市场监管局”", "改为“市市场监管局”", "改为“市卫健委”", "改为“市工信局”"]);
    expect(unknown[0]!.message).toContain("机构改革前的旧称");
  });

  it("knows 农业局 as a name from before the 2018 reform, as the shared unit data flags it (农业农村局)", () => {
    const text = "一、主要任务\n1.加强农产品质量监管。〔责任单位：市农业局、县农业局〕\n";
    const unknown = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(unknown.map((f) => [f.message.includes("机构改革前的旧称"), f.suggestions?.[0]?.description])).toEqual([
      [true, "改为“市农业农村局”"],
      [true, "改为“县农业农村局”"],
    ]);
  });

  // 市场监管局 starts with 市 itself: a bare 质监局 was taken as placed and got look-alikes.
  it("names only the successor of a retired name, written bare or in another place", () => {
    const text = "一、主要任务\n1.加强质量监管。〔责任单位：质监局、区工商局、章贡区食药监局、市人大农委〕\n";
    const unknown = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(unknown.map((f) => f.suggestions?.map((s) => s.description))).toEqual([["改为“市市场监管局”"], ["改为“区市场监管局”"], ["改为“区市场监管局”"], expect.anything()]);
    expect(unknown.slice(0, 3).every((f) => f.message.includes("机构改革前的旧称"))).toBe(true);
    // A body whose name only contains a retired word (the congress's 农委) is no retired name.
    expect(unknown[3]!.message).not.toContain("旧称");
  });

  it("splits a run-together name with a retired part, which is then named as retired", () => {
    const text = "一、主要任务\n1.任务甲。开展工作。〔责任单位：市经信委市财政局〕\n";
    const findings = analyze(text).findings;
    expect(findings.map((f) => f.rule)).toEqual(["units/run-together"]);
    const apart = applyEdits(text, findings[0]!.suggestions![0]!.edits).text;
    expect(analyze(apart).findings.map((f) => [f.rule, f.suggestions?.[0]?.description])).toEqual([["units/unknown", "改为“市工信局”"]]);
  });

  it("is city-level: it speaks for the local levels, whose names it derives, not for national plans", () => {
    expect(registry.coversLevel("市")).toBe(true);
    expect(registry.coversLevel("省")).toBe(true);
    expect(registry.coversLevel("县")).toBe(true);
    expect(registry.coversLevel("国家")).toBe(false);
    expect(buildRegistry({ units: { useBuiltin: false, registry: [{ name: "省发展改革委", level: "省" }] } }).coversLevel("县")).toBe(false);
    expect(buildRegistry({ units: { registry: [{ name: "工业和信息化部", level: "国家" }] } }).coversLevel("国家")).toBe(true);
  });

  // The place a retired name was written with is another level's (章贡区 in a city's plan): the
  // successor is that level's body, derived like its other names, not the place's name rebuilt.
  it("names a retired name's successor without the built-in list by the same place", () => {
    const own = buildRegistry({ units: { useBuiltin: false, registry: [{ name: "市市场监管局" }] } });
    expect(own.resolve("区市场监管局")).toBeNull();
    const text = "一、主要任务\n1.加强质量监管。〔责任单位：章贡区食药监局、市市场监管局〕\n";
    const unknown = analyze(text, { config: { units: { useBuiltin: false, registry: [{ name: "市市场监管局" }] } } }).findings.filter((f) => f.rule === "units/unknown");
    expect(unknown.map((f) => f.suggestions?.map((s) => s.description))).toEqual([["改为“章贡区市场监管局”"]]);
  });
});

describe("merging the registry", () => {
  it("lets a user's entry replace the built-in one it shares a name with", () => {
    const merged = buildRegistry({ units: { registry: [{ name: "市工业和信息化局", aliases: ["市工信局"] }] } });
    expect(merged.resolve("市工信局")).toMatchObject({ canonical: "市工业和信息化局", form: "alias" });
    expect(merged.entries.filter((entry) => entry.name === "市工信局")).toEqual([]);
  });

  it("takes registry files' entries after the inline ones, and can leave the built-in list out", () => {
    const merged = buildRegistry({ units: { useBuiltin: false, registry: [{ name: "市检验检测院" }] } }, [
      { name: "市大数据中心", origin: { file: "/ws/units.json", path: [0] } },
    ]);
    expect(merged.entries.map((entry) => entry.name)).toEqual(["市检验检测院", "市大数据中心"]);
    expect(merged.resolve("市大数据中心")?.entry.origin).toEqual({ file: "/ws/units.json", path: [0] });
    expect(merged.resolve("市检验检测院")?.entry.origin).toEqual({ file: null, path: ["units", "registry", 0] });
    expect(merged.resolve("市市场监管局")).toBeNull();
  });

  // The index is built on first use (a plan that names no unit never needs it): whichever
  // question comes first, the answers are those of a registry asked in another order.
  it("answers the same whichever question is asked first", () => {
    const config = { units: { registry: [{ name: "市工业和信息化局", aliases: ["市工信局"] }, { name: "××区市场监管局" }] } };
    const questions = {
      entries: (r: ReturnType<typeof buildRegistry>) => r.entries.map((entry) => entry.name),
      resolve: (r: ReturnType<typeof buildRegistry>) => [r.resolve("市工信局"), r.resolve("章贡区市场监管局"), r.resolve("市财政局")],
      isKnown: (r: ReturnType<typeof buildRegistry>) => [r.isKnown("市委组织部（市委人才办）"), r.isKnown("市工信局")],
      exact: (r: ReturnType<typeof buildRegistry>) => [r.hasExactForm("市工信局"), r.hasExactForm("市财政局")],
      forms: (r: ReturnType<typeof buildRegistry>) => [...r.concreteForms()].length,
      level: (r: ReturnType<typeof buildRegistry>) => [r.coversLevel("市"), r.coversLevel("省")],
    };
    const reference = buildRegistry(config);
    const answers = Object.fromEntries(Object.entries(questions).map(([name, ask]) => [name, ask(reference)]));
    expect(answers.entries).toContain("市工业和信息化局");
    expect(answers.forms).toBeGreaterThan(100);
    for (const [first, ask] of Object.entries(questions)) {
      const fresh = buildRegistry(config);
      expect(ask(fresh), first).toEqual(answers[first]);
      for (const [name, other] of Object.entries(questions)) expect(other(fresh), `${name} after ${first}`).toEqual(answers[name]);
    }
  });

  it("builds once per configuration object, so analysing on every keystroke reuses it", () => {
    const config = {};
    const files: never[] = [];
    expect(registryFor(config, files)).toBe(registryFor(config, files));
    expect(registryFor(undefined, undefined)).toBe(registryFor(undefined, undefined));
  });
});

describe("pinyin matching", () => {
  it.each([
    ["scjg", "市市场监管局", 1],
    ["shichang", "市市场监管局", 1],
    ["sscjgj", "市市场监管局", 0],
    ["shic", "市市场监管局", 1],
    ["市场", "市市场监管局", 1],
    ["市场jg", "市市场监管局", 1],
    ["fgw", "市发改委", 1],
    // 行 reads xing first and hang as well (pinyin-pro's readings of the character); either matches.
    ["fenhang", "人民银行赣州市分行", 7],
    ["xzsp", "市行政审批局", 1],
  ])("%s matches %s from character %i", (query, name, start) => {
    expect(pinyinMatchStart(query, name)).toBe(start);
  });

  it.each([
    ["scjgx", "市市场监管局"],
    ["shichangju", "市市场监管局"],
    ["swj", "市财政局"],
  ])("%s does not match %s", (query, name) => {
    expect(pinyinMatchStart(query, name)).toBe(-1);
  });
});

describe("nearest names and run-together names", () => {
  it("finds a unit by characters and by pinyin", () => {
    expect(nearestUnitNames("住建局", registry, new Set())).toEqual(["市住建局"]);
    expect(nearestUnitNames("市市场监官局", registry, new Set())[0]).toBe("市市场监管局");
    expect(nearestUnitNames("市场监管局", registry, new Set())[0]).toBe("市市场监管局");
  });

  // A suggestion must plausibly be the name meant: the two may differ in the level word and the
  // institution word, and in one character in three of the rest (a homophone half a character).
  it("suggests only names near enough to be the one meant, at the name's level", () => {
    expect(nearestUnitNames("市科枝局", registry, new Set())[0]).toBe("市科技局");
    // In the writing nearest the slip: 市发改局 is the short 市发改委 with 局 for 委.
    expect(nearestUnitNames("市发改局", registry, new Set())).toEqual(["市发改委"]);
    expect(nearestUnitNames("省教育局", registry, new Set(), 3, "省")).toEqual(["省教育厅"]);
    expect(nearestUnitNames("区住建居", registry, new Set(), 3, "区")).toEqual(["区住建局"]);
    expect(nearestUnitNames("市供电公司", registry, new Set(["市工信局"]))).toEqual([]);
    expect(nearestUnitNames("市药监局", registry, new Set(["市科技局", "市卫健委"]))).toEqual([]);
    expect(nearestUnitNames("庐山市人民政府", registry, new Set(["市民政局"]))).toEqual([]);
    expect(nearestUnitNames("市综合管理局", registry, new Set())).toEqual([]);
    expect(nearestUnitNames("市药监局", registry, new Set())).toEqual([]);
    // 中心 is an institution word as 局 is: 果业发展 is not 公路事业发展, though both are 发展中心.
    expect(nearestUnitNames("县果业发展中心", registry, new Set(), 3, "县")).toEqual([]);
    expect(nearestUnitNames("县公路事业发展中", registry, new Set(), 3, "县")).toEqual(["县公路事业发展中心"]);
  });

  // 市台港澳办 is the merged 市委台办 (the entry lists 市台办 too): 港澳办 is the part merged in, a
  // body of its own where a province or a city keeps it (广东's 省港澳办; QA 44c: the registry lists
  // it), never a slip of the merged one.
  it("does not offer a merged body for the name of a part merged into it", () => {
    expect(registry.resolve("省港澳办")?.canonical).toBe("省港澳办");
    expect(registry.resolve("市港澳办")?.entry).not.toBe(registry.resolve("市台港澳办")?.entry);
    expect(nearestUnitNames("省港澳事物办", registry, new Set(), 3, "省")).not.toContain("省台港澳办");
    // A slip inside the merged name is still one.
    expect(nearestUnitNames("市台港奥办", registry, new Set())).toEqual(["市台港澳办"]);
    expect(nearestUnitNames("市市场管局", registry, new Set())[0]).toBe("市市场监管局");
  });

  // The ranking is remembered per name with the names the document uses among its candidates:
  // asked again with another document's names, it must follow them.
  it("ranks again when the document's own names change", () => {
    expect(nearestUnitNames("水利", registry, new Set())).toEqual(["市水利局"]);
    // A plan that names its 市水务局 has that body, not a 市水利局 (units/counterparts.ts).
    expect(nearestUnitNames("水利", registry, new Set(["市水务局"]))).toEqual(["市水务局"]);
    expect(nearestUnitNames("水利", registry, new Set(["市教育局"]))).toEqual(["市水利局"]);
    expect(nearestUnitNames("水利", registry, new Set(["市水务局"]), 1)).toEqual(["市水务局"]);
    expect(nearestUnitNames("水利", registry, new Set())).toEqual(["市水利局"]);
  });

  it("splits known names written together, fewest parts first", () => {
    expect(splitRunTogether("市经信局市新经济委", registry)).toEqual(["市经信局", "市新经济委"]);
    expect(splitRunTogether("市商务局市市场监管局市发改委", registry)).toEqual(["市商务局", "市市场监管局", "市发改委"]);
    expect(splitRunTogether("市检验检测院", registry)).toBeNull();
  });

  it("offers suggestions that give the intended text when applied", () => {
    const text = "一、主要任务\n1.开展攻关。〔责任单位：市科技局、市经信局市新经济委、住建局〕\n";
    const findings = analyze(text).findings;
    const apply = (rule: string, index: number) => {
      const finding = findings.find((f) => f.rule === rule)!;
      expect(finding.fix).toBeUndefined();
      return applyEdits(text, finding.suggestions![index]!.edits).text;
    };
    expect(apply("units/run-together", 0)).toContain("〔责任单位：市科技局、市经信局、市新经济委、住建局〕");
    expect(apply("units/run-together", 1)).toContain("〔责任单位：市科技局、市经信局（市新经济委）、住建局〕");
    expect(apply("units/unknown", 0)).toContain("〔责任单位：市科技局、市经信局市新经济委、市住建局〕");
  });
});

it("knows the 个体劳动者协会 at every level, by its full name and its short one", () => {
  const registry = registryFor(undefined, undefined);
  for (const [name, canonical] of [["县个体劳动者协会", "县个协"], ["县个协", "县个协"], ["市个体劳动者协会", "市个协"], ["省个体劳动者协会", "省个协"]]) expect(registry.resolve(name)?.canonical, name).toBe(canonical);
});
