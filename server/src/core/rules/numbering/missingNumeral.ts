import { PlanMemo } from "../../model/planMemo.js";
import { shortHeading } from "../../numbering/describe.js";
import { numeralText, restoredMarker } from "../../numbering/edits.js";
import { numberingOf } from "../../numbering/runs.js";
import type { PlanConfig } from "../../config/schema.js";
import type { NumberedItem, PlanDocument } from "../../model/types.js";
import type { FindingReport, Fix, Rule, TextEdit } from "../types.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";
import { canonicalMarker } from "../../model/markers.js";
import { isPasteHabit } from "../pasteHabit.js";

/**
 * `、总体要求`: a chapter heading whose numeral was lost (a list number Word drops on copy, a
 * character deleted by accident). The model reads it as the level-1 item it is, so the outline
 * stays right (model/reading.ts); this rule reports it, and restores the numeral when the
 * chapters around it settle it.
 */
export const missingNumeral: Rule = {
  meta: {
    id: "numbering/missing-numeral",
    family: "numbering",
    severity: "warning",
    description: "标题或任务丢失了编号（如“、总体要求”，夹在“1.”与“3.”之间、没有编号的任务，或整组没有编号的任务）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从 Word 复制自动编号、或误删一个字后，第1级标题常只剩下顿号：“、总体要求”。这样的行夹在上一章的“（三）”和下一章的“（一）”之间，显然是一章的标题，检查器把它读作第1级条目（其后的“（一）”等归入它之下，大纲不乱），并报告编号丢失。",
        "",
        "判断“显然是标题”不依赖词表：顿号之后是以汉字开头的短文字（不超过30字），没有句号、分号、冒号等句内外标点，并且紧接着下一级编号，或其后的下一级编号重新从“（一）”“1.”开始。",
        "",
        "编号数字按前后的第1级编号推断：前一章是“一、”、后一章是“三、”，就应为“二、”；它是第一章而后一章是“二、”，就应为“一、”。这时提供修复，修复只在顿号前补上数字。",
        "",
        "前后不一致时（“一、”之后是它，再后是“四、”；或它是第一章而后一章是“三、”），除了它，还有别的编号缺失或有误，丢失的是哪个数字只有起草者知道：本规则只报告，说明前后编号，不提供修复；numbering/sequence 也不再报告其后那一项、不重新编号，以免替起草者做出选择。补上编号后，numbering/sequence 照常检查其余编号。",
        "",
        "从 Word、WPS 复制时，自动编号常只保留一部分，有的任务连整个编号都丢了：“1.……（责任单位：……）”与“3.……（责任单位：……）”之间夹着一段没有编号的“做优食品加工产业。……（责任单位：县工信局）”。读作正文，它就成了任务1的一部分，任务1多出一个责任单位，numbering/sequence 还会把“3.”及其后各项错改为“2.”……。检查器在以下条件同时满足时把这一段读作丢失编号的任务，并在修复中按前后同级编号的写法补上编号（如“2.”“（2）”）：",
        "",
        "- 同级编号恰好跳过一个数（“1.”之后是“3.”），中间没有上级编号或附件；或者同级第一项是“2.”，这一段紧接在上级标题之下；",
        "- 前后的同级任务都是“标题句。正文……（责任单位：……）”的写法（任务之下列有“①……”“（1）……”等事项、责任单位单独成行写在这些事项之后的，也算），这一段也是：以汉字开头、不超过30字、不含逗号的标题句以句号结束，并带有责任单位（或下一行就是责任单位）；",
        "- 它前面的一行以责任单位结束（上一项任务已经写完），或就是上级标题；",
        "- 两项之间只有这一段符合上述条件。",
        "",
        "前后的同级条目都只有标题（如“（一）提升产业质量竞争力”与“（三）提升服务质量水平”，或两个“一、”级标题）时，丢失编号的是一个标题：两项之间恰有一行不超过30字、以汉字开头、没有句内外标点的短行，且其下紧接着下一级编号（如“3.”），就把它读作丢失编号的标题（“（二）”）。",
        "",
        "丢失编号的也可能是一组的最后一个标题，其后没有同级编号可对：“（一）指导思想”及其下的一段正文之后，一行“主要目标”、其下又是一段正文，再往下是“二、”。条件同时满足时才读作丢失编号的标题（“（二）”）：前一个同级条目只有标题；从它到下一个上级条目之间只有正文段落（每段以句末点号结束）和这一行；这一行不超过30字、以汉字开头、没有标点，不是“专栏1”“表1”之类的栏目名或表题；它之前、之后都有正文段落。一组中有两行这样的短行、或短行之后没有正文时，无从确定，不作此读。",
        "",
        "一组的各个标题之下是编了号的任务时同样如此：“（一）提升产品质量”之下是任务“1.”“2.”，其后一行“强化标准引领”，其下的任务又从“1.”编起，再往下是“二、”、附件（附件标识，或正文之后列出附件的附件说明“附件：重点任务分工表”）或全文结束，这一行就是丢失编号的“（二）”。两组之下都有下一级编号、且都从1起编号，才作此读；短行之下的任务接着编号（“1.”“检验检测能力”“2.”）时，它是组内的小标题，不是一组。",
        "",
        "补上编号时，若同组其他条目的编号都顶格书写，而丢失编号的一行行首还留着粘贴带来的制表符或空格，修复用编号替换这些空白（“补上编号“（二）”并删去行首空白”），补好的一行与同组各行写法一致；同组各行都有缩进时，空白保留。",
        "",
        "不满足时（例如上一项任务的责任单位写在这一段之后，这一段是上一项的正文），不作此读，编号问题由 numbering/sequence 报告。",
        "",
        "一组任务的编号也可能整组丢失：“（一）提升产品质量”之下的几段都是“标题句。正文……〔责任单位：……〕”，却没有一个编号，而本文其他各组的任务都编了号（“1.落实主体责任。……〔责任单位：……〕”）。读作正文，这些任务就成了标题的一部分，标题名下堆着几个责任单位，责任分工表少了这几行。检查器在以下条件同时满足时把它们读作丢失编号的任务，从1起按顺序补上编号：本文至少有3项同级任务编了号且是这种写法；这一组的标题只有标题，其下直到同级或上级的下一个编号之间没有任何编号；其间每一段都是这种写法的任务（责任单位在段末或下一行），至少两段。其间有一段别的文字（如导语），就不作此读。组的标题可以在任务的上两级：一章之下直接是几段这样带责任单位的任务（“二、组织保障”之下的“加强党的领导。……〔责任单位：……〕”），它们是这一章丢失了编号的各组。组的标题也可以是单独成行、以句号结束的标题句（“（一）贯彻新发展理念，增加质量强市建设新动能。”）；本文编了号的任务也可以在组的同一级（网页丢失了全部“1.”，只剩最后一章写作“（一）加强党的领导。……〔责任单位：……〕”的任务），这时各组之下的任务是组的下一级，补上“1.”“2.”……。",
        "",
        "从网页复制时，列表的编号还可能全文丢失，本文没有一项任务编了号。这时证据只有各组本身，要求更严：每组标题之下的各段都是这种写法的任务（标题句不超过30字、没有逗号、以句号结束），至少两段；并且要么每段都有责任单位，要么每段都以任务的动词开头（加强、推动、实施、完善、保障……，前面可以有“大力”“积极”“充分”等副词；“坚持……”是原则，不算）；全文这样的任务合计至少3项。一段任务在句子中间被换行断开（上一行没有以句末点号或括号结束），下一行接着写的文字仍属这一项任务。导语、以主语开头的段落（“各地各部门要……”）都是正文，不作此读。",
        "",
        "丢失编号的条目占了同一级条目的大半（全文该级条目中超过一半没有编号，且至少3项）时，这是整篇粘贴丢失了列表编号（网页用样式显示 Word 的自动编号，复制时全部丢失），而不是个别笔误：本规则只在该级第一项报告一次，消息给出全文共有几项丢失了编号；每一项的编号都能按顺序确定时，修复一次补上全部编号（只在各项文字前插入编号，不改动任何文字；同组有编号顶格书写的条目时，与单独一处的修复一样，用编号替换行首粘贴带来的空白）。同一级只有少数几项丢失编号时，仍逐项报告，各自说明前后的编号。",
        "",
        "各组标题的编号也可能全部丢失（网页用样式显示“（一）”一级的自动编号，章的“一、”和任务的“1.”是手写的）：全文没有一个“（一）”级条目，而在任务之上紧挨着标题行（不超过30字，以汉字开头，除中间的逗号和末尾的句号外没有标点，没有括号，上一行已经结束了句子或是标题），全文至少两处。读作正文，各组的任务都归到章下，组从大纲中消失。检查器在这些条件同时满足时把这些标题行读作丢失编号的组标题，在各章内依次补上“（一）”“（二）”……；同时，章内夹在章标题或段落与段落之间、只有文字没有标点的短行（“指导思想”“主要目标”）也读作组标题。",
        "",
        "章标题的编号也可能全部丢失（Word、WPS 给章标题用了自动编号，“（一）”是手写的）：全文没有一个“一、”，而“（一）”重新起编两次以上，每个“（一）”之上紧挨着一行短标题（“总体要求”“重点任务”“保障措施”，不含标点）。读作正文，第一个标题会被当成方案标题，各部分的“（一）”被报告为顺序颠倒、跨章连续重新编号。检查器在这些条件同时满足时把这些标题读作丢失编号的章标题，依次补上“一、”“二、”……；其中任何一个“（一）”之上不是这样的标题（如章节标题“第一章”、专栏），就不作此读。第一个“（一）”之上是像方案标题的一行（“××实施方案”）时同样不作此读：没有导语的方案，标题就在第一个“（一）”之上。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n、主要任务\n（一）推动质量变革创新\n（二）开展质量提升行动\n三、保障措施\n（一）加强组织领导\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n二、主要任务\n（一）推动质量变革创新\n（二）开展质量提升行动\n三、保障措施\n（一）加强组织领导\n",
    },
  },
  check({ plan, config, report }) {
    // Items that lost their whole marker are gathered first: whether each is reported alone
    // depends on how many of its level's items lost theirs (a paste's loss, below).
    let lost: NumberedItem[] | null = null;
    for (const item of plan.allItems) {
      const marker = item.marker;
      if (marker.style !== "missingNumeral") continue;
      if (marker.text === "") {
        (lost ??= []).push(item);
        continue;
      }
      const heading = `${marker.text}${item.heading.text}`;
      const numeral = marker.valueCertain ? numeralText(item.level, marker.value!) : null;
      const span = { start: marker.start, end: Math.max(marker.end, item.heading.end) };
      if (numeral === null) {
        report({ ...span, message: `标题“${heading}”丢失了第1级编号数字，${neighbours(plan, config, item)}，不能确定应为第几章，请核对后补上编号` });
        continue;
      }
      report({
        ...span,
        message: `标题“${heading}”丢失了第1级编号数字，按前后编号应为“${numeral}、”`,
        fix: spanFix(`补上编号“${numeral}、”`, marker.start, marker.start, numeral),
      });
    }
    if (lost !== null) reportLostMarkers(plan, config, lost, report);
  },
};

