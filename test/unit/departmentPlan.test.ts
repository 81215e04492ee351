import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { registryOfPlan } from "../../server/src/core/units/documentLevel";
import { rankDivisionCandidates } from "../../server/src/lsp/features/unitCandidates";

// A department's own plan (a 市场监管局's 工作要点): its tasks go to its 科室 and 处室.
const plan = (issuer: string) =>
  [
    `${issuer}关于印发《2025年质量工作要点》的通知`,
    "局机关各科室、直属各单位：",
    "现将《2025年质量工作要点》印发给你们，请认真贯彻落实。",
    issuer,
    "2025年3月12日",
    "2025年质量工作要点",
    "一、提升质量基础设施效能",
    "1.加强计量能力建设。新建社会公用计量标准5项以上。（责任科室：计量科；配合科室：法规科）",
    "2.强化标准引领。制修订地方标准10项。〔牵头处室：标准化处；配合处室：质量发展处、局办公室〕",
    "3.优化检验检测服务。〔责任股室：认证认可与检验检测监督管理股、市住建居〕",
    "",
  ].join("\n");

describe("a department's own plan", () => {
  it("reads clauses labelled by 科室, 处室 and 股室, with their roles", () => {
    const read = buildPlan(plan("赣州市市场监督管理局")).clauses.map((clause) => clause.segments.map((segment) => `${segment.label}:${segment.role}:${segment.units.map((unit) => unit.text).join("、")}`));
    expect(read).toEqual([
      ["责任科室:responsible:计量科", "配合科室:support:法规科"],
      ["牵头处室:lead:标准化处", "配合处室:support:质量发展处、局办公室"],
      ["责任股室:responsible:认证认可与检验检测监督管理股、市住建居"],
    ]);
  });

  const unknown = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => text.slice(finding.start, finding.end));

  it("names its own divisions, which no registry of bodies lists; a body it names is still checked", () => {
    expect(unknown(plan("赣州市市场监督管理局"))).toEqual(["市住建居"]);
  });

  it("is a department's only: a government's plan assigns bodies, and a division's name there is unknown", () => {
    expect(unknown(plan("赣州市人民政府"))).toEqual(["计量科", "法规科", "标准化处", "质量发展处", "局办公室", "认证认可与检验检测监督管理股", "市住建居"]);
  });
});

describe("a department's own plan, to its branches and its system's county bureaus", () => {
  const branches = (issuer: string) =>
    [
      `${issuer}关于印发《2024年市场监管系统质量工作方案》的通知`,
      "各县（市、区）市场监督管理局，局机关各科室：",
      issuer,
      "2024年2月20日",
      "2024年市场监管系统质量工作方案",
      "一、重点任务",
      "1.强化特种设备安全监管。〔责任单位：特种设备安全监察处、章贡分局、经开区分局、蓉江新区分局〕",
      "2.打击假冒伪劣。〔责任单位：南康区局、于都县局、瑞金市局、工信局〕",
      "",
    ].join("\n");
  const unknown = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => text.slice(finding.start, finding.end));

  it("names its 分局 by their district or zone and its county bureaus by their place: the issuer's own", () => {
    // A body written without its level word is still one the plan means to name in full.
    expect(unknown(branches("赣州市市场监督管理局"))).toEqual(["工信局"]);
  });

  it("is a department's only: a government's plan names each body in full", () => {
    expect(unknown(branches("赣州市人民政府"))).toEqual(["特种设备安全监察处", "章贡分局", "经开区分局", "蓉江新区分局", "南康区局", "于都县局", "瑞金市局", "工信局"]);
  });
});

