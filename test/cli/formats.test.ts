import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { formatSarif } from "../../server/src/cli/format/sarif";
import { ALL_RULES } from "../../server/src/core/rules/index";
import { runPlancheck } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder, tempPlan } from "../support/tempFiles";

const SEEDS = ["fuzhou-2023-draft.txt", "jiangxi-2016.txt", "ganzhou-2024.txt"].map((name) => join(SEEDS_DIR, name));

describe("--format sarif", () => {
  it("validates against the SARIF 2.1.0 JSON schema, with rule metadata and help links", async () => {
    // The OASIS schema (draft-04) as shipped in @microsoft/jest-sarif (npm; no other download).
    const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    // unicodeRegExp off: one pattern in the official schema is not valid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const { out } = await runPlancheck(["--format", "sarif", ...SEEDS]);
    const log = JSON.parse(out);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // …and the validator does reject what is not SARIF 2.1.0.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: "warn" }] }] })).toBe(false);
    expect(log.runs[0].results.length).toBeGreaterThan(3);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules).toHaveLength(ALL_RULES.length);
    // In process the version is the development one, never published: no link to a dead page.
    expect(log.runs[0].tool.driver.version).toMatch(/-dev$/);
    for (const rule of rules) {
      expect(rule.helpUri).toBeUndefined();
      // The help is the generated doc page that ships in the package, without its header comment.
      const page = readFileSync(join(__dirname, "..", "..", "docs", "rules", `${rule.id}.md`), "utf8");
      expect(page.endsWith(rule.help.markdown)).toBe(true);
      expect(rule.help.markdown.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(rule.shortDescription.text).not.toBe("");
    }
    // A released version links each rule to its page in that version of the package.
    const released = JSON.parse(formatSarif([], "0.1.0"));
    expect(validate(released), JSON.stringify(validate.errors, null, 2)).toBe(true);
    for (const rule of released.runs[0].tool.driver.rules) expect(rule.helpUri).toBe(`https://unpkg.com/policy-plan@0.1.0/docs/rules/${rule.id}.md`);
    // Every result points at its rule by index.
    for (const result of log.runs[0].results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it("names each file by a URI whose path is the file's, whatever its characters", async () => {
    const file = tempPlan("sarif", "第#1稿?% 50.plan", "一、总体要求\n（一）测试\n1.任务。〔责任单位：市工信局、市工信局〕\n");
    const log = JSON.parse((await runPlancheck(["--no-config", "--format", "sarif", file])).out);
    const result = log.runs[0].results[0];
    for (const uri of [result.locations[0].physicalLocation.artifactLocation.uri, result.fixes[0].artifactChanges[0].artifactLocation.uri]) {
      const url = new URL(uri, "file:///");
      expect([url.hash, url.search]).toEqual(["", ""]);
      expect(decodeURIComponent(url.pathname)).toBe(file);
    }
    const { artifactUri } = await import("../../server/src/cli/format/sarif");
    // A colon in a relative path's first segment would be a scheme; an absolute path is a file: URI.
    expect(artifactUri("a:b/第1稿.plan", "/")).toBe("a%3Ab/%E7%AC%AC1%E7%A8%BF.plan");
    expect(artifactUri("/home/质量/a b.plan", "/")).toBe("file:///home/%E8%B4%A8%E9%87%8F/a%20b.plan");
    // On Linux a backslash is a character of the name; on Windows it separates folders.
    expect(artifactUri("a\\b.plan", "/")).toBe("a%5Cb.plan");
    expect(artifactUri("C:\\方案\\a b.plan", "/")).toBe("C%3A%5C%E6%96%B9%E6%A1%88%5Ca%20b.plan");
    expect(artifactUri("docs\\a.plan", "\\")).toBe("docs/a.plan");
    expect(artifactUri("C:\\方案\\a b.plan", "\\")).toBe("file:///C:/%E6%96%B9%E6%A1%88/a%20b.plan");
    expect(artifactUri("C:/方案/a.plan", "\\")).toBe("file:///C:/%E6%96%B9%E6%A1%88/a.plan");
    expect(artifactUri("\\\\server\\share\\a.plan", "\\")).toBe("file://server/share/a.plan");
  });
});

describe("--format sarif from a sub-folder", () => {
  it("names a relative file against the folder plancheck ran in, declared in originalUriBaseIds", () => {
    const root = tempFolder("sarif-base");
    mkdirSync(join(root, "规划", "草稿"), { recursive: true });
    const file = join(root, "规划", "草稿", "方案 1.plan");
    writeFileSync(file, "一、总体要求\n（一）测试\n1.任务。〔责任单位：市工信局、市工信局〕\n");
    const result = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "plancheck.js"), "--no-config", "--format", "sarif", "草稿/方案 1.plan"], { cwd: join(root, "规划"), encoding: "utf8" });
    const log = JSON.parse(result.stdout);
    const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const bases = log.runs[0].originalUriBaseIds;
    const found = log.runs[0].results[0];
    for (const location of [found.locations[0].physicalLocation.artifactLocation, found.fixes[0].artifactChanges[0].artifactLocation]) {
      expect(location.uri).toBe("%E8%8D%89%E7%A8%BF/%E6%96%B9%E6%A1%88%201.plan");
      // Resolved as a SARIF consumer does: the base's URI, then the relative reference.
      expect(fileURLToPath(new URL(location.uri, bases[location.uriBaseId].uri))).toBe(file);
    }
  });
});

