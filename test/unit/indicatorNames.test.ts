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
