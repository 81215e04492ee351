import { expect, it } from "vitest";
import { describeFreshPlan, figures } from "../support/freshPlan";

/**
 * qa-50e: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): an autonomous prefecture's 质量强州 plan (州 departments, 各县（市）人民政府,
 * 州直各有关单位, the province's 各市、州 wording), a district's plan in a 直辖市 citing the
 * municipality's own 实施意见 with 2025 and 2027 targets, 区 departments named as 重庆's districts name
 * them and a Word comment left in; and a city 人民政府办公室's notice carrying three attachments
 * (the plan, a 重点任务分工表, a 主要指标表 of 2023年基期 / 2025年 / 2027年 / 指标属性) copied from
 * its PDF, page numbers and a running head in it and a table row broken across a page's edge.
 * The CLI must report exactly the planted defects and what a reviewer agrees with.
 */
describeFreshPlan(
  "an autonomous prefecture's 质量强州 plan with 州 departments and 各县（市）人民政府",
  "prefecture-quality-qiandongnan.plan",
  {
    findings: [
      // The outline's 制造业质量竞争力指数, which the prefecture sets no figure for (a hint).
      [30, "targets/parent-not-localised"],
      // 食品抽检合格率达到97%以上 by 2025, the outline's 98%; 新增地理标志保护产品  个.
      [32, "targets/weaker-than-parent"],
      [32, "targets/blank"],
      // 州农业农村局 twice in one clause.
      [52, "units/duplicate"],
      // 州质监局 (retired in 2018: 州市场监管局).
      [62, "units/unknown"],
      // （二）1. 2. 3. 3.
      [68, "numbering/sequence"],
      // Row 5 leaves out the text's 州水务局.
      [129, "units/table-mismatch"],
      // The contact line's 杨×× and 0855-8222×××.
      [146, "text/placeholder"],
      [146, "text/placeholder"],
    ],
  },
  (plan) => {
    it("reads the 州 departments as the prefecture's, the retired 州质监局 as its successor", async () => {
      expect((await plan.unit("州市场监管局"))?.writings).toEqual(["州市场监管局", "州质监局"]);
      expect((await plan.unit("州民宗委"))?.tasks).toBe(1);
      expect((await plan.unit("凯里经济开发区管委会"))?.tasks).toBe(2);
      // 各县（市）人民政府 and 州直各有关单位 are groups, not units of the report.
      expect((await plan.units()).map((row) => row.unit)).not.toContain("各县（市）人民政府");
    });

    it("outlines the plan under its notice, the 实施步骤 and 保障措施 after the tasks", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、重点任务", "三、实施步骤", "四、保障措施"]);
      expect(items[1]!.children.map((item) => item.children.length)).toEqual([5, 5, 4, 3, 3]);
    });

    it("compares the 2025 figures with the outline's and the 2027 ones with them too", async () => {
      const rows = (await plan.targets()).filter((row) => row.indicator === "食品抽检合格率");
      expect(rows.map((row) => [row.value, row.horizon, row.verdict])).toEqual([
        [97, 2025, "weaker"],
        [98, 2027, "meets"],
      ]);
    });
  },
);

