import { describe, expect, it } from "vitest";
import { buildRegistry } from "../../server/src/core/units/registry";

/** District bodies named as 成都's and 南京's district plans name them (units/registry.ts). */
describe("district bodies", () => {
  const registry = buildRegistry(undefined);

  it("reads a merged bureau whose departments' stems interleave: 经济、科技和信息化 is 经信 and 科技", () => {
    const short = registry.resolve("区经科信局");
    const full = registry.resolve("区经济科技和信息化局");
    expect(short?.canonical).toBe("区经科信局");
    expect(full?.entry).toBe(short?.entry);
    // A stem no department has inside is none, nor a county's merger named so at a city's level.
    expect(registry.resolve("区经休信局")).toBeNull();
    expect(registry.resolve("市经科信局")).toBeNull();
  });

  it("reads a city committee's district body as a 局: 区新经济局 of 市新经济委", () => {
    expect(registry.resolve("区新经济局")).toMatchObject({ canonical: "区新经济委", form: "alias" });
  });

  it("reads a city bureau's district 分局 named with the district's bare name", () => {
    expect(registry.resolve("鼓楼公安分局")).toMatchObject({ canonical: "市公安局鼓楼分局", place: "鼓楼" });
    expect(registry.resolve("鼓楼公安分局")?.entry).toBe(registry.resolve("市公安局鼓楼分局")?.entry);
    // A county keeps its own bureau; a place the districts table does not list is no district.
    expect(registry.resolve("于都公安分局")).toBeNull();
    expect(registry.resolve("城东公安分局")).toBeNull();
  });
});

/** 深圳's district plans (districts.json's 广东, districtBranches.ts BRANCH_ENDINGS). */
describe("深圳's district offices", () => {
  const registry = buildRegistry(undefined);

  it("reads 南山公安分局 as the city bureau's 分局: 南山 is a listed district of 深圳", () => {
    expect(registry.resolve("南山公安分局")).toMatchObject({ canonical: "市公安局南山分局", place: "南山" });
    expect(registry.resolve("福田公安分局")).toMatchObject({ canonical: "市公安局福田分局" });
  });

  it("reads a bureau's district office named 监管局 or 管理局 as its 分局, one unit with it", () => {
    const office = registry.resolve("市市场监管局南山监管局");
    expect(office).toMatchObject({ canonical: "市市场监管局南山监管局", place: "南山" });
    expect(office?.entry).toBe(registry.resolve("市市场监管局南山分局")?.entry);
    expect(registry.resolve("市生态环境局南山管理局")?.entry).toBe(registry.resolve("市生态环境局南山分局")?.entry);
    // Only after a listed district: a 管理局 after any other name is an office of another kind.
    expect(registry.resolve("市林业局梅岭管理局")).toBeNull();
    expect(registry.resolve("市林业局梅岭分局")).not.toBeNull();
  });

  it("knows 深圳's name for a 金融办", () => {
    expect(registry.resolve("区金融发展服务办公室")).toMatchObject({ form: "alias" });
  });
});
