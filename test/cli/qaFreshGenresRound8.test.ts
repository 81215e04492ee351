import { expect, it } from "vitest";
import { describeFreshPlan, figures } from "../support/freshPlan";

/**
 * qa-52f: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): a district's yearly 质量强区 工作要点 pasted from WPS (a blank line after every
 * paragraph, points numbered on across the parts, （责任单位：…） naming 区直部门 and 街道办事处, a
 * 任务清单 and a 指标分解表); a province's 交通运输厅 forwarding the national outline with its own
 * 实施意见, each task group citing the outline's item (落实《纲要》第（十三）条), 2025 and 2035
 * targets side by side in a table, tasks assigned to the 厅's 处室 and the bodies it runs; and a
 * city's 质量工作考核实施方案 (an annual assessment: 考核对象, 考核程序 with dates, a 评分标准 table
 * whose 数据提供单位 assign no task). The CLI must report exactly the planted defects and what a
 * reviewer agrees with.
 */
describeFreshPlan(
  "a district's 2025 质量强区 工作要点 pasted from WPS, 区直部门 and 街道办事处 at the end of each point",
  "district-annual-points-streets.plan",
  {
    findings: [
      // 新增国家级服务业标准化试点  个.
      [20, "targets/blank"],
      // 湓浦街道办事处 twice in one clause.
      [34, "units/duplicate"],
      // 14. then 16.
      [53, "numbering/sequence"],
      // 区市场监管局 区科工信局: a space between two departments.
      [62, "units/separator"],
      // 区旅发委 (retired in 2018: 区文广新旅局).
      [71, "units/unknown"],
      // Not reported since qa-52f: 区机关事务服务中心 (lines 24, 88), the 机关事务管理局's other name.
      // 任务清单 row 11 leaves out the text's 区消防救援大队.
      [100, "units/table-mismatch"],
      // The 任务清单 copies the text's numbers: 14 then 16 there too.
      [104, "numbering/table-serial"],
    ],
  },
  (plan) => {
    it("outlines the points numbered on across the six parts", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual([
        "一、增强质量发展创新动能",
        "二、提升产业质量竞争力",
        "三、加快产品、工程、服务质量提档升级",
        "四、提升企业质量和品牌发展能力",
        "五、推进质量基础设施和质量治理现代化",
        "六、加强组织保障",
      ]);
      expect(items.map((item) => item.children.length)).toEqual([4, 5, 7, 4, 4, 3]);
    });

    it("reads the streets' offices as units and 各街道办事处 as their group", async () => {
      const units = (await plan.units()).map((row) => row.unit);
      expect(units).toEqual(expect.arrayContaining(["甘棠街道办事处", "湓浦街道办事处", "人民路街道办事处", "湖滨街道办事处", "白水湖街道办事处", "区机关事务服务中心"]));
      expect(units).not.toContain("各街道办事处");
      expect((await plan.unit("区文广新旅局"))?.writings).toEqual(expect.arrayContaining(["区旅发委"]));
    });

    it("reads the year's goals as 2025's", async () => {
      expect(await figures(plan, "食品抽检合格率")).toEqual([
        [98.5, 2025],
        [98.5, 2025],
      ]);
      expect(await figures(plan, "国家级服务业标准化试点")).toEqual([[null, 2025]]);
    });
  },
);

