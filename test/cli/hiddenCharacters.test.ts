import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { printable, printableLines } from "../../server/src/cli/format/printable";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

/**
 * Characters that change how the text around them is shown, or are not shown at all: bidi
 * overrides, embeddings, isolates and marks ("Trojan Source"), zero-width characters, the BOM,
 * the line separator, noncharacters. A human-readable output shows each as `<U+XXXX>`.
 */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2028\u2029\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;
const RLO = "\u202E";
const LRI = "\u2066";
const ZWSP = "\u200B";

const dir = tempFolder("hidden");
/** Shows as 方案nalp.plan reversed: 方案 followed by "nalp.plan" read right to left. */
const file = join(dir, `方案${RLO}nalp.plan`);
writeFileSync(
  file,
  [
    "为贯彻落实《质量强国建设纲要》，制定本方案。",
    "一、总体要求",
    "（一）主要目标",
    `到2025年，制造业产品${RLO}质量合格率达到94%以上。`,
    "二、主要任务",
    `1.加快区域质量${LRI}创新发展。深入推进质量领域技术、管理、制度创新，创建国家质量创新先导区。〔责任单位：市${RLO}局信工、市${ZWSP}科学局〕`,
    "",
  ].join("\n"),
);

const shown = (text: string) => {
  expect(text).not.toMatch(HIDDEN);
  return text;
};

describe("printable", () => {
  it("writes controls as \\xHH and invisible or reordering characters as <U+XXXX>", () => {
    expect(printable(`市${RLO}局信工`)).toBe("市<U+202E>局信工");
    expect(printable("a\u2066b\u2069c\u200Bd\uFEFFe\u00ADf\u3164g\uFFFEh\u{E0041}i\u2028j")).toBe(
      "a<U+2066>b<U+2069>c<U+200B>d<U+FEFF>e<U+00AD>f<U+3164>g<U+FFFE>h<U+E0041>i<U+2028>j",
    );
    expect(printable("\x1b[2J\x9b\t")).toBe("\\x1b[2J\\x9b\\x09");
    expect(printableLines("甲\n乙\u202C")).toBe("甲\n乙<U+202C>");
  });

  it("leaves what is shown as it is: Chinese, its punctuation and spaces, variation selectors", () => {
    const text = "市市场监管局、市工信局：到2025年达到94%以上。\u3000\u00A0葛\u{E0100}❤\uFE0F";
    expect(printable(text)).toBe(text);
  });
});

describe("the human-readable formats show hidden characters from plans and file names", () => {
  for (const format of ["stylish", "text", "github", "junit"]) {
    it(`--format ${format}`, async () => {
      const raw = (await runPlancheck(["--no-config", "--format", format, file])).out;
      // JUnit's XML writes the `<` of `<U+202E>` as `&lt;`.
      const out = format === "junit" ? raw.replace(/&lt;/g, "<").replace(/&gt;/g, ">") : raw;
      expect(shown(out)).toContain("市<U+202E>局信工");
      // The zero-width space is text/invisible-char's, shown in its message; a unit's name is read
      // without it, as the reader sees it (市科学局, unknown to the registry).
      expect(out).toContain("<U+200B>");
      expect(out).toContain("“市科学局”");
      expect(out).toContain(`方案<U+202E>nalp.plan`);
    });
  }

  it("the outline, and stderr", async () => {
    expect(shown((await runPlancheck(["outline", "--no-config", file])).out)).toContain("1.加快区域质量<U+2066>创新发展");
    const { err } = await runPlancheck(["--no-config", join(dir, `缺失${RLO}.plan`)]);
    expect(shown(err)).toContain("缺失<U+202E>.plan");
  });

  it("the Markdown reports of units, targets and coverage", async () => {
    const units = (await runPlancheck(["units", "--no-config", file])).out;
    expect(shown(units)).toContain(`## ${dir}/方案<U+202E>nalp.plan`);
    expect(units).toContain("| 二、 › 1. | 加快区域质量<U+2066>创新发展 | 市<U+202E>局信工、市科学局 |");
    expect(units).toContain("| 市<U+202E>局信工 | 1 | 二、1. |");
    expect(shown((await runPlancheck(["targets", "--no-config", file])).out)).toContain("| 制造业产品<U+202E>质量合格率 |");
    const coverage = (await runPlancheck(["coverage", "--no-config", file])).out;
    expect(shown(coverage)).toContain(`${dir}/方案<U+202E>nalp.plan：覆盖`);
    expect(coverage).toContain("二、 › 1. 加快区域质量<U+2066>创新发展（推断");
  });

  it("the CSV tables keep the data as it is", async () => {
    const csv = (await runPlancheck(["units", "--no-config", "--format", "csv", file])).out;
    expect(csv).toContain(`市${RLO}局信工、市科学局`);
  });
});