/**
 * A web page that renders Word's list numbering with CSS loses every number of a level when it
 * is copied: a finding on each of dozens of tasks says one thing dozens of times and buries the
 * rest. Where most of a level's items lost their markers (more than half of the level's items in
 * the plan, at least three), the loss is the paste's, not a slip at a few places: one finding at
 * the first stands for all of them. A few lost among numbered items stay findings of their own,
 * each with the numbers around it to cite.
 */
const PASTE_LOSS_MINIMUM = 3;

function reportLostMarkers(plan: PlanDocument, config: PlanConfig | undefined, lost: readonly NumberedItem[], report: (finding: FindingReport) => void): void {
  const byLevel = new Map<number, NumberedItem[]>();
  for (const item of lost) {
    const items = byLevel.get(item.level);
    if (items === undefined) byLevel.set(item.level, [item]);
    else items.push(item);
  }
  const levelSizes = new Map<number, number>();
  for (const item of plan.allItems) if (item.kind === "item" && byLevel.has(item.level)) levelSizes.set(item.level, (levelSizes.get(item.level) ?? 0) + 1);
  for (const [level, items] of byLevel) {
    const size = levelSizes.get(level) ?? items.length;
    if (isPasteHabit(items.length, size - items.length, PASTE_LOSS_MINIMUM)) reportPasteLoss(plan, config, items, size, report);
    else for (const item of items) reportLostMarker(plan, config, item, report);
  }
}

