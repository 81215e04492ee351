import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocxAsPlanText } from "../../server/src/node/docx/index";
import { formatNumber } from "../../server/src/node/docx/numbering";
import { runPlancheck } from "../support/cli";
import { analyze } from "../../server/src/core/analyze";
import { bodyDocx, planDocx, wordCell, wordParagraph, wordTable, zipBombDocx } from "../support/docx";

describe("readDocxAsPlanText", () => {
  it("reads paragraphs as lines and writes Word's automatic numbering out as marker text", async () => {
    const result = readDocxAsPlanText(await planDocx());
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toBe(
      [
        "示例市质量提升实施方案",
        "一、总体要求",
        "（一）指导思想",
        "坚持质量第一。",
        "二、重点任务",
        "（一）推动质量变革",
        "1.加快区域质量创新发展。〔责任单位：市市场监管局、市市场监管局〕",
        "2.增强产业质量竞争能力。",
        "（二）开展质量提升行动",
        "1.守住农产品质量安全。",
        "",
      ].join("\n"),
    );
    expect(result.paragraphMap).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("reads a Word table a row a line, its cells apart by tabs, as a 任务分工表 pasted as text", () => {
    const cell = (...paragraphs: string[]) => wordCell(paragraphs.map((text) => wordParagraph(text)));
    const docx = bodyDocx(
      [
        wordParagraph("一、重点任务"),
        wordParagraph("1.推动纺织产业升级。"),
        wordParagraph("2.提升集成电路质量。"),
        wordParagraph("3.强化标准引领。"),
        wordParagraph("附件"),
        wordParagraph("重点任务分工表"),
        wordTable(
          [
            // A header a narrow column broke by hand.
            [cell("序号"), cell("重点任务"), cell("牵头单位"), cell("配合", "单位")],
            // A lead unit merged down two rows; the units of a cell one per paragraph, or on lines of one paragraph.
            [cell("1"), cell("推动纺织产业升级"), wordCell([wordParagraph("市经信局")], '<w:vMerge w:val="restart"/>'), cell("市市场监管局", "市生态环境局")],
            [cell("2"), cell("提升集成电路质量"), wordCell([], "<w:vMerge/>"), wordCell([wordParagraph("市科技局<w:br/>市财政局")])],
            // An empty cell; a task in two sentences, two paragraphs; a tab inside a cell.
            [cell("3"), cell("强化标准引领。", "鼓励企业参与制定标准。"), wordCell([]), wordCell([wordParagraph("市市场监管局<w:tab/>")])],
          ],
        ),
        // A cell merged across two columns, a row that leaves out its first grid column, a
        // table nested in a cell, a row of empty cells.
        wordTable(
          [
            [cell("类别"), wordCell([wordParagraph("说明")], '<w:gridSpan w:val="2"/>')],
            [cell("甲"), cell("乙")],
            [cell("丙"), wordCell([wordTable([[cell("内一"), cell("内二")]])]), cell("丁")],
            [wordCell([]), wordCell([]), wordCell([])],
          ],
          ["", '<w:gridBefore w:val="1"/>'],
        ),
        // A table of one column frames text (a 专栏): its paragraphs stay lines.
        wordTable([[cell("专栏1  产业质量攻关重点", "1.现代纺织：开展质量对标。", "2.集成电路：建设服务平台。")]]),
      ].join(""),
    );
    const result = readDocxAsPlanText(docx);
    if (!result.ok) throw new Error(result.error);
    expect(result.text.split("\n")).toEqual([
      "一、重点任务",
      "1.推动纺织产业升级。",
      "2.提升集成电路质量。",
      "3.强化标准引领。",
      "附件",
      "重点任务分工表",
      "序号\t重点任务\t牵头单位\t配合单位",
      "1\t推动纺织产业升级\t市经信局\t市市场监管局、市生态环境局",
      // A line break inside the cell's paragraph (w:br) is the cell's: written as Excel copies it.
      // The lead merged down from the row above: empty below its first row, as Word's copy gives it.
      '2\t提升集成电路质量\t\t"市科技局',
      '市财政局"',
      "3\t强化标准引领。鼓励企业参与制定标准。\t\t市市场监管局",
      "类别\t说明\t",
      "\t甲\t乙",
      "丙\t内一 内二\t丁",
      "",
      "专栏1  产业质量攻关重点",
      "1.现代纺织：开展质量对标。",
      "2.集成电路：建设服务平台。",
      "",
    ]);
    // A row's line is numbered by its first paragraph; the frame's lines each by its own.
    expect(result.paragraphMap.slice(6, 11)).toEqual([7, 12, 17, 17, 21]);
    expect(result.paragraphMap.slice(-3)).toEqual([37, 38, 39]);
    // The rows are the table's clauses, the merged lead unit leading each of its rows: the row
    // below reads it through the merged cell, its own names judged in its own cell.
    const { plan } = analyze(result.text);
    expect(plan.tables).toHaveLength(1);
    const units = (clause: (typeof plan.clauses)[number]) => clause.segments.flatMap((segment) => segment.units.map((unit) => `${segment.role}:${unit.text}`)).join("、");
    expect(plan.clauses.map(units)).toEqual(["lead:市经信局、support:市市场监管局、support:市生态环境局", "support:市科技局、support:市财政局", "support:市市场监管局"]);
    // The third row's lead cell is empty without a merge: read as the same text pasted reads
    // (model/mergedUnitRows.ts: a row written but for its lead, under a lead), which the copy cannot tell apart.
    expect(plan.tables[0]!.merged.map(units)).toEqual(["lead:市经信局、support:市科技局、support:市财政局", "lead:市经信局、support:市市场监管局"]);
  });

  it("reads a first row of one cell across the table as the table's title line, and a cell merged across a later row as a row", () => {
    const across = (text: string) => wordCell([wordParagraph(text)], '<w:gridSpan w:val="3"/>');
    const docx = bodyDocx(
      wordParagraph("示例市实施方案") +
      wordParagraph("一、主要目标") +
      wordTable([
        [across("专栏1 主要指标")],
        [wordCell([wordParagraph("序号")]), wordCell([wordParagraph("指标")]), wordCell([wordParagraph("2025年目标")])],
        [wordCell([wordParagraph("1")]), wordCell([wordParagraph("食品抽检合格率")]), wordCell([wordParagraph("98%")])],
        [across("二、服务质量")],
      ]),
    );
    const result = readDocxAsPlanText(docx);
    if (!result.ok) throw new Error(result.error);
    expect(result.text.split("\n").filter((line) => line !== "")).toEqual(["示例市实施方案", "一、主要目标", "专栏1 主要指标", "序号\t指标\t2025年目标", "1\t食品抽检合格率\t98%", "二、服务质量\t\t"]);
    // Read back, the title is the box's label over its table, as the text form writes it.
    expect(analyze(result.text).plan.boxes).toHaveLength(1);
  });

  it("reads a joint 发文机关标志 set as a table (names | 文件, in one row or merged down a row per name) as the mark's lines", () => {
    const names = wordCell([wordParagraph("中共示例市委办公室"), wordParagraph("示例市人民政府办公室")]);
    const oneRow = bodyDocx([wordTable([[names, wordCell([wordParagraph("文　件")])]]), wordParagraph("示办字〔2024〕7号")].join(""));
    const perName = bodyDocx(
      [
        wordTable([
          [wordCell([wordParagraph("示例市市场监督管理局")]), wordCell([wordParagraph("文件")], '<w:vMerge w:val="restart"/>')],
          [wordCell([wordParagraph("示例市发展和改革委员会")]), wordCell([], "<w:vMerge/>")],
          [wordCell([wordParagraph("示例市工业和信息化局")]), wordCell([], "<w:vMerge/>")],
        ]),
        wordParagraph("示市监〔2024〕3号"),
      ].join(""),
    );
    // Not a mark: a row whose left cell is no issuer's name, and a 分工表's row that merely says 文件.
    const table = bodyDocx(wordTable([[wordCell([wordParagraph("制定配套政策")]), wordCell([wordParagraph("文件")])]]));
    const lines = (docx: Uint8Array) => {
      const result = readDocxAsPlanText(docx);
      if (!result.ok) throw new Error(result.error);
      return result.text.split("\n").filter((line) => line !== "");
    };
    expect(lines(oneRow)).toEqual(["中共示例市委办公室", "示例市人民政府办公室文件", "示办字〔2024〕7号"]);
    expect(lines(perName)).toEqual(["示例市市场监督管理局", "示例市发展和改革委员会", "示例市工业和信息化局文件", "示市监〔2024〕3号"]);
    expect(lines(table)).toEqual(["制定配套政策\t文件"]);
  });

  it("writes a cell with a line break and a quote of its own as Excel does, the quote doubled, and reads it back as one row", () => {
    const cell = (text: string) => wordCell([wordParagraph(text)]);
    const docx = bodyDocx(
      [
        wordParagraph("一、重点任务"),
        wordParagraph("1.开展品牌培育。"),
        wordParagraph("附件"),
        wordTable([
          [cell("序号"), cell("重点任务"), cell("牵头单位")],
          [cell("1"), cell('开展"品字标"认证<w:br/>培育区域品牌'), cell("市市场监管局")],
        ]),
      ].join(""),
    );
    const result = readDocxAsPlanText(docx);
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toContain('1\t"开展""品字标""认证\n培育区域品牌"\t市市场监管局');
    const { plan } = analyze(result.text);
    expect(plan.clauses.map((clause) => [clause.tableRow?.task, clause.units.map((unit) => unit.text)])).toEqual([['开展"品字标"认证培育区域品牌', ["市市场监管局"]]]);
  });

  it("refuses a zip bomb, a truncated file, a non-zip and an encrypted or binary Word file", async () => {
    // Small limits keep the test cheap; the defaults (64 MB, 200:1) work the same way.
    const small = { maxEntryBytes: 4 * 1024 * 1024, maxRatio: 200 };
    expect(readDocxAsPlanText(zipBombDocx(8), small)).toEqual({ ok: false, error: "word/document.xml 解压后 8 MB，超过上限 4 MB" });
    expect(readDocxAsPlanText(zipBombDocx(8))).toEqual({ ok: false, error: expect.stringMatching(/压缩比异常.*疑似 zip 炸弹/) });
    expect(readDocxAsPlanText(zipBombDocx(8, true), small)).toEqual({ ok: false, error: "word/document.xml 解压后超过上限 4 MB，疑似 zip 炸弹" });
    const whole = await planDocx();
    expect(readDocxAsPlanText(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual({ ok: false, error: expect.stringContaining("可能被截断") });
    expect(readDocxAsPlanText(new TextEncoder().encode("一、总体要求\n"))).toEqual({ ok: false, error: "不是有效的 .docx 文件（不是 zip 格式）" });
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(readDocxAsPlanText(ole)).toEqual({ ok: false, error: expect.stringContaining("Word 97-2003") });
    ole.set(Buffer.from("EncryptedPackage", "utf16le"), 512);
    expect(readDocxAsPlanText(ole)).toEqual({ ok: false, error: expect.stringContaining("已加密") });
  });

  it("formats Word's number formats as a reader sees them", () => {
    expect([1, 10, 11, 20, 21, 100, 105].map((n) => formatNumber(n, "chineseCounting"))).toEqual(["一", "十", "十一", "二十", "二十一", "一百", "一百零五"]);
    expect(formatNumber(3, "decimalEnclosedCircle")).toBe("③");
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect(formatNumber(4, "upperRoman")).toBe("IV");
    expect(formatNumber(28, "lowerLetter")).toBe("bb");
  });
});

describe("plancheck on .docx", () => {
  it("checks a .docx as a plan, gives paragraph numbers, and refuses bad ones while checking the rest (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-docx-"));
    const good = await planDocx();
    writeFileSync(join(dir, "plan.docx"), good);
    writeFileSync(join(dir, "truncated.docx"), good.subarray(0, 200));
    writeFileSync(join(dir, "text.docx"), "一、总体要求\n");
    writeFileSync(join(dir, "old.doc"), "x");
    const json = await runPlancheck(["--format", "json", join(dir, "plan.docx")]);
    expect(json.code).toBe(0);
    const duplicate = JSON.parse(json.out).files[0].findings.find((finding: { rule: string }) => finding.rule === "units/duplicate");
    expect(duplicate).toMatchObject({ paragraph: 7, range: { start: { line: 6 } } });
    const text = await runPlancheck(["--format", "text", join(dir, "plan.docx")]);
    expect(text.out).toMatch(/plan\.docx:7:\d+ {2}警告 {2}（Word 第 7 段）“市市场监管局”在同一处责任分工中重复出现/);
    const stylish = await runPlancheck([join(dir, "plan.docx")]);
    expect(stylish.out).toMatch(/^ {2}7:\d+ +警告 {2}（第 7 段）“市市场监管局”在同一处责任分工中重复出现/m);
    const mixed = await runPlancheck(["--format", "json", "--ext", ".docx", "--ext", ".doc", dir]);
    expect(mixed.code).toBe(2);
    expect(JSON.parse(mixed.out).files.map((file: { file: string }) => file.file)).toEqual([join(dir, "plan.docx")]);
    expect(mixed.err).toContain("old.doc：是 Word 97-2003 格式（.doc），请在 Word 中“另存为” .docx");
    expect(mixed.err).toMatch(/text\.docx：不是有效的 \.docx 文件（不是 zip 格式）/);
    expect(mixed.err).toMatch(/truncated\.docx：文件不完整或已损坏/);
  });
});