describe("the JSON outputs keep the data exact, and print nothing a terminal acts on or hides", () => {
  /** JSON.stringify writes DEL, the C1 controls and every character of HIDDEN as they are. */
  const raw = (text: string) => {
    expect(text).not.toMatch(HIDDEN);
    expect(text).not.toMatch(/[\u007f-\u009f]/);
    return JSON.parse(text);
  };
  const name = join(dir, `数据${RLO}\x9b.plan`);
  writeFileSync(name, `一、主要任务\n1.推进标准${LRI}创新。〔责任单位：市${RLO}局信工、市\x9b局〕\n`);

  it("--format json and sarif", async () => {
    const json = raw((await runPlancheck(["--no-config", "--format", "json", name])).out);
    expect(json.files[0].file).toBe(name);
    expect(json.files[0].findings.some((finding: { message: string }) => finding.message.startsWith(`“市${RLO}局信工”不在责任单位名录中`))).toBe(true);
    const sarif = raw((await runPlancheck(["--no-config", "--format", "sarif", name])).out);
    expect(sarif.runs[0].results.some((result: { message: { text: string } }) => result.message.text.startsWith("“市\x9b局”不在责任单位名录中"))).toBe(true);
  });

  it("units, targets, coverage, outline, rules and --print-config", async () => {
    expect(raw((await runPlancheck(["units", "--no-config", "--format", "json", name])).out).rows[0].units).toEqual([`市${RLO}局信工`, "市\x9b局"]);
    expect(raw((await runPlancheck(["targets", "--no-config", "--format", "json", file])).out).rows[0].indicator).toBe(`制造业产品${RLO}质量合格率`);
    expect(raw((await runPlancheck(["coverage", "--no-config", "--format", "json", file])).out).file).toBe(file);
    expect(raw((await runPlancheck(["outline", "--no-config", "--format", "json", name])).out).items[0].children[0].title).toBe(`推进标准${LRI}创新`);
    raw((await runPlancheck(["rules", "--format", "json"])).out);
    const config = join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ units: { registry: [{ name: `市${RLO}局信工` }] } }));
    const printed = raw((await runPlancheck(["--config", config, "--print-config", name])).out);
    expect(printed.config.units.registry[0].name).toBe(`市${RLO}局信工`);
    expect(printed.file).toBe(name);
  });

  it("the baseline file, which is committed and reviewed with the plans", async () => {
    const location = join(dir, "baseline.json");
    await runPlancheck(["--no-config", "--write-baseline", "--baseline", location, name]);
    expect(Object.keys(raw(readFileSync(location, "utf8")).files)).toEqual([`数据${RLO}\x9b.plan`]);
    expect((await runPlancheck(["--no-config", "--baseline", location, name])).code).toBe(0);
  });

  it("a character outside the BMP as its two surrogates", async () => {
    const { jsonText } = await import("../../server/src/cli/format/printable");
    expect(jsonText({ tag: "\u{E0041}", selector: "葛\u{E0100}" })).toBe('{\n  "tag": "\\udb40\\udc41",\n  "selector": "葛\u{E0100}"\n}');
  });
});

describe("--format github", () => {
  it("escapes %, CR and LF in the message and in the file property, and nothing ends an annotation early", async () => {
    const name = join(dir, "a%0A,b:c\r\nd.plan");
    writeFileSync(name, "一、主要任务\n1.推进标准创新。〔责任单位：市%0A局〕\n");
    const { out } = await runPlancheck(["--no-config", "--format", "github", name]);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::warning file=[^,:\r\n]+,line=2,col=\d+,endLine=2,endColumn=\d+,title=plancheck units\/unknown::[^\r\n]+$/);
    expect(lines[0]).toContain(`file=${dir.replace(/:/g, "%3A")}/a%250A%2Cb%3Ac%0D%0Ad.plan,`);
    expect(lines[0]).toContain("::“市%250A局”");
  });
});

describe("--format junit", () => {
  it("is well-formed XML whatever the plan holds: characters XML 1.0 does not allow are shown", async () => {
    const name = join(dir, "junit\x1b&<'\".plan");
    writeFileSync(name, "一、主要任务\n1.推进标准创新。〔责任单位：市\x01局、市\uFFFE局、市\uFFFF局、市\x9b局〕\n");
    const { out } = await runPlancheck(["--no-config", "--format", "junit", name]);
    const parser = new SaxesParser();
    const failures: string[] = [];
    parser.on("error", (error) => {
      throw error;
    });
    parser.on("opentag", (tag) => {
      if (tag.name === "failure") failures.push(String(tag.attributes.message));
    });
    parser.write(out).close();
    // Four unknown names, and text/invisible-char on the two controls (U+0001, U+009B).
    expect(failures).toHaveLength(6);
    expect(failures.join("\n")).toContain("市\\x01局");
    expect(failures.join("\n")).toContain("市<U+FFFE>局");
    expect(failures.join("\n")).toContain("市<U+FFFF>局");
    expect(failures.join("\n")).toContain("市\\x9b局");
    expect(out).toContain(`name="${dir}/junit\\x1b&amp;&lt;&apos;&quot;.plan"`);
  });
});

describe("--fix-dry-run", () => {
  it("names a file in its headers as git does: C-quoted, escapes and bidi characters as octal bytes", async () => {
    const name = join(dir, `修复${RLO}\x1b.plan`);
    writeFileSync(name, "一、主要任务\n1.推进标准创新。〔责任单位：市工信局，市科技局〕\n");
    const { out } = await runPlancheck(["--no-config", "--fix-dry-run", name]);
    const headers = out.split("\n").filter((line) => /^(---|\+\+\+) /.test(line));
    expect(headers).toHaveLength(2);
    for (const header of headers) {
      expect(header).toMatch(/^(---|\+\+\+) "[ab]\/.*\\344\\277\\256\\345\\244\\215\\342\\200\\256\\033\.plan"$/);
      expect(header).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(header).not.toMatch(HIDDEN);
    }
  });
});
