import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../server/src/cli/main";
import { SEEDS_DIR } from "../support/seeds";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const GANZHOU = join(SEEDS_DIR, "ganzhou-2024.txt");

describe("plancheck coverage", () => {
  it("emits the Coverage JSON contract for the plan's parent", async () => {
    const { code, out } = await run(["coverage", "--format", "json", GANZHOU]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report).slice(0, 6)).toEqual(["version", "file", "parent", "covered", "total", "items"]);
    expect(report).toMatchObject({ version: 1, file: GANZHOU, parent: "质量强国建设纲要", total: 26 });
    expect(report.items[0]).toMatchObject({ number: "（三）", title: "增强质量发展创新动能" });
    expect(report.covered).toBe(report.items.filter((i: { covered: boolean }) => i.covered).length);
    const seventeen = report.items.find((i: { number: string }) => i.number === "（十七）");
    // 9. is most like （十七）; 10. (public services) quotes its 适老化、适儿化、无障碍改造.
    expect(seventeen.by).toEqual([
      { path: ["二、", "（二）", "9."], how: "inferred", score: expect.any(Number) },
      { path: ["二、", "（二）", "10."], how: "inferred", score: expect.any(Number) },
    ]);
    expect(seventeen.by[0].score).toBeGreaterThan(0.2);
    expect(seventeen.by[0].score).toBeLessThanOrEqual(1);
  });

  it("counts annotations as coverage (score 1), a section number for each of its items", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-coverage-"));
    const file = join(folder, "示例.plan");
    writeFileSync(file, "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.发展产业。推进产业发展。〔对应纲要：（二十八）〕\n2.服务供给。增加服务。〔对应纲要：七〕\n");
    const report = JSON.parse((await run(["coverage", "--format", "json", file])).out);
    const byNumber = (n: string) => report.items.find((i: { number: string }) => i.number === n);
    expect(byNumber("（二十八）").by).toEqual([{ path: ["一、", "1."], how: "annotation", score: 1 }]);
    expect(["（十六）", "（十七）", "（十八）"].map((n) => byNumber(n).covered)).toEqual([true, true, true]);
    expect(report.covered).toBe(4);
  });

  it("says which items are outside the count and why, and lists an annotation to one of them", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-coverage-"));
    const file = join(folder, "示例.plan");
    writeFileSync(file, "示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推进质量管理〔对应纲要：（二十）〕\n1.推广先进质量管理方法。\n（二）加强组织领导〔对应纲要：（二十九）〕\n1.坚持党的领导。\n");
    const report = JSON.parse((await run(["coverage", "--format", "json", file])).out);
    expect(report.total).toBe(26);
    expect(report.outOfScope.map((i: { number: string; reason: string }) => `${i.number}${i.reason}`)).toEqual([
      "（一）general-requirements",
      "（二）general-requirements",
      "（二十九）safeguards",
      "（三十）safeguards",
      "（三十一）safeguards",
      "（三十二）safeguards",
    ]);
    const twentyNine = report.outOfScope.find((i: { number: string }) => i.number === "（二十九）");
    expect(twentyNine).toMatchObject({ title: "加强党的全面领导", section: "十一、加强组织保障" });
    expect(twentyNine.by[0]).toMatchObject({ path: ["一、", "（二）"], how: "annotation", score: 1 });
    const markdown = (await run(["coverage", file])).out;
    expect(markdown).toContain("（《质量强国建设纲要》共 32 条，6 条不计入，见文末）");
    expect(markdown).toContain("不计入覆盖率：（一）（二）属“二、总体要求”，是指导思想和目标，不是要落实的任务；（二十九）（三十）（三十一）（三十二）属“十一、加强组织保障”");
    expect(markdown).toMatch(/\| （二十九） \| 加强党的全面领导（标题未核实） \| 十一、加强组织保障 \| 一、[^|]*（二） 加强组织领导（标注）/);
    const csv = (await run(["coverage", "--format", "csv", file])).out;
    expect(csv).toContain(`,（二十九）,加强党的全面领导,否（属十一、加强组织保障）,是,`);
  });

  it("writes Markdown by default and CSV with a BOM", async () => {
    const markdown = await run(["coverage", GANZHOU]);
    expect(markdown.out).toContain("# 《质量强国建设纲要》任务覆盖情况");
    expect(markdown.out).toMatch(/覆盖 \d+\/26 项任务/);
    expect(markdown.out).toContain("| （二十八） | 加强质量国际合作（标题未核实） | ✗ 未覆盖 |");
    const csv = await run(["coverage", "--format", "csv", GANZHOU]);
    expect(csv.out.startsWith("\uFEFF文件,上位文件,编号,标题,计入覆盖率,是否覆盖,对应任务\r\n")).toBe(true);
  });

  it("says how to name a parent when the plan has none (exit 2), and takes --parent", async () => {
    const chengdu = join(SEEDS_DIR, "chengdu-2023-draft.txt");
    const none = await run(["coverage", chengdu]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("找不到方案的上位文件");
    const given = await run(["coverage", "--parent", "质量强国建设纲要", "--format", "json", chengdu]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.out).covered).toBeGreaterThan(15);
  });
});