describe("--format github", () => {
  // https://docs.github.com/actions/reference/workflow-commands-for-github-actions — the
  // annotation form: ::level file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message,
  // properties escaping % CR LF : , and the message % CR LF.
  const ANNOTATION = /^::(error|warning|notice) file=([^,:\r\n]|%2C|%3A)+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=([^,:\r\n]|%2C|%3A)+::[^\r\n]*$/;

  it("prints one well-formed annotation per finding, escaped", async () => {
    const { out } = await runPlancheck(["--format", "github", ...SEEDS]);
    const lines = out.trimEnd().split("\n");
    const json = JSON.parse((await runPlancheck(["--format", "json", ...SEEDS])).out);
    expect(lines).toHaveLength(json.summary.errors + json.summary.warnings + json.summary.infos + json.summary.hints);
    for (const line of lines) expect(line).toMatch(ANNOTATION);
  });

  it("escapes what would end a property or the message", async () => {
    const { escapeData, escapeProperty } = await import("../../server/src/cli/format/github");
    expect(escapeProperty("a,b:c%d\ne")).toBe("a%2Cb%3Ac%25d%0Ae");
    expect(escapeData("达到 %\r\n")).toBe("达到 %25%0D%0A");
    // Folders are `/` in annotations and diffs: from Windows' `\`, never from a Linux name's `\`.
    const { slashedPath } = await import("../../server/src/cli/format/filePath");
    expect([slashedPath("docs\\a.plan", "\\"), slashedPath("docs\\a.plan", "/")]).toEqual(["docs/a.plan", "docs\\a.plan"]);
  });
});

describe("file names as themselves in every format", () => {
  // On Linux `\` is a character of a file name like `%`, `#`, `:` or `,`: `a\b.plan` is one file
  // here, and each format names it so — escaped as the format escapes, never turned into `a/b.plan`.
  const dir = tempFolder("names");
  const names = ["a\\b.plan", "第#1稿 50%,x:y.plan", "new\nline.plan"];
  for (const name of names) writeFileSync(join(dir, name), "一、总体要求\n（一）测试\n1.任务。〔责任单位：市工信局、市工信局〕\n");
  const files = names.map((name) => join(dir, name));

  it("github: file= is the path with the workflow commands' property escaping (% CR LF : ,)", async () => {
    const { out } = await runPlancheck(["--no-config", "--format", "github", ...files]);
    const unescape = (value: string) => value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
    const named = out.trimEnd().split("\n").map((line) => unescape(/ file=([^,]*),/.exec(line)![1]!));
    expect([...new Set(named)]).toEqual(files);
  });

  it("sarif: the URI's path decodes to the file", async () => {
    const log = JSON.parse((await runPlancheck(["--no-config", "--format", "sarif", ...files])).out);
    const uris = [...new Set(log.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0]!.physicalLocation.artifactLocation.uri))] as string[];
    expect(uris.map((uri) => decodeURIComponent(new URL(uri).pathname))).toEqual(files);
    expect(uris[0]).toContain("a%5Cb.plan");
  });

  it("--fix-dry-run: the diff's headers name the file, C-quoted as git quotes a backslash", async () => {
    const { out } = await runPlancheck(["--no-config", "--fix-dry-run", files[0]!]);
    expect(out).toContain(`--- "a/${files[0]!.replace(/\\/g, "\\\\")}"\n+++ "b/${files[0]!.replace(/\\/g, "\\\\")}"\n`);
    expect(out).not.toContain("a/b.plan");
  });

  it("json, text and junit keep the name (JSON exactly; the others with control characters shown)", async () => {
    const json = JSON.parse((await runPlancheck(["--no-config", "--format", "json", ...files])).out);
    expect(json.files.map((file: { file: string }) => file.file)).toEqual(files);
    const text = (await runPlancheck(["--no-config", "--format", "text", ...files])).out;
    expect(text).toContain(`${files[0]}:3:`);
    expect(text).toContain(`${files[2]!.replace("\n", "\\x0a")}:3:`);
    const junit = (await runPlancheck(["--no-config", "--format", "junit", ...files])).out;
    expect(junit).toContain(`<testsuite name="${files[0]}"`);
  });
});

