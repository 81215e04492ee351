import { expect, it } from "vitest";
import { registryFor } from "../../server/src/core/units/registry";

const registry = registryFor(undefined, undefined);

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
