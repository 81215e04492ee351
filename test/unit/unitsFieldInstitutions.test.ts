import { expect, it } from "vitest";
import { registryFor } from "../../server/src/core/units/registry";

const registry = registryFor(undefined, undefined);

it("reads a department's 事业发展中心, station or centre by its level word, field and kind, at every level", () => {
  for (const [name, level] of [
    ["省道路运输事业发展中心", "省"],
    ["省港航事业发展中心", "省"],
    ["市交通运输事业发展中心", "市"],
    ["县农机事业发展中心", "县"],
    ["市建设工程质量安全监督站", "市"],
    ["省建设工程质量安全监督总站", "省"],
    ["县水利工程质量监督站", "县"],
    ["市农业技术推广中心", "市"],
    ["县农技推广站", "县"],
    ["区农产品质量安全检测中心", "县"],
    ["市检验检测中心", "市"],
    ["市综合检验检测中心", "市"],
  ] as const) {
    const unit = registry.resolve(name);
    expect(unit?.canonical, name).toBe(name);
    expect(unit?.entry.level, name).toBe(level);
  }
  // One unit per level, field and kind.
  expect(registry.resolve("市港航事业发展中心")!.entry).not.toBe(registry.resolve("省港航事业发展中心")!.entry);
  expect(registry.resolve("市农技推广站")!.entry).toBe(registry.resolve("市农技推广站")!.entry);
  expect(registry.resolve("县农技推广站")!.entry).not.toBe(registry.resolve("市农技推广站")!.entry);
});

it("revives no retired station and reads no body's, group's or class's words as a field", () => {
  for (const name of ["省交通运输厅事业发展中心", "市江铜集团事业发展中心", "市有关事业发展中心", "各事业发展中心", "省事业发展中心", "市质量技术监督站", "市质监站", "县安监站", "市住建局质量安全监督站", "市有关检测中心", "县级检验检测中心", "市质量监督站", "市推广站"])
    expect(registry.resolve(name), name).toBeNull();
});

it("leaves a 市场监管局's institute to its own reading (市产品质量监督检验所 is the 质检院)", () => {
  expect(registry.resolve("市产品质量监督检验所")?.canonical).toBe("市质检院");
});
