import { extractTargets } from "../../targets/extract.js";
import { formatParentFigure } from "../../targets/compare.js";
import { planStartOf } from "../../targets/plan.js";
import { coverageSectors } from "../../sectors/issuer.js";
import { indicatorInSectors } from "../../sectors/sectors.js";
import { complementName } from "../../targets/complementRates.js";
import { synonymsFor } from "../../targets/synonyms.js";
import { documentLevel } from "../../units/documentLevel.js";
import { parentLabel } from "../../parents/types.js";
import type { Rule } from "../types.js";

/** Items named right after a citation: 第（二十二）条, （二十二）, 第二十二条, 第八部分. */
const CITED_ITEMS = /^\s*(?:第\s*)?(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*(?:条|项|款)?|[一二三四五六七八九十]+\s*(?:条|项|部分))/;

/**
 * The parent's quantified goals are what a plan is checked against upstream; one the plan never
 * mentions is worth a look (the plan may leave it to another department's plan, hence info).
 */
export const parentNotLocalised: Rule = {
  meta: {
    id: "targets/parent-not-localised",
    family: "targets",
    severity: "info",
    description: "上位文件的量化目标在本方案中没有对应指标",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "上位文件（如《质量强国建设纲要》）的量化目标（制造业产品质量合格率达到94%、食品抽检合格率达到98%以上……）通常要在地方方案中落实为本地目标。本规则在写有目标的方案中，列出上位文件中有数值、而本方案从未提到的指标（按指标同义词表对应，方向性表述也算提到，写同一抽查另一头的也算：“食品抽检不合格率”即提到“食品抽检合格率”），报告在主要目标的标题上。本方案所在层级没有统计的指标不要求落实：制造业质量竞争力指数只统计到设区的市，区、县的方案不报告（方案层级取文首“层级”，否则取责任单位名称的层级）；各指标统计到哪一级可在 `.plancheck.json` 的 `targets.lowestLevel` 中补充或改写（如本省把制造业质量竞争力指数统计到县：`{\"制造业质量竞争力指数\": \"县\"}`）。有的指标可能由其他专项方案落实，所以只作提示（info）。标题点明某一领域的方案（如《××市建筑工程质量提升行动方案》《××县食品安全……方案》）只落实上位文件中本领域的目标：工程方案只问工程质量抽查符合率等工程指标，食品方案只问食品抽检合格率和农产品质量安全例行监测合格率，不问制造业、服务业等其他领域的目标，也不问单位GDP资源能源消耗等不分领域的目标；标题未点明领域、由某一行业部门印发的方案（如省交通运输厅、市教育局印发的落实纲要的方案）按发文机关的领域同样只问本领域的目标（与覆盖率报告的范围一致，见 docs/sectors.md）；标题是“质量强市”等整体质量工作的方案、由人民政府或市场监管部门印发的方案照常报告全部目标。专项方案（标题是另一份被引用文件的主题，如引用《计量发展规划（2021—2035年）》的《××市计量发展规划实施方案》）只是一并贯彻上位文件，不要求落实其全部指标，不报告；引用上位文件时写明所落实条目的方案（“为贯彻落实《质量强国建设纲要》第（二十二）条……”）只落实这些条目，也不报告。方案的起始年份（标题中的期限或成文年份，取较晚者）晚于上位文件目标年份的（如2026—2030年的方案对纲要的2025年目标），该目标已成过去，不报告。从 PDF 复制、仍按版心宽度折行的方案（structure/hard-wrap），指标按合并折行后的段落读取；句中夹着页码、页眉（structure/page-number）的，也按删去页码、合并后的句子读取（“……例行监”／“— 1 —”／“测合格率……”是“农产品质量安全例行监测合格率”）。",
      incorrect: "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市制造业产品质量合格率达到94%以上。\n",
      correct:
        "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到94%以上，制造业质量竞争力指数达到86以上，农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上。\n",
    },
  },
  check({ plan, parents, config, report }) {
    if (parents.length === 0) return;
    // Absence needs every indicator read whole: a plan cut by a PDF's measure (structure/hard-wrap)
    // is read as joined; where it could not be, an indicator a wrap cuts is missing.
    const { targets, goalItems, cut } = extractTargets(plan);
    if (cut) return;
    // Only a plan that sets goals is localising them; one without is targets/no-goals' business.
    const firstGoal = targets.find((target) => target.inGoals);
    if (!firstGoal) return;
    const place = goalItems[0]?.heading ?? firstGoal.item?.heading;
    if (!place) return;
    const synonyms = synonymsFor(config);
    // A goal for an indicator no statistics compile at the plan's level (制造业质量竞争力指数 in a
    // 区 or 县 plan) cannot be localised there.
    const { level } = documentLevel(plan);
    // A figure the plan only reports (its 发展基础) does not localise the parent's goal.
    const mentioned = new Set<string>();
    for (const target of targets) {
      if (target.baseline) continue;
      mentioned.add(synonyms.keyOf(target.indicator));
      // A part of the parent's indicator (公共服务质量满意度 of 服务质量满意度) takes it up, as the table shows it beside the part.
      const whole = synonyms.wholeOf(target.indicator);
      if (whole !== null) mentioned.add(whole);
      // Its other end (食品抽检不合格率 of the parent's 食品抽检合格率) takes it up too: compare.ts weighs one against the other.
      const otherEnd = complementName(target.indicator);
      if (otherEnd !== null) mentioned.add(synonyms.keyOf(otherEnd));
    }
    const reported = new Set<string>();
    // A sector plan (建筑工程质量提升行动方案) carries out the parent's goals of its own sector only; so
    // does a department's plan (省交通运输厅's), its sector read from its issuer as coverage reads it.
    const sectors = coverageSectors(plan).sectors;
    // A goal for a year before the plan is in force (the outline's 2025 goals to a 2026—2030 plan) is history.
    const start = planStartOf(plan);
    // A plan on another subject that also cites the parent (a 计量 plan citing the outline beside
    // 《计量发展规划》) localises the goals on its subject, not every goal of the parent.
    // A plan that implements another document than its folder's parent (为贯彻落实《知识产权强国建设纲要》) localises none of the parent's.
    for (const { parent, secondaryTo, implementsOther, via, span } of parents) {
      if (secondaryTo !== null || implementsOther !== null) continue;
      // 为贯彻落实《质量强国建设纲要》第（二十二）条: a plan that names the items it carries out
      // localises those, not every goal of the parent.
      if (via === "citation" && span !== null && CITED_ITEMS.test(plan.text.slice(span.end, span.end + 12))) continue;
      // Its goals of other years too (a 十五五 province's 2030 goals to a 2026—2030 plan): one report an indicator, the first in force.
      for (const parentTarget of [...parent.targets2025, ...parent.otherYearTargets]) {
        const key = synonyms.keyOf(parentTarget.indicator);
        if (!parentTarget.quantified || (start !== null && parentTarget.horizon < start) || mentioned.has(key) || reported.has(key) || !synonyms.compiledAt(key, level)) continue;
        if (sectors !== null && !indicatorInSectors(parentTarget.indicator, sectors)) continue;
        reported.add(key);
        report({
          start: place.start,
          end: place.end,
          // The document named once, by its full title: a short name and then the title in brackets
          // wrote a province's long title twice (纲要 is short for one title only).
          message: `${parentLabel(parent, parents)}的量化目标“${parentTarget.indicator}${parentTarget.comparator ?? ""}${formatParentFigure(parentTarget)}”在本方案中没有对应指标`,
        });
      }
    }
  },
};
