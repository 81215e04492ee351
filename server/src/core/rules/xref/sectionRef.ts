import { toChineseNumeral } from "../../model/numerals.js";
import type { PlanDocument } from "../../model/types.js";
import { internalReferences, sectionsOf, targetTitle } from "../../references/index.js";
import type { ReferenceTarget, SectionReference } from "../../references/types.js";
import { ARTICLE_WORD } from "../../references/articles.js";
import type { Rule } from "../types.js";

/**
 * `按照本方案第四部分`, `上述第（十二）项`, `本办法第九条` (in a plan numbered by 条, references/articles.ts) where the plan has no such part, item or article (each number of a
 * list or a range, `本方案第二、五部分`, on its own): a part inserted
 * or deleted after the sentence was written, the number left stale. Only what the plan says is
 * its own (本方案, 本计划, 上述 …) is read: `《纲要》第（十二）条` is the parent's (xref/unknown-section).
 * A part named in a word the plan does not divide itself by (第三章 in a plan of 一、 …) is not
 * judged. A reference that names two or more (references/index.ts sectionsOf: two 第二章, or the
 * （二） of two chapters numbered apart, the reference in neither) is reported with them: read as
 * the first, it would send the editor and a renumbering to a guess.
 */
export const sectionRef: Rule = {
  meta: {
    id: "xref/section-ref",
    family: "xref",
    severity: "warning",
    description: "正文引用本方案的部分、条目或条（本方案第X部分、上述第（N）项、本办法第N条）不存在或所指不唯一",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "方案正文有时引用自身的部分或条目：“按照本方案第三部分确定的目标”“落实上述第（五）项任务”“本方案第二部分第（三）项”。插入或删去一个部分后，这些编号容易漏改，指向不存在的部分或条目。",
        "",
        "本规则只核对明说是本方案的引用（以“本方案”“本计划”“本意见”“上述”“前述”“上文”开头，或紧接在“见”“详见”“参见”之后、中间没有其他文件名称的，如“（见第三章）”）：“第X部分”指本方案分为“第一部分……”时的该部分，否则指一级标题“X、”；“第（N）项”“第（N）条”指二级标题“（N）”，写在某部分之后的，在该部分之内查找。各部分分别编号（每章的节、每个一级标题下的二级标题都从一编起）而引用没有写明所在部分的，指引用所在的那一部分中的条目；引用不在其中任何一个部分之内，或同一范围内有两个相同编号（如插入一章后出现两个“第二章”）的，所指不唯一，报告并列出各个可能所指的标题。列举或起止的引用（“本方案第二、四部分”“本方案第三部分和第五部分”“上述第（一）至（三）项”）逐个核对其中写出的每个编号，报告不存在的那一个。本方案没有所引部分或条目的，报告。引用上位文件的编号（“《纲要》第（十二）条”）不在此列，由 xref/unknown-section 核对；方案不按“章”“节”分部分而引用“第三章”的，不报告。",
        "",
        "方案按“第一条”“第二条”……分条（办法类文件和部分工作要点，每条另起一行以“第X条”开头）的，也核对对本方案各条的引用：“本办法第三条”“上述第五条”，以及句中直接写的“第三条”（如“按照第五条规定”“具体程序见第二条”）。紧接在其他文件名称之后的（“《中华人民共和国产品质量法》第十条”“纲要第十条”）是该文件的条，不核对；方案不分条的，不核对“第X条”。",
        "",
        "编号写错只有起草人知道应为哪一处，不自动修复。",
      ].join("\n"),
      incorrect: "示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n按照本方案第四部分的要求推进。\n二、保障措施\n（二）加强组织领导\n",
      correct: "示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n按照本方案第二部分的要求推进。\n二、保障措施\n（二）加强组织领导\n",
    },
  },
  check({ plan, report }) {
    const ranges = new NumberRanges(plan);
    for (const reference of internalReferences(plan).references) {
      if (reference.kind !== "section") continue;
      const targets = sectionsOf(plan, reference);
      if (targets === undefined || targets.length === 1) continue;
      const message = targets.length === 0 ? `“${reference.list ?? reference.written}”所指的${missingWhat(plan, reference, ranges)}` : ambiguity(reference, targets);
      report({ start: reference.start, end: reference.end, message });
    }
  },
};

