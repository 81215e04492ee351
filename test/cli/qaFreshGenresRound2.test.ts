import { expect, it } from "vitest";
import { describeFreshPlan } from "../support/freshPlan";

/**
 * qa-47a: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): a district's 质量提升行动方案 with 专栏 boxes, its 主要指标 table (基期, 目标,
 * 属性) in the first box and a 分工表 with 完成时限 in its 附件; a province's 检验检测 plan copied out of
 * Word (full-width indents, Word's list numbering turned into text with its tabs on the heading
 * levels only, 1． typed, soft line breaks inside sentences, a 责任单位 line under each task); a
 * city's 标准化 three-year 行动计划 with a 完成时限 line under each task, targets in prose with
 * Chinese numerals and the 落款 and 抄送 at its end. The CLI must report exactly the planted defects
 * and what a reviewer agrees with (rule and 1-based line).
 */
describeFreshPlan(
  "a district's 质量提升行动方案 with 专栏 boxes and an indicator table",
  "district-quality-boxes.plan",
  {
    findings: [
      // The table's 制造业产品质量合格率 ≥93, the outline's 94 (and below its own 2024 base of 93.5).
      [18, "targets/weaker-than-parent"],
      [18, "targets/weaker-than-baseline"],
      // 质量管理体系认证率达到  %: the figure left blank.
      [32, "targets/blank"],
      // （一）1. 2. 2.: the third task numbered 2. again.
      [34, "numbering/sequence"],
      // 区经信委: retired in 2018 (区工信局).
      [34, "units/unknown"],
      // （二）3. names no unit, where every other task does.
      [48, "units/missing-clause"],
      // The table's row 5 leaves out the text's 区水务局.
      [81, "units/table-mismatch"],
    ],
  },
  (plan) => {
    it("reads the table's rows as the goals, inside 专栏1", async () => {
      const rows = await plan.targets();
      const table = rows.filter((row) => row.range.start.line + 1 >= 18 && row.range.start.line + 1 <= 24);
      expect(table.map((row) => [row.indicator, row.value, row.horizon])).toEqual([
        ["制造业产品质量合格率", 93, 2025],
        ["食品抽检合格率", 98, 2025],
        ["农产品质量安全例行监测合格率", 98, 2025],
        ["规模以上工业企业研发经费投入强度", 2.6, 2025],
        // The noun names its own doing and keeps its verb, as the text's (line 56) does (qa-49a).
        ["主导或参与制修订国家、行业标准", 25, 2025],
        ["省级以上质量奖", 2, 2025],
        ["公共服务质量满意度", 85, 2025],
      ]);
    });

    it("counts the retired 区经信委 as the 区工信局", async () => {
      expect((await plan.unit("区工信局"))?.writings).toEqual(["区工信局", "区经信委"]);
    });
  },
);

describeFreshPlan(
  "a province's 检验检测 plan copied out of Word",
  "province-testing-word.plan",
  {
    findingsTest: "reports the planted defects, the copy's tabs once, and its soft line breaks once",
    findings: [
      // 《质量强国建设纲要》（中发〔2023〕17号）; 国办发（2020）29号 in （）.
      [13, "xref/title"],
      [13, "xref/doc-number"],
      // Word's manual line break (U+000B) inside the preamble's sentence.
      [13, "text/invisible-char"],
      // Word's list numbering on the 一、 and （一） levels left a tab after each: one finding.
      [15, "numbering/marker-space"],
      // Soft line breaks inside most paragraphs' sentences (10): the copy's habit, one finding.
      [16, "text/broken-sentence"],
      // 检验检测报告抽查合格率达到  %以上.
      [19, "targets/blank"],
      // 1． with a full-width dot throughout: one finding.
      [23, "numbering/marker-style"],
      // （一）1． 2． 4．
      [29, "numbering/sequence"],
      // （二）2． has no 责任单位 line; the line under 3． is 3．'s, not 2．'s and 3．'s.
      [36, "units/missing-clause"],
      // 省食药监局: retired in 2018.
      [46, "units/unknown"],
    ],
  },
  (plan) => {
    it("gives each 责任单位 line to the task above it only", async () => {
      expect((await plan.unit("省数据资源局"))?.taskList.map((task) => task.path.join(""))).toEqual(["二、（二）3．"]);
      // Anhui kept its 经济和信息化厅 in 2018: a name of the registry, no finding.
      expect((await plan.unit("省经济和信息化厅"))?.tasks).toBe(1);
      expect((await plan.unit("省市场监管局"))?.writings).toEqual(["省市场监管局", "省食药监局"]);
    });
  },
);

describeFreshPlan(
  "a city's 标准化 three-year 行动计划 with yearly deadlines and figures in words",
  "city-standards-three-year.plan",
  {
    findingsTest: "reports the planted defects and nothing else: the 落款, 抄送 and 印发 lines are the document's end",
    findings: [
      // 食品抽检合格率达到百分之九十七以上, the outline's 98%.
      [7, "targets/weaker-than-parent"],
      // 标准化良好行为AAAA级以上企业达到  家.
      [9, "targets/blank"],
      // 配合单位：市质监局.
      [29, "units/unknown"],
      // （二）3. names no unit.
      [32, "units/missing-clause"],
      // （三） twice.
      [43, "numbering/sequence"],
    ],
  },
  (plan) => {
    it("reads the figures written in Chinese numerals, a score in 分 among them", async () => {
      const rows = await plan.targets();
      const read = (indicator: string) => rows.filter((row) => row.indicator === indicator).map((row) => [row.value, row.unit]);
      // The list's verb, a noun that names its doing (主导或参与制修订), is kept in each name (targets/README).
      expect(read("主导或参与制修订国家标准")).toEqual([[300, "项"]]);
      expect(read("企业标准“领跑者”")).toEqual([[3000, "家"]]);
      expect(read("农业标准化生产普及率")).toEqual([[95, "%"]]);
      expect(read("公共服务质量满意度")).toEqual([[85, "分"]]);
    });
  },
);
