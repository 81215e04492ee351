import { parentWording, reasonAfterWrittenFigure, targetsWithParent } from "../../targets/compare.js";
import { writtenFigure } from "../../targets/format.js";
import { groupRestatements, restatementPlace } from "../../targets/restatements.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";

/**
 * A plan localises its parent's goals: its figure for an indicator should be at least as
 * ambitious as the parent's. Compared direction-aware (合格率 higher is better, 能耗 lower) and
 * unit-aware, through the indicator synonym table.
 */
export const weakerThanParent: Rule = {
  meta: {
    id: "targets/weaker-than-parent",
    family: "targets",
    severity: "warning",
    description: "目标低于上位文件（如《质量强国建设纲要》）对同一指标的要求",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "地方方案贯彻上位文件，同一指标的目标不应低于上位文件的要求。本规则把方案中的每个目标与上位文件（内置《质量强国建设纲要》的2025年目标，或 `.plancheck.json` 的 `parents`、文首 `上位文件`、序言中引用的文件）中的同一指标比较：合格率、指数等越高越好，能耗等越低越好；单位不同的不比较（指数写成“86分”“86点”与不带单位的86是同一标度，照常比较；“百分之九十五”即95%，“九成”即90%，“两个”“十二项”即2个、12项；从电子表格粘贴的指标表把比例写成小数的，合格率、占比、比重、比例、满意度等比例指标小于1的数值在上位文件以百分数（1%以上）给出时按百分数比较，“0.95”“≥0.9”即95%、90%以上，说明中写出方案原来的写法；单位栏写“%”而数值小于1的，只对越高越好的指标这样读）。同一单位以不同倍数写的（“48000人”与“5万人”，“150000万元”与“12亿元”）换算到上位文件的写法比较，消息写出方案原来的数值和换算后的数值各一次（“的目标“48000人”，按4.8万人比较，低于……的5万人”）。变化幅度（“下降14%”“年均增长8%”“提高2个百分点”）只与上位文件的变化幅度比较，沿上位要求的方向变化越多要求越高（“下降14%”高于“下降13.5%”）；每年的变化（年均、每年、较上年、同比）不与整个期间的变化比较，环比的变化（与上一期相比）不与二者比较，基年不同的（“比2022年”与“比2020年”；未写基年的按所在文件期限的前一年，如2024—2027年方案的“下降13%”以2023年为基数，“十四五”规划的以2020年为基数）也不比较，双方基年都无从判断的照常比较；变化幅度与目标值（“下降到12%”“达到94%”）口径不同，不比较。“不低于全国平均水平”等相对平均水平的目标没有数值，不与上位文件的数值或方向比较（由 targets/relative 提示）；上位文件也相对同一平均水平时照常比较（“不低于全国平均水平”低于“高于全国平均水平”的要求）。方案有多个上位文件（如纲要和本省的实施意见）时，与其中要求最严的一份比较：哪一份判得最严（低于其要求的先于符合的），就按哪一份报告；判断相同的，取数值要求更高（越低越好的指标取更低）的一份，说明中写出是哪一份文件。指标名称在各级文件中写法不同（食品抽检合格率／食品药品监督抽查合格率，制造业产品质量合格率／工业产品质量合格率），按指标同义词表对应；同义词表可在 `.plancheck.json` 的 `targets.synonyms` 中补充。同一抽查的合格率与不合格率从两头量同一件事（“食品抽检不合格率控制在2%以内”即“食品抽检合格率98%以上”；合格／不合格、达标／不达标、符合／不符合，不含满意率、不合格发现率），上位文件只有其中一头时按另一头换算比较，说明写出方案原来的写法和换算后的数值；以百分点计的变化（“不合格率下降1个百分点”）即另一头反方向的同样变化，以百分比计的变化无法换算。方案的指标是上位指标的一部分（公共服务质量满意度、生活性服务业质量满意度之于纲要的服务质量满意度）而上位文件没有该指标本身时，按“一部分”与上位指标比较：落实上位的方向性目标，但不与上位指标的数值比较；各部分之间（公共服务与生活性服务）互不对应；哪些指标是哪个指标的一部分可在 `.plancheck.json` 的 `targets.parts` 中补充（如 `{\"服务质量满意度\": [\"养老服务质量满意度\"]}`）。上位文件给出数值而方案只写“稳步提升”等方向性表述（“位居全国前列”“进入全国前十”等排名取决于其他地区，没有自己的数值，不作比较，由 targets/relative 提示），上位文件要求“不断下降”而方案写“上升”“增长”，或方案给越高越好的指标设上限（“保持在98%以下”）、给越低越好的指标设下限，也在此报告。目标年份与上位文件的不同时（如方案“到2027年”“到2030年”的目标、纲要的2025年目标），上位数值到期后仍是底线：晚于上位年份的目标低于上位数值，报告；不低于的只算符合（上位文件没有那一年的目标，不判为高于上位）；早于上位年份的阶段目标已达到上位数值的算高于上位，未达到的是过程目标，不作比较。方案起始年份（标题中的期限或成文年份，取较晚者）已晚于上位年份的（如2026—2030年的“十五五”方案与纲要的2025年目标），上位目标已成过去，不比较高低，只有一种情况报告：方案的目标值仍低于上位文件当年已提出的要求（如2030年的制造业产品质量合格率93%，而纲要要求2025年达到94%），说明写出“2030年的目标低于纲要2025年已要求的94%（上位目标虽已到期、本方案2026年起实施，其数值仍是底线）”；不低于的（2030年达到95%）不报告，也不算符合或高于上位。每个目标的年份从它所在的句子或分句（“2024年，……”“……，其中2024年达到93%”）或它所在的标题（“（一）2024年目标”“2024年：”）读取，年度分解目标不当作实施期末的目标比较。比较说明写出双方的年份（“2030年的目标低于纲要2025年的86”）。累计数（“累计培育……20家”“……累计达到50家”）只与上位文件的累计数比较，本期新建、新增的数量（“建设……5个”“新增……10家”）不与上位文件的总量比较，只与上位方案（.plan 文件）同一事物的新增数量比较（“培育省级质量标杆企业5家”与上位的“培育……10家”），且只在目标年份相同时比较；上位的新增数量不是要求下级落实的目标（targets/parent-not-localised 不报告），上位实施期已过的新增数量也不再是底线；企业数、投资额等按行政区域合计的数量，只在方案与上位文件同属一级政府（文首“层级”、发文机关或责任单位名称所示）时比较，市的数量不与省的总数比较。方案自述的现状数据（“发展基础”等部分，或以已过年份、“目前”“以来”开头的句子，如“2022年，全市……合格率达到97.8%”）不是目标，不作比较。同一目标在方案中写了两处（主要目标段落与其下的主要指标表、专栏重申的主要目标：指标、年份、数值和说法都相同）的，只在第一处报告一次，并在说明中指出另一处（“一、（二）的指标表再次写明同一目标”）；两处数值或说法不同的，各自报告。“力争”的目标（“力争达到85”“力争培育20家”，指标表中重申该目标的一行同样）是努力方向而非底线，低于上位要求的照样报告，消息和目标指标表的说明都写明“本方案力争达到85（力争目标，是努力方向而非底线），仍低于纲要的86”，供审阅者判断。空缺的目标由 targets/blank 报告。",
      incorrect: "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到97%，单位GDP能耗增长2%。\n",
      correct: "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到98.5%以上，单位GDP能耗下降13.5%。\n",
    },
  },
  check({ plan, parents, config, report }) {
    const weaker = [...targetsWithParent(plan, parents, config)].filter((entry) => entry.comparison.verdict === "weaker");
    // The goals' paragraph and the table under it stating one figure are one target: one finding.
    const sameVerdict = (a: (typeof weaker)[number], b: (typeof weaker)[number]) => a.parent === b.parent && a.comparison.reason === b.comparison.reason;
    for (const { first, others } of groupRestatements(weaker, sameVerdict)) {
      const { target, comparison, parent, parentTarget } = first;
      const also = others.length === 0 ? "" : `；${others.map((other) => restatementPlace(plan, other.target)).join("、")}再次写明同一目标，不重复报告`;
      report({
        start: target.start,
        end: target.end,
        // An aim's reason says its figure itself (本方案力争达到85…, compare.ts): not said twice; nor
        // is a figure compared on the parent's scale (的目标“40000人”，按4万人比较，低于…).
        message: `${quoted(target.indicator)}${target.aspirational && target.value !== null ? "：" : `的目标“${writtenFigure(target)}”，`}${target.aspirational && target.value !== null ? comparison.reason : reasonAfterWrittenFigure(comparison)}${parentWording(parent, parents, parentTarget.wording)}${also}`,
      });
    }
  },
};
