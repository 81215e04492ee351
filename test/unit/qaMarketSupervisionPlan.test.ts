import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { registryOfPlan } from "../../server/src/core/units/documentLevel";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * QA: a city 市场监管局's own plan for its system, 42 tasks and a 分工表, in the forms its drafters
 * write (〔责任单位：…〕 with roles, （牵头单位：…；配合单位：…）, 责任单位：… on its own line, the
 * provincial （…牵头，…按职责分工负责）, divisions, bodies named by function, 分局 and county bureaus by
 * place, 各县（市、区）人民政府, group terms). Its matrix is pinned as a reviewer reads it.
 */
const text = readFileSync(join(__dirname, "..", "fixtures", "qa", "market-supervision-system.plan"), "utf8");
const analysis = analyze(text);
const plan = analysis.plan;
const registry = registryOfPlan(registryFor(undefined, undefined), plan);

describe("QA: a 市场监管系统 plan", () => {
  it("reads every task's units and roles as a reviewer does", () => {
    const rows = unitMatrixRows(plan, (name) => name).map((row) => {
      const roles = [row.leads.length > 0 ? `牵头:${row.leads.join("、")}` : "", row.supporting.length > 0 ? `配合:${row.supporting.join("、")}` : ""].filter(Boolean).join(" ");
      return `${row.path.join("")} ${row.units.join("、")}${roles ? ` | ${roles}` : ""}`;
    });
    expect(rows).toEqual([
      "二、（一）1. 计量科、市计量所",
      "二、（一）2. 计量科、执法稽查局、各县（市、区）市场监管局 | 牵头:计量科 配合:执法稽查局",
      "二、（一）3. 标准化科、市标准化研究院、市工信局 | 牵头:标准化科 配合:市标准化研究院、市工信局",
      "二、（一）4. 标准化科、质量发展科、各县（市、区）市场监管局",
      "二、（一）5. 认证认可与检验检测监督管理科、市质检院、市特检院 | 牵头:认证认可与检验检测监督管理科 配合:市质检院、市特检院",
      "二、（一）6. 认证认可与检验检测监督管理科、稽查支队",
      "二、（二）7. 市市场监管局、市工信局、市科技局、各县（市、区）人民政府 | 牵头:市市场监管局 配合:市工信局、市科技局",
      "二、（二）8. 产品质量安全监督管理科、市质检院",
      "二、（二）9. 产品质量安全监督管理科",
      "二、（二）10. 产品质量安全监督管理科、执法稽查局、各县（市、区）市场监管局 | 牵头:产品质量安全监督管理科 配合:执法稽查局、各县（市、区）市场监管局",
      "二、（二）11. 食品生产安全监督管理科、食品经营安全监督管理科、章贡分局、经开区分局、蓉江新区分局",
      "二、（二）12. 特种设备安全监察科、市特检院、市住建局、市应急局 | 牵头:特种设备安全监察科 配合:市特检院、市住建局、市应急局",
      "二、（三）13. 质量发展科、市质检院、市计量所、市标准化研究院",
      "二、（三）14. 市市场监管局、市商务局、市文广新旅局 | 牵头:市市场监管局",
      "二、（三）15. 价格监督检查和反不正当竞争科、南康区局、于都县局、瑞金市局",
      "二、（三）16. 网络交易监督管理科、信息中心",
      "二、（三）17. 知识产权保护科、市公安局、市中级人民法院 | 牵头:知识产权保护科 配合:市公安局、市中级人民法院",
      "二、（四）18. 质量发展科、市工信局、市商务局、市农业农村局",
      "二、（四）19. 知识产权运用科、市农业农村局、各县（市、区）人民政府",
      "二、（四）20. 质量发展科",
      "二、（四）21. 质量发展科、市人社局 | 牵头:质量发展科 配合:市人社局",
      "二、（四）22. 办公室、市融媒体中心",
      "二、（五）23. 执法稽查局、市公安局",
      "二、（五）24. 信用监督管理科、各县（市、区）市场监管局",
      "二、（五）25. 信用监督管理科、市发展改革委",
      "二、（五）26. 法规科、市公安局、市检察院",
      "二、（五）27. 广告监督管理科",
      "二、（五）28. 认证认可与检验检测监督管理科、执法稽查局",
      "二、（六）29. 质量发展科、市委组织部",
      "二、（六）30. 市人社局、市教育局、市市场监管局 | 牵头:市人社局 配合:市教育局、市市场监管局",
      "二、（六）31. 信用监督管理科、市发改委",
      "二、（六）32. 质量发展科、各县（市、区）人民政府",
      "二、（六）33. 质量发展科、办公室",
      "二、（六）34. 质量发展科、标准化科、计量科、认证认可与检验检测监督管理科",
      "二、（六）35. 信息中心、市大数据局",
      "二、（六）36. 信息中心、网络交易监督管理科",
      "二、（七）37. 办公室",
      "二、（七）38. 财务科、市财政局",
      "二、（七）39. 办公室、新闻宣传科",
      "二、（七）40. 办公室、各县（市、区）市场监管局",
      "二、（七）41. 各县（市、区）市场监管局、局机关各科室、各直属单位",
      "二、（七）42. 质量发展科、于都县人民政府、兴国县人民政府",
      "附件1 认证认可与检验检测监督管理科、市质检院、市特检院、市计量所 | 牵头:认证认可与检验检测监督管理科 配合:市质检院、市特检院、市计量所",
      "附件2 质量发展科、标准化科、计量科、各县（市、区）市场监管局 | 牵头:质量发展科 配合:标准化科、计量科、各县（市、区）市场监管局",
    ]);
  });

  it("reports the drafting slips it has and no unit of the department's own as unknown", () => {
    const line = (offset: number) => text.slice(0, offset).split("\n").length;
    const units = analysis.findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => `${line(finding.start)} ${finding.rule} ${text.slice(finding.start, finding.end)}`);
    expect(units).toEqual([
      "25 units/clause-style （牵头单位：标准化科；配合单位：市标准化研究院、市工信局）",
      "38 units/separator ；",
      "93 units/alias 市发改委",
      "103 units/separator  ",
      "126 units/table-mismatch 3\t加强计量惠民\t计量科\t执法稽查局\t长期坚持",
    ]);
  });

  it("lists one division's tasks with its roles, and the group terms apart", () => {
    const report = unitReport(plan, registry);
    expect(unitTaskList(plan, report, registry, "计量科").tasks.map((task) => `${task.path.join("")}:${task.role}`)).toEqual(["二、（一）1.:responsible", "二、（一）2.:lead", "二、（六）34.:responsible", "附件2:support"]);
    expect(report.groups.map((group) => group.unit).sort()).toEqual(["各县（市、区）人民政府", "各县（市、区）市场监管局", "各直属单位", "局机关各科室"].sort());
  });

  it("lists a county bureau named by its place with the tasks given to 各县（市、区）市场监管局", () => {
    const report = unitReport(plan, registry);
    const list = unitTaskList(plan, report, registry, "于都县局").tasks.map((task) => `${task.path.join("")}:${task.via ?? "named"}`);
    expect(list).toContain("二、（三）15.:named");
    expect(list).toContain("二、（一）2.:各县（市、区）市场监管局");
    expect(list.filter((entry) => entry.endsWith("各县（市、区）市场监管局"))).toHaveLength(7);
    // The bureau's 分局 by its district stands in for the district's bureau; one by a zone's name does not.
    const branch = unitTaskList(plan, report, registry, "章贡分局").tasks.map((task) => `${task.path.join("")}:${task.via ?? "named"}`);
    expect(branch).toContain("二、（二）11.:named");
    expect(branch.filter((entry) => entry.endsWith("各县（市、区）市场监管局"))).toHaveLength(7);
    expect(unitTaskList(plan, report, registry, "经开区分局").tasks.map((task) => `${task.path.join("")}:${task.via ?? "named"}`)).toEqual(["二、（二）11.:named"]);
    // A division is no county bureau: no group of the places' departments reaches it.
    expect(unitTaskList(plan, report, registry, "计量科").tasks.some((task) => task.via !== null)).toBe(false);
  });
});
