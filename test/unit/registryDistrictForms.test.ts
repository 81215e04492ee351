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
