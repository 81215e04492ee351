import { toChineseNumeral } from "../../model/numerals.js";
import type { PlanDocument } from "../../model/types.js";
import { basisCitations, findParent, parentOfCitation } from "../../parents/resolve.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../../parents/types.js";
import type { AnnotationNode } from "../../syntax/cst.js";
import { titleLevel } from "../../parents/level.js";
import type { UnitLevel } from "../../units/names.js";
import { annotationLevel, annotationParent, annotationRanges, type JunkRun, junkRuns, referencedEntry, titledEntry } from "../../xref/annotations.js";
import type { FindingReport, Rule } from "../types.js";
import type { CitedNumber } from "../../xref/citedNumbers.js";
import { planCitedNumbers } from "../../xref/itemCitations.js";
import { takesUpRetitled, taskWordsAt } from "../../xref/taskWords.js";

/**
 * `〔对应纲要：（七）〕` must name a section or item the parent has: `（三十三）` in a 32-item
 * outline, `7` where the outline numbers items （七）, or a label that names no known parent
 * would silently tie the task to nothing.
 */
export const unknownSection: Rule = {
  meta: {
    id: "xref/unknown-section",
    family: "xref",
    severity: "warning",
    description: "〔对应纲要：…〕或正文引用的上位文件条目编号不存在、与所引标题不符",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "对应标注 `〔对应纲要：（七）〕` 把本方案的任务与上位文件的条目关联起来：`七` 指第七部分，`（七）` 指第（七）条，`（十三）至（十五）` 指其间的各条（覆盖情况计入（十三）（十四）（十五））。标注的编号在上位文件中不存在（如《质量强国建设纲要》只有（一）至（三十二）条）、写成阿拉伯数字、夹有无法识别的文字，或“对应”之后的简称找不到上位文件时，报告。编号写错只有起草人知道应为哪一条，不自动修复；阿拉伯数字给出改写建议。标注中写了上位文件条目的标题时作为一处报告：只写标题（`〔对应纲要：优化消费品供给品类〕`）的，建议改为该条的编号；编号后重复该条标题的，建议删去标题；编号后是另一条的标题（`〔对应纲要：（十二）提高建筑材料质量水平〕`，标题是（十四）的）的，请起草人核对，给出两种改法。覆盖情况按标题所指的条目计入（照录的标题比手写的编号可靠）。上位文件没有的编号后紧接着写了标题的（`〔对应纲要：（三十三）提升公共服务质量效率〕`），编号和标题作为一处报告：标题是某一条的，建议改为该条的编号（覆盖情况按标题计入），不是任何一条的，说明这一点。其他无法识别的文字连在一起的作为一处报告。正文在上位文件名称之后引用的编号（`落实《质量强国建设纲要》第三十三条`、`纲要第33条`、`第（三十二）至（三十三）条`、`第三十二、三十三条` 的每一个编号、`纲要第（二十）条“……”`、`纲要第十二部分`，以及以层级称呼的本地上位文件之后的，如县级方案中的`落实市方案第（九）条`）同样核对：上位文件没有该编号的，报告，其后引号中的标题是某一条的，建议改为该条的编号；编号后引号中的标题是另一条的（部分的编号后是另一部分的标题的，如`纲要第三部分“增强产业质量竞争力”`，同样），报告编号与标题不符，给出改编号的改法，任务的文字（改标题后连同写在其中的标题）有编号所指条目的用词时，也给出改标题的改法，否则改标题后任务与该条无关（xref/unrelated-section），不给出（覆盖情况按标题所指的条目计入）。分工表中以上位文件名称为表头的一列（`《纲要》条目`、`对应纲要条款`）逐行写明的编号（`（十二）`、`第（十二）条`，其后可不加引号写该条标题，如`（二十）争创国内国际知名品牌`）同样核对。",
      incorrect: "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。培育质量竞争型产业。〔对应纲要：（三十三）〕\n",
      correct: "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。培育质量竞争型产业。〔对应纲要：（七）〕\n",
    },
  },
  check(context) {
    // knownParents is read only for an annotation (reading it parses the built-in outline).
    const { plan, parents, report } = context;
    for (const annotation of plan.annotations) {
      const parent = annotationParent(annotation, parents, context.knownParents);
      if (!parent) {
        report({ start: annotation.labelStart, end: annotation.labelStart + annotation.label.length, message: unknownParentMessage(annotation.label, plan.metadata.parents, context.knownParents, uncitedBasis(plan, parents, context.knownParents, annotationLevel(annotation))) });
        continue;
      }
      // Junk reported with a reference, as part of it: the brackets of （13）.
      const taken = new Set<AnnotationNode["junk"][number]>();
      // The word of a range (（十三）至（十五）) joins two references: it is no junk.
      const ranges = annotationRanges(annotation);
      const runs = junkRuns(annotation.junk.filter((junk) => !ranges.some((range) => range.word === junk)));
      for (const reference of annotation.references) {
        if (referencedEntry(parent, reference)) continue;
        const asItem = reference.level === 3 ? parent.items.find((i) => i.level === 2 && i.value === reference.value) : undefined;
        // 十三 where the parent has no part 十三 but an item （十三）: the brackets were left out.
        const bracketless = reference.level === 1 ? parent.items.find((i) => i.level === 2 && i.value === reference.value) : undefined;
        const range = parent.items.length > 0 ? `条目为${parent.items[0]!.label}至${parent.items[parent.items.length - 1]!.label}` : "没有条目";
        const sections = parent.sections.length > 0 ? `，部分为${parent.sections[0]!.label}至${parent.sections[parent.sections.length - 1]!.label}` : "";
        // （13）: an item's number in Arabic figures inside the item's brackets is one slip, not a
        // number and two unreadable brackets — reported and rewritten whole.
        const open = asItem ? annotation.junk.find((j) => j.end === reference.start && OPEN_BRACKET.test(j.text)) : undefined;
        const close = open ? annotation.junk.find((j) => j.start === reference.end && CLOSE_BRACKET.test(j.text)) : undefined;
        const start = open && close ? open.start : reference.start;
        const end = open && close ? close.end : reference.end;
        if (open && close) taken.add(open).add(close);
        const written = open && close ? `${open.text}${reference.text}${close.text}` : reference.text;
        // A title written right after a number the parent lacks is one slip with it, one finding:
        // the title says which item was meant when it is one's (（三十三）提升公共服务质量效率).
        const after = !asItem && !bracketless ? runs.find((run) => isTitleAfter(plan.text, reference.end, run)) : undefined;
        if (after) {
          for (const piece of after.pieces) taken.add(piece);
          const titled = titledEntry(parent, after.text);
          const title = after.text.trim();
          report({
            start,
            end: after.end,
            message: titled
              ? `《${parent.title}》中没有“${written}”：${range}${sections}；其后的“${title}”是${titled.label}的标题（覆盖情况按标题计入${titled.label}），是否应为${titled.label}？`
              : `《${parent.title}》中没有“${written}”：${range}${sections}；其后的“${title}”也不是其中任何一条的标题`,
            ...(titled ? { suggestions: [{ description: `改为“${titled.label}”`, edits: [{ start, end: after.end, newText: titled.label }] }] } : {}),
          });
          continue;
        }
        report({
          start,
          end,
          message: asItem
            ? `《${parent.title}》的条目编号为“（${toChineseNumeral(reference.value)}）”，不是“${written}”`
            : bracketless
              ? `《${parent.title}》中没有第“${reference.text}”部分：${range}${sections}；若指第${bracketless.label}条，应写作“${bracketless.label}”`
              : `《${parent.title}》中没有“${reference.text}”：${range}${sections}`,
          ...(asItem ? { suggestions: [{ description: `改为“${asItem.label}”`, edits: [{ start, end, newText: asItem.label }] }] } : {}),
          ...(bracketless ? { suggestions: [{ description: `改为“${bracketless.label}”`, edits: [{ start, end, newText: bracketless.label }] }] } : {}),
        });
      }
      const left = annotation.junk.filter((junk) => !taken.has(junk) && !ranges.some((range) => range.word === junk));
      // What is written together is reported together: a title the grammar leaves a character at
      // a time is one thing written, and one finding (it was one a character).
      for (const run of junkRuns(left)) report(junkFinding(plan.text, parent, annotation, run));
    }
    reportCitedNumbers(plan, parents, report);
  },
};

