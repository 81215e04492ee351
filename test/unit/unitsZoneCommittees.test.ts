import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { registryFor } from "../../server/src/core/units/registry";

/**
 * A development zone's or park's 管委会 is known by its kind (××管理区, ××物流园区, ××科技城 beside
 * ××基地, ××新城 …) with its place before it, in a plan that does not address it; a department's
 * name with 管委会 typed after it stays unknown.
 */
const unknownOf = (names: string) => {
  const text = `赣州市章贡区深化质量强区建设实施方案\n一、主要任务\n1.提升产品质量。开展质量提升行动。〔责任单位：区市场监管局、${names}〕\n`;
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
};

it("knows a zone's or park's committee by its kind", () => {
  expect(unknownOf("屈原管理区管委会、水西物流园管委会、水西物流园区、水西科技城管委会、水西产业园管委会")).toEqual([]);
});

it("leaves a department with 管委会 typed after it unknown", () => {
  expect(unknownOf("水西产业园管委员会、区发改管委会、区城管委会、赣州市城管委会、区科技城管委会")).toEqual(["水西产业园管委员会", "区发改管委会", "区城管委会", "赣州市城管委会", "区科技城管委会"]);
});

it("knows the other kinds of zones real plans name by their kind, with any place before them", () => {
  expect(
    unknownOf("水西产业集聚区管委会、赣江新区合作区管委会、章江中央商务区管委会、水西科技园管委会、赣州保税区管委会、赣州综合保税区、赣州自贸片区、赣州高新区、水西新区管委会、水西集聚区、章江商务区"),
  ).toEqual([]);
});

it("knows a park of the plan's own place named by its industry after the level word, and nothing else shaped so", () => {
  // 区文化产业园 is the district's park for the culture industry, as 区财政局 is its finance bureau.
  expect(unknownOf("区文化产业园管委会、区数字经济产业集聚区管委会、区电商产业园管理委员会、区文化创意产业园区、区商务区管委会")).toEqual([]);
  // A level word before a kind alone (市科技园) names no park; a department mistyped, a body's or a
  // company's name before the kind, or a group's word, is no industry.
  expect(unknownOf("市科技园管委会、区市场监官局、区文化产业园管委委会")).toEqual(["市科技园管委会", "区市场监官局", "区文化产业园管委委会"]);
  const registry = registryFor(undefined, undefined);
  for (const name of ["区市场监管局产业园", "区江铜集团产业园", "江铜集团产业园", "区各产业园管委会", "区有关产业园"]) expect(registry.resolve(name), name).toBeNull();
});

it("reads an industry written with the extensions' Han characters (A in the basic plane, B past it) as the others", () => {
  const registry = registryFor(undefined, undefined);
  // 䓍 (U+44CD, extension A) and 𫖯 (U+2B5AF, extension B, two code units): each one character.
  for (const name of ["县䓍草产业园", "县𫖯茶产业园管委会", "县𫖯𫖯𫖯𫖯𫖯𫖯𫖯𫖯工业园"]) expect(registry.resolve(name)?.entry.name, name).toBe(name.replace("管委会", "").replace(/园$/u, "园区"));
  // Nine characters are no industry, however few code units or many they take.
  expect(registry.resolve("县𫖯𫖯𫖯𫖯𫖯𫖯𫖯𫖯𫖯工业园")).toBeNull();
});

it("reads no enterprise's word as an industry, by the one list of them places are read with too", () => {
  const registry = registryFor(undefined, undefined);
  for (const name of ["区国网产业园", "区农商行产业园", "区信用社工业园", "县江铜有限产业园", "市某某有限事业发展中心", "市国网事业发展中心"]) expect(registry.resolve(name), name).toBeNull();
});

it("reads a park named by its industry as one unit whether its kind is written 园 or 园区", () => {
  const registry = registryFor(undefined, undefined);
  const park = registry.resolve("区文化产业园管委会");
  expect(park).not.toBeNull();
  expect(registry.resolve("区文化产业园区管委会")?.entry).toBe(park!.entry);
  expect(registry.resolve("区文化产业园区")?.entry).toBe(park!.entry);
  // Another industry's park is another unit.
  expect(registry.resolve("区物流产业园区")?.entry).not.toBe(park!.entry);
});