/**
 * One level's markers lost in the paste: one finding at the first, whose fix writes every marker
 * (each an insertion before the item's words, so no word is lost); where any item's number is
 * not settled, the drafter numbers them and nothing is written.
 */
function reportPasteLoss(plan: PlanDocument, config: PlanConfig | undefined, items: readonly NumberedItem[], size: number, report: (finding: FindingReport) => void): void {
  const numbering = numberingOf(plan, config);
  const first = items[0]!;
  const markers: string[] = [];
  for (const item of items) {
    if (item.marker.value === null) break;
    markers.push(restoredMarker(item, numbering.runOf.get(item)?.run.items ?? []));
  }
  const settled = markers.length === items.length;
  const what = levelName(first);
  const share = items.length === size ? "该级全部没有编号" : `该级${size}项中${items.length}项没有编号`;
  const finding: FindingReport = {
    start: first.marker.start,
    end: first.heading.end,
    message: `全文共${items.length}项${what}丢失了编号（${share}，此处“${first.heading.text}”是第一处${settled ? `，应为“${markers[0]}”` : ""}）${first.level === 1 ? "，其下各部分从“（一）”重新编号" : ""}，多为从网页或 Word、WPS 复制时${first.level === 1 ? "章标题" : "列表"}的自动编号全部丢失，${settled ? "应按顺序补上编号" : "请核对后按顺序补上编号"}`,
  };
  if (settled) {
    // Each item's marker as the single lost marker's fix writes it (restoringEdit), in the blank a paste left before it where the numbered siblings start their lines.
    const siblingsOf = (item: NumberedItem) => numbering.runOf.get(item)?.run.items ?? [];
    const blanks = items.some((item) => blankBefore(item, siblingsOf(item))) ? "，删去行首空白" : "";
    finding.fix = deferredFix(`按顺序补上全文${items.length}项${what}的编号${blanks}`, () => items.map((item, index) => restoringEdit(item, siblingsOf(item), markers[index]!)));
  }
  report(finding);
}

