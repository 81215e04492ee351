import { expect, it } from "vitest";
import { describeFreshPlan, figures } from "../support/freshPlan";

/**
 * qa-54f: seven plans of genres no other fixture is (test/fixtures/plans-new/README.md lists what
 * is planted): a city's 质量月 活动方案 (活动主题, 活动时间, 组织领导 chapters before 活动内容), a
 * county 市场监管局's 小微企业质量管理体系认证提升行动 plan citing one sentence of the outline, a
 * city's 质量强市示范城市 创建 plan (创建目标, 组织机构, 创建任务, 时间安排), a county's 电动自行车
 * 专项整治 plan (整治目标, 整治范围, 整治内容), a district's 旅游服务质量 plan whose units are in its
 * 分工表 only, a city's 地理标志 plan pasted from its web page, and a 农业农村局's 2025—2027
 * 农产品质量安全 plan with 2027 targets. The CLI must report exactly the planted defects and what a
 * reviewer agrees with, and read the tasks, sectors and years as a reviewer does.
 */
describeFreshPlan(
  "a city's 2025 质量月 活动方案: its tasks are the 活动内容's items, not the framing chapters",
  "city-quality-month-activities.plan",
  {
    findings: [
      // 市卫健委 twice in one clause.
      [21, "units/duplicate"],
      // 市质监局 beside the 市市场监管局.
      [23, "units/unknown"],
      // （三） then （五）.
      [25, "numbering/sequence"],
      // 黄×× and 0794-8226××× in the contact line.
      [39, "text/placeholder"],
      [39, "text/placeholder"],
    ],
  },
  (plan) => {
    it("reads the 活动内容's items as the tasks coverage counts (before qa-54f: 0/26, 四、活动内容 one task)", async () => {
      const covered = (await plan.coverage()).filter((row) => row.covered);
      expect(covered.map((row) => row.number)).toEqual(expect.arrayContaining(["（二十）", "（二十三）"]));
      for (const row of covered) for (const by of row.by) expect(by.path).toHaveLength(2);
    });

    it("reads the activity's figures as 2025's, the year of its title", async () => {
      expect(await figures(plan, "每千人食品抽检量")).toEqual([[5, 2025]]);
    });
  },
);

describeFreshPlan(
  "a county 市场监管局's 小微企业质量管理体系认证提升行动 plan, a sector plan of firms' quality management",
  "county-micro-certification.plan",
  {
    findings: [
      // 新获得质量管理体系认证的企业不少于  家.
      [9, "targets/blank"],
      // 1）2）3） under （三）: no level of GB/T 9704.
      [23, "numbering/nesting"],
      // 县经信委 (retired in 2018: 县工信局).
      [31, "units/unknown"],
      // （六） names no unit.
      [35, "units/missing-clause"],
      // Not reported since qa-54f: the outline's 制造业, 农产品 and 食品 goals (3 targets/parent-not-localised).
    ],
  },
  (plan) => {
    it("counts its coverage against （二十） and （二十二） and the common items, the 帮扶对象 chapter no task", async () => {
      const rows = await plan.coverage();
      expect(rows.map((row) => row.number)).toEqual(["（二十）", "（二十二）", "（二十三）", "（二十四）", "（二十五）", "（二十六）", "（二十七）"]);
      expect(rows.flatMap((row) => row.by.map((by) => by.path.join("")))).not.toContain("二、");
    });
  },
);

describeFreshPlan(
  "a city's 质量强市示范城市 创建 plan: 创建目标 and 组织机构 are no tasks",
  "city-model-city-creation.plan",
  {
    findings: [
      // 市商务局 twice in one clause.
      [21, "units/duplicate"],
      // 市安监局 (retired in 2018: 市应急局).
      [25, "units/unknown"],
    ],
  },
  (plan) => {
    it("counts the 创建任务 one by one (before qa-54f: 0/26)", async () => {
      const covered = (await plan.coverage()).filter((row) => row.covered).map((row) => row.number);
      expect(covered).toEqual(expect.arrayContaining(["（七）", "（十三）", "（二十一）", "（二十二）"]));
    });

    it("compares its 2026 goals with the outline's", async () => {
      expect((await plan.targets()).find((row) => row.indicator === "制造业产品质量合格率")?.verdict).toBe("meets");
    });
  },
);

