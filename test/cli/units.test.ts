import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";

const run = runPlancheck;

const GANZHOU = join(SEEDS_DIR, "ganzhou-2024.txt");
/** Two tasks and, on a paragraph of its own after them, the clause of both. */
const GROUP = "一、主要任务\n1.建立品牌培育库。开展工作。\n2.加强品牌指导服务。开展服务。\n〔责任单位：市市场监管局、市商务局〕\n";

describe("plancheck units", () => {
  it("emits the Responsibility JSON contract: one row per clause, units in order, the first unit leading", async () => {
    const { code, out } = (await run(["units", "--format", "json", GANZHOU]));
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    expect(report.rows).toHaveLength(21);
    const first = report.rows[0];
    expect(Object.keys(first)).toEqual(["file", "path", "heading", "label", "units", "lead", "range"]);
    expect(first).toMatchObject({
      file: GANZHOU,
      path: ["二、", "（一）", "1."],
      heading: "加快区域质量创新发展",
      label: "责任单位",
      units: ["市市场监管局", "市科技局", "市工信局", "市发展改革委"],
      lead: "市市场监管局",
    });
    // Task 1 is line 30; its clause starts after the task text.
    expect(first.range.start.line).toBe(29);
    expect(first.range.end.line).toBe(29);
  });

  it("leaves a trailing 等 out of the units and reads 牵头单位 as the lead", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-units-"));
    const file = join(dir, "a.plan");
    writeFileSync(file, "一、主要任务\n1.推进标准创新。〔牵头单位：市市场监管局；配合单位：市工信局、市科技局〕\n2.强化共治。（责任部门:市财政局、市税务局等）\n");
    const rows = JSON.parse((await run(["units", "--format", "json", file])).out).rows;
    expect(rows.map((row: { units: string[]; lead: string; label: string }) => [row.label, row.units, row.lead])).toEqual([
      ["牵头单位", ["市市场监管局", "市工信局", "市科技局"], "市市场监管局"],
      ["责任部门", ["市财政局", "市税务局"], "市财政局"],
    ]);
  });

  it("writes CSV with a header row and quoted fields where needed", async () => {
    const { code, out } = (await run(["units", "--format", "csv", GANZHOU]));
    expect(code).toBe(0);
    // Excel opens UTF-8 CSV as the local code page unless it starts with a BOM.
    expect(out.startsWith("\uFEFF")).toBe(true);
    const lines = out.slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,条目,任务,标签,责任单位,牵头单位");
    expect(lines[1]).toBe(`${GANZHOU},二、 › （一） › 1.,加快区域质量创新发展,责任单位,市市场监管局、市科技局、市工信局、市发展改革委,市市场监管局`);
    expect(lines).toHaveLength(23);
  });

  it("prints Markdown by default, with a summary of tasks and leads per unit", async () => {
    const { out } = (await run(["units", GANZHOU]));
    expect(out).toContain("| 二、 › （一） › 1. | 加快区域质量创新发展 | 责任单位 | 市市场监管局、市科技局、市工信局、市发展改革委 | 市市场监管局 |");
    // 市市场监管局 is listed in 16 of the 21 tasks and leads 10 of them.
    expect(out).toContain("| 市市场监管局 | 16 | 10 |");
  });

  it("counts a group's clause for every task of the group, and a task once however many of its clauses name a unit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-units-"));
    const file = join(dir, "a.plan");
    writeFileSync(file, `${GROUP}3.推进标准创新。〔牵头单位：市工信局〕开展对标。〔配合单位：市工信局、市科技局〕\n`);
    const { out } = await run(["units", file]);
    // Rows are clause × task: the group's clause gives tasks 1. and 2. a row each.
    expect(out).toContain("| 一、 › 1. | 建立品牌培育库 | 责任单位 | 市市场监管局、市商务局 | 市市场监管局 |");
    expect(out).toContain("| 一、 › 2. | 加强品牌指导服务 | 责任单位 | 市市场监管局、市商务局 | 市市场监管局 |");
    // The summary counts tasks, as the editor's hover does: 市工信局 is in one task, which it leads.
    expect(out).toContain("| 市市场监管局 | 2 | 2 |");
    expect(out).toContain("| 市商务局 | 2 | 0 |");
    expect(out).toContain("| 市工信局 | 1 | 1 |");
    // The outline shows the group's units on each task of the group.
    const outline = (await run(["outline", file])).out;
    expect(outline).toMatch(/1\.建立品牌培育库 {2}\(第2行\) {2}〔市市场监管局、市商务局〕/);
    expect(outline).toMatch(/2\.加强品牌指导服务 {2}\(第3行\) {2}〔市市场监管局、市商务局〕/);
  });

  it("exits 2 for an unsupported format or no file", async () => {
    expect((await run(["units", "--format", "sarif", GANZHOU])).code).toBe(2);
    expect((await run(["units"])).code).toBe(2);
  });
});

describe("registry files in the CLI", () => {
  it("reads units.registryFiles relative to .plancheck.json, so their names are known", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-registry-"));
    mkdirSync(join(dir, "units"));
    writeFileSync(join(dir, ".plancheck.json"), '{ "units": { "registryFiles": ["units/local.json"] } }');
    writeFileSync(join(dir, "units", "local.json"), '[\n  // 本市特有单位\n  { "name": "市检验检测院", "aliases": ["市检验检测认证院"] },\n]\n');
    writeFileSync(join(dir, "a.plan"), "一、主要任务\n1.建设平台。〔责任单位：市市场监管局、市检验检测认证院〕\n2.培育人才。〔责任单位：赣南质量学院〕\n");
    const report = JSON.parse((await run(["--format", "json", join(dir, "a.plan")])).out);
    const unknown = report.files[0].findings.filter((f: { rule: string }) => f.rule === "units/unknown");
    expect(unknown.map((f: { message: string }) => f.message)).toEqual(["“赣南质量学院”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）"]);
  });

  it("exits 2 and locates the problems of an invalid or missing registry file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-registry-"));
    writeFileSync(join(dir, ".plancheck.json"), '{ "units": { "registryFiles": ["bad.json", "missing.json"] } }');
    writeFileSync(join(dir, "bad.json"), '[\n  { "name": "市检验检测院", "alias": ["x"] },\n  { "name": 3 }\n]\n');
    writeFileSync(join(dir, "a.plan"), "一、总体要求\n");
    const { code, err } = (await run([join(dir, "a.plan")]));
    expect(code).toBe(2);
    expect(err).toContain("责任单位名录无效");
    expect(err).toMatch(/bad\.json:2:\d+ {2}\[0\]\.alias：未知的配置项：alias/);
    expect(err).toMatch(/bad\.json:3:\d+ {2}\[1\]\.name：类型错误/);
    expect(err).toContain("无法读取责任单位名录文件");
  });
});
