import { expect, it } from "vitest";
import { jsonReport } from "../support/cli";
import { describeFreshPlan, figures, type FreshPlan } from "../support/freshPlan";

/** The units report's notes: where the division of work was read from. */
async function unitNotes(plan: FreshPlan): Promise<string[]> {
  return (await jsonReport<{ files: { notes: { message: string }[] }[] }>("units", plan.path)).files[0]!.notes.map((note) => note.message);
}

/**
 * qa-51f: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): a county's 质量强县 行动计划 under its prefecture city whose tasks name their
 * units on 牵头单位 and 配合单位 lines of their own; a city 市场监管局's own 计量 three-year action
 * pasted from WPS (full-width indents, soft line breaks, a 领导小组 roster set in columns, a
 * 任务清单 headed 责任科室（单位） with 完成时限, a closing 工作要求 chapter); and a province's plan as
 * its government's web page serves it (accessibility and channel bars, metadata, 字号/打印本页/
 * 关闭窗口, `<br>` after every paragraph and `&nbsp;` before it, a share bar and the site's footer).
 * The CLI must report exactly the planted defects and what a reviewer agrees with.
 */
describeFreshPlan(
  "a county's 质量强县 行动计划 with 牵头单位 and 配合单位 lines under each task",
  "county-lead-support-lines.plan",
  {
    findings: [
      // 农产品质量安全例行监测合格率达到97%以上 by 2026, the outline's 98% for 2025.
      [31, "targets/weaker-than-parent"],
      // 县农业农村局 leads on the line above and supports again on this one (before qa-51f the two
      // lines were two clauses, and the repeat was not seen).
      [57, "units/duplicate"],
      // 3、 among 1. 2.
      [63, "numbering/marker-style"],
      // 县安监局 (retired in 2018: 县应急局).
      [71, "units/unknown"],
      // 提质扩容。。
      [73, "punct/repeated"],
      // （三）3. has no 牵头单位 line.
      [77, "units/missing-clause"],
    ],
  },
  (plan) => {
    it("reads each task's 牵头单位 and 配合单位 lines as its lead and supporting units", async () => {
      const agriculture = await plan.unit("县农业农村局");
      // 二、（二）1.: lead once, though the 配合单位 line names it again.
      expect(agriculture?.taskList.filter((task) => task.path.join("") === "二、（二）1.")).toEqual([{ path: ["二、", "（二）", "1."], heading: "强化农产品质量安全监管", role: "lead" }]);
      expect((await plan.unit("县工信局"))?.tasks).toBe(8);
      // 各乡（镇）人民政府 is a group, not a unit of the report; 县直各有关单位 names none.
      expect((await plan.units()).map((row) => row.unit)).not.toContain("各乡（镇）人民政府");
    });

    it("outlines the plan under its notice, the 实施步骤 and 保障措施 after the tasks", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、重点任务", "三、实施步骤", "四、保障措施"]);
      expect(items[1]!.children.map((item) => item.children.length)).toEqual([3, 3, 4, 3, 3, 3]);
    });

    it("compares the 2026 figures with the outline's 2025 ones", async () => {
      const rows = (await plan.targets()).filter((row) => row.indicator === "农产品质量安全例行监测合格率" || row.indicator === "食品抽检合格率");
      expect(rows.map((row) => [row.indicator, row.value, row.horizon, row.verdict])).toEqual([
        ["食品抽检合格率", 98, 2026, "meets"],
        ["农产品质量安全例行监测合格率", 97, 2026, "weaker"],
      ]);
    });
  },
);

