import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { internalReferences } from "../../server/src/core/references/index";
import { cutEvery } from "../support/pdfCut";

/**
 * A plan copied out of a PDF whose 附件说明 names are longer than the page's measure (28
 * characters): `附件：1.赣州市……分工及责任清` / `单`, and the last entry's `……目标值` / `表` with the
 * 署名 below it, where no next entry shows the list goes on.
 */
const body = [
  "赣州市深化质量强市建设实施方案",
  "为全面贯彻落实党中央、国务院《质量强国建设纲要》精神，进一步深化质量强市建设，结合我市实际，制定本实施方案。",
  "一、主要任务",
  "1.加快区域质量创新发展。开展国家质量创新先导区创建工作，探索具有赣州特色的质量效益型发展路径，打造国家质量强国标杆城市。〔责任单位：市市场监管局、市科技局〕",
  "2.增强产业质量竞争力。推动产业集群质量升级，开展工业基础领域质量关键共性技术攻关，提高关键材料质量稳定性、一致性、适用性。〔责任单位：市工信局〕",
  "3.提升产品质量水平。推进质量分级，扩大优质消费品供给，加强重点产品质量安全监管，健全质量安全风险监测预警机制，加大质量违法行为查处力度。〔责任单位：市市场监管局〕",
  "二、保障措施",
  "各地各部门要加强组织领导，将质量强市建设纳入国民经济和社会发展规划，保障各项任务落地见效，不折不扣高质量完成各项任务。",
  "",
];
const note = ["　　附件：1.赣州市深化质量强市建设重点任务分工及责任清单", "　　　　　2.赣州市深化质量强市建设主要质量指标及目标值表"];
const after = [
  "",
  "赣州市人民政府",
  "2024年4月21日",
  "",
  "附件1",
  "",
  "赣州市深化质量强市建设重点任务分工及责任清单",
  "序号\t重点任务\t责任单位",
  "1\t加快区域质量创新发展\t市市场监管局、市科技局",
  "",
  "附件2",
  "",
  "赣州市深化质量强市建设主要质量指标及目标值表",
  "指标\t单位\t目标值",
  "制造业产品质量合格率\t%\t94",
  "",
];
const clean = [...body, ...note, ...after].join("\n");
const pasted = cutEvery(clean, 28);

describe("a 附件说明 whose names a PDF's measure cut", () => {
  it("is cut as the test means: each name's rest on a line of its own", () => {
    expect(pasted).toContain("责任清\n单\n");
    expect(pasted).toContain("目标值\n表\n");
  });

  it("reads each name whole: the last one's rest over the 署名 included", () => {
    const entries = internalReferences(buildPlan(pasted)).note?.entries.map((entry) => entry.title.text);
    expect(entries).toEqual(["赣州市深化质量强市建设重点任务分工及责任清单", "赣州市深化质量强市建设主要质量指标及目标值表"]);
    expect(analyze(pasted).findings.filter((finding) => finding.rule.startsWith("xref/"))).toEqual([]);
  });

  it("joins each name's rest to its line, never an entry to the entry above, and fixing again changes nothing", () => {
    const fixed = fixAll(pasted).text;
    expect(fixed).toContain(`\n${note[0]}\n${note[1]}\n`);
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("keeps two labels apart: an entry that fills the measure is no wrap of the entry above", () => {
    // Each entry's name fills the measure exactly; the next line is an entry of its own.
    const full = ["　　附件：1.赣州市深化质量强市建设重点任务分工及责任", "　　　　　2.赣州市深化质量强市建设主要质量指标及目标"];
    const text = cutEvery([...body, ...full, ...after].join("\n"), 28);
    const fixed = fixAll(text).text;
    expect(fixed).toContain(`\n${full[0]}\n${full[1]}\n`);
    expect(internalReferences(buildPlan(text)).note?.entries.map((entry) => entry.number)).toEqual([1, 2]);
  });

  it("reads a 附件说明 of `附件1：××` lines and an attachment headed `附件1：××` by their whole names, the head's table past a page's edge", () => {
    const listed = ["　　附件1：赣州市深化质量强市建设重点任务分工及部门责任清单", "　　附件2：赣州市深化质量强市建设主要质量指标及目标值表"];
    const headed = after.join("\n").replace("附件1\n\n赣州市深化质量强市建设重点任务分工及责任清单\n", "附件1：赣州市深化质量强市建设重点任务分工及部门责任清单表\n\n— 3 —\n\n");
    const text = cutEvery([...body, ...listed, headed].join("\n"), 28);
    expect(text).toContain("责任清单\n表\n\n— 3 —");
    expect(text).toContain("部门责任\n清单\n");
    const plan = buildPlan(text);
    expect(internalReferences(plan).note?.entries.map((entry) => entry.title.text)).toEqual(["赣州市深化质量强市建设重点任务分工及部门责任清单", "赣州市深化质量强市建设主要质量指标及目标值表"]);
    expect(plan.attachments.map((attachment) => attachment.title?.text)).toEqual(["赣州市深化质量强市建设重点任务分工及部门责任清单表", "赣州市深化质量强市建设主要质量指标及目标值表"]);
  });
});