/** What a level's items are called in a message, by their first marker's form: 章标题, “（一）”级标题, “1.”级条目. */
function levelName(item: NumberedItem): string {
  if (item.level === 1) return "章标题";
  return `“${canonicalMarker(item.level, 1)}”级${item.level === 2 ? "标题" : "条目"}`;
}

/**
 * A task whose whole marker was lost (`做优食品加工产业。…` between `1.` and `3.`, model/lostMarkers.ts):
 * its number is settled by the siblings around it, and the marker is written in their form
 * (`2.` among `1.` `3.`, `2、` among `1、` `3、`), so marker-style has nothing more to say.
 */
function reportLostMarker(plan: PlanDocument, config: PlanConfig | undefined, item: NumberedItem, report: (finding: FindingReport) => void): void {
  const position = numberingOf(plan, config).runOf.get(item);
  const siblings = position?.run.items ?? [];
  const marker = restoredMarker(item, siblings);
  // A group whose markers were all lost (model/lostTaskRuns.ts) has no numbers around it to cite.
  const wholeGroup = isWholeGroup(siblings);
  report({
    start: item.marker.start,
    end: item.heading.end,
    message: wholeGroup && item.level === 1
      ? // Every chapter heading lost its 一、 (model/lostChapters.ts): the groups under each start again at （一）.
        `章标题“${item.heading.text}”没有编号（其下各部分从“（一）”重新编号），按顺序应为“${marker}”（从 Word、WPS 复制时章标题的自动编号常全部丢失）`
      : wholeGroup && !numbersLevel(plan, item.level)
      ? // Every group lost its markers (model/lostTaskRuns.ts, a plan that numbers no task).
        `条目“${item.heading.text}”没有编号：本文各组任务的编号都已丢失，按顺序应为“${marker}”（从网页或 Word、WPS 复制时列表的自动编号常全部丢失）`
      : wholeGroup
      ? `条目“${item.heading.text}”没有编号，而本文其他各组任务都有编号，按顺序应为“${marker}”（从 Word、WPS 复制时一组自动编号常整组丢失）`
      : `条目“${item.heading.text}”丢失了编号，按前后编号应为“${marker}”（从 Word、WPS 复制时自动编号常只保留一部分）`,
    fix: restoringFix(item, siblings, marker),
  });
}

