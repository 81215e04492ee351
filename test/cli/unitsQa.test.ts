import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unitFindings, unitRows } from "../support/unitsQa";

/**
 * Three plans written for this review (two more below) (test/fixtures/units-qa/), read as a drafting team reads
 * its 责任单位: a province's plan (省直部门, 各设区市人民政府 as a unit, 牵头单位/配合单位 on lines
 * of their own, …按职责分工负责, a customs office in a bare bracket), a county's (各乡镇（街道）,
 * 县直有关单位, a town's government, 县（市、区） in prose), and a city's whose tasks are a 分工表
 * pasted from Word with tabs and section rows. Each plants defects a reviewer must be told of (a
 * misspelt department, a retired 质监局, a name no registry has) among valid variety that must
 * not be flagged. Every row and finding below was checked by reading the plan.
 */
const DIR = join(__dirname, "..", "fixtures", "units-qa");

const rows = (name: string) => unitRows(join(DIR, name));
const findings = (name: string) => unitFindings(join(DIR, name));

describe("a province's plan", () => {
  it("reads each task's units with their roles, 各设区市人民政府 a unit, the lines of labels the task's", async () => {
    expect(await rows("province-quality.plan")).toEqual([
      ["二、（一）1.", "省工业和信息化厅、省市场监管局、省科技厅、各设区市人民政府", "省工业和信息化厅", "省市场监管局、省科技厅、各设区市人民政府", ""],
      ["二、（一）2.", "省发展改革委、省商务厅、省市场监管局、省文化和旅游厅", "省发展改革委、省商务厅", "", ""],
      ["二、（一）3.", "省住房城乡建设厅、省交通运输厅、省水利厅、各设区市人民政府", "省住房城乡建设厅", "省交通运输厅、省水利厅、各设区市人民政府", ""],
      ["二、（二）4.", "省质监局、省科技厅", "", "", ""],
      ["二、（二）5.", "省市场监管局、省工业和信息厅、省农业农村厅", "省市场监管局", "省工业和信息厅、省农业农村厅", ""],
      ["二、（二）6.", "省市场监管局、省品牌建设促进会", "", "", ""],
      // A bare bracket of a customs office (a registry name with no level word) and a 省 department.
      ["二、（二）7.", "南京海关、省商务厅", "", "", ""],
      ["二、（三）8.", "省市场监管局、省农业农村厅、各设区市人民政府", "省市场监管局", "省农业农村厅、各设区市人民政府", ""],
      ["二、（三）9.", "省人力资源社会保障厅、省教育厅", "", "", ""],
      ["三、（二）", "省市场监管局", "", "", ""],
    ]);
  });

  it("reports the planted defects and nothing of the valid variety", async () => {
    expect(await findings("province-quality.plan")).toEqual([
      "23 units/unknown “省质监局”是2018年机构改革前的旧称（“质监局”的职责已划入“省市场监管局”），应写作现行名称“省市场监管局”",
      "25 units/unknown “省工业和信息厅”不在责任单位名录中，是否应为“省工业和信息化厅”？",
      "27 units/unknown “省品牌建设促进会”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）",
    ]);
  });
});

describe("a county's plan", () => {
  it("reads towns, streets and the county's departments as units or groups, no place name as one", async () => {
    expect(await rows("county-quality.plan")).toEqual([
      ["二、（一）1.", "县农业农村局、县市场监管局、各乡镇（街道）", "", "", ""],
      ["二、（一）2.", "县工信局、县科技局、县经济开发区管委会", "县工信局", "县科技局、县经济开发区管委会", ""],
      ["二、（一）3.", "县文广新旅局、潋江镇人民政府、县直有关单位", "县文广新旅局", "潋江镇人民政府、县直有关单位", ""],
      ["二、（二）4.", "县市场监督管理局、县财政局", "", "", ""],
      ["二、（二）5.", "县市场监管局、县工信局", "", "", ""],
      ["二、（二）6.", "县市场监管局、县应急管理局、各乡镇人民政府", "", "", ""],
      ["二、（三）7.", "县市场监管局、县教育科技体育局、县卫健委、各地", "县市场监管局", "县教育科技体育局、县卫健委、各地", ""],
      ["二、（三）8.", "县发改委、县市场管理局", "", "", ""],
      ["三、（二）", "县财政局", "", "", ""],
    ]);
  });

  it("reports the planted defects and nothing of the valid variety", async () => {
    expect(await findings("county-quality.plan")).toEqual([
      "21 units/alias “县市场监督管理局”与本文的“县市场监管局”是同一单位，应统一写作规范名称“县市场监管局”",
      // 各地 reaches no body: the county's towns are meant, the plan must say so.
      "29 units/unknown “各地”没有写明是哪些单位，应写明承担任务的政府或部门（如“各乡镇人民政府”）",
      "31 units/unknown “县市场管理局”不在责任单位名录中，是否应为“县市场监管局”？",
    ]);
  });
});