describe("a plan two departments issue together", () => {
  const joint = (issuer: string) =>
    [
      `${issuer.replace(/\s+/g, " ")}`,
      "关于印发《制造业质量提升专项行动方案》的通知",
      "各县（市、区）市场监管局、工信局：",
      "现将《制造业质量提升专项行动方案》印发给你们，请认真贯彻落实。",
      issuer,
      "2024年7月10日",
      "制造业质量提升专项行动方案",
      "一、重点任务",
      "1.推行先进质量管理方法。组织企业开展卓越绩效管理。〔牵头单位：市市场监管局质量发展科；配合单位：市工信局技术创新科〕",
      "2.加强计量服务。为企业提供计量检测服务。〔责任单位：计量科、市计量所、市住建居〕",
      "3.加强质量监督抽查。开展监督抽查。〔责任单位：市市场监管局产品质量安全监督管理科、市财政局预算科〕",
      "",
    ].join("\n");
  const unknown = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => text.slice(finding.start, finding.end));

  it("is a department's plan: its divisions, named after their department or not, are its own", () => {
    // 市财政局预算科 is another department's division: that department is the body to name.
    expect(unknown(joint("吉安市市场监督管理局　　吉安市工业和信息化局"))).toEqual(["市住建居", "市财政局预算科"]);
  });

  it("is a government's where one issuer is a government", () => {
    expect(unknown(joint("吉安市人民政府办公室　　吉安市工业和信息化局"))).toEqual(["市市场监管局质量发展科", "市工信局技术创新科", "计量科", "市住建居", "市市场监管局产品质量安全监督管理科", "市财政局预算科"]);
  });
});

describe("a department's own plan, to its internal bodies by function (执法稽查局, 稽查支队)", () => {
  const bodies = (issuer: string) =>
    [
      `${issuer}关于印发《市场监管系统质量提升行动实施方案》的通知`,
      "市局各科室、直属单位：",
      issuer,
      "2024年3月1日",
      "市场监管系统质量提升行动实施方案",
      "一、主要任务",
      "1.加强执法。开展执法稽查。〔责任单位：执法稽查局、稽查支队、网络交易监管局〕",
      "2.推进质量发展。〔牵头单位：质量发展局；配合单位：市局办公室、直属单位、信息中心〕",
      "3.加强协同。〔责任单位：工信局、质监局、市场监督局〕",
      "4.畅通投诉渠道。〔责任单位：12315指挥中心〕",
      "",
    ].join("\n");
  const unknown = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => text.slice(finding.start, finding.end));

  it("reads them as the issuer's own; a name without its level word, a retired one and a slip stay unknown", () => {
    expect(unknown(bodies("赣州市市场监督管理局"))).toEqual(["工信局", "质监局", "市场监督局"]);
  });

  it("is a department's only: in a government's plan they are unknown", () => {
    expect(unknown(bodies("赣州市人民政府"))).toEqual(["执法稽查局", "稽查支队", "网络交易监管局", "质量发展局", "市局办公室", "直属单位", "信息中心", "工信局", "质监局", "市场监督局", "12315指挥中心"]);
  });
});

describe("a department's own plan, its divisions listed before other bodies", () => {
  const separators = (clause: string) => {
    const text = `赣州市市场监督管理局关于印发《2026年质量工作要点》的通知\n局机关各科室：\n赣州市市场监督管理局\n2026年2月16日\n2026年质量工作要点\n一、重点任务\n1.加强协同。开展质量帮扶。${clause}\n`;
    return analyze(text).findings.filter((finding) => finding.rule === "units/separator").map((finding) => text.slice(finding.start, finding.end));
  };

  it("sets the other departments or its units apart by a comma, as a group; between two divisions, or by a semicolon, a slip", () => {
    expect(separators("〔责任单位：质量发展科，市工信局、市住建局〕")).toEqual([]);
    expect(separators("〔责任单位：计量科、认证认可与检验检测监督管理科，市计量所、市质检院〕")).toEqual([]);
    expect(separators("〔责任单位：计量科，质量发展科〕")).toEqual(["，"]);
    expect(separators("〔责任单位：产品质量安全监督管理科；市质检院〕")).toEqual(["；"]);
  });
});