/** Which candidates an ambiguous reference may name, by their headings, the first few. */
function ambiguity(reference: SectionReference, targets: readonly ReferenceTarget[]): string {
  const shown = targets.slice(0, MAX_SHOWN).map((target) => `“${targetTitle(target)}”`).join("、");
  const more = targets.length > MAX_SHOWN ? "等" : "";
  return `“${reference.list ?? reference.written}”所指不唯一：本文件有 ${targets.length} 处可指（${shown}${more}），请写明所在部分或改正重复的编号`;
}

const MAX_SHOWN = 4;

/**
 * The numbers the plan's articles, parts of each word, chapters and level-2 items run over, each
 * read once per check: a plan with thousands of references to what it lacks asked each time.
 */
class NumberRanges {
  private readonly found = new Map<string, readonly [number, number] | null>();

  constructor(private readonly plan: PlanDocument) {}

  articles(): readonly [number, number] | null {
    return this.of("条", () => internalReferences(this.plan).articles.map((article) => article.value));
  }

  /** Of the parts of a word, or where the plan has none of it, of its chapters (level-1 items); and which it is. */
  parts(word: string): { range: readonly [number, number] | null; parts: boolean } {
    const parts = this.of(`part:${word}`, () => this.plan.parts.filter((candidate) => candidate.word === word).map((candidate) => candidate.value));
    if (parts !== null) return { range: parts, parts: true };
    return { range: this.of("chapters", () => this.plan.items.filter((item) => item.level === 1 && item.box === null).flatMap((item) => (item.marker.value === null ? [] : [item.marker.value]))), parts: false };
  }

  levelTwo(): readonly [number, number] | null {
    return this.of("levelTwo", () => this.plan.allItems.filter((item) => item.level === 2 && item.kind === "item" && item.attachment === null && item.box === null).flatMap((item) => (item.marker.value === null ? [] : [item.marker.value])));
  }

  private of(key: string, values: () => readonly number[]): readonly [number, number] | null {
    if (!this.found.has(key)) this.found.set(key, rangeOf(values()));
    return this.found.get(key)!;
  }
}

/** The least and the greatest of `values`, or null where there are none (a loop: a spread overflows the stack at some 100,000). */
function rangeOf(values: readonly number[]): readonly [number, number] | null {
  if (values.length === 0) return null;
  let least = values[0]!;
  let greatest = least;
  for (const value of values) {
    if (value < least) least = value;
    if (value > greatest) greatest = value;
  }
  return [least, greatest];
}

/** What is missing, with what the plan has instead: 第四部分不存在（本文件的一级标题为一至三）. */
function missingWhat(plan: PlanDocument, reference: SectionReference, ranges: NumberRanges): string {
  const part = reference.part;
  if (part?.word === ARTICLE_WORD) {
    return `第${toChineseNumeral(part.value)}条不存在（本文件的条${range(ranges.articles(), (v) => `第${toChineseNumeral(v)}条`)}）`;
  }
  if (part !== null && (reference.item === null || !partExists(plan, reference))) {
    const { range: values, parts } = ranges.parts(part.word);
    const kind = parts ? `第X${part.word}` : "一级标题";
    return `第${toChineseNumeral(part.value)}${part.word}不存在（本文件的${kind}${range(values, (v) => toChineseNumeral(v))}）`;
  }
  return `第（${toChineseNumeral(reference.item!)}）项不存在${part === null ? `（本文件的二级标题${range(ranges.levelTwo(), (v) => `（${toChineseNumeral(v)}）`)}）` : `（该部分之内没有“（${toChineseNumeral(reference.item!)}）”）`}`;
}

function partExists(plan: PlanDocument, reference: SectionReference): boolean {
  const targets = sectionsOf(plan, { ...reference, item: null });
  return targets === undefined || targets.length > 0;
}

function range(values: readonly [number, number] | null, name: (value: number) => string): string {
  if (values === null) return "为空";
  return `为${name(values[0])}至${name(values[1])}`;
}