describe("--format stylish", () => {
  it("is coloured only when asked (a TTY without NO_COLOR; see bin.ts)", async () => {
    const { runCli } = await import("../../server/src/cli/main");
    let coloured = "";
    await runCli([SEEDS[0]!], { stdout: (text) => (coloured += text), stderr: () => undefined, colors: true });
    expect(coloured).toContain("\x1b[33m警告\x1b[39m");
    const plain = await runPlancheck([SEEDS[0]!]);
    expect(plain.out).not.toContain("\x1b[");
  });

  it("follows NO_COLOR and FORCE_COLOR as terminals and CI logs do (colour.ts)", async () => {
    const { colourWanted } = await import("../../server/src/cli/colour");
    const terminal = () => true;
    const pipe = () => false;
    expect(colourWanted({}, terminal)).toBe(true);
    expect(colourWanted({}, pipe)).toBe(false);
    expect(colourWanted({ NO_COLOR: "1" }, terminal)).toBe(false);
    expect(colourWanted({ NO_COLOR: "" }, terminal)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "0" }, terminal)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "false" }, terminal)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "1" }, pipe)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "" }, pipe)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: "1", NO_COLOR: "1" }, pipe)).toBe(false);
    // The installed bin, into a pipe as a CI log is.
    const bin = join(__dirname, "..", "..", "bin", "plancheck.js");
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [bin, "--no-config", SEEDS[0]!], { env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env }, encoding: "utf8" }).stdout;
    expect(run({ FORCE_COLOR: "1" })).toContain("\x1b[33m警告\x1b[39m");
    expect(run({})).not.toContain("\x1b[");
  }, 60_000);

  it("is never coloured in an --output file, even run from a terminal", async () => {
    const { runCli } = await import("../../server/src/cli/main");
    const file = join(tempFolder("colour"), "report.txt");
    await runCli([SEEDS[0]!, "--output", file], { stdout: () => undefined, stderr: () => undefined, colors: true });
    expect(readFileSync(file, "utf8")).toContain("警告");
    expect(readFileSync(file, "utf8")).not.toContain("\x1b[");
  });
});

describe("control characters from plans and file names", () => {
  // A terminal acts on escape sequences: ESC]0;…BEL retitles the window, ESC[2J clears it, and
  // CSI (\x9b) is ESC[ in one code. The human-readable outputs show them as \xHH.
  const dir = tempFolder("controls");
  const file = join(dir, "方案\x1b[2J\x9b1m.plan");
  // The last line's unfinished sentence is quoted in punct/sentence-end's message with its ESC[2J.
  writeFileSync(file, "一、总体要求\n（一）测试\x1b]0;pwned\x07\n1.任务。〔责任单位：市\x1b]0;pwned\x07局、市\x1b[2J局〕\n2.推进任务。开展质量提升行动，组织企业开展对标\x1b[2J局\n");
  const shown = (text: string) => {
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    return text;
  };

  for (const format of ["stylish", "text", "github"]) {
    it(`--format ${format}: in messages and file names`, async () => {
      const { out } = await runPlancheck(["--no-config", "--format", format, file]);
      expect(shown(out)).toContain("\\x1b[2J局");
      expect(out).toContain("方案\\x1b[2J\\x9b1m.plan");
    });
  }

  it("outline and the markdown tables: in headings and file names", async () => {
    expect(shown((await runPlancheck(["outline", "--no-config", file])).out)).toContain("（一）测试\\x1b]0;pwned\\x07");
    // Markdown escapes the `[` (a link's opening) besides.
    expect(shown((await runPlancheck(["units", "--no-config", "--format", "markdown", file])).out)).toContain("方案\\x1b\\[2J\\x9b1m.plan");
  });

  it("stderr: in the names of files that cannot be read", async () => {
    const { err } = await runPlancheck(["--no-config", join(dir, "缺失\x1b]0;pwned\x07.plan")]);
    expect(shown(err)).toContain("缺失\\x1b]0;pwned\\x07.plan");
  });
});