describe("a clause whose names are divisions (计量科, 审批股), in every form drafters write it", () => {
  const read = (lines: string[]) => buildPlan(["一、主要任务", ...lines, ""].join("\n")).clauses.map((clause) => clause.units.map((unit) => unit.text));

  it("reads a label's line of its own, a semicolon slipped between names and a provincial bracket as clauses", () => {
    expect(
      read([
        "1.推动对标达标。组织企业开展对标达标行动。",
        "责任单位：标准化科、质量发展科，各县（市、区）市场监管局",
        "2.加强抽查。年抽查产品2000批次。〔责任单位：产品质量安全监督管理科；市质检院〕",
        "3.优化审批。（行政审批股牵头，登记注册股配合）",
      ]),
    ).toEqual([["标准化科", "质量发展科", "各县（市、区）市场监管局"], ["产品质量安全监督管理科", "市质检院"], ["行政审批股", "登记注册股"]]);
  });

  it("reads no word of two characters that ends so (学科, 本科) as a body", () => {
    expect(read(["1.推进学科建设。（学科负责）", "2.扩大招生。（本科）"])).toEqual([]);
  });
});

describe("a department's own local bodies set apart by a comma", () => {
  it("is a group's mark, as before a government's towns, not a slip of the 、", () => {
    const text = [
      "赣州市市场监督管理局关于印发《市场监管系统质量工作方案》的通知",
      "各县（市、区）市场监督管理局：",
      "赣州市市场监督管理局",
      "2024年2月20日",
      "市场监管系统质量工作方案",
      "一、重点任务",
      "1.严格食品安全监管。落实两个责任。〔责任单位：食品生产安全监督管理科、食品经营安全监督管理科，章贡分局、经开区分局〕",
      "2.加强价格监管。开展专项检查。〔责任单位：价格监督检查科（牵头），南康区局、于都县局〕",
      "3.加强协同。开展联合检查。〔责任单位：计量科，标准化科〕",
      "",
    ].join("\n");
    const separators = analyze(text).findings.filter((finding) => finding.rule === "units/separator").map((finding) => text.slice(finding.start, finding.end));
    expect(separators).toEqual(["，"]);
    expect(buildPlan(text).clauses[1]!.segments.map((segment) => [segment.role, segment.units.map((unit) => unit.text)])).toEqual([
      ["lead", ["价格监督检查科"]],
      ["support", ["南康区局", "于都县局"]],
    ]);
  });
});

describe("a department's own units named as a group (局机关各科室, 市局各科室, 局属各单位)", () => {
  it("is a group term, not a unit of its own", () => {
    const text = "一、主要任务\n1.建立工作台账。每季度报送进展。〔责任单位：各县（市、区）市场监管局、局机关各科室、市局各科室、局属各单位、厅机关各处室〕\n";
    const report = unitReport(buildPlan(text), registryFor(undefined, undefined));
    expect(report.units.map((unit) => unit.unit)).toEqual([]);
    expect(report.groups.map((group) => group.unit).sort()).toEqual(["各县（市、区）市场监管局", "局机关各科室", "市局各科室", "局属各单位", "厅机关各处室"].sort());
  });
});

describe("the divisions completion offers in a department's own plan", () => {
  it("leaves out a group of them (局机关各科室), which is offered once, among the group terms", () => {
    const text = [
      "赣州市市场监督管理局关于印发《市场监管系统质量工作方案》的通知",
      "赣州市市场监督管理局",
      "2024年2月20日",
      "市场监管系统质量工作方案",
      "一、重点任务",
      "1.建立台账。每季度报送进展。〔责任单位：计量科、局机关各科室〕",
      "",
    ].join("\n");
    const plan = buildPlan(text);
    expect(rankDivisionCandidates("", plan, registryOfPlan(registryFor(undefined, undefined), plan), []).map((candidate) => candidate.name)).toEqual(["计量科"]);
  });
});