describeFreshPlan(
  "a 直辖市 district's plan citing the municipality's 实施意见, with 2025 and 2027 targets",
  "municipal-district-yubei.plan",
  {
    findings: [
      // The notice dated 2024年6月18日, printed on 2024年6月12日.
      [13, "structure/date-order"],
      // 每万人口高价值发明专利拥有量达到  件.
      [29, "targets/blank"],
      // 批注 [李2]: a Word comment the copy brought in.
      [30, "structure/review-markup"],
      // 万元地区生产总值能耗较2023年上升8%: the outline's 不断下降.
      [32, "targets/weaker-than-parent"],
      // 江北区住房城乡建委: another district's body in 渝北's plan (before qa-50h: units/other-place read cities' districts only).
      [66, "units/other-place"],
      // 区工商分局 (merged into the 市场监管局 in 2018): the retired 工商 of a 分局, the clause's
      // 区市场监管局 already listed (before qa-50h: offered as 区公安分局, a near spelling).
      [70, "units/unknown"],
      // （二）1. 2. 3. 5.
      [76, "numbering/sequence"],
    ],
  },
  (plan) => {
    it("reads 重庆's district names (区经济信息委, 区住房城乡建委, 区公安分局, 区法院) as the district's", async () => {
      expect((await plan.unit("区经济信息委"))?.tasks).toBe(9);
      expect((await plan.unit("区住房城乡建委"))?.tasks).toBe(3);
      expect((await plan.unit("区公安分局"))?.tasks).toBe(1);
      expect((await plan.unit("区消防救援支队"))?.tasks).toBe(1);
      expect((await plan.unit("空港工业园区管委会"))?.tasks).toBe(2);
    });

    it("outlines 专栏1 under the task it follows", async () => {
      const items = await plan.outline();
      const first = items[1]!.children[0]!;
      expect(first.children.map((item) => item.marker)).toEqual(["1.", "2.", "3.", "4.", "5."]);
      expect(first.children[3]!.children.map((item) => item.marker + item.title)).toEqual(["专栏1先进制造业质量提升重点工程"]);
    });

    it("counts 提升现代服务业质量, whose body names both kinds of services, for （十六） and （十七）", async () => {
      const by = async (number: string) => (await plan.coverage()).find((item) => item.number === number)?.by.map((task) => task.path.join(""));
      // Before qa-50e it went to （七） by the 服务业 of its keywords, and neither kind was covered.
      expect(await by("（十六）")).toEqual(["二、（二）5."]);
      expect(await by("（十七）")).toEqual(["二、（二）5."]);
      expect(await by("（七）")).not.toContain("二、（二）5.");
    });

    it("reads the indicator table's 2025 and 2027 columns against the 2023 base", async () => {
      expect(await figures(plan, "制造业质量竞争力指数")).toEqual([
        [88, 2027],
        [87, 2025],
        [88, 2027],
      ]);
    });
  },
);

describeFreshPlan(
  "a 人民政府办公室's notice with three attachments copied from its PDF",
  "city-office-notice-three-attachments.plan",
  {
    findings: [
      // The notice lists 附件3 as 主要指标表; the attachment is titled 主要指标一览表.
      [14, "xref/attachment-list"],
      // Page numbers — 1 — … — 6 — (— 2 — with the plan's title as its running head).
      [23, "structure/page-number"],
      // 制造业质量竞争力指数达到85.5 by 2025, the outline's 86 (the table's 85.5 is the same target).
      [37, "targets/weaker-than-parent"],
      // Not reported since qa-50h: 上饶高铁经济试验区管委会 and 三清山风景名胜区管委会 (lines 49, 63,
      // 111), zones' committees known by their shape (××试验区, ××风景名胜区), which the notice's
      // 主送机关 names too (units/addressedBodies.ts).
      // 市工商局 (merged into the 市场监管局 in 2018).
      [55, "units/unknown"],
      [59, "structure/page-number"],
      [97, "structure/page-number"],
      // Row 4 leaves out the text's 上饶高铁经济试验区管委会.
      [107, "units/table-mismatch"],
      [113, "structure/page-number"],
      // 序号 11 then 13 on page 5: the row page 4's edge cut is read as one row with its remainder
      // (人民政府  持续推进), and the table goes on past it (model/pageCutRows.ts).
      [120, "numbering/table-serial"],
      [128, "structure/page-number"],
      // The table's 2027 制造业产品质量合格率 ≥95.5, the text's 95%.
      [136, "targets/inconsistent"],
      [150, "structure/page-number"],
    ],
  },
  (plan) => {
    it("outlines the plan of 附件1 under the notice", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、重点任务", "三、保障措施"]);
      expect(items[1]!.children.map((item) => item.children.length)).toEqual([4, 5, 4, 4]);
    });

    it("reads 附件3's 2025 and 2027 columns against its 2023 base", async () => {
      expect(await figures(plan, "制造业产品质量合格率")).toEqual([
        [94, 2025],
        [95, 2027],
        [94, 2025],
        [95.5, 2027],
      ]);
    });

    it("reads the rows before the page's edge as the 分工表's", async () => {
      expect((await plan.unit("市文广新旅局"))?.tasks).toBe(1);
      expect((await plan.unit("上饶经济技术开发区管委会"))?.tasks).toBe(2);
    });

    it("reads the row broken across page 4's edge as one row, and the table on past it (model/pageCutRows)", async () => {
      expect(await plan.findings()).toContainEqual([120, "numbering/table-serial"]);
      // Rows 9 to 17 are the table's rows: row 9's 配合单位 support 二、（二）5. in the units report.
      expect((await plan.unit("市民政局"))?.taskList).toMatchObject([{ path: ["二、", "（二）", "5."], role: "support" }]);
    });
  },
);
