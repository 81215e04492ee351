import { clauseRequirement, needsClause } from "../../units/requiredLevels.js";
import { clausesOfTask } from "../../units/sharedClause.js";
import { tableRowOfTask } from "../../units/tableTasks.js";
import type { Rule } from "../types.js";
import { mayGoOnBelow } from "../../model/wrappedMarkers.js";
import { emptyClauseBrackets, holdsEmptyClause } from "../../units/emptyClauses.js";

const LEVEL_NAME: Record<number, string> = { 1: "第一级（一、）", 2: "第二级（（一））", 3: "第三级（1.）", 4: "第四级（（1））" };

/**
 * A task with no responsibility clause at a level where tasks carry one: the configured
 * `units.requireClauseAt`, or the level the document itself uses (see clauseRequirement).
 * Headings that group tasks and the framing sections (总体要求, 指导思想, 主要目标) are never tasks,
 * nor is a 专栏 box's list; the closing 保障措施 chapter and the 实施步骤 phases need none
 * (requiredLevels.ts inSafeguardsChapter). Nor a task whose PDF line below the measure may have
 * begun with the next marker inside its sentence: the clause there may be its own
 * (model/wrappedMarkers.ts `uncertainBreaks`).
 */
export const missingClause: Rule = {
  meta: {
    id: "units/missing-clause",
    family: "units",
    severity: "warning",
    description: "任务条目没有写明责任单位",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "实施方案的每项任务都应写明由谁落实。需要责任单位的层级由 `.plancheck.json` 的 `units.requireClauseAt` 指定（如 `[3]`）；未指定时按本文的写法推断：任务条目多数写有责任单位的各级（赣州方案为第三级“1.”，南京方案为第二级“（一）”；某项任务下的（1）（2）共用其后一段责任单位时，第四级与第三级都要求）。正文和每个附件各自推断：附件自成编号，列举指标的“附件2 主要指标”中的 1. 2. 3. 不因正文任务写有责任单位而被要求，附件中的任务清单多数写有责任单位时，其中漏写的照常报告。",
        "下设子条目的条目、只有标题的条目，以及“总体要求”“指导思想”“主要目标”等部分中的条目不是任务，不要求责任单位；“保障措施”“组织保障”“组织实施”等收尾一章中的条目讲的是如何落实，也不要求（与上位文件覆盖检查对这一章的认定相同），“实施步骤”“工作步骤”“进度安排”中的各阶段（启动实施阶段、全面推进阶段……）同样不要求；专栏（“专栏1 产业质量提升重点项目”之下的 1. 2. 3.）列的是项目或指标，不是任务，也不要求。写明了责任单位的照常保留。一组任务之后单独成段的责任单位（如“1.……”“2.……”之后另起一段“〔责任单位：……〕”，或不加括号的“以上任务责任单位：……。”“上述任务由……牵头，……配合。”）属于这一组任务，组内各项都不算缺少。任务的最后一句只由单位名称和角色组成、不加括号的（“……开展质量攻关。市市场监管局牵头，市工信局配合。”“……由市商务局牵头，市农业农村局配合。”）也是写明了责任单位。正文未写责任单位、而附件“重点任务分工表”中有一行与之对应（按任务名称或表中引用的任务内容，以及序号）的任务，责任单位写在表中，也不算缺少。",
        "责任单位可以写成“〔责任单位：…〕”“（责任部门：…）”“〔牵头单位：…；配合单位：…〕”“〔责任单位：市市场监管局牵头，市工信局配合〕”“〔责任单位：市工信局、市市场监管局等按职责分工负责〕”等带标签的形式，也可以写成不带标签、以分工结尾的形式：“（省发改委、省科技厅按职责分工负责）”“（市市场监管局牵头，市工信局、市科技局配合）”“（市住建局负责）”。括号中的文字只有在每个名称都像机构名称（以局、委、办、厅、人民政府、中心等结尾）时才算责任单位，“（具体负责）”之类的插话不算。草稿和照抄省级方案的县级方案常在任务段末只写括号和单位名称、不写分工（“……培育区域公用品牌。（县工信局、县科技局）”），按“（县工信局、县科技局按职责分工负责）”理解：只有括号在段末（其后至多一个句末标点），且每个名称都以级别词开头（省、市、区、县、乡、镇……，或“各”加级别词）并以机构名称结尾时才算，“（试行）”“（市、区）”“（含县、乡、村）”“（有关部门）”“（附件1）”和句中的括号不算。部门自己的方案（由部门印发，或标题以部门名称开头，如“江西省知识产权局2026年工作要点”）在段末括号中写本部门的处室、科室（“……。（知识产权保护处、省公安厅）”“（人事处、机关党委）”）的，同样算写明了责任单位。",
        "在条目末尾输入时，编辑器的补全会按本文已有的括号、标签和冒号写法插入“〔责任单位：…〕”。",
      ].join("\n\n"),
      incorrect:
        "一、主要任务\n1.加快区域质量创新发展。开展创建工作。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。推进工业绿色低碳转型。\n",
      correct:
        "一、主要任务\n1.加快区域质量创新发展。开展创建工作。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。推进工业绿色低碳转型。〔责任单位：市发展改革委〕\n",
    },
  },
  check({ plan, config, report }) {
    const requirement = clauseRequirement(plan, config);
    if (!requirement.any) return;
    for (const item of plan.allItems) {
      // A task whose units the responsibility table gives (units/tableTasks.ts) names them there.
      if (!requirement.appliesTo(item) || !needsClause(item) || clausesOfTask(plan, item).length > 0 || tableRowOfTask(plan, item) !== null) continue;
      // A PDF's line below that the measure may have begun with a marker: the clause on it may be this task's.
      if (mayGoOnBelow(plan, item)) continue;
      // A clause begun and left empty (〔〕) is units/empty-clause's one finding.
      if (holdsEmptyClause(emptyClauseBrackets(plan), item.line.start, item.line.end)) continue;
      const why = requirement.source === "config" ? "配置要求" : "本文";
      report({
        start: item.marker.start,
        end: Math.max(item.heading.end, item.marker.end),
        message: `任务“${item.marker.text}${item.heading.text}”没有写明责任单位（${why}${LEVEL_NAME[item.level]}任务均应注明责任单位）`,
      });
    }
  },
};