/**
 * A number the plan's text cites after naming a parent (落实《质量强国建设纲要》第三十三条, 纲要
 * 第（二十）条“……”; xref/citedNumbers.ts, the reading coverage counts by): one the parent lacks
 * ties the task to nothing, silently; one whose quoted title is another item's counts for the
 * title's item (coverage), and which of the two is meant only the drafter knows. A bare 纲要 may
 * name more than one parent: a number is unknown only where none of them has it. An annotation
 * is read as such above (〔对应纲要（三）〕 is its near form), not here.
 */
function reportCitedNumbers(plan: PlanDocument, parents: readonly ResolvedParent[], report: (finding: FindingReport) => void): void {
  if (parents.length === 0) return;
  const read = new Map<number, Array<{ parent: ParentDocument; cited: CitedNumber }>>();
  for (const parent of new Set(parents.map((entry) => entry.parent))) {
    for (const cited of planCitedNumbers(plan, parent)) {
      const readings = read.get(cited.start);
      if (readings) readings.push({ parent, cited });
      else read.set(cited.start, [{ parent, cited }]);
    }
  }
  for (const readings of read.values()) {
    const { parent, cited } = readings[0]!;
    if (readings.every((r) => r.cited.numbered === null && r.cited.titled === null)) {
      const range = cited.part
        ? parent.sections.length > 0 ? `部分为${parent.sections[0]!.label}至${parent.sections[parent.sections.length - 1]!.label}` : "没有部分"
        : parent.items.length > 0 ? `条目为${parent.items[0]!.label}至${parent.items[parent.items.length - 1]!.label}` : "没有条目";
      report({ start: cited.start, end: cited.end, message: `引用的“${cited.text}”在《${parent.title}》中不存在：${range}，请核对` });
      continue;
    }
    // A number the outline lacks before a quoted title it has (第三十三条“提高农产品…”): the title
    // says which item (coverage counts it), the number is the slip.
    const lacking = readings.find((r) => !r.cited.part && r.cited.numbered === null && r.cited.titled !== null);
    if (lacking) {
      const titled = lacking.cited.titled!;
      const named = titled.entry;
      report({
        start: lacking.cited.start,
        end: titled.end,
        message: `引用的“${lacking.cited.text}”在《${lacking.parent.title}》中不存在，其后的${titled.text}是${named.label}的标题（覆盖情况按标题计入${named.label}），是否应为${named.label}？`,
        suggestions: [{ description: `编号改为“${named.label}”`, edits: [{ start: lacking.cited.numeralStart, end: lacking.cited.numeralEnd, newText: toChineseNumeral(named.value) }] }],
      });
      continue;
    }
    // An item's number with another item's title, a part's with another part's; 第（七）部分“……”
    // with a title of that part's items is no mismatch.
    const mismatch = readings.find((r) => r.cited.numbered !== null && r.cited.titled !== null && r.cited.titled.entry !== r.cited.numbered && (r.cited.titled.entry.level === 1) === r.cited.part);
    if (!mismatch) continue;
    const { numbered, titled } = mismatch.cited;
    const named = titled!.entry;
    const numeral = toChineseNumeral(named.value);
    // A part is named as plans cite it (第三部分), an item by its label (（十三）).
    const name = (entry: ParentEntry) => (entry.level === 1 ? `第${entry.label}部分` : entry.label);
    const renumber = { description: `编号改为“${named.label}”`, edits: [{ start: mismatch.cited.numeralStart, end: mismatch.cited.numeralEnd, newText: numeral }] };
    // The number kept and the title made its own only where the task's words take the number's
    // item up: else the rewritten row or item is xref/unrelated-section's (a 分工表 row on brands
    // retitled 提升全面质量管理水平), and the title was the drafter's word on what the task does.
    const retitle = takesUpRetitled(mismatch.parent, numbered!, taskWordsAt(plan, mismatch.parent, mismatch.cited.start))
      ? // A 分工表's cell writes the title after its number unquoted (xref/tableCitations.ts): the fix writes it as the cell does.
        [{ description: `标题改为“${numbered!.title}”`, edits: [{ start: titled!.start, end: titled!.end, newText: QUOTE_OPENS.test(titled!.text) ? `“${numbered!.title}”` : numbered!.title }] }]
      : [];
    report({
      start: mismatch.cited.start,
      end: titled!.end,
      message: `引用的编号与标题不符：“${mismatch.cited.text}”是《${mismatch.parent.title}》的${name(numbered!)}“${numbered!.title}”，${titled!.text}是${name(named)}的标题（覆盖情况按标题计入${name(named)}），请核对应为哪一条`,
      suggestions: [renumber, ...retitle],
    });
  }
}

