import { expect, it } from "vitest";
import { describeFreshPlan } from "../support/freshPlan";

/**
 * qa-49a: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): a city 市场监管局's own 任务分工方案 for the city's 质量强市 plan, its tasks given
 * to the bureau's 处室 and 直属单位 (牵头处室：…；配合处室：…；责任单位：…), a 分工表 whose columns are
 * 牵头处室 and 配合处室（单位）, and a 联络员 list; a province's 《质量强国建设纲要》重点任务分工方案, a
 * table whose 《纲要》条目 column cites the outline's item each row carries out, with 牵头单位 and
 * 参加单位; a county's 2025—2027 行动计划 with 2027 targets, a 乡镇职责 chapter and a list of the
 * towns' tasks. The CLI must report exactly the planted defects and what a reviewer agrees with.
 */
describeFreshPlan(
  "a 市场监管局's own 任务分工方案 with its 处室 and 直属单位",
  "city-bureau-division-of-tasks.plan",
  {
    findings: [
      // The outline's 农产品 rate, which a bureau's own plan sets no figure for (a hint).
      [25, "targets/parent-not-localised"],
      // 新增省级质量标杆企业  家.
      [27, "targets/blank"],
      // 市工信委 (retired in 2018; the table's row 4 writes 市工业和信息化局).
      [41, "units/unknown"],
      // 配合处室：计量处、计量处.
      [45, "units/duplicate"],
      // （三）1. 2. 2. 4.
      [53, "numbering/sequence"],
      // Row 10 leaves out the text's 市民政局 (before qa-49a its 配合处室（单位） column was not read:
      // 20 rows were said to leave out every 配合 unit, and the 12315 centre and a cell's — were units/unknown).
      [110, "units/table-mismatch"],
    ],
  },
  (plan) => {
    it("reads the 处室 and 直属单位 as units, the 12315 centre among them, under the names a reviewer knows", async () => {
      expect((await plan.unit("质量发展处"))?.tasks).toBe(10);
      expect((await plan.unit("计量处"))?.tasks).toBe(6);
      expect((await plan.unit("市计量测试所"))?.tasks).toBe(1);
      expect((await plan.unit("市12315投诉举报中心"))?.tasks).toBe(1);
      // Named by the table's registry name, not by the retired name the text writes first.
      expect((await plan.unit("市工业和信息化局"))?.writings).toEqual(["市工信委", "市工业和信息化局"]);
      // A dash in the 配合 cell (row 12) is no unit; the 联络员 list is no 分工表.
      expect((await plan.units()).map((row) => row.unit)).not.toContain("—");
      expect((await plan.unit("质量发展处"))?.taskList.map((task) => task.path.join(""))).toContain("二、（四）2.");
    });

    it("outlines the plan under its notice, both attachments after it", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、任务分工", "三、工作要求"]);
      expect(items[1]!.children.map((item) => item.marker)).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]);
    });
  },
);

describeFreshPlan(
  "a province's 纲要 重点任务分工方案 whose table cites the outline's items",
  "province-outline-division-table.plan",
  {
    findings: [
      // Row 21's 第（十三）条 on a task in （十二）'s words (before qa-49a the column was not read).
      [67, "xref/unrelated-section"],
      // 省卫计委 (retired in 2018: 省卫生健康委; before qa-49a the 参加单位 column was not read at all).
      [79, "units/unknown"],
      // Row 38's （二十） before （二十一）'s title.
      [87, "xref/unknown-section"],
      // 序号 38 then 40.
      [88, "numbering/table-serial"],
    ],
  },
  (plan) => {
    it("reads the 参加单位 column, the retired name as its successor", async () => {
      expect((await plan.unit("省教育厅"))?.tasks).toBe(4);
      expect((await plan.unit("省卫生健康委"))?.writings).toEqual(["省卫生健康委", "省卫计委"]);
      expect((await plan.unit("南昌海关"))?.tasks).toBe(1);
    });

    it("counts the items by the numbers the table cites, the wrong one included (the rule asks about it)", async () => {
      const items = await plan.coverage();
      const by = (number: string) => items.find((item) => item.number === number)?.by.map((task) => [task.path.join(""), task.how, task.basis]);
      // Inferred from the sections' words before qa-49a.
      expect(by("（十二）")).toEqual([["附件1三、", "annotation", "cited"]]);
      // Row 21's wrong 第（十三）条 counts for （十三） under 三、, as a wrong annotation does.
      expect(by("（十三）")).toEqual([
        ["附件1三、", "annotation", "cited"],
        ["附件1四、", "annotation", "cited"],
      ]);
      expect(items.filter((item) => !item.covered).map((item) => item.number)).toEqual([]);
    });

    it("outlines the table's sections under its attachment", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、任务分工", "三、有关要求"]);
    });
  },
);

describeFreshPlan(
  "a county's 2025—2027 行动计划 with the towns' own tasks",
  "county-three-year-2027.plan",
  {
    findings: [
      // 2027 figures below the outline's 2025 ones: 93.5% (94%) and 97% (98%); 98.5% is not weaker.
      [33, "targets/weaker-than-parent"],
      [35, "targets/weaker-than-parent"],
      // 97% below the 2024 figure of 97.5% the 发展基础 reports.
      [35, "targets/weaker-than-baseline"],
      // 新增质量管理体系认证企业  家.
      [37, "targets/blank"],
      // 县果业发展中心: a county body the registry cannot know (units.registry takes it).
      [51, "units/unknown"],
      // 县卫计委 (retired in 2018: 县卫健委).
      [61, "units/unknown"],
      // （三） then （五）.
      [71, "numbering/sequence"],
      // Not reported since qa-49a: 附件2's rows, each a town's own task, as restatements of the text's tasks (4 units/table-mismatch).
    ],
  },
  (plan) => {
    it("compares the 2027 figures with the outline's 2025 ones", async () => {
      const verdict = (indicator: string) => plan.targets().then((rows) => rows.filter((row) => row.indicator === indicator).map((row) => [row.value, row.horizon, row.verdict]));
      expect(await verdict("食品抽检合格率")).toEqual([
        [98.5, 2027, "meets"],
        [98.5, 2027, "meets"],
      ]);
      expect(await verdict("农产品质量安全例行监测合格率")).toEqual([
        [97, 2027, "weaker"],
        [97, 2027, "weaker"],
      ]);
    });

    it("gives each town its own task", async () => {
      expect((await plan.unit("油山镇人民政府"))?.taskList.map((task) => task.path.join(""))).toEqual(["附件210"]);
      expect((await plan.unit("嘉定镇人民政府"))?.tasks).toBe(2);
    });
  },
);
