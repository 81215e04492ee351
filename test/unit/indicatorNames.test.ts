import { expect, it } from "vitest";
import { IndicatorSynonyms, normalizeIndicator, synonymsFor } from "../../server/src/core/targets/synonyms";

// Indicators pasted from WPS carry full-width ASCII: letters, digits and marks alike name what
// the ASCII forms name, in every comparison of indicators (targets/synonyms.ts).
it("folds every full-width ASCII character of an indicator's name", () => {
  expect(normalizeIndicator("单位ＧＤＰ能耗")).toBe("单位GDP能耗");
  expect(normalizeIndicator("PM２．５ 平均浓度")).toBe("PM2.5平均浓度");
  expect(normalizeIndicator("％")).toBe("%");
  const synonyms = synonymsFor(undefined);
  expect(synonyms.keyOf("PM２．５平均浓度")).toBe(synonyms.keyOf("PM2.5平均浓度"));
});

// The names provinces and cities give the outline's food and farm-produce rates (shared/data/
// provincial-and-units.md: 江苏's 食品抽查合格率 and 地产农产品…, a city's 食品评价性抽检合格率).
it("compares the local names of the outline's food and farm-produce rates with the outline's", () => {
  const synonyms = synonymsFor(undefined);
  for (const name of ["食品评价性抽检合格率", "食品抽查合格率", "食品监督抽检合格率"]) expect(synonyms.keyOf(name)).toBe("食品抽检合格率");
  expect(synonyms.keyOf("地产农产品质量安全例行监测合格率")).toBe("农产品质量安全例行监测合格率");
  // Local plans call the routine monitoring 抽检 as often as 例行监测: one indicator.
  for (const name of ["农产品质量安全抽检合格率", "主要农产品质量安全抽检合格率", "农产品抽检合格率"]) expect(synonyms.keyOf(name)).toBe("农产品质量安全例行监测合格率");
});

// Per capita patents, as provinces' and cities' plans name them (not 高价值发明专利拥有量, a count).
it("compares the forms of the patents per 10,000 people with each other, not with the count", () => {
  const synonyms = synonymsFor(undefined);
  for (const name of ["每万人高价值发明专利拥有量", "万人高价值发明专利拥有量"]) expect(synonyms.keyOf(name)).toBe(synonyms.keyOf("每万人口高价值发明专利拥有量"));
  expect(synonyms.keyOf("高价值发明专利拥有量")).not.toBe(synonyms.keyOf("每万人口高价值发明专利拥有量"));
});

// Reviewers' plans word the outline's rates with a 主要 before them or another word for how the
// figure is sampled (抽查 for 抽检, 检测 for 监测) in combinations no list can hold: such a name
// is the group's whose names read the same without those words, and a name that reads as no
// group's keeps its own (data: indicator-synonyms.json `variants`).
it("reads a listed rate with a leading 主要 or another sampling word as the listed rate", () => {
  const synonyms = synonymsFor(undefined);
  for (const name of ["主要农产品质量安全例行监测合格率", "重点农产品质量安全例行监测合格率", "主要农产品质量安全检测合格率"]) {
    const expected = name.startsWith("重点") ? name : "农产品质量安全例行监测合格率";
    expect(synonyms.keyOf(name)).toBe(expected);
  }
  expect(synonyms.keyOf("主要食品抽检合格率")).toBe("食品抽检合格率");
  expect(synonyms.keyOf("制造业产品质量抽查合格率")).toBe("制造业产品质量合格率");
  expect(synonyms.keyOf("消费品质量抽检合格率")).toBe("消费品质量合格率");
  // No group's name reads as these: they stay indicators of their own.
  expect(synonyms.keyOf("产品质量监督抽查合格率")).toBe("产品质量监督抽查合格率");
  expect(synonyms.keyOf("主要农作物良种覆盖率")).toBe("主要农作物良种覆盖率");
});

// Two groups whose names read alike once the sampling words are gone say nothing of a third name.
it("leaves a name that reads loosely as two groups' names its own", () => {
  const variants = { leadingQualifiers: ["主要"], methodWords: ["抽查", "抽检"] };
  const synonyms = new IndicatorSynonyms([["甲抽查合格率"], ["甲抽检合格率"]], {}, {}, variants);
  expect(synonyms.keyOf("主要甲合格率")).toBe("主要甲合格率");
  expect(synonyms.keyOf("甲抽检合格率")).toBe("甲抽检合格率");
});