/** The quotation mark a quoted title opens with. */
const QUOTE_OPENS = /^[“"「『‘]/;

/**
 * What an annotation's unreadable run is: an item's title written after its own number (say it
 * once: the number), after another item's number (which of the two is meant only the drafter
 * knows: both are offered), or alone (its number is offered); else unreadable text.
 */
function junkFinding(text: string, parent: ParentDocument, annotation: AnnotationNode, run: JunkRun): FindingReport {
  const titled = titledEntry(parent, run.text);
  const written = run.text.trim();
  if (titled === null) return { start: run.start, end: run.end, message: `对应标注中有无法识别的内容“${written}”：应为“七”“（七）”这样的编号，以顿号分隔` };
  const before = annotation.references.find((reference) => reference.end <= run.start && text.slice(reference.end, run.start).trim() === "");
  const named = before ? referencedEntry(parent, before) : null;
  const drop = { description: `删去标题“${written}”`, edits: [{ start: run.start, end: run.end, newText: "" }] };
  if (before && named === titled) {
    return { start: run.start, end: run.end, message: `对应标注中的“${written}”是${titled.label}的标题：标注只写编号“${titled.label}”`, suggestions: [drop] };
  }
  if (before && named) {
    const whole = { description: `改为“${titled.label}”`, edits: [{ start: before.start, end: run.end, newText: titled.label }] };
    return {
      start: before.start,
      end: run.end,
      message: `对应标注的编号与标题不符：“${before.text}”是《${parent.title}》的${named.label}“${named.title}”，“${written}”是${titled.label}的标题，请核对应为哪一条`,
      suggestions: [whole, { description: `保留“${before.text}”，${drop.description}`, edits: drop.edits }],
    };
  }
  return {
    start: run.start,
    end: run.end,
    message: `对应标注应写编号：“${written}”是《${parent.title}》${titled.label}的标题，应写作“${titled.label}”`,
    suggestions: [{ description: `改为“${titled.label}”`, edits: [{ start: run.start, end: run.end, newText: titled.label }] }],
  };
}

/** Whether a run of an annotation's junk is words written right after a reference ending at `end`: no bracket, nothing between but spaces. */
function isTitleAfter(text: string, end: number, run: JunkRun): boolean {
  return run.start >= end && text.slice(end, run.start).trim() === "" && TITLE_WORDS.test(run.text);
}

/** Words of a title: two Chinese characters or more (a stray bracket or mark is no title). */
const TITLE_WORDS = /[\u4e00-\u9fff]{2}/;

const OPEN_BRACKET = /^\s*[（(]\s*$/;
const CLOSE_BRACKET = /^\s*[）)]\s*$/;

/**
 * What to do about an annotation whose parent is unknown, true to how parents are found
 * (docs/parents.md): a title in the front matter's 上位文件 names a built-in document or a `.plan`
 * file of the folder the configuration covers (the workspace folder, the plan's folder on the
 * command line); a `parents` entry names a file by its path. A front matter title that named
 * nothing is said to have named nothing, and so is a title the plan's opening cites as its basis.
 */
function unknownParentMessage(label: string, named: readonly string[], known: readonly ParentDocument[], cited: readonly string[]): string {
  const unfound = named.filter((name) => findParent(name, known) === null);
  const where = "以 .plan 格式放在 .plancheck.json（没有时为工作区或本文件）所在的文件夹中";
  if (unfound.length > 0) return `找不到“${label}”所指的上位文件：文首元数据“上位文件”中的“${unfound.join("、")}”既不是内置文件，也不是文件夹中任何 .plan 文件的标题；请把该文件${where}，或在 .plancheck.json 的 parents 中写明其路径`;
  // The plan already names what it implements (为贯彻落实《…市…方案》): asking for the title again
  // would send the drafter to write what is written; what is missing is the document's text.
  if (cited.length > 0) return `找不到“${label}”所指的上位文件：本方案开头引用的${cited.map((title) => `《${title}》`).join("")}既不是内置文件，也不是文件夹中任何 .plan 文件的标题；请把该文件${where}，或在 .plancheck.json 的 parents 中写明其路径`;
  return `找不到“${label}”所指的上位文件：请在文首元数据“上位文件”中写明其标题（该文件${where}），或在 .plancheck.json 的 parents 中写明其路径`;
}

/**
 * The titles the plan says it implements (parents/resolve.ts basisCitations) that named no
 * parent; of an annotation that names its parent by a level (对应市方案), those issued at that
 * level where the titles tell (the province's 实施意见 is not what 市方案 means).
 */
function uncitedBasis(plan: PlanDocument, parents: readonly ResolvedParent[], known: readonly ParentDocument[], level: UnitLevel | null): string[] {
  const titles: string[] = [];
  for (const citation of basisCitations(plan)) {
    if (parents.some((p) => p.via === "citation" && p.span !== null && p.span.start === citation.start) || parentOfCitation(citation, known) !== null) continue;
    if (!titles.includes(citation.title)) titles.push(citation.title);
  }
  const atLevel = level === null ? [] : titles.filter((title) => titleLevel(title) === level);
  return atLevel.length > 0 ? atLevel : titles;
}
