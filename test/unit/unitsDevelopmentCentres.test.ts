import { expect, it } from "vitest";
import { registryFor } from "../../server/src/core/units/registry";

const registry = registryFor(undefined, undefined);

it("reads a department's 事业发展中心 by its level word and field, at every level", () => {
  for (const [name, level] of [["省道路运输事业发展中心", "省"], ["省港航事业发展中心", "省"], ["市交通运输事业发展中心", "市"], ["县农机事业发展中心", "县"]] as const) {
    const unit = registry.resolve(name);
    expect(unit?.canonical, name).toBe(name);
    expect(unit?.entry.level, name).toBe(level);
  }
  // One unit per level and field.
  expect(registry.resolve("省港航事业发展中心")!.entry).toBe(registry.resolve("省港航事业发展中心")!.entry);
  expect(registry.resolve("市港航事业发展中心")!.entry).not.toBe(registry.resolve("省港航事业发展中心")!.entry);
});

it("reads no body's, enterprise's or group's name before 事业发展中心 as a field", () => {
  for (const name of ["省交通运输厅事业发展中心", "市江铜集团事业发展中心", "市有关事业发展中心", "各事业发展中心", "省事业发展中心"]) expect(registry.resolve(name), name).toBeNull();
});

it("knows a city's housing bureau named 房管局 or 房产管理局, and its 住房公积金管理中心", () => {
  expect(registry.resolve("区房管局")?.canonical).toBe("区房管局");
  expect(registry.resolve("市住房保障和房屋管理局")?.canonical).toBe("市房管局");
  expect(registry.resolve("市房产管理局")?.canonical).toBe("市房产局");
  expect(registry.resolve("市住房和建设局")?.canonical).toBe("市住建局");
  expect(registry.resolve("市公积金中心")?.canonical).toBe("市住房公积金管理中心");
  // No province keeps a 房管局, nor a district its own 公积金 centre.
  expect(registry.resolve("省房管局")).toBeNull();
  expect(registry.resolve("区住房公积金管理中心")).toBeNull();
});
