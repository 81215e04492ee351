import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { builtinParents } from "../../server/src/core/parents/index";
import { CliConfigs } from "../../server/src/cli/configs";
import { tempFolder } from "../support/tempFiles";

describe("plancheck parent", () => {
  it("prints the built-in outline as plan markup, by title or id", async () => {
    const byTitle = await run(["parent", "质量强国建设纲要"]);
    expect(byTitle.code).toBe(0);
    expect(byTitle.out).toBe(builtinParents()[0]!.text);
    expect(byTitle.out).toContain("（七）提高产业质量竞争水平。");
    expect((await run(["parent", "quality-power-outline-2023"])).out).toBe(byTitle.out);
  });

  it("prints sections, items and 2025 targets as JSON", async () => {
    const { code, out } = await run(["parent", "--format", "json", "《质量强国建设纲要》"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ version: 1, id: "quality-power-outline-2023", docNumber: "中发〔2022〕17号" });
    expect(json.items).toHaveLength(32);
    expect(json.items[6]).toMatchObject({ number: "（七）", title: "提高产业质量竞争水平", section: "四", verified: true });
    expect(json.targets2025.find((t: { indicator: string }) => t.indicator === "制造业质量竞争力指数")).toMatchObject({ value: 86, quantified: true });
  });

  it("names the known parents for an unknown name (exit 2)", async () => {
    const { code, err } = await run(["parent", "质量强国纲要"]);
    expect(code).toBe(2);
    expect(err).toContain("未知的上位文件“质量强国纲要”");
    expect(err).toContain("quality-power-outline-2023");
  });
});

describe("a parent printed by `plancheck parent`, localised and named in .plancheck.json", () => {
  it("holds a plan to its split joint indicator, and is not its own parent when its folder is checked", async () => {
    const dir = tempFolder("printed-parent");
    const printed = await run(["parent", "质量强国建设纲要"]);
    writeFileSync(join(dir, "质量强国建设纲要.plan"), printed.out);
    writeFileSync(join(dir, ".plancheck.json"), '{ "parents": ["质量强国建设纲要.plan"] }');
    writeFileSync(join(dir, "方案.plan"), "示例市方案\n一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到97%，制造业产品质量合格率达到94%以上。\n");
    const plan = await run(["--format", "json", join(dir, "方案.plan")]);
    const weaker = JSON.parse(plan.out).files[0].findings.filter((f: { rule: string }) => f.rule === "targets/weaker-than-parent");
    expect(weaker.map((f: { message: string }) => f.message)).toEqual([expect.stringContaining("“食品抽检合格率”的目标“97%”，低于纲要的98%以上")]);
    const own = await run(["--format", "json", join(dir, "质量强国建设纲要.plan")]);
    const targets = JSON.parse(own.out).files[0].findings.filter((f: { rule: string }) => f.rule.startsWith("targets/"));
    expect(targets).toEqual([]);
  });
});

describe("the CLI's options for a parent file", () => {
  it("leave out the parent read from that very file", () => {
    const dir = tempFolder("parent-options");
    writeFileSync(join(dir, "上位.plan"), "一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到98%以上。\n");
    writeFileSync(join(dir, ".plancheck.json"), '{ "parents": ["上位.plan"] }');
    const configs = new CliConfigs();
    expect(configs.for(join(dir, "上位.plan")).parents).toEqual([]);
    expect(configs.for(join(dir, "方案.plan")).parents!.map((l) => l.entry)).toEqual(["上位.plan"]);
  });
});
