import { expect, it } from "vitest";
import { describeFreshPlan } from "../support/freshPlan";

/**
 * qa-48a: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): a city's 年度工作要点 written wholly as a task table (序号｜重点任务｜具体措施｜
 * 牵头单位｜配合单位｜完成时限, section rows, cells merged down, cells Excel quoted for their line
 * breaks); a 高新区 管委会's 质量提升 plan whose units are the zone's own bureaus (区经济发展局,
 * 区市场监督管理分局 …) and city departments' zone branches; a city government's 通知 wrapping its
 * plan, copied from a PDF with page numbers and running heads. The CLI must report exactly the
 * planted defects and what a reviewer agrees with (rule and 1-based line).
 */
describeFreshPlan(
  "a city's 工作要点 written wholly as a task table",
  "city-work-points-table.plan",
  {
    findings: [
      // The outline's 制造业质量竞争力指数 has no figure of the city's (a hint).
      [8, "targets/parent-not-localised"],
      // 新增省级质量标杆企业  家, first in a quoted 具体措施 cell (no target before qa-48a).
      [13, "targets/blank"],
      // 市安监局 (retired in 2018: 市应急局).
      [86, "units/unknown"],
      // 序号 37 then 39.
      [118, "numbering/table-serial"],
      // Not reported since qa-48a: the 注 under the table's last row (…<TAB>持续推进) as a sentence a blank line cut.
    ],
  },
  (plan) => {
    it("reads the section rows as the outline and each row's units, merged cells read through", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual([
        "一、主要目标",
        "二、增强质量发展创新动能",
        "三、提高产业质量竞争力",
        "四、加快产品、工程、服务质量提档升级",
        "五、提升企业质量和品牌发展能力",
        "六、推进质量基础设施和质量治理现代化",
        "七、强化组织保障",
      ]);
      const rows = await plan.units();
      expect((await plan.unit("市市场监管局"))?.tasks).toBeGreaterThan(30);
      expect((await plan.unit("九江经开区管委会"))?.tasks).toBe(1);
      // Row 16's 牵头单位 is merged with row 15's (Word's empty cell): 市市场监管局 leads both.
      expect((await plan.unit("市医保局"))?.taskList.map((task) => task.path.at(-1))).toEqual(["16"]);
      expect(rows.find((row) => row.taskList.some((task) => task.path.at(-1) === "16") && row.unit === "市市场监管局")).toBeDefined();
    });

    it("names each figure in a 具体措施 cell by the cell's own words", async () => {
      const goals = (await plan.targets()).slice(0, 5).map((t) => [t.indicator, t.kind, t.value, t.blank]);
      expect(goals).toEqual([
        // Read as 主要目标's (the task cell's words) before qa-48a, compared with nothing.
        ["制造业产品质量合格率", "level", 94, false],
        ["食品抽检合格率", "level", 98, false],
        ["农产品质量安全例行监测合格率", "level", 98, false],
        ["公共服务质量满意度", "level", 82, false],
        ["省级质量标杆企业", "count", null, true],
      ]);
    });
  },
);

describeFreshPlan(
  "a 高新区 管委会's 质量提升 plan with the zone's own bureaus",
  "zone-quality-upgrade.plan",
  {
    findings: [
      // An industrial zone's plan has no figure for the outline's farm and food rates (hints).
      [27, "targets/parent-not-localised"],
      [27, "targets/parent-not-localised"],
      // 规模以上工业企业质量管理体系认证覆盖率达到  %.
      [29, "targets/blank"],
      // 区安全生产监督管理局 (retired in 2018; the table's row 9 writes 区应急管理局).
      [55, "units/unknown"],
      // 附件1 row 5: 26 standards made by 2023 as the base of the period's 10.
      [115, "targets/weaker-than-baseline"],
      // 附件2 row 4 leaves out the text's 市生态环境局高新区分局.
      [129, "units/table-mismatch"],
      // 联系电话：0701-6288xxx.
      [150, "text/placeholder"],
    ],
  },
  (plan) => {
    it("reads the zone's bureaus and the city's zone branches as units", async () => {
      const tasks = async (name: string) => (await plan.unit(name))?.tasks;
      expect(await tasks("区市场监督管理分局")).toBe(16);
      expect(await tasks("区经济发展局")).toBe(18);
      expect(await tasks("市公安局高新区分局")).toBe(2);
      expect(await tasks("市生态环境局高新区分局")).toBe(1);
      expect((await plan.unit("区应急管理局"))?.writings).toEqual(["区安全生产监督管理局", "区应急管理局"]);
    });

    it("reads 园区 and 园区内 as the zone's own area", async () => {
      const names = (await plan.targets()).map((t) => t.indicator);
      expect(names).toContain("规模以上工业企业产品质量合格率");
      // 内新建工程竣工验收合格率 before qa-48a.
      expect(names).toContain("新建工程竣工验收合格率");
    });
  },
);

describeFreshPlan(
  "a city government's 通知 wrapping its plan, copied from a PDF",
  "city-notice-pdf.plan",
  {
    findingsTest: "reports the planted defects and the page numbers",
    findings: [
      [18, "structure/page-number"],
      // 《质量强国建设纲要》（国发〔2023〕17号）: the outline is 中发〔2022〕17号.
      [24, "xref/title"],
      // 指数85, 合格率93%, 农产品 and 食品 97.5%: below the outline's 86, 94%, 98%.
      [34, "targets/weaker-than-parent"],
      [34, "targets/weaker-than-parent"],
      [34, "targets/weaker-than-parent"],
      [34, "targets/weaker-than-parent"],
      // 认证覆盖率达到xx%.
      [34, "targets/blank"],
      // Pages 2–5 break sentences; each number comes with the running head.
      [63, "structure/page-number"],
      // 市食药监局 (retired in 2018).
      [73, "units/unknown"],
      [89, "structure/page-number"],
      // （五）1. then 3.
      [101, "numbering/sequence"],
      [117, "structure/page-number"],
      [139, "structure/page-number"],
      [150, "structure/page-number"],
    ],
  },
  (plan) => {
    it("outlines the plan, not the notice, and lists no unit from the notice's body", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、重点任务", "三、保障措施"]);
      expect(items[1]!.children.map((item) => item.marker)).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]);
      // The task cut by page 2 is one task with its clause after the page's edge.
      expect(items[1]!.children[1]!.children[1]!.title).toBe("提升产业集群质量引领力");
      const rows = await plan.units();
      // 领导小组办公室（设在市市场监管局） was a unit 设在市市场监管局 before qa-48a.
      expect(rows.some((row) => row.unit.startsWith("设在"))).toBe(false);
      expect((await plan.unit("市市场监管局"))?.writings).toEqual(["市市场监管局", "市食药监局"]);
    });

    it("compares the 2025 goals with the outline and keeps 2027's apart", async () => {
      const rows = (await plan.targets()).filter((t) => t.indicator === "制造业产品质量合格率").map((t) => [t.value, t.horizon, t.verdict]);
      expect(rows).toEqual([
        [93, 2025, "weaker"],
        [94.5, 2027, "meets"],
      ]);
      const uncovered = (await plan.coverage()).filter((item) => !item.covered).map((item) => item.number);
      expect(uncovered).not.toContain("（十）");
      expect(uncovered).not.toContain("（十二）");
    });
  },
);
