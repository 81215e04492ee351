import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder, tempPlan } from "../support/tempFiles";

const GANZHOU = join(SEEDS_DIR, "ganzhou-2024.txt");

describe("plancheck coverage", () => {
  it("emits the Coverage JSON contract for the plan's parent", async () => {
    const { code, out } = await run(["coverage", "--format", "json", GANZHOU]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report).slice(0, 6)).toEqual(["version", "file", "parent", "covered", "total", "items"]);
    expect(report.inferred).toBe(false);
    expect(report).toMatchObject({ version: 1, file: GANZHOU, parent: "质量强国建设纲要", total: 26 });
    expect(report.items[0]).toMatchObject({ number: "（三）", title: "增强质量发展创新动能" });
    expect(report.covered).toBe(report.items.filter((i: { covered: boolean }) => i.covered).length);
    const seventeen = report.items.find((i: { number: string }) => i.number === "（十七）");
    // 9. is most like （十七）; 10. (public services) quotes its 适老化、适儿化、无障碍改造.
    expect(seventeen.by).toEqual([
      expect.objectContaining({ path: ["二、", "（二）", "9."], how: "inferred", score: expect.any(Number), heading: "促进生活服务品质升级" }),
      expect.objectContaining({ path: ["二、", "（二）", "10."], how: "inferred", score: expect.any(Number), heading: "提升公共服务质量效率" }),
    ]);
    expect(seventeen.by[0].score).toBeGreaterThan(0.2);
    expect(seventeen.by[0].score).toBeLessThanOrEqual(1);
  });

  it("names the article of an item in a document written in articles (第二章 › 第三条 › （一）), as the outline nests it", async () => {
    const dir = tempFolder("coverage");
    const file = join(dir, "a.plan");
    writeFileSync(
      file,
      "示例市质量提升工作办法\n第一章　总则\n第一条　为推动我市质量提升，制定本办法。\n第二章　职责分工\n" +
        "第二条　各部门应当按照下列要求开展工作：\n（一）加强产品质量监督抽查。（责任单位：市市场监管局）\n（二）推进办公场所改造。（责任单位：市机关事务局）\n" +
        "第三条　各区应当做好以下工作：\n（一）做好档案整理。（责任单位：各区人民政府）\n",
    );
    const { out } = await run(["coverage", "--no-config", "--parent", "quality-power-outline-2023", "--format", "json", file]);
    // Each article's （一） counts from （一） again: without the article two tasks had one path.
    expect(JSON.parse(out).unmatched.map((task: { path: string[] }) => task.path)).toEqual([
      ["第二章", "第二条", "（二）"],
      ["第二章", "第三条", "（一）"],
    ]);
  });

  it("counts annotations as coverage (score 1), a section number for each of its items", async () => {
    const file = tempPlan("coverage", "示例.plan", "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.发展产业。推进产业发展。〔对应纲要：（二十八）〕\n2.服务供给。增加服务。〔对应纲要：七〕\n");
    const report = JSON.parse((await run(["coverage", "--format", "json", file])).out);
    const byNumber = (n: string) => report.items.find((i: { number: string }) => i.number === n);
    expect(byNumber("（二十八）").by).toEqual([{ path: ["一、", "1."], how: "annotation", score: 1, heading: "发展产业", basis: null, quote: null, row: null }]);
    expect(["（十六）", "（十七）", "（十八）"].map((n) => byNumber(n).covered)).toEqual([true, true, true]);
    expect(report.covered).toBe(4);
  });

  it("says which items are outside the count and why, and lists an annotation to one of them", async () => {
    const file = tempPlan("coverage", "示例.plan", "示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推进质量管理〔对应纲要：（二十）〕\n1.推广先进质量管理方法。\n（二）加强组织领导〔对应纲要：（二十九）〕\n1.坚持党的领导。\n");
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
    expect(twentyNine.by[0]).toMatchObject({ path: ["一、", "（二）"], how: "annotation", score: 1, heading: "加强组织领导" });
    const markdown = (await run(["coverage", file])).out;
    expect(markdown).toContain("（《质量强国建设纲要》共 32 条，6 条不计入，见文末）");
    expect(markdown).toContain("不计入覆盖率：（一）（二）属“二、总体要求”，是指导思想和目标，不是要落实的任务；（二十九）（三十）（三十一）（三十二）属“十一、加强组织保障”");
    expect(markdown).toContain("| （二十九） | 加强党的全面领导（标题未核实） | 十一、加强组织保障 | 一、 › （二） 加强组织领导（标注）");
    const csv = (await run(["coverage", "--format", "csv", file])).out;
    expect(csv).toContain(`,（二十九）,加强党的全面领导,否,否（属十一、加强组织保障）,是,一、 › （二）,加强组织领导,标注,`);
  });

  it("counts a sector plan against its sector's items and lists the others as another sector's", async () => {
    const file = join(__dirname, "..", "xref", "sector-plans", "construction.plan");
    const report = JSON.parse((await run(["coverage", "--format", "json", file])).out);
    expect(report).toMatchObject({ sectors: ["建设工程"], total: 8 });
    expect(report.items.map((i: { number: string }) => i.number)).toEqual(["（十三）", "（十四）", "（十五）", "（二十三）", "（二十四）", "（二十五）", "（二十六）", "（二十七）"]);
    expect(report.outOfScope.find((i: { number: string }) => i.number === "（七）")).toMatchObject({ reason: "other-sector", section: "四、增强产业质量竞争力", by: [] });
    const markdown = (await run(["coverage", file])).out;
    expect(markdown).toContain("方案标题表明是建设工程领域的专项方案：只计入《质量强国建设纲要》中本领域的条目和各领域共同的条目，其他领域的条目不计入，见文末。");
    expect(markdown).toMatch(/覆盖 \d\/8 项任务（《质量强国建设纲要》共 32 条，24 条不计入，见文末）/);
    expect(markdown).toContain("（二十二）（二十八）不属建设工程领域，是其他领域的任务，不由本领域的专项方案落实；");
    expect(markdown).toContain("| （七） | 提高产业质量竞争水平 | 四、增强产业质量竞争力（其他领域） | — |");
    const csv = (await run(["coverage", "--format", "csv", file])).out;
    expect(csv).toContain(",（七）,提高产业质量竞争水平,是,否（其他领域，属四、增强产业质量竞争力）,否,,,,,\r\n");
    // A plan on quality as a whole names no sector: every item counts, as before.
    expect(JSON.parse((await run(["coverage", "--format", "json", GANZHOU])).out)).toMatchObject({ sectors: null, total: 26 });
  });

  describe("what a reviewer reads", () => {
    // 1. quotes （二十）'s and （二十一）'s phrases and matches neither at the threshold; 2. is about
    // nothing the outline says; 3. is most like （三十二）加强宣传引导, far under the threshold (a heading
    // with 品牌, 打造成都品牌矩阵, names （二十一） and counts for it: test/xref/namedHeadings.test.ts).
    const PLAN =
      "示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）企业\n1.支持企业发展。深入实施“链主”企业培育计划，完善中小企业梯度培育机制，鼓励企业制定质量品牌战略，推动全员、全要素、全过程、全数据应用，评选一批市长奖。\n2.做好防汛抗旱值班工作。\n3.擦亮成都城市名片。推出城市宣传片。\n";
    const planFile = () => {
      const file = join(tempFolder("coverage"), "示例.plan");
      writeFileSync(file, PLAN);
      return file;
    };

    it("JSON: each item's verified flag, each task's heading, why it counts, and the tasks that count for none", async () => {
      const report = JSON.parse((await run(["coverage", "--format", "json", planFile()])).out);
      const byNumber = (n: string) => report.items.find((i: { number: string }) => i.number === n);
      expect(byNumber("（二十）").verified).toBe(true);
      expect(byNumber("（二十二）").verified).toBe(false);
      expect(byNumber("（二十）").by).toEqual([
        { path: ["一、", "（一）", "1."], how: "inferred", score: expect.any(Number), heading: "支持企业发展", basis: "quoted", quote: "全员、全要素、全过程、全数据", row: null },
      ]);
      expect(report.unmatched).toEqual([
        { path: ["一、", "（一）", "2."], heading: "做好防汛抗旱值班工作", nearest: null, row: null },
        { path: ["一、", "（一）", "3."], heading: "擦亮成都城市名片", nearest: { number: "（三十二）", title: "加强宣传引导", score: expect.any(Number) }, row: null },
      ]);
    });

    it("Markdown: the reports' path style, 引用原文 for a credit that rests on a quotation, and the unmatched tasks", async () => {
      const markdown = (await run(["coverage", planFile()])).out;
      expect(markdown).toMatch(/\| （二十） \| 提升全面质量管理水平 \| ✓ \| 一、 › （一） › 1\. 支持企业发展（引用原文“全员、全要素、全过程、全数据”，相似度 0\.\d+）/);
      expect(markdown).toContain("## 未对应上位文件条目的任务");
      expect(markdown).toMatch(/^- 一、 › （一） › 2\. 做好防汛抗旱值班工作$/m);
      expect(markdown).toMatch(/^- 一、 › （一） › 3\. 擦亮成都城市名片（最接近 （三十二）加强宣传引导，相似度 0\.\d+）$/m);
    });

    it("CSV: one row per item and task, with the path, the heading, how and the score each in a column", async () => {
      const csv = (await run(["coverage", "--format", "csv", planFile()])).out;
      const rows = csv.slice(1).trimEnd().split("\r\n").map((line) => line.split(","));
      expect(rows[0]).toEqual(["文件", "上位文件", "编号", "标题", "标题已核实", "计入覆盖率", "是否覆盖", "对应任务", "任务标题", "方式", "相似度", "行号"]);
      const twenty = rows.find((r) => r[2] === "（二十）")!;
      expect(twenty.slice(2, 10)).toEqual(["（二十）", "提升全面质量管理水平", "是", "是", "是", "一、 › （一） › 1.", "支持企业发展", "引用原文"]);
      expect(Number(twenty[10])).toBeLessThan(0.2);
      expect(rows.find((r) => r[2] === "（二十二）")!.slice(4, 12)).toEqual(["否", "是", "否", "", "", "", "", ""]);
      expect(rows.at(-2)!.slice(2, 11)).toEqual(["", "", "", "", "", "一、 › （一） › 2.", "做好防汛抗旱值班工作", "无对应", ""]);
      // The line of the task, for the reviewer to find it: a number to sort by, as the score is.
      expect(Number(rows.at(-2)![11])).toBeGreaterThan(1);
      // What it is most like, as the Markdown says it: a reviewer in a spreadsheet sees it too.
      expect(rows.at(-1)!.slice(7, 9)).toEqual(["一、 › （一） › 3.", "擦亮成都城市名片"]);
      expect(rows.at(-1)![9]).toMatch(/^无对应（最接近 （三十二）加强宣传引导，相似度 0\.\d+）$/);
      expect(rows.at(-1)![10]).toBe("");
    });
  });

  it("writes Markdown by default and CSV with a BOM", async () => {
    const markdown = await run(["coverage", GANZHOU]);
    expect(markdown.out).toContain("# 《质量强国建设纲要》任务覆盖情况");
    expect(markdown.out).toMatch(/覆盖 \d+\/26 项任务/);
    expect(markdown.out).toContain("| （二十八） | 加强质量国际合作（标题未核实） | ✗ 未覆盖 |");
    const csv = await run(["coverage", "--format", "csv", GANZHOU]);
    expect(csv.out.startsWith("\uFEFF文件,上位文件,编号,标题,标题已核实,计入覆盖率,是否覆盖,对应任务,任务标题,方式,相似度,行号\r\n")).toBe(true);
  });

  it("numbers a city plan's tasks 1. 2. … when a 区 plan is read against it", async () => {
    const dir = tempFolder("coverage-city");
    copyFileSync(GANZHOU, join(dir, "赣州市深化质量强市建设实施方案.plan"));
    const district = join(dir, "章贡区.plan");
    writeFileSync(
      district,
      "章贡区深化质量强区建设实施方案\n为全面贯彻落实《赣州市深化质量强市建设实施方案》精神，结合我区实际，制定本实施方案。\n一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。建立政产学研用深度融合的质量创新机制。〔责任单位：区市场监管局〕\n2.保障食品药品安全。强化校园食品安全监管。〔责任单位：区市场监管局〕\n",
    );
    const { code, out } = await run(["coverage", district]);
    expect(code).toBe(0);
    expect(out).toContain("# 《赣州市深化质量强市建设实施方案》任务覆盖情况");
    expect(out).toMatch(/覆盖 2\/21 项任务/);
    expect(out).toContain("“标注”为〔对应赣州市深化质量强市建设实施方案：…〕");
    expect(out).toContain("| 1. | 加快区域质量创新发展 | ✓ |");
    expect(out).toMatch(/未覆盖：2\.增强产业质量竞争能力、3\.打造产业集群质量引领、/);
    expect(out).toContain("不计入覆盖率：（一）（二）属“一、总体要求”");
    const csv = await run(["coverage", "--format", "csv", district]);
    expect(csv.out).toContain(",赣州市深化质量强市建设实施方案,1.,加快区域质量创新发展,是,是,是,");
  });

  it("takes --parent as a .plan file: a 区 plan read against its city's plan wherever that lies", async () => {
    const dir = tempFolder("coverage-parent-file");
    const city = join(dir, "市方案.plan");
    copyFileSync(GANZHOU, city);
    const district = join(tempFolder("coverage-district"), "章贡区.plan");
    writeFileSync(
      district,
      "章贡区质量强区建设实施方案\n一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。建立质量创新机制。〔对应实施方案：1〕〔责任单位：区市场监管局〕\n2.提升工程质量水平。执行工程质量终身责任制。〔责任单位：区住建局〕\n",
    );
    const { code, out } = await run(["coverage", "--parent", city, district]);
    expect(code).toBe(0);
    expect(out).toContain("# 《赣州市深化质量强市建设实施方案》任务覆盖情况");
    expect(out).toContain("| 1. | 加快区域质量创新发展 | ✓ | 一、 › （一） › 1. 加快区域质量创新发展（标注） |");
    expect(out).toMatch(/\| 8\. \| 提升工程质量水平 \| ✓ \| 一、 › （一） › 2\. 提升工程质量水平（推断/);
    const targets = await run(["targets", "--parent", city, "--format", "json", district]);
    expect(targets.code).toBe(0);
    const missing = await run(["coverage", "--parent", join(dir, "无此文件.plan"), district]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取上位文件");
  });

  it("says how to name a parent when the plan has none (exit 2), and takes --parent", async () => {
    // Jiangxi (2016) names no parent; Chengdu cites no title, and its parent is inferred, marked so.
    const jiangxi = join(SEEDS_DIR, "jiangxi-2016.txt");
    const none = await run(["coverage", jiangxi]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("找不到方案的上位文件");
    const given = await run(["coverage", "--parent", "质量强国建设纲要", "--format", "json", jiangxi]);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.out).inferred).toBe(false);
    const chengdu = join(SEEDS_DIR, "chengdu-2023-draft.txt");
    const inferred = await run(["coverage", chengdu]);
    expect(inferred.code).toBe(0);
    expect(inferred.out).toContain("推断为《质量强国建设纲要》");
    expect(JSON.parse((await run(["coverage", "--format", "json", chengdu])).out)).toMatchObject({ inferred: true });
    expect(JSON.parse((await run(["coverage", "--parent", "质量强国建设纲要", "--format", "json", chengdu])).out)).toMatchObject({ inferred: false });
  });

  it("names the documents its preamble cites when none of them is a parent it can read", async () => {
    const file = tempPlan("coverage", "德清县.plan", "德清县数字经济发展行动方案\n为贯彻落实《中共浙江省委 浙江省人民政府关于加快数字经济发展的实施意见》和《湖州市人民政府关于数字经济发展的实施意见》，制定本方案。\n一、重点任务\n（一）推动制造业数字化。（责任单位：县经信局）\n");
    const { code, err } = await run(["coverage", file]);
    expect(code).toBe(2);
    expect(err).toContain("找不到方案的上位文件：方案序言写明贯彻的是《中共浙江省委 浙江省人民政府关于加快数字经济发展的实施意见》《湖州市人民政府关于数字经济发展的实施意见》，本工具没有这些文件");
    // The plan implements the documents it cites: it is told how to give one, never to name the built-in outline.
    expect(err).toContain("在 .plancheck.json 的 parents 中写上该文件的路径");
    expect(err).not.toContain("上位文件: 质量强国建设纲要");
    expect(err).not.toContain("在序言中引用");
  });

  it("compares a county plan citing only its province's and city's 质量强 documents with the outline, inferred through them (QA round 15, 德清)", async () => {
    const file = tempPlan("coverage", "德清县.plan", "德清县深化质量强县建设行动方案\n为贯彻落实《中共浙江省委 浙江省人民政府关于深化质量强省建设的实施意见》和《湖州市人民政府关于深化质量强市建设的实施意见》，制定本方案。\n一、重点任务\n（一）推动制造业质量提升。（责任单位：县经信局）\n");
    const { code, out } = await run(["coverage", file]);
    expect(code).toBe(0);
    expect(out).toContain("方案没有引用上位文件的标题；按所引用的《中共浙江省委 浙江省人民政府关于深化质量强省建设的实施意见》（贯彻它的同一主题的地方文件），推断为《质量强国建设纲要》。");
    expect(JSON.parse((await run(["coverage", "--format", "json", file])).out)).toMatchObject({ inferred: true });
  });

  describe("several plans", () => {
    const NANJING = join(SEEDS_DIR, "nanjing-2023.txt");
    const JIANGXI = join(SEEDS_DIR, "jiangxi-2016.txt");
    /** A folder with ganzhou, jiangxi (2016: before the outline, no parent) and nanjing, read in that order. */
    const folder = () => {
      const dir = tempFolder("coverage");
      copyFileSync(GANZHOU, join(dir, "a-ganzhou.plan"));
      copyFileSync(JIANGXI, join(dir, "b-jiangxi.plan"));
      copyFileSync(NANJING, join(dir, "c-nanjing.plan"));
      return dir;
    };

    it("a folder: one section per plan; a plan without a parent is said so, the others still done, exit 0 (a valid plan, not a bad input)", async () => {
      const dir = folder();
      const { code, out, err } = await run(["coverage", dir]);
      expect(code).toBe(0);
      expect(err).toContain(`${join(dir, "b-jiangxi.plan")}：找不到方案的上位文件`);
      const sections = out.split(/^(?=# )/m);
      expect(sections.map((section) => section.split("\n")[2]!.replace(/：.*/, ""))).toEqual(["a-ganzhou.plan", "b-jiangxi.plan", "c-nanjing.plan"].map((f) => join(dir, f)));
      expect(sections[1]).toContain("找不到方案的上位文件");
      expect(sections[2]).toMatch(/覆盖 \d+\/26 项任务/);
    });

    it("a run that covered no plan at all (every plan without a parent) exits 2: it answered nothing asked", async () => {
      const dir = tempFolder("coverage-none");
      copyFileSync(JIANGXI, join(dir, "a-jiangxi.plan"));
      copyFileSync(JIANGXI, join(dir, "b-jiangxi.plan"));
      const { code, err } = await run(["coverage", dir]);
      expect(code).toBe(2);
      expect(err).toContain(`${join(dir, "b-jiangxi.plan")}：找不到方案的上位文件`);
    });

    it("names two files as check does, and JSON gives them in files[], with the error of the one without a parent", async () => {
      const { code, out } = await run(["coverage", "--format", "json", JIANGXI, GANZHOU]);
      expect(code).toBe(0);
      const report = JSON.parse(out);
      expect(Object.keys(report)).toEqual(["version", "files"]);
      expect(report.files[0]).toEqual({ file: JIANGXI, error: expect.stringContaining("找不到方案的上位文件") });
      expect(report.files[1]).toMatchObject({ file: GANZHOU, parent: "质量强国建设纲要", total: 26 });
      expect(report.files[1].version).toBeUndefined();
      const single = JSON.parse((await run(["coverage", "--format", "json", GANZHOU])).out);
      expect(report.files[1]).toEqual({ ...single, version: undefined });
    });

    it("CSV: one header, then every plan's rows; exit 0 when every plan has a parent", async () => {
      const CHENGDU = join(SEEDS_DIR, "chengdu-2023-draft.txt");
      const { code, out } = await run(["coverage", "--format", "csv", "--parent", "质量强国建设纲要", CHENGDU, GANZHOU]);
      expect(code).toBe(0);
      expect(out.match(/\uFEFF/g)).toHaveLength(1);
      expect(out.match(/^\uFEFF?文件,/gm)).toHaveLength(1);
      const files = new Set(out.trimEnd().split("\r\n").slice(1).map((row) => row.split(",")[0]));
      expect([...files]).toEqual([CHENGDU, GANZHOU]);
    });
  });
});
