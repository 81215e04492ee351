import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownText } from "../../server/src/cli/format/markdown";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

/** What these tests read of markdown-it's tokens (the package ships no types). */
interface Token {
  type: string;
  content: string;
  children: Token[] | null;
}
const MarkdownIt = require("markdown-it") as new (options: { html: boolean }) => { parse(source: string, env: object): Token[] };

const dir = tempFolder("markdown");

describe("Markdown", () => {
  const md = new MarkdownIt({ html: true });
  /** The cells of the table's rows as a renderer reads them: text, with `<br>` as a line break; anything else is markup. */
  const cells = (markdown: string) => {
    const rows: string[][] = [];
    const tokens = md.parse(markdown, {});
    tokens.forEach((token, i) => {
      if (token.type === "tr_open") rows.push([]);
      if (token.type !== "td_open") return;
      const inline = tokens[i + 1]!;
      rows[rows.length - 1]!.push(
        (inline.children ?? []).map((child) => (child.type === "text" ? child.content : child.type === "html_inline" && child.content === "<br>" ? "\n" : `[${child.type}]`)).join(""),
      );
    });
    return rows.filter((row) => row.length > 0);
  };

  it("escapes what a renderer would read as markup, so each cell shows its text", () => {
    const texts = ["市|局", "市\\局", "市\\|局", "市*重点*局", "市_a_局", "<b>市局</b>", "市&amp;局", "`代码`", "[链接](http://x)", "~~删除~~", "甲\n乙|丙", "甲\r\n乙", "# 编号 #"];
    const table = `| a | b |\n|---|---|\n${texts.map((text) => `| ${markdownText(text)} | x |`).join("\n")}\n`;
    expect(cells(table).map((row) => row[0])).toEqual(texts.map((text) => text.replace(/\r\n/g, "\n")));
    expect(cells(table).every((row) => row.length === 2)).toBe(true);
  });

  it("escapes what would open a list or a quote at the start of a line", () => {
    for (const text of ["- 草稿.plan", "+ 草稿.plan", "> 草稿.plan", "1. 草稿.plan", "2) 草稿.plan"]) {
      const tokens = md.parse(markdownText(text, true), {});
      expect(tokens.map((token) => token.type)).toEqual(["paragraph_open", "inline", "paragraph_close"]);
      expect(tokens[1]!.children!.map((child) => child.content).join("")).toBe(text);
    }
  });

  it("the units, targets and coverage reports: each cell shows the plan's text", async () => {
    const name = join(dir, "markup.plan");
    writeFileSync(name, "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，*重点*产品|质量合格率达到94%以上。\n二、主要任务\n1.加快区域质量_创新_发展。深入推进质量领域技术、管理、制度创新，创建国家质量创新先导区。〔责任单位：市\\局、市<b>局、市|局〕\n");
    const units = cells((await runPlancheck(["units", "--no-config", name])).out);
    expect(units[0]).toEqual(["二、 › 1.", "加快区域质量_创新_发展", "市\\局、市<b>局、市|局"]);
    // The per-unit summary names each unit as written.
    expect(units.slice(1).map((row) => row[0]).sort()).toEqual(["市<b>局", "市\\局", "市|局"].sort());
    expect(cells((await runPlancheck(["targets", "--no-config", name])).out)[0]!.slice(1, 2)).toEqual(["*重点*产品|质量合格率"]);
    const coverage = cells((await runPlancheck(["coverage", "--no-config", name])).out);
    expect(coverage.flat().filter((cell) => /^二、 › 1\. 加快区域质量_创新_发展（推断，相似度 [\d.]+）$/.test(cell))).not.toHaveLength(0);
  });
});
