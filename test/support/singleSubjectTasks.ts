/**
 * Tasks any plan of one subject has (a metrology, standards or brand plan), in the drafter's
 * words: X stands for the plan's subject, which every heading writes; each with the outline item
 * it carries out (xref/planSubject.ts decides that the subject word names none of them).
 */
export const SINGLE_SUBJECT_TASKS: ReadonlyArray<[heading: string, body: string, item: string]> = [
  ["推进X科技创新", "组织企业和高校开展X关键共性技术攻关，建设X技术创新中心，推动新技术、新工艺、新材料应用。", "（十九）"],
  ["提升民生X水平", "开展集贸市场、加油站X专项检查，推行X便民服务，保护消费者权益。", "（五）"],
  ["加强X监督执法", "开展X双随机一公开抽查，依法查处X违法行为，实施信用监管。", "（二十六）"],
  ["完善X法规", "推动地方X法规修订，规范行政执法程序。", "（二十四）"],
  ["培养X人才", "开展X专业人才培养，建立X专家库，加大人才激励。", "（二十五）"],
  ["发展X服务业", "培育X服务机构，推动X服务向一站式服务转变，服务中小企业。", "（二十三）"],
  ["推进能源X", "督促重点用能单位落实能源X要求，服务节能降碳和绿色低碳发展。", "（四）"],
  ["深化X国际交流", "参与国际X比对，推动合格评定结果国际互认。", "（二十八）"],
  ["弘扬X文化", "开展X宣传活动，营造全社会重视X的舆论氛围。", "（三十二）"],
];