/**
 * The fix that writes a lost marker. A paste that lost Word's numbering often leaves its tab or
 * spaces before the text (`\t强化标准引领`); where the siblings' markers stand at the start of
 * their lines, the marker takes the blank's place, so the restored item reads as they do. Where
 * the siblings are indented too (`　　（一）`, a first-line indent typed as spaces) the blank stays.
 */
function restoringFix(item: NumberedItem, siblings: readonly NumberedItem[], marker: string): Fix {
  const edit = restoringEdit(item, siblings, marker);
  return spanFix(edit.start < edit.end ? `补上编号“${marker}”并删去行首空白` : `补上编号“${marker}”`, edit.start, edit.end, marker);
}

/** The edit that writes a lost marker: an insertion before the item's words, or in place of the blank before them (see restoringFix). */
function restoringEdit(item: NumberedItem, siblings: readonly NumberedItem[], marker: string): TextEdit {
  return { start: blankBefore(item, siblings) ? item.line.start : item.marker.start, end: item.marker.start, newText: marker };
}

/** Whether a lost marker takes the place of the blank before the item's words: the numbered siblings start their lines. */
function blankBefore(item: NumberedItem, siblings: readonly NumberedItem[]): boolean {
  return item.marker.start > item.line.start && siblings.some((sibling) => sibling !== item && sibling.marker.text !== "") && siblings.every((sibling) => sibling === item || sibling.marker.text === "" || sibling.marker.start === sibling.line.start);
}

/** Whether every item of a run lost its whole marker: read once a run, which has a finding for each of its items. */
function isWholeGroup(siblings: readonly NumberedItem[]): boolean {
  let whole = WHOLE_GROUPS.get(siblings);
  if (whole === undefined) WHOLE_GROUPS.set(siblings, (whole = siblings.every((sibling) => sibling.marker.style === "missingNumeral" && sibling.marker.text === "")));
  return whole;
}

const WHOLE_GROUPS = new WeakMap<readonly NumberedItem[], boolean>();

/** Whether the plan writes a marker at `level` anywhere: a task group's numbers, where another group lost its. */
function numbersLevel(plan: PlanDocument, level: number): boolean {
  let levels = NUMBERED_LEVELS.get(plan);
  if (levels === undefined) {
    // Once a plan: a plan that lost every task's number has a finding for each task.
    levels = new Set<number>();
    for (const item of plan.allItems) if (item.kind === "item" && item.marker.text !== "") levels.add(item.level);
    NUMBERED_LEVELS.set(plan, levels);
  }
  return levels.has(level);
}

const NUMBERED_LEVELS = new PlanMemo<Set<number>>();

/** What the chapters around an unsettled lost numeral say, for its message: 前一章为“一、”，后一章为“四、”. */
function neighbours(plan: PlanDocument, config: PlanConfig | undefined, item: NumberedItem): string {
  const position = numberingOf(plan, config).runOf.get(item);
  const items = position?.run.items ?? [];
  const index = position?.index ?? -1;
  const previous = index > 0 ? items[index - 1]! : null;
  const next = index >= 0 && index + 1 < items.length ? items[index + 1]! : null;
  const name = (chapter: NumberedItem) => (chapter.marker.style === "missingNumeral" ? `“、${shortHeading(chapter)}”（编号也已丢失）` : `“${chapter.marker.text}”`);
  if (previous === null) return next ? `它是第一章，后一章却为${name(next)}` : "前后编号不一致";
  return next ? `前一章为${name(previous)}，后一章为${name(next)}` : `前一章为${name(previous)}`;
}