describeFreshPlan(
  "a province's 交通运输厅 forwarding the outline with its own 实施意见, items cited and 2025 and 2035 side by side",
  "province-dept-outline-opinion.plan",
  {
    findings: [
      // No hint for the outline's quantified goals of other sectors (制造业, 农产品, 食品): the title
      // names no sector, and the goals, as the coverage, read the issuer's (交通运输厅: docs/sectors.md).
      // 普通国省道优良路率 85 by 2025, below the table's 2022 figure of 88.
      [32, "targets/weaker-than-baseline"],
      // 城市公共交通乘客满意度 ≥86 in the table, 85分以上 in the text.
      [35, "targets/inconsistent"],
      // 省质监局 (retired in 2018), in the text and in the table's row 6.
      [53, "units/unknown"],
      // 8. on 货运物流 cites （十四）, the outline's 建筑材料.
      [58, "xref/unrelated-section"],
      // （五） then （七）, whose heading cites a （三十四） the outline does not have.
      [72, "numbering/sequence"],
      [72, "xref/unknown-section"],
      [97, "units/unknown"],
      // Not reported since qa-52f: the bodies the 厅 runs, named after it (省交通运输工程质量监督管理局,
      // 省交通运输信息中心, 省交通运输科学研究院有限公司, 省交通运输事业发展中心, 省交通运输综合行政执法监督局;
      // before: units/unknown ×8 in the text).
    ],
  },
  (plan) => {
    it("outlines the 意见 under the notice, the task groups citing the outline's items", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、重点任务", "三、保障措施"]);
      expect(items[1]!.children.map((item) => item.title)).toEqual([
        "强化交通工程质量保障（落实《纲要》第（十三）条）",
        "打造交通建造升级版（落实《纲要》第（十五）条）",
        "提升运输服务质量（落实《纲要》第（十六）条、第（十七）条）",
        "加快交通运输质量技术创新（落实《纲要》第（十九）条）",
        "完善交通运输标准体系（落实《纲要》第（二十二）条）",
        "优化行业质量监管（落实《纲要》第（三十四）条）",
      ]);
    });

    it("reports the 厅's divisions and the bodies it runs, the 分工表 merged with the text", async () => {
      const units = await plan.units();
      expect(units.map((row) => row.unit)).toEqual(expect.arrayContaining(["建设管理处", "省交通运输工程质量监督管理局", "省交通运输信息中心", "省交通运输事业发展中心"]));
      expect((await plan.unit("建设管理处"))?.tasks).toBe(6);
    });

    it("reads the 2025 and 2035 columns of the table as the two years' targets", async () => {
      expect(await figures(plan, "高速公路优等路率")).toEqual([
        [90, 2025],
        [95, 2035],
        [90, 2025],
        [95, 2035],
      ]);
    });

    it("counts the items each task group cites", async () => {
      const coverage = await plan.coverage();
      const cited = (number: string) => coverage.find((row) => row.number === number)!.by.filter((by) => by.how === "annotation").map((by) => by.path.join(""));
      // The group by its heading's citation, and each task by the 分工表 row that restates it (对应《纲要》条目).
      expect(cited("（十三）")).toEqual(["二、（一）1.", "二、（一）2.", "二、（一）3.", "二、（一）"]);
      expect(cited("（十四）")).toEqual(["二、（二）6.", "二、（三）8."]);
    });
  },
);

describeFreshPlan(
  "a city's 2025年度 质量工作考核实施方案 with a 评分标准 table",
  "city-quality-assessment-rules.plan",
  {
    findings: [
      // The notice dated 2025年4月10日, printed 2025年4月8日.
      [12, "structure/date-order"],
      // 联系人：市市场监管局质量发展科　张××，电话：0799-6831xxx (the space between office and person
      // is the contact line's, not reported since qa-52f).
      [61, "text/placeholder"],
      [61, "text/placeholder"],
      // The standard scores the 农产品 rate against 97%, the outline's 98%.
      [85, "targets/weaker-than-parent"],
      // And 公共服务质量满意度 against 80分, the city's own plan's 83 for 2025 (its file beside this one).
      [86, "targets/weaker-than-parent"],
      // Not reported since qa-52f: targets/no-goals on the title (an assessment of 2025年度 is a year's).
    ],
  },
  (plan) => {
    it("reads the standard's figures as 2025's", async () => {
      expect(await figures(plan, "食品抽检合格率")).toEqual([[98, 2025]]);
    });

    it("outlines the 考核 parts (the attachments are no part of the outline)", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual([
        "一、考核对象",
        "二、考核原则",
        "三、考核内容",
        "四、考核程序",
        "五、考核等级",
        "六、结果运用",
        "七、工作要求",
        "八、其他事项",
      ]);
    });

    // 序号 14 after 12 in the 评分标准: a table whose 数据提供单位 column is no unit column is no 分工表
    // (model/tables.ts), and numbering/table-serial reads 分工表 only.
    it.fails("finds the 评分标准's 序号 14 after 12", async () => {
      expect(await plan.findings()).toContainEqual([92, "numbering/table-serial"]);
    });
  },
);
