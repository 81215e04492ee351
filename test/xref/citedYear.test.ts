import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { runCli } from "../../server/src/cli/main";

/** QA round 15 (于都): what xref/title says of a cited document's year and 文号 the data knows. */
const titleFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "xref/title")
    .map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.[0]?.edits[0]?.newText]);

it("reports a year in brackets after a citation that is not the year the data knows, and suggests it", () => {
  const text = "示例县深化质量强县建设实施方案\n为贯彻落实《质量强国建设纲要》，按照《赣州市深化质量强市建设实施方案》（２０２３年）部署，制定本方案。\n一、总体要求\n";
  expect(titleFindings(text)).toEqual([["２０２３", "《赣州市深化质量强市建设实施方案》是2024年的文件（赣市府字〔2024〕41号），此处写作2023年", "2024"]]);
});

it("checks a citation of a parent file that gives no 文号 against the 文号 and year the data knows for its title", async () => {
  const folder = mkdtempSync(join(tmpdir(), "plan-cited-year-"));
  writeFileSync(join(folder, "赣州市深化质量强市建设实施方案.plan"), "赣州市深化质量强市建设实施方案\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到94.5%以上。\n");
  const plan = join(folder, "于都县.plan");
  writeFileSync(plan, "于都县质量强县建设实施方案\n为贯彻落实《赣州市深化质量强市建设实施方案》（赣市府发〔2024〕41号）精神，按照《赣州市深化质量强市建设实施方案》（2023年）部署，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n");
  let out = "";
  await runCli(["--format", "text", "--rule", "targets/parent-not-localised=off", plan], { stdout: (t) => (out += t), stderr: () => {} });
  expect(out).toContain("《赣州市深化质量强市建设实施方案》的文号是“赣市府字〔2024〕41号”，此处写作“赣市府发〔2024〕41号”");
  expect(out).toContain("《赣州市深化质量强市建设实施方案》是2024年的文件（赣市府字〔2024〕41号），此处写作2023年");
});