describe("a plan whose tasks are a 分工表 pasted with tabs", () => {
  it("reads each row under its section, the （牵头） unit its lead and the others of its cell supporting, the 完成时限 its deadline", async () => {
    expect(await rows("table-standardization.plan")).toEqual([
      ["表1", "市科技局、市市场监管局", "市科技局", "市市场监管局", "2025年底前"],
      ["表2", "市市场监管局、市工信局", "", "", "2026年6月底前"],
      ["表3", "市工业和信息化局、市发改委", "市工业和信息化局", "市发改委", "持续推进"],
      ["表4", "市农业农村局、各县（区）人民政府", "", "", "2026年底前"],
      ["表5", "市商务局、市文广新旅局、市卫健委", "", "", "2025年底前"],
      ["表6", "市城管执法局、市住建局、高新区、经开区", "", "", "2026年底前"],
      ["表7", "市人社局、市教育局、南昌大学", "", "", "长期坚持"],
      ["表8", "市市场监管局、市质监局", "", "", "2025年底前"],
      ["表9", "市市场监管局、市数据局、市政务服务办", "", "", "2026年底前"],
    ]);
  });

  it("numbers the table's section rows apart from the plan's chapters, and reports the planted defects", async () => {
    expect(await findings("table-standardization.plan")).toEqual([
      "18 units/alias “市工业和信息化局”与本文的“市工信局”是同一单位，应统一写作规范名称“市工信局”",
      "23 units/unknown “南昌大学”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）",
      "24 units/unknown “市质监局”是2018年机构改革前的旧称（“质监局”的职责已划入“市市场监管局”），应写作现行名称“市市场监管局”，本处已列出",
    ]);
  });
});

/**
 * Two more plans written for this review: a county-level city's (诸暨市: its 市 is a county's, its
 * prefecture 绍兴's bureau a unit apart; towns and streets named in clauses and set apart by a
 * comma; 牵头/配合 in every form; a provincial clause whose last group is 各镇乡（街道）; a 分工表) and
 * a provincial department's (江西省市场监督管理局: its own 处室 as units, 省直有关单位, 中央驻赣有关单位,
 * 各设区市人民政府 and 各设区市市场监管局, a customs office and a central enterprise).
 */
