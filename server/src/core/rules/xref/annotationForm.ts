import type { Rule, TextEdit } from "../types.js";
import { toChineseNumeral } from "../../model/numerals.js";
import type { AnnotationNode, AnnotationReferenceNode } from "../../syntax/cst.js";
import { deferredFix } from "../../fixes/fix.js";

/** A reference written as the outline's 条 or 部分 (`第（十三）条`, `第十三条`, `第七部分`), not as its number. */
function isWordy(reference: AnnotationReferenceNode): boolean {
  return reference.text.charCodeAt(0) === 0x7b2c; // 第
}

/** The canonical form of a reference: `七` for a section, `（七）` for an item. */
function canonicalReference(reference: AnnotationReferenceNode): string {
  const numeral = toChineseNumeral(reference.value);
  return reference.level === 1 ? numeral : `（${numeral}）`;
}

/** Whether an annotation departs from `〔对应纲要：（七）〕`: other brackets, no colon, a reference in words. */
export function isNearFormAnnotation(annotation: AnnotationNode): boolean {
  return annotation.open !== "〔" || annotation.close !== "〕" || annotation.colon === "" || annotation.references.some(isWordy);
}

/**
 * The edits that make an annotation canonical: its opening bracket, label and colon; each
 * reference in words made its number; its closing bracket. The label and the references between
 * them (separators, the numbers as written) are kept: only the markup changes.
 */
function canonicalEdits(text: string, annotation: AnnotationNode): TextEdit[] {
  const edits: TextEdit[] = [];
  const head = `〔${annotation.label}：`;
  if (text.slice(annotation.start, annotation.referencesStart) !== head) edits.push({ start: annotation.start, end: annotation.referencesStart, newText: head });
  for (const reference of annotation.references) {
    if (isWordy(reference)) edits.push({ start: reference.start, end: reference.end, newText: canonicalReference(reference) });
  }
  if (text.slice(annotation.referencesEnd, annotation.end) !== "〕") edits.push({ start: annotation.referencesEnd, end: annotation.end, newText: "〕" });
  return edits;
}

/** The annotation's text once `edits` (in order, inside it) are made. */
function rewritten(text: string, annotation: AnnotationNode, edits: readonly TextEdit[]): string {
  let out = "";
  let at = annotation.start;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at, annotation.end);
}

/**
 * `〔对应纲要：（七）〕` is the annotation's form (plan-markup.md §3). Pasted or typed by hand it
 * arrives as `【对应纲要：（四）】`, `（对应纲要：（五））`, `〔对应纲要（三）〕` or
 * `〔对应纲要第（十三）条〕`: the grammar reads each as the annotation it is, so the task counts for
 * the item all the same, and this rule says what the standard form is and fixes it.
 */
export const annotationForm: Rule = {
  meta: {
    id: "xref/annotation-form",
    family: "xref",
    severity: "info",
    description: "对应标注应写作〔对应纲要：（七）〕",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "对应标注的规范写法是“〔对应纲要：（七）〕”：六角括号，“对应”加上级文件简称，全角冒号，其后是条目编号“（七）”或部分编号“七”，多个编号以顿号分隔。从其他文档复制或手工录入时常写成“【对应纲要：（四）】”“（对应纲要：（五））”、漏掉冒号的“〔对应纲要（三）〕”，或把编号写成“第（十三）条”“第十三条”。检查器照样把这些写法读作对应标注（任务同样计入该条目的覆盖），本规则报告写法不规范，修复改为规范写法，简称和编号不变（“第（十三）条”“第十三条”改为“（十三）”，“第七部分”改为“七”）。括号中以“对应”开头、却不是编号的文字（如“（对应国家标准：GB/T 19001）”）不是对应标注，不报告。",
      incorrect: "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。培育质量竞争型产业。【对应纲要：（七）】\n2.增强质量发展创新动能。实施质量攻关。〔对应纲要第（三）条〕\n",
      correct: "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升产业质量竞争力。培育质量竞争型产业。〔对应纲要：（七）〕\n2.增强质量发展创新动能。实施质量攻关。〔对应纲要：（三）〕\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    for (const annotation of plan.annotations) {
      if (!isNearFormAnnotation(annotation)) continue;
      const edits = canonicalEdits(text, annotation);
      const canonical = rewritten(text, annotation, edits);
      report({
        start: annotation.start,
        end: annotation.end,
        message: `对应标注“${text.slice(annotation.start, annotation.end)}”写法不规范，应为“${canonical}”`,
        fix: deferredFix(`改为“${canonical}”`, () => edits),
      });
    }
  },
};
