import type { Attachment, PlanDocument } from "../model/types.js";
import { spanHolding } from "../text/sorted.js";
import type { PlanTarget } from "./types.js";

/**
 * An attachment that sets the standard each thing of the plan's is to meet (附件：一站式服务站建设
 * 标准, 示范企业认定条件, 验收评分细则): its figures (面积不少于50平方米, 配备专职服务人员不少于2名,
 * 每年开展服务活动不少于4次) are what every station or firm must have, levels per unit — not counts
 * the plan sets out to reach, as the same words in a task's body would be. Titles that say so end
 * on the standard's word; a 分工表 or an indicator table says none of them.
 */
const STANDARD_TITLE = /(?:标准|规范|条件|细则|指引|要求|基本要求|评价指标体系)(?:（[^）]*）|\([^)]*\))?$/;
/** Titles of attachments that list targets or tasks, whatever their last word (指标体系 of goals is not a standard). */
const NOT_A_STANDARD = /分工|任务|指标表|目标|清单|台账|名单|计划/;

/** Whether an attachment sets a standard per thing. */
export function setsStandard(attachment: Attachment): boolean {
  const title = attachment.title?.text.trim();
  return title !== undefined && STANDARD_TITLE.test(title) && !NOT_A_STANDARD.test(title);
}

/** The counts of the plan's standard-setting attachments, read as the levels per unit they are (kind `level`, no total). */
export function asStandardsOfAttachments(plan: PlanDocument, targets: readonly PlanTarget[]): void {
  if (plan.attachments.length === 0) return;
  const standards = plan.attachments.filter(setsStandard);
  if (standards.length === 0) return;
  for (const target of targets) {
    if (target.kind !== "count" || spanHolding(standards, target.start) === null) continue;
    target.kind = "level";
    target.cumulative = false;
  }
}