describe("a county-level city's plan", () => {
  it("reads the departments beside a 牵头 as supporting, the town a comma sets apart as a group of its own, and 各镇乡（街道） as the last group", async () => {
    expect(await rows("county-city-quality.plan")).toEqual([
      ["二、（一）1.", "市市场监管局、市经信局、市农业农村局、山下湖镇人民政府", "市市场监管局", "市经信局、市农业农村局", ""],
      // The street office after the comma states no role: it is responsible, not 配合 (model/markedLead.ts).
      ["二、（一）2.", "市经信局、市市场监管局、市科技局、大唐街道办事处", "市经信局", "市市场监管局、市科技局", ""],
      ["二、（一）3.", "市经信局、市科技局、店口镇人民政府", "", "店口镇人民政府", ""],
      ["二、（二）4.", "市市场监管局、市财政局、市发改局", "市市场监管局", "市财政局、市发改局", ""],
      ["二、（二）5.", "市市场监管局、各有关部门", "", "", ""],
      // 绍兴's bureau is the prefecture's, another unit than the county-level city's own 市市场监管局.
      ["二、（二）6.", "市市场监管局、市财政局、绍兴市市场监管局", "", "", ""],
      ["二、（三）7.", "市交通运输局、市公安局、市建设局、各镇乡（街道）", "市交通运输局", "市公安局、市建设局", ""],
      ["二、（三）8.", "市卫健局", "", "", ""],
      ["二、（三）9.", "市行政服务中心、市大数据局、市直有关部门", "", "", ""],
      ["二、（三）10.", "人行诸暨市支行、诸暨金融监管支局、市金融办", "", "", ""],
      ["二、（四）11.", "市市场监管局、市农业农村局、市卫健局、市公安局、各镇乡人民政府、街道办事处", "", "", ""],
      ["二、（四）12.", "市应急管理局、市消防救援大队、市供电公司", "市应急管理局", "市消防救援大队、市供电公司", ""],
      ["三、（一）", "市市场监管局", "", "", ""],
      ["三、（二）", "市委办、市府办、市市场监管局", "", "", ""],
      ["附件（未标注）1", "市委宣传部、市融媒体中心、市市场监管局", "市委宣传部", "市融媒体中心、市市场监管局", ""],
      ["附件（未标注）2", "市人力社保局、市教体局、市科协", "市人力社保局", "市教体局、市科协", ""],
      ["附件（未标注）3", "市发改局、市市场监管局、市税务局、人行诸暨市支行", "市发改局", "市市场监管局、市税务局、人行诸暨市支行", ""],
    ]);
  });

  it("reports the planted defects (a closed 支行, a task with no content) and nothing of the valid variety", async () => {
    expect(await findings("county-city-quality.plan")).toEqual([
      "43 units/unknown “人行诸暨市支行”所指的机构已在2023年机构改革中撤销，职责上收至“人民银行绍兴市分行”，应写作“人民银行绍兴市分行”",
      "47 structure/empty-task 任务“11.加强食品安全监管”只有标题和责任单位，没有具体内容：应写明要做的工作，或删除此项",
      // Its 分工表 follows the 附件说明 with no 附件 label: the page's copy lost the label's line.
      "59 structure/attachment-label 分工表的表头之前缺少附件标识：正文之后的附件应在左上角单独一行标识“附件”",
      "62 units/unknown “人行诸暨市支行”所指的机构已在2023年机构改革中撤销，职责上收至“人民银行绍兴市分行”，应写作“人民银行绍兴市分行”",
    ]);
  });
});

describe("a provincial department's plan", () => {
  it("reads its own divisions, the province's departments and the groups of cities and bureaus with their roles", async () => {
    expect(await rows("province-dept-metrology.plan")).toEqual([
      ["二、（一）1.", "计量处、科技和财务处、省计量院", "计量处", "科技和财务处、省计量院", ""],
      ["二、（一）2.", "计量处、省工业和信息化厅、省科技厅、各设区市人民政府", "计量处", "省工业和信息化厅、省科技厅、各设区市人民政府", ""],
      ["二、（二）3.", "计量处、省计量院、各设区市市场监管局", "", "", ""],
      // 责任处室 set against 配合单位, with no 牵头 label written, names the lead.
      ["二、（二）4.", "计量处、执法稽查局、各设区市市场监管局", "计量处、执法稽查局", "各设区市市场监管局", ""],
      ["二、（二）5.", "省直有关单位、中央驻赣有关单位", "", "", ""],
      ["二、（三）6.", "省发展改革委、省交通运输厅、省水利厅、国网江西省电力有限公司", "", "", ""],
      ["二、（三）7.", "南昌海关、省商务厅", "", "", ""],
      ["二、（三）8.", "各设区市人民政府、省直有关部门", "", "", ""],
      ["三、（一）", "计量处", "", "", ""],
      ["三、（二）", "科技和财务处、省财政厅", "", "", ""],
      ["附件（未标注）1", "人事处、省计量院、省人力资源社会保障厅", "人事处", "省计量院、省人力资源社会保障厅", ""],
      ["附件（未标注）2", "办公室、新闻宣传处、江西日报社", "办公室", "新闻宣传处、江西日报社", ""],
    ]);
  });

  it("reports what no registry can know (a newspaper) and the tasks with no content, nothing else: its 执法稽查局 is its own", async () => {
    expect(await findings("province-dept-metrology.plan")).toEqual([
      "31 structure/empty-task 任务“5.推进计量数据应用”只有标题和责任单位，没有具体内容：应写明要做的工作，或删除此项",
      "45 structure/empty-task 任务“（二）加强经费保障”只有标题和责任单位，没有具体内容：应写明要做的工作，或删除此项",
      // Its 分工表 follows the 附件说明 with no 附件 label.
      "49 structure/attachment-label 分工表的表头之前缺少附件标识：正文之后的附件应在左上角单独一行标识“附件”",
      "51 units/unknown “江西日报社”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）",
    ]);
  });
});
