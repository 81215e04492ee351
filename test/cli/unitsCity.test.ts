import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runPlancheck as run } from "../support/cli";

/**
 * A city's plan and two of its districts' (test/fixtures/units-city/), read as a reviewer reads
 * "the task list per department" across the folder: each plan its own section (the city's
 * 章贡区住建局 is not 南康区's 区住建局), one department under two writings counted once, the group
 * terms reaching their members, the roles of a list that marks its lead, and by when each task is
 * due — in a bracket of its own after the clause too (〔…〕（2026年底前完成）).
 */
const DIR = join(__dirname, "..", "fixtures", "units-city");

interface UnitTaskJson {
  path: string[];
  role: string;
  via: string | null;
  deadline: string | null;
}

describe("a city's and two districts' plans in one folder", () => {
  it("gives each row its deadline, a bracketed one after the clause included", async () => {
    const report = await jsonReport<{ rows: Array<{ file: string; path: string[]; deadline: string | null }> }>("units", DIR);
    const due = report.rows.filter((row) => row.deadline !== null).map((row) => `${row.file.split("/").pop()} ${row.path.join("")} ${row.deadline}`);
    expect(due).toEqual([
      "city.plan 一、（一）1. 2025年底前",
      "city.plan 一、（一）2. 2026年底前完成",
      "city.plan 一、（二）4. 2025年底前完成",
      "nankang.plan 一、3. 2026年底前",
      "zhanggong.plan 一、1. 2025年底前",
      "zhanggong.plan 一、3. 2026年6月底前",
    ]);
  });

  it("lists one department's tasks per plan with role, group term and deadline", async () => {
    const { code, out } = await run(["units", "--no-config", "--unit", "区住建局", "--format", "json", DIR]);
    expect(code).toBe(0);
    const files = (JSON.parse(out) as { files: Array<{ unitTasks: Array<{ found: string | null; tasks: UnitTaskJson[] }> }> }).files;
    const lists = files.map((file) => file.unitTasks[0]!.tasks.map((task) => [task.path.join(""), task.role, task.via, task.deadline]));
    expect(lists).toEqual([
      // The city's plan names 章贡区住建局, another body than a district's own 区住建局.
      [],
      // 南康区: 区住建局 and 区住房和城乡建设局 are one department; 区直各部门 reaches it.
      [
        ["一、2.", "support", "区直各部门", null],
        ["一、3.", "responsible", null, "2026年底前"],
        ["一、4.", "support", null, null],
      ],
      // 章贡区: 区直有关部门 reaches it only as a body concerned; its own task's deadline in brackets.
      [
        ["一、2.", "support", "区直有关部门", null],
        ["一、3.", "lead", null, "2026年6月底前"],
      ],
    ]);
    const markdown = (await run(["units", "--no-config", "--unit", "区住建局", join(DIR, "zhanggong.plan")])).out;
    expect(markdown).toContain("| 条目 | 任务 | 角色 | 经由统称 | 同任务的其他单位 | 完成时限 |");
    expect(markdown).toContain("| 一、3. | 提升建筑工程质量 | 牵头 |  | 各街道办事处 | 2026年6月底前 |");
  });

  it("writes the deadline in the CSV, after 牵头依据, and in the Markdown rows", async () => {
    const csv = (await run(["units", "--no-config", "--format", "csv", join(DIR, "city.plan")])).out;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,条目,任务,标签,责任单位,牵头单位,配合单位,牵头依据,完成时限,经由统称的单位");
    expect(lines[2]).toContain(",推进农业标准化,牵头单位,市农业农村局、市市场监管局、各县（市、区）人民政府,市农业农村局,市市场监管局、各县（市、区）人民政府,写明,2026年底前完成,");
    const markdown = (await run(["units", "--no-config", join(DIR, "city.plan")])).out;
    expect(markdown).toContain("| 条目 | 任务 | 责任单位 | 牵头单位 | 配合单位 | 完成时限 |");
    expect(markdown).toContain("| 一、 › （二） › 4. | 加强计量能力建设 | 市市场监管局、市工信局 |  |  | 2025年底前完成 |");
    // One department under two writings is one row of the summary.
    expect(markdown).toContain("| 市工信局（又写作市工业和信息化局） | 2 | 1 | 0 |");
  });
});
