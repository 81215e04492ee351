import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";
import { builtinParents } from "../../server/src/core/parents/index";

const run = runPlancheck;

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
