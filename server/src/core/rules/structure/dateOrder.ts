import { compareDates, dateOfLine, datesIn, type DateMention, formatChineseDate } from "../../model/dates.js";
import type { PlanDocument, Span } from "../../model/types.js";
import type { Rule } from "../types.js";

/**
 * The document's own dates must come in order: it is written (成文日期) before it is issued or
 * published (版记 `……2024年4月22日印发`, front matter 印发日期, the page's 发布日期), and what it
 * cites was issued before it was written (a cited 文号's year is not after the 成文日期's).
 */
export const dateOrder: Rule = {
  meta: {
    id: "structure/date-order",
    family: "structure",
    severity: "warning",
    description: "成文日期晚于印发（发布）日期，或所引文件的发文年份晚于成文日期",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "公文先成文、后印发：成文日期（印发通知或落款的日期、文首元数据“成文日期”、网页信息表的“成文日期”）不应晚于版记中的“××××年×月×日印发”、文首元数据“印发日期”或网页的“发布日期”。方案引用的文件也应在本文成文之前发布：所引发文字号的年份（如“赣发〔2025〕8号”的2025）晚于成文日期的年份，说明日期或文号有一处写错。哪一处错无法确定，因此只报告、不自动修复。",
      incorrect: "示例市人民政府\n2024年4月21日\n示例市质量强市建设实施方案\n为贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》（赣发〔2025〕8号），制定本方案。\n一、总体要求\n",
      correct: "示例市人民政府\n2024年4月21日\n示例市质量强市建设实施方案\n为贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》（赣发〔2023〕8号），制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const written = writtenDateOf(plan);
    if (!written) return;
    const writtenText = `“${plan.text.slice(written.start, written.end)}”${written.form === "digits" ? `（即${formatChineseDate(written)}）` : ""}`;
    const earlier = issueDatesOf(plan).find((issued) => compareDates(written, issued) > 0);
    if (earlier) {
      report({ start: written.start, end: written.end, message: `成文日期${writtenText}晚于${earlier.label}“${plan.text.slice(earlier.start, earlier.end)}”：公文应先成文、后印发，请核对` });
    }
    const debris = plan.leadingDebris ?? { start: 0, end: 0 };
    for (const docNumber of plan.docNumbers) {
      if (docNumber.year <= written.year || within(docNumber, debris)) continue;
      const docText = plan.text.slice(docNumber.start, docNumber.end);
      if (docText === plan.metadata.docNumber) continue;
      report({
        start: docNumber.start,
        end: docNumber.end,
        message: `所引文件“${docText}”的年份${docNumber.year}晚于本文成文日期${writtenText}，引用的文件应在本文成文之前发布，请核对日期或文号`,
      });
    }
  },
};

function within(span: Span, block: Span): boolean {
  return span.start >= block.start && span.end <= block.end;
}

/** The 成文日期: front matter, else the notice's or signature's date line, else the page's 成文日期 row. */
function writtenDateOf(plan: PlanDocument): DateMention | null {
  const entry = plan.frontMatter?.entries.find((e) => e.canonicalKey === "成文日期");
  if (entry) return datesIn(entry.value, entry.valueSpan.start).find((d) => d.day !== null) ?? null;
  const line = plan.dateLine;
  if (line) return dateOfLine(plan.text.slice(line.indentEnd, line.contentEnd), line.indentEnd);
  const row = plan.leadingDebris?.metadata.date;
  return row ? (datesIn(row.value, row.start).find((d) => d.day !== null) ?? null) : null;
}

const IMPRINT_END = /[ \t\u3000]*印发[ \t\u3000]*$/;

/** Dates on which the document says it was issued or published. */
function issueDatesOf(plan: PlanDocument): Array<DateMention & { label: string }> {
  const dates: Array<DateMention & { label: string }> = [];
  const entry = plan.frontMatter?.entries.find((e) => e.canonicalKey === "印发日期");
  if (entry) for (const date of datesIn(entry.value, entry.valueSpan.start)) dates.push({ ...date, label: "印发日期" });
  const published = plan.leadingDebris?.metadata.published;
  if (published) for (const date of datesIn(published.value, published.start)) dates.push({ ...date, label: `网页${published.label}` });
  for (const line of plan.lines) {
    if (line.kind !== "text") continue;
    const content = plan.text.slice(line.indentEnd, line.contentEnd);
    if (!content.trimEnd().endsWith("印发")) continue;
    const end = IMPRINT_END.exec(content);
    if (!end) continue;
    const last = datesIn(content.slice(0, end.index), line.indentEnd).pop();
    if (last && last.end === line.indentEnd + end.index) dates.push({ ...last, label: "印发日期" });
  }
  return dates.filter((date) => date.day !== null);
}