describeFreshPlan(
  "a county's 电动自行车 专项整治 plan: 整治目标 and 整治范围 frame the 整治内容",
  "county-ebike-rectification.plan",
  {
    findings: [
      // 电动自行车充电设施覆盖率达到  %.
      [9, "targets/blank"],
      // 县消防救援大队 twice in one clause.
      [21, "units/duplicate"],
      // （五） names no unit.
      [25, "units/missing-clause"],
    ],
  },
  (plan) => {
    it("outlines the four chapters and reads the five items of 整治内容 as its tasks", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、整治目标", "二、整治范围", "三、整治内容", "四、工作步骤"]);
      expect(items[2]!.children).toHaveLength(5);
    });
  },
);

describeFreshPlan(
  "a district's 旅游服务质量 plan whose units are in its 分工表 only",
  "district-tourism-table-only.plan",
  {
    findings: [
      // 等级旅游民宿达到  家.
      [7, "targets/blank"],
      // Not reported since qa-54f: 海会镇人民政府 (line 36), a town whose name ends in 会.
      // 区旅发委 (retired in 2018: 区文广新旅局).
      [38, "units/unknown"],
      // 序号 3 then 5.
      [39, "numbering/table-serial"],
      // 区文广新旅局 twice in row 5.
      [39, "units/duplicate"],
    ],
  },
  (plan) => {
    it("reads the towns' governments the table names as units", async () => {
      const units = (await plan.units()).map((row) => row.unit);
      expect(units).toEqual(expect.arrayContaining(["海会镇人民政府", "虞家河乡人民政府"]));
    });
  },
);

describeFreshPlan(
  "a city's 地理标志 plan pasted from its web page, a plan of the brands sector",
  "city-gi-web.plan",
  {
    findings: [
      // The page's breadcrumb, 来源/发布时间 and share bar.
      [1, "structure/leading-debris"],
      // Not reported since qa-54f: the outline's four quantified goals (targets/parent-not-localised).
      // 地理标志专用标志使用市场主体达到  家.
      [13, "targets/blank"],
      // 市工商局 beside the 市市场监管局.
      [21, "units/unknown"],
      // （五） names no unit.
      [25, "units/missing-clause"],
      // 打印本页, 上一篇/下一篇 and the site's footer.
      [35, "structure/trailing-text"],
    ],
  },
  (plan) => {
    it("counts its coverage against the brands sector's items and the common ones", async () => {
      expect((await plan.coverage()).map((row) => row.number)).toEqual(["（二十）", "（二十一）", "（二十二）", "（二十三）", "（二十四）", "（二十五）", "（二十六）", "（二十七）"]);
    });
  },
);

describeFreshPlan(
  "a 农业农村局's 2025—2027 农产品质量安全 plan with 2027 targets",
  "city-agri-products-2027.plan",
  {
    findings: [
      // 农产品质量安全例行监测合格率 97.5% by 2027, the outline's 98% for 2025.
      [7, "targets/weaker-than-parent"],
      // 农业标准化生产普及率达到  %.
      [7, "targets/blank"],
      // 市农业局 beside the 市农业农村局.
      [17, "units/unknown"],
      // 3.推进追溯平台互联互通。 — 2.'s heading again with no words and no unit (silent before qa-54f).
      [22, "structure/duplicate-task"],
    ],
  },
  (plan) => {
    it("reads its goals as 2027's", async () => {
      expect(await figures(plan, "农产品质量安全追溯覆盖率")).toEqual([[95, 2027]]);
    });
  },
);
