import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { layoutPlan } from "../../server/src/core/export/layout";

/**
 * A government page's metadata rows over a pasted plan (成文日期, 发文日期, 标题 …): what the
 * model reads of them and what structure/leading-debris's fix carries into front matter when it
 * deletes them — the values the text states nowhere else, dates without the page's time of day.
 */
const BODY = "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n";
const TITLE = "示例市质量强市建设实施方案（2023—2025年）\n";
const carried = (text: string) => analyze(text).findings.find((finding) => finding.rule === "structure/leading-debris")?.fix?.edits[0]?.newText ?? null;

describe("a page's metadata rows", () => {
  it("read a 发文日期 as the date a text without one is dated by, a 成文日期 first in either order", () => {
    const dated = (rows: string) => analyze(rows + TITLE + BODY).plan.metadata.date;
    expect(dated("索引号：123/2023-1\n发文日期：2023年5月6日\n")).toBe("2023-05-06");
    expect(dated("索引号：123/2023-1\n发文日期：2023年5月6日\n成文日期：2023年5月4日\n")).toBe("2023-05-04");
    expect(dated("索引号：123/2023-1\n成文日期：2023年5月4日\n发文日期：2023年5月6日\n")).toBe("2023-05-04");
  });

  it("never read a 发文日期 row into the title under it", () => {
    const { plan } = analyze("标    题：示例市质量强市建设方案\n文    号：示府办发〔2023〕12号\n发文日期：2023年5月6日\n" + TITLE + BODY);
    expect(plan.title?.text).toBe("示例市质量强市建设实施方案（2023—2025年）");
    expect(plan.metadata.docNumber).toBe("示府办发〔2023〕12号");
  });

  it("set the table's shortened 标题 row apart over the document's own title, which stays the title", () => {
    const text = "索引号：123/2023-1\n标    题：示例市质量强市建设方案\n发文日期：2023年5月6日\n" + TITLE + BODY;
    expect(analyze(text).plan.title?.text).toBe("示例市质量强市建设实施方案（2023—2025年）");
    const fixed = fixAll(text).text;
    expect(fixed).not.toContain("标    题");
    expect(fixed).toContain("---\n成文日期: 2023年5月6日\n---\n示例市质量强市建设实施方案（2023—2025年）\n");
  });

  it("read a 标题 row that is the only title as its value: the label is the table's, reported, deleted and never printed", () => {
    for (const rows of ["索引号：123/2023-1\n标    题：示例市质量强市建设方案\n发文日期：2023年5月6日\n", "标    题：示例市质量强市建设方案\n", "【名称】：示例市质量强市建设方案\n"]) {
      const text = rows + BODY;
      const { plan, findings } = analyze(text);
      expect(plan.title?.text).toBe("示例市质量强市建设方案");
      expect(text.slice(plan.title!.start, plan.title!.end)).toBe("示例市质量强市建设方案");
      const label = findings.filter((finding) => finding.rule === "structure/leading-debris" && finding.message.startsWith("标题前"));
      expect(label).toHaveLength(1);
      const title = layoutPlan(plan).blocks.find((block) => block.kind === "title");
      expect(title?.kind === "title" ? title.lines.join("") : null).toBe("示例市质量强市建设方案");
      const fixed = fixAll(text).text;
      expect(fixed.endsWith(`示例市质量强市建设方案\n${BODY}`)).toBe(true);
      expect(fixed).not.toMatch(/标\s*题|名称/);
      expect(fixAll(fixed).text).toBe(fixed);
      expect(analyze(fixed).plan.title?.text).toBe("示例市质量强市建设方案");
    }
  });

  it("carry a date without the time of day the page printed with it, its value on the label's line or the next", () => {
    expect(carried("索引号：123/2023-1\n成文日期：2023-05-06 10:00\n" + TITLE + BODY)).toBe("---\n成文日期: 2023-05-06\n---\n");
    expect(analyze("索引号：123/2023-1\n成文日期：2023-05-06 10:00\n" + TITLE + BODY).plan.metadata.date).toBe("2023-05-06");
    // The value alone on its line looks like a byline's date and time: the label's value still.
    expect(carried("发布时间：2023-05-06 10:00\n成文日期：\n2023年05月06日 09:30:12\n" + TITLE + BODY)).toBe("---\n成文日期: 2023年05月06日\n---\n");
  });
});
