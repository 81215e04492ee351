import { expect, it } from "vitest";
import { normalizeIndicator, synonymsFor } from "../../server/src/core/targets/synonyms";

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