describeFreshPlan(
  "a city 市场监管局's 计量 three-year action pasted from WPS, its 任务清单 headed 责任科室（单位）",
  "dept-metrology-wps.plan",
  {
    findings: [
      // The notice dated 2024年2月30日.
      [11, "structure/impossible-date"],
      // WPS's soft line breaks inside three sentences (17, 69, 92).
      [17, "text/broken-sentence"],
      // 新建社会公用计量标准  项.
      [35, "targets/blank"],
      // The fourth soft break, between two characters (确认 / 覆盖率): read as a paragraph that
      // lacks its end, as any line is that ends in a character and has a line under it.
      [35, "punct/sentence-end"],
      [69, "text/broken-sentence"],
      // （五）（五）（七）.
      [72, "numbering/sequence"],
      [92, "text/broken-sentence"],
      // Not reported since qa-51f: the 领导小组's roster (组　长：刘志强　　局党组书记、局长; 肖　静),
      // set in columns by spaces on purpose (before: punct/han-space ×3 and punct/sentence-end ×2),
      // and the closing 工作要求 chapter's items, no tasks (before: units/missing-clause ×5).
      // 附件1 row 3 leaves out the text's 各县（市、区）市场监管局, and row 5 is due 2027年6月底前, after
      // the plan's 2024—2026 (before qa-51f the 责任科室（单位） column was no unit column: the table
      // was not read).
      [121, "units/table-mismatch"],
      [123, "structure/deadline-period"],
    ],
  },
  (plan) => {
    it("reads 附件1's 责任科室（单位） column as the division of work", async () => {
      expect(await unitNotes(plan)).toContain("责任分工读自附件1“吉安市计量能力提升三年行动任务清单”（列：序号、工作任务、具体内容、责任科室（单位）、完成时限），共 11 行");
      // The bureau's divisions and institute, no unknown bodies: the plan is the bureau's own.
      expect((await plan.units()).map((row) => [row.unit, row.tasks])).toEqual([
        ["计量科", 11],
        ["市计量测试所", 7],
        ["办公室", 3],
        ["执法稽查支队", 3],
        ["质量发展科", 3],
        ["标准化科", 1],
        ["法规科", 1],
      ]);
    });

    it("outlines the two levels of tasks and the closing 工作要求, whose items need no unit", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、组织领导", "三、重点任务", "四、实施步骤", "五、工作要求"]);
      expect(items[2]!.children).toHaveLength(11);
      expect(items[4]!.children.map((item) => item.title)).toEqual(["压实工作责任", "强化督导考核", "加强经费保障", "注重宣传总结", "防范廉政风险"]);
    });

    it("reads the blank figure and the figures after it", async () => {
      expect(await figures(plan, "社会公用计量标准")).toContainEqual([null, 2026]);
      expect(await figures(plan, "民生计量器具强制检定率")).toEqual([[100, 2026]]);
    });
  },
);

describeFreshPlan(
  "a province's 质量强省 plan as its government's web page serves it, <br> and &nbsp; in every paragraph",
  "province-web-excerpt.plan",
  {
    findings: [
      // The page's head: accessibility bar, the site's name and channel bar (since qa-51f: before,
      // 江西省人民政府 | 首页 … was the 发文机关标志 and the export printed it), breadcrumb, metadata, bars.
      [1, "structure/leading-debris"],
      // The page's code: one finding for the whole text.
      [15, "text/html-markup"],
      // 中发〔2022〕71号: the outline's number is 中发〔2022〕17号.
      [25, "xref/title"],
      // 食品抽检合格率达到97.5%以上 by 2026, the outline's 98% for 2025.
      [30, "targets/weaker-than-parent"],
      // 省发改委 beside the text's 省发展改革委.
      [42, "units/alias"],
      // 省工业和信息化厅，省商务厅: a comma between two departments.
      [44, "units/separator"],
      // 9. twice.
      [62, "numbering/sequence"],
      // Not reported since qa-51f: each task's clause with the page's <br> after it (before:
      // punct/sentence-end ×14), nor the last safeguard's 。<br> before （本文有删减） (text/broken-sentence).
      // The 分工表 under the 附件 line has no 附件 label of its own.
      [111, "structure/attachment-label"],
      // Row 13 leaves out the text's 省高级人民法院.
      [125, "units/table-mismatch"],
      // The page's foot from 【打印本页】.
      [139, "structure/trailing-text"],
    ],
  },
  (plan) => {
    it("outlines the plan under the notice, the page's bars left out", async () => {
      const items = await plan.outline();
      expect(items.map((item) => item.marker + item.title)).toEqual(["一、总体要求", "二、重点任务", "三、保障措施"]);
      expect(items[1]!.children.map((item) => item.children.length)).toEqual([3, 4, 3, 2, 3, 8]);
    });

    it("reads the 2026 figures and the 2025 ones of the same paragraph's page", async () => {
      expect(await figures(plan, "制造业质量竞争力指数")).toEqual([
        [87, 2026],
        [86.5, 2025],
      ]);
    });

    it("reads 12. without a clause in the text as the 分工表's row 12 assigns it", async () => {
      expect((await plan.unit("省知识产权局"))?.taskList).toMatchObject([{ path: ["二、", "（四）", "12."], role: "support" }]);
      expect(await plan.findings()).not.toContainEqual([68, "units/missing-clause"]);
    });
  },
);
