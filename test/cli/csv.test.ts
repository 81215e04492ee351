import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../../server/src/cli/format/csv";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

const dir = tempFolder("csv");

describe("CSV", () => {
  it("keeps a spreadsheet from reading a field as a formula: a leading ' before = + - @ tab CR", () => {
    const csv = formatCsv([["=HYPERLINK(\"http://x\",\"点击\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "市工信局", "a=b"]]);
    expect(csv).toBe("\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\",'+1+2,'-2+3,'@SUM(A1),'\t=1,\"'\r=1\",市工信局,a=b\r\n");
  });

  it("leaves plain numbers as numbers", () => {
    expect(formatCsv([["-5", "+0.5", "-3%", "-", "--5"]])).toBe("\uFEFF-5,+0.5,-3%,'-,'--5\r\n");
  });

  it("in the units table of a plan", async () => {
    const name = join(dir, "formula.plan");
    writeFileSync(name, "一、主要任务\n1.=HYPERLINK(\"http://x\")推进标准创新。〔牵头单位：@市科技局；配合单位：市工信局〕\n");
    const csv = (await runPlancheck(["units", "--no-config", "--format", "csv", name])).out;
    expect(csv.startsWith("\uFEFF文件,条目,任务,标签,责任单位,牵头单位,配合单位,牵头依据,完成时限\r\n")).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")推进标准创新",牵头单位,'@市科技局、市工信局,'@市科技局,市工信局,写明,\r\n`);
  });
});
