/**
 * 分工表s whose 牵头单位 is merged over rows, as copies paste them: the names on the merged cell's
 * first row, the rows below it with the cell empty (Word's copy, `MERGED_LEADS`) or without it
 * (a web page's cells apart by spaces, `SPACED_MERGED_LEADS`). Rows 2, 3 and 5 read their lead
 * through the merged cell.
 */
/** A plan whose attachment is a 重点任务分工表, up to the table. */
export const HEAD = ["某区质量提升2026年工作计划", "一、重点任务", "（一）提升产品质量。开展质量提升行动。〔责任单位：区工信局〕", "", "附件", "", "重点任务分工表", ""];

export const MERGED_LEADS = [
  ...HEAD,
  "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
  "1\t开展重点产品质量攻关\t区工信局\t区市场监管局\t2026年12月",
  "2\t建设质量基础设施平台\t\t区科技局\t2026年9月",
  "3\t推广先进质量管理方法\t\t区发展改革局\t2026年10月",
  "4\t提升家政服务品质\t区商务局\t区人力社保局\t2026年11月",
  "5\t培育养老服务品牌\t\t区民政局\t2026年12月",
  // A row that writes its own lead, then one whose lead cell is empty with no 完成时限 either: not read as merged.
  "6\t完善计量服务体系\t区市场监管局\t\t2026年6月",
  "7\t推进标准化试点\t\t\t",
  "",
].join("\n");

export const SPACED_MERGED_LEADS = [
  ...HEAD,
  "序号  重点任务  责任单位  完成时限",
  "1  开展重点产品质量攻关  区工信局  2026年12月",
  "2  建设质量基础设施平台  2026年9月",
  "3  推广先进质量管理方法  2026年10月",
  "4  提升家政服务品质  区商务局  2026年11月",
  "5  培育养老服务品牌  2026年12月",
  "",
].join("\n");
