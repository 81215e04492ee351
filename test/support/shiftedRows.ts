import { HEAD } from "./mergedLeads";

/**
 * 分工表s and tables whose rows a copy left short of the header's cells, where the model knows
 * which columns are empty: a 配合单位 left out (`SHORT_SUPPORT_ROW`, row 2: its deadline would
 * stand under 配合单位), a 重点任务 merged over the rows of its measures, pasted without the cell
 * (`MERGED_TASK_SHIFTED`, a web page's rowspan) or with it empty (`MERGED_TASK_WORD`, Word's copy),
 * and a table of indicators whose 合计 row's label was merged across the names' columns
 * (`SPACED_TOTAL`).
 */

export const SHORT_SUPPORT_ROW = [
  ...HEAD,
  "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
  "1\t开展重点产品质量攻关\t区工信局\t区市场监管局\t2026年12月",
  "2\t推进标准化试点\t区市场监管局\t2026年9月",
  "3\t完善计量服务体系\t区科技局\t区发展改革局\t2026年6月",
  "",
].join("\n");

const MERGED_TASK_HEADER = "序号\t重点任务\t具体措施\t牵头单位\t完成时限";
const MERGED_TASK_FIRST = "1\t建设计量测试平台\t建设计量检定实验室\t区市场监管局\t2026年12月";
const MERGED_TASK_LAST = "3\t推进检验检测认证\t建设检测中心\t区工信局\t2026年6月";

export const MERGED_TASK_SHIFTED = [...HEAD, MERGED_TASK_HEADER, MERGED_TASK_FIRST, "2\t建设计量测试能力\t区科技局\t2026年9月", MERGED_TASK_LAST, ""].join("\n");

export const MERGED_TASK_WORD = [...HEAD, MERGED_TASK_HEADER, MERGED_TASK_FIRST, "2\t\t建设计量测试能力\t区科技局\t2026年9月", MERGED_TASK_LAST, ""].join("\n");

export const SPACED_TOTAL = ["某县质量工作2026年要点", "一、主要目标", "2026年主要指标如下：", "", "序号  指标名称  单位  2025年  2026年目标", "1  新增地方标准  项  5  8", "2  新增团体标准  项  3  6", "全县合计  14", "", "二、重点任务", "（一）提升产品质量。开展质量提升行动。〔责任单位：县市场监管局〕", ""].join("\n");
