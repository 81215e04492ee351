import { expect, it } from "vitest";
import { isZoneEntry, mayNameZone } from "../../server/src/core/units/zoneSlots";
import { registryFor } from "../../server/src/core/units/registry";

it("takes a place, an industry or theme, or both for a zone's ××", () => {
  for (const slot of ["赣州", "章贡", "南部县", "三清山", "空港", "屈原", "水西有色冶金", "上饶高铁经济", "台商", "自由贸易", "江西信丰", "莫干山国际", "嘉定", "江北", "横琴", "紫竹", "未来"]) expect(mayNameZone(slot), slot).toBe(true);
});

it("takes no company's name for a zone's ××", () => {
  for (const slot of ["京东方", "比亚迪", "京东方科技", "阿里巴巴"]) expect(mayNameZone(slot), slot).toBe(false);
});

it("reads the zones' entries by their 管委会, not every entry with a place", () => {
  const registry = registryFor(undefined, undefined);
  expect(isZoneEntry(registry.resolve("赣州高新区管委会")!.entry)).toBe(true);
  expect(isZoneEntry(registry.resolve("水西科技园")!.entry)).toBe(true);
  expect(isZoneEntry(registry.resolve("赣州海关")!.entry)).toBe(false);
  // A company's park is no zone the registry knows.
  expect(registry.resolve("京东方科技园管委会")).toBeNull();
});

it("reads a theme word the zone's kind finishes (张江高|科技园区)", () => {
  expect(mayNameZone("张江高", "科技园区管委会")).toBe(true);
  expect(mayNameZone("京东方", "科技园管委会")).toBe(false);
  const registry = registryFor(undefined, undefined);
  for (const name of ["张江高科技园区管委会", "横琴新区管委会", "紫竹高新区管委会", "未来科技城管委会"]) expect(registry.resolve(name), name).not.toBeNull();
});

it("reads a place the gazetteers list as a place whatever its last character, with a theme after it or none", () => {
  const registry = registryFor(undefined, undefined);
  // 景德镇 is a prefecture, no 镇 of a place 景德: a zone after it is the city's (its name holds no town's body).
  for (const name of ["景德镇陶瓷工业园区", "景德镇新材料产业园区管委会", "景德镇高新区"]) expect(registry.resolve(name)?.place, name).toMatch(/^景德镇/);
  // 新会 and 四会 are districts and a county-level city: their 会 is no committee's.
  for (const name of ["新会经开区", "四会工业园区"]) expect(registry.resolve(name)?.place, name).toBe(name.slice(0, 2));
  // Two departments run together stay two: no place holds a unit's name the gazetteers do not list.
  expect(registry.resolve("市工信局市财政局")).toBeNull();
});

it("reads a theme word's head the kind finishes only where the place reads so: 兴化|工业园区 is 兴化's", () => {
  for (const slot of ["兴化", "奉化", "怀化", "通化"]) expect(mayNameZone(slot, "工业园区"), slot).toBe(true);
  expect(mayNameZone("张江高", "科技园区")).toBe(true);
  const registry = registryFor(undefined, undefined);
  expect(registry.resolve("兴化工业园区管委会")?.place).toBe("兴化");
});