// A county's or a city's plan names its own area before an indicator (县域公共服务质量满意度): the
// indicator is the one named without it, a part of the outline's 服务质量满意度 as the bare name is.
it("reads an indicator under the plan's own area word (县域, 市域) as the indicator", () => {
  const synonyms = synonymsFor(undefined);
  expect(synonyms.wholeOf("县域公共服务质量满意度")).toBe(synonyms.wholeOf("公共服务质量满意度"));
  expect(synonyms.wholeOf("市域公共服务质量满意度")).not.toBeNull();
  expect(synonyms.keyOf("县域制造业产品质量合格率")).toBe(synonyms.keyOf("制造业产品质量合格率"));
  // 县域 before a name of no group or part stays the name's own.
  expect(synonyms.keyOf("县域经济总量")).toBe("县域经济"); // 总量 says how many of what the noun names: no word of its key
});

// A county's or a city's plan names the enterprises the outline's 制造业产品质量合格率 is compiled over
// in its local forms (规模以上工业企业, 规上工业, 工业企业产品…): the outline's rate all the same.
it("reads the local forms of the enterprises a rate is compiled over as the listed rate", () => {
  const synonyms = synonymsFor(undefined);
  for (const name of ["规上工业企业产品质量合格率", "规模以上工业企业产品质量合格率", "规上工业产品质量合格率", "工业企业产品质量合格率", "县域规上工业企业产品质量合格率", "规上制造业企业产品质量监督抽查合格率"]) {
    expect(synonyms.keyOf(name)).toBe("制造业产品质量合格率");
  }
  // The enterprises of another measure, or a rate no group lists, name no listed rate.
  expect(synonyms.keyOf("规上工业企业研发投入强度")).toBe("规上工业企业研发投入强度");
  expect(synonyms.keyOf("规上工业企业质量管理体系认证覆盖率")).toBe("规上工业企业质量管理体系认证覆盖率");
});

// Per-head food sampling written as a goal, a table row or a task is one indicator: 安全 after 食品,
// 监督 before 抽检 and the amount's 量 name nothing else; the doing itself (抽检, 监测) does.
it("reads the writings of one amount of work as one indicator, and another doing as another", () => {
  const synonyms = synonymsFor(undefined);
  const key = synonyms.keyOf("每千人食品抽检量");
  for (const name of ["每千人食品安全监督抽检", "每千人口食品抽检量", "每千人食品安全抽检", "每千人食品监督抽检量"]) expect(synonyms.keyOf(name), name).toBe(key);
  for (const name of ["每千人食品安全风险监测", "每千人食品安全监测", "每千人药品抽检量"]) expect(synonyms.keyOf(name), name).not.toBe(key);
  expect(normalizeIndicator("食品安全监督抽检量")).toBe("食品安全监督抽检");
  // A rate's sampling words still go: the 食品监督抽检合格率 is the 食品抽检合格率.
  expect(synonyms.keyOf("食品监督抽检合格率")).toBe("食品抽检合格率");
});

// One plan's statements: a name written two ways is one; two names of one group written side by side
// are two, and so are two narrower samplings each named.
it("keys one plan's statements by their writing within a synonym group", () => {
  const synonyms = synonymsFor(undefined);
  expect(synonyms.statementKeyOf("每千人食品安全监督抽检")).toBe(synonyms.statementKeyOf("每千人食品抽检量"));
  expect(synonyms.statementKeyOf("农产品质量安全例行监测合格率")).not.toBe(synonyms.statementKeyOf("食用农产品例行监测合格率"));
  expect(synonyms.narrowMethodOf("食品评价性抽检合格率")).toBe("评价性抽检");
  expect(synonyms.narrowMethodOf("食品抽检合格率")).toBeNull();
});

// A plan names the kinds a service covers before it, as examples (家政、养老、托育等生活性服务业…): the
// measure is the one the name after 等 gives, a part of the outline's 服务质量满意度 as it is bare.
it("reads an indicator after kinds listed as its examples (…等) as the indicator named after them", () => {
  const synonyms = synonymsFor(undefined);
  expect(synonyms.wholeOf("家政、养老、托育等生活性服务业质量满意度")).toBe(synonyms.keyOf("服务质量满意度"));
  expect(synonyms.keyOf("家政、养老和托育等生活性服务业质量满意度")).toBe(synonyms.keyOf("生活性服务业质量满意度"));
  // Examples before a name the data does not know keep the name their own.
  expect(synonyms.keyOf("家政、养老等行业从业人员")).toBe("家政、养老等行业从业人员");
  expect(synonyms.wholeOf("家政、养老等行业从业人员")).toBeNull();
});
