// Tokenizes with the same engine VS Code uses (vscode-textmate + Oniguruma wasm) so a scope that passes here is
// the scope the editor shows. Assertions name exact spans, so a regex that drifts by one character fails.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import oniguruma from "vscode-oniguruma";
import vsctm from "vscode-textmate";
import type { IGrammar, StateStack } from "vscode-textmate";
import { SEEDS_DIR } from "../support/seeds";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GRAMMAR_PATH = join(ROOT, "syntaxes", "policy-plan.tmLanguage.json");
const WASM_PATH = join(ROOT, "node_modules", "vscode-oniguruma", "release", "onig.wasm");

interface Tok {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

interface TokenizedLine {
  text: string;
  tokens: Tok[];
  stoppedEarly: boolean;
}

let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(WASM_PATH);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === "source.policy-plan" ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, "utf8"), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar("source.policy-plan");
  if (!loaded) throw new Error("grammar source.policy-plan did not load");
  grammar = loaded;
});

function tokenizeLines(lines: string[]): TokenizedLine[] {
  let state: StateStack = vsctm.INITIAL;
  return lines.map((text) => {
    const r = grammar.tokenizeLine(text, state);
    state = r.ruleStack;
    const tokens = r.tokens.map((t) => ({
      text: text.slice(t.startIndex, Math.min(t.endIndex, text.length)),
      start: t.startIndex,
      end: Math.min(t.endIndex, text.length),
      scopes: t.scopes,
    }));
    return { text, tokens, stoppedEarly: r.stoppedEarly };
  });
}

function doc(text: string): TokenizedLine[] {
  return tokenizeLines(text.split(/\r?\n/));
}

/** One line tokenized on its own (as if it were the second line, so \A front matter cannot apply). */
function line(text: string): TokenizedLine {
  return tokenizeLines(["", text])[1]!;
}

/** Theme-style selector match: `a.b` matches scope `a.b` and `a.b.c`. */
function has(tok: Tok, selector: string): boolean {
  return tok.scopes.some((s) => s === selector || s.startsWith(selector + "."));
}

function dump(l: TokenizedLine): string {
  return l.tokens.map((t) => `[${t.text}| ${t.scopes.slice(1).join(" ")}]`).join("\n");
}

function locate(l: TokenizedLine, sub: string, nth: number): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = l.text.indexOf(sub, at + 1);
    if (at < 0) throw new Error(`"${sub}" (#${nth}) not found in "${l.text}"`);
  }
  return [at, at + sub.length];
}

function overlapping(l: TokenizedLine, from: number, to: number): Tok[] {
  return l.tokens.filter((t) => t.end > from && t.start < to);
}

/** `sub` is exactly covered by whole tokens (no token crosses its edges) and every one of them carries `selector`. */
function expectSpan(l: TokenizedLine, sub: string, selector: string, nth = 0): void {
  const [from, to] = locate(l, sub, nth);
  const toks = overlapping(l, from, to);
  const ok =
    toks.length > 0 && toks[0]!.start === from && toks[toks.length - 1]!.end === to && toks.every((t) => has(t, selector));
  expect(ok, `expected "${sub}" to be exactly ${selector} in:\n${dump(l)}`).toBe(true);
}

/** No token overlapping `sub` carries `selector`. */
function expectNot(l: TokenizedLine, sub: string, selector: string, nth = 0): void {
  const [from, to] = locate(l, sub, nth);
  const bad = overlapping(l, from, to).filter((t) => has(t, selector));
  expect(bad.length, `expected "${sub}" not to be ${selector} in:\n${dump(l)}`).toBe(0);
}

function anyToken(l: TokenizedLine, selector: string): boolean {
  return l.tokens.some((t) => has(t, selector));
}

const UNIT = "entity.name.type.responsible-unit";
const LABEL = "entity.name.tag.responsibility-label";
const VARIANT = "meta.variant";

describe("grammar file", () => {
  it("declares the scope name the extension registers", () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, "utf8")) as { scopeName: string };
    expect(raw.scopeName).toBe("source.policy-plan");
  });
});

describe("level markers and headings", () => {
  it("a part above the levels: 第一章 总体要求, 第二部分重点任务; never a sentence that starts so", () => {
    const l = line("第一章 总体要求");
    expectSpan(l, "第一章", "keyword.other.level-marker.part");
    expectSpan(l, "第一章 总体要求", "markup.heading.part");
    expectSpan(line("第十二部分重点任务"), "第十二部分", "keyword.other.level-marker.part");
    expect(anyToken(line("第一章规定了总体要求。"), "markup.heading.part")).toBe(false);
  });

  it("level 1: 一、 with the heading-only line as heading", () => {
    const l = line("一、总体要求");
    expectSpan(l, "一、", "keyword.other.level-marker.level-1");
    expectSpan(l, "总体要求", "entity.name.section.level-1");
    expectSpan(l, "一、总体要求", "markup.heading.level-1");
    expectNot(l, "、", VARIANT);
    const inline = line("四、增加优质产品供给。坚持质量第一");
    expectSpan(inline, "增加优质产品供给", "entity.name.section.level-1");
    expectNot(inline, "坚持质量第一", "markup.heading");
  });

  it("level 1 variants 一. 一． 一, are markers with the punctuation flagged", () => {
    for (const [text, marker, punct] of [
      ["二.主要任务", "二.", "."],
      ["三．保障措施", "三．", "．"],
      ["十二,其他事项", "十二,", ","],
    ] as const) {
      const l = line(text);
      expectSpan(l, marker, "keyword.other.level-marker.level-1");
      expectSpan(l, punct, VARIANT);
    }
  });

  it("level 1 numerals up to 九十九, with ASCII and U+3000 indentation", () => {
    expectSpan(line("九十九、最后一项"), "九十九、", "keyword.other.level-marker.level-1");
    expectSpan(line("二十一、第二十一项"), "二十一、", "keyword.other.level-marker.level-1");
    const indented = line("\u3000\u3000一、增强质量和品牌提升的内生动力");
    expectSpan(indented, "一、", "keyword.other.level-marker.level-1");
    expectNot(indented, "\u3000\u3000", "keyword.other.level-marker");
    expectSpan(line("  三、组织保障"), "三、", "keyword.other.level-marker.level-1");
  });

  it("prose that merely starts with a numeral is not a marker", () => {
    expect(anyToken(line("十分重要的是加强领导。"), "keyword.other.level-marker")).toBe(false);
    expect(anyToken(line("一是加强组织领导。"), "keyword.other.level-marker")).toBe(false);
    expect(anyToken(line("正文中的一、二项"), "keyword.other.level-marker")).toBe(false);
  });

  it("level 2: （一） canonical, (一) and mixed （一) variants", () => {
    const canonical = line("（一）指导思想。以新时代思想为指导");
    expectSpan(canonical, "（一）", "keyword.other.level-marker.level-2");
    expectSpan(canonical, "指导思想", "entity.name.section.level-2");
    expectNot(canonical, "以新时代思想为指导", "markup.heading");
    expect(anyToken(canonical, VARIANT)).toBe(false);

    const ascii = line("(二)总体目标");
    expectSpan(ascii, "(二)", "keyword.other.level-marker.level-2");
    expectSpan(ascii, "(", VARIANT);
    expectSpan(ascii, ")", VARIANT);

    const mixed = line("（三)混合括号");
    expectSpan(mixed, "（三)", "keyword.other.level-marker.level-2");
    expectNot(mixed, "（", VARIANT);
    expectSpan(mixed, ")", VARIANT);

    expectSpan(line("(二十八)加强督查考核。探索建立"), "(二十八)", "keyword.other.level-marker.level-2");
  });

  it("level 3: 1. with an inline heading up to the first 。", () => {
    const l = line("1.加快区域质量创新发展。开展国家质量创新先导区创建工作，探索路径。");
    expectSpan(l, "1.", "keyword.other.level-marker.level-3");
    expectSpan(l, "加快区域质量创新发展", "entity.name.section.level-3");
    expectNot(l, "。", "markup.heading");
    expectNot(l, "开展国家质量创新先导区创建工作", "markup.heading");
  });

  it("level 3 variants 1． and 1、, multi-digit numbers, and no decimals", () => {
    const fw = line("21．深化质量社会共治。支持群团组织");
    expectSpan(fw, "21．", "keyword.other.level-marker.level-3");
    expectSpan(fw, "．", VARIANT);
    const dun = line("3、筑牢绿色发展质量根基");
    expectSpan(dun, "3、", "keyword.other.level-marker.level-3");
    expectSpan(dun, "、", VARIANT);
    expectNot(line("12.争创品牌。"), "12.", VARIANT);
    expect(anyToken(line("1.5倍的增长"), "keyword.other.level-marker")).toBe(false);
    expect(anyToken(line("2024.4.21"), "keyword.other.level-marker")).toBe(false);
  });

  it("heading stops at ； and ： as well", () => {
    const semi = line("2.完善体系；推进建设。");
    expectSpan(semi, "完善体系", "entity.name.section.level-3");
    expectNot(semi, "推进建设", "markup.heading");
    const colon = line("（二）主要目标：到2025年");
    expectSpan(colon, "主要目标", "entity.name.section.level-2");
    expectNot(colon, "2025", "markup.heading");
  });

  it("level 4: （1） canonical and (1) variant", () => {
    const canonical = line("（1）建立工作机制。明确分工");
    expectSpan(canonical, "（1）", "keyword.other.level-marker.level-4");
    expectSpan(canonical, "建立工作机制", "entity.name.section.level-4");
    expectNot(canonical, "明确分工", "markup.heading");
    const ascii = line("(12)强化监督");
    expectSpan(ascii, "(12)", "keyword.other.level-marker.level-4");
    expectSpan(ascii, "(", VARIANT);
  });

  it("list markers: —— canonical, -- and — variants", () => {
    const canonical = line("——经济发展质量效益持续增强。制造业占比保持稳定");
    expectSpan(canonical, "——", "keyword.other.list-marker");
    expect(anyToken(canonical, VARIANT)).toBe(false);
    expectSpan(line("--产品质量显著提升"), "--", `keyword.other.list-marker`);
    expectSpan(line("--产品质量显著提升"), "--", VARIANT);
    expectSpan(line("—单个破折号"), "—", VARIANT);
    expect(anyToken(line("青城山—都江堰"), "keyword.other.list-marker")).toBe(false);
  });
});

describe("responsibility clauses", () => {
  it("canonical 〔责任单位：…〕 splits label, names and separators", () => {
    const l = line("开展创建工作。〔责任单位：市市场监管局、市科技局、市工信局〕");
    expectSpan(l, "〔", "punctuation.definition.clause.begin");
    expectSpan(l, "责任单位", LABEL);
    expectSpan(l, "：", "punctuation.separator.key-value");
    expectSpan(l, "市市场监管局", UNIT);
    expectSpan(l, "市科技局", UNIT);
    expectSpan(l, "市工信局", UNIT);
    expectSpan(l, "、", "punctuation.separator.unit");
    expectSpan(l, "〕", "punctuation.definition.clause.end");
    expectNot(l, "开展创建工作", "meta.responsibility-clause");
  });

  it("paren clause: names with parentheses stay whole and a trailing 等 is not part of a name", () => {
    const l = line("（责任单位：市委组织部（市委人才办）、各区（市）县、市财政局等）");
    expectSpan(l, "（", "punctuation.definition.clause.begin");
    expectSpan(l, "市委组织部（市委人才办）", UNIT);
    expectSpan(l, "各区（市）县", UNIT);
    expectSpan(l, "市财政局", UNIT);
    expectSpan(l, "等", "keyword.other.and-others");
    expectNot(l, "等", UNIT);
    expectSpan(l, "）", "punctuation.definition.clause.end", 2);
  });

  it("ASCII variant (责任部门:…) with the wrong separator flagged", () => {
    const l = line("(责任部门:江北新区、各区党委和政府,市市场监管局等)");
    expectSpan(l, "责任部门", LABEL);
    expectSpan(l, ":", "punctuation.separator.key-value");
    expectSpan(l, "各区党委和政府", UNIT);
    expectSpan(l, ",", "punctuation.separator.unit.nonstandard");
    expectSpan(l, "市市场监管局", UNIT);
    expectSpan(l, ")", "punctuation.definition.clause.end");
  });

  it("several labelled segments split by ；", () => {
    const l = line("〔牵头单位：市市场监管局；配合单位：市工信局、市科技局〕");
    expectSpan(l, "牵头单位", LABEL);
    expectSpan(l, "；", "punctuation.separator.segment");
    expectSpan(l, "配合单位", LABEL);
    expectSpan(l, "市市场监管局", UNIT);
    expectSpan(l, "市工信局", UNIT);
    expectSpan(l, "市科技局", UNIT);
  });

  it("accepts every label", () => {
    for (const label of ["责任单位", "责任部门", "责任处室", "主要责任单位", "其他责任单位", "主责部门", "主办单位", "牵头单位", "牵头部门", "配合单位", "配合部门", "参与单位", "参与部门", "协办单位", "协同部门"]) {
      const l = line(`〔${label}：市发改委〕`);
      expectSpan(l, label, LABEL);
      expectSpan(l, "市发改委", UNIT);
    }
  });

  it("provincial form （…按职责分工负责）", () => {
    const l = line("推动质量技术万众创新。（省发改委、省科技厅、省质量技术监督局按职责分工负责）");
    expectSpan(l, "（", "punctuation.definition.clause.begin");
    expectSpan(l, "省发改委", UNIT);
    expectSpan(l, "省科技厅", UNIT);
    expectSpan(l, "省质量技术监督局", UNIT);
    expectSpan(l, "按职责分工负责", "keyword.other.responsibility");
    expectNot(l, "按职责分工负责", UNIT);
    expectSpan(l, "）", "punctuation.definition.clause.end");
  });

  it("provincial form in the canonical 〔〕 (〔…按职责分工负责〕)", () => {
    const l = line("推动质量技术万众创新。〔市发展改革委、市科技局按职责分工负责〕");
    expectSpan(l, "〔", "punctuation.definition.clause.begin");
    expectSpan(l, "市发展改革委", UNIT);
    expectSpan(l, "按职责分工负责", "keyword.other.responsibility");
    expectSpan(l, "〕", "punctuation.definition.clause.end");
  });

  it("ordinary parentheses are not clauses", () => {
    const l = line("争创中国质量奖（提名奖）1个（此件主动公开）");
    expect(anyToken(l, "meta.responsibility-clause")).toBe(false);
    expect(anyToken(line("各单位：请认真贯彻执行。"), "meta.responsibility-clause")).toBe(false);
  });

  it("an unclosed clause ends with its line", () => {
    const [first, second] = doc("1.任务。〔责任单位：市局、\n二、下一部分");
    expectSpan(first!, "市局", UNIT);
    expectSpan(second!, "二、", "keyword.other.level-marker.level-1");
    expect(anyToken(second!, "meta.responsibility-clause")).toBe(false);
  });
});

describe("targets, blanks and placeholders", () => {
  it("target: comparator, value, unit, qualifier", () => {
    const l = line("制造业产品质量合格率达到94%以上，公共服务质量满意度达到81.5分，国家地理标志商标达到35个。");
    expectSpan(l, "达到", "keyword.other.comparator");
    expectSpan(l, "94", "constant.numeric.value");
    expectSpan(l, "%", "keyword.other.unit");
    expectSpan(l, "以上", "keyword.other.qualifier");
    expectSpan(l, "81.5", "constant.numeric.value");
    expectSpan(l, "分", "keyword.other.unit");
    expectSpan(l, "35", "constant.numeric.value");
    expectSpan(l, "个", "keyword.other.unit");
    expectNot(l, "制造业产品质量合格率", "meta.target");
    expect(anyToken(l, "invalid")).toBe(false);
  });

  it("other comparators and spaced values", () => {
    const l = line("单位工业增加值能耗比2020年降低18%，占比不低于50%，支持创建示范区不少于 1 个。");
    expectSpan(l, "降低", "keyword.other.comparator");
    expectSpan(l, "18", "constant.numeric.value");
    expectNot(l, "2020", "constant.numeric");
    expectSpan(l, "不低于", "keyword.other.comparator");
    expectSpan(l, "不少于", "keyword.other.comparator");
    expectSpan(l, "1", "constant.numeric.value", 1);
    expectSpan(l, "个", "keyword.other.unit");
  });

  it("blank targets: a comparator with only a unit", () => {
    const l = line("比重达到 %,满意度达到 分，示范区不少于 个。");
    expectSpan(l, "达到 %", "invalid.illegal.blank-target");
    expectSpan(l, "达到 分", "invalid.illegal.blank-target");
    expectSpan(l, "不少于 个", "invalid.illegal.blank-target");
    expect(anyToken(l, "meta.target")).toBe(false);
  });

  it("prose after a comparator is neither a target nor a blank", () => {
    for (const text of ["综合实力实现达到更高水平", "保持 人民群众满意", "制造业占GDP比重保持总体稳定", "达到2025年的要求"]) {
      const l = line(text);
      expect(anyToken(l, "meta.target"), dump(l)).toBe(false);
      expect(anyToken(l, "invalid"), dump(l)).toBe(false);
    }
  });

  it("placeholders", () => {
    const l = line("合格率××，覆盖率XX，占比X%，数量＿＿，时间【待定】，地点[待定]，负责人TBD。");
    for (const ph of ["××", "XX", "X%", "＿＿", "【待定】", "[待定]", "TBD"]) {
      expectSpan(l, ph, "invalid.illegal.placeholder");
    }
    expect(anyToken(line("支持5G+工业互联网和MAX平台"), "invalid")).toBe(false);
  });

  it("a placeholder in place of the value keeps the comparator and unit", () => {
    const l = line("合格率达到XX%以上");
    expectSpan(l, "达到", "keyword.other.comparator");
    expectSpan(l, "XX", "invalid.illegal.placeholder");
    expectSpan(l, "%", "keyword.other.unit");
    expectSpan(l, "以上", "keyword.other.qualifier");
  });

  it("horizon phrases", () => {
    const l = line("到2025年，质量整体水平进一步提高。到2035年，建成标杆城市。");
    expectSpan(l, "到", "keyword.other.horizon");
    expectSpan(l, "2025", "constant.numeric.year");
    expectSpan(l, "2035", "constant.numeric.year");
    expect(anyToken(line("产值提高到2030年水平"), "meta.horizon")).toBe(false);
  });
});

describe("citations and document numbers", () => {
  it("citation with a nested 〈〉 title followed by a 发文字号", () => {
    const l = line("为贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔2022〕17号）精神");
    expectSpan(l, "《", "punctuation.definition.citation.begin");
    expectSpan(l, "中共中央 国务院关于印发", "string.quoted.other.citation");
    expectNot(l, "中共中央 国务院关于印发", "string.quoted.other.citation.nested");
    expectSpan(l, "〈", "punctuation.definition.citation.nested.begin");
    expectSpan(l, "质量强国建设纲要", "string.quoted.other.citation.nested");
    expectSpan(l, "的通知", "string.quoted.other.citation");
    expectSpan(l, "》", "punctuation.definition.citation.end");
    expectNot(l, "为贯彻落实", "string");
    expectSpan(l, "中发", "variable.other.constant.agency-code");
    expectSpan(l, "〔", "punctuation.definition.year.begin");
    expectNot(l, "〔", VARIANT);
    expectSpan(l, "2022", "constant.numeric.year");
    expectSpan(l, "17", "constant.numeric.serial");
    expectSpan(l, "中发〔2022〕17号", "meta.document-number");
    expectNot(l, "精神", "meta.document-number");
  });

  it("ASCII <…> inside 《》 is a nested title flagged as a variant", () => {
    const l = line("《关于贯彻落实<质量强国建设纲要>深化质量强市建设的实施方案》");
    expectSpan(l, "质量强国建设纲要", "string.quoted.other.citation.nested");
    expectSpan(l, "<", VARIANT);
    expectSpan(l, "深化质量强市建设的实施方案", "string.quoted.other.citation");
  });

  it("发文字号 bracket variants [2022] 【2022】 (2022)", () => {
    for (const [text, open] of [
      ["中发[2022]17号", "["],
      ["赣发【2023】8号", "【"],
      ["苏发(2022)33号", "("],
    ] as const) {
      const l = line(text);
      expectSpan(l, text, "meta.document-number");
      expectSpan(l, open, VARIANT);
      expectSpan(l, "号", "keyword.other.unit");
    }
    expectSpan(line("赣市府字〔2024〕41号"), "赣市府字", "variable.other.constant.agency-code");
  });

  it("mid-sentence the agency code is not guessed, the number still is", () => {
    const l = line("根据国办发〔2016〕18号文件");
    expectSpan(l, "〔2016〕18号", "meta.document-number");
    expectNot(l, "根据国办发", "meta.document-number");
  });

  it("an unclosed 《 does not colour the rest of the line or the next one", () => {
    const [first, second] = doc("加快《质量强国建设，推进工作\n《质量强国建设纲要》");
    expect(anyToken(first!, "string")).toBe(false);
    expectSpan(second!, "质量强国建设纲要", "string.quoted.other.citation");
  });
});

describe("annotations and deadlines", () => {
  it("cross-reference annotation 〔对应纲要：（七）（八）〕", () => {
    const l = line("1.加快发展。开展工作。〔对应纲要：（七）（八）〕〔责任单位：市科技局〕");
    expectSpan(l, "〔对应纲要：（七）（八）〕", "meta.annotation.cross-reference");
    expectSpan(l, "对应纲要", "storage.type.annotation");
    expectSpan(l, "（七）", "markup.underline.link.reference");
    expectSpan(l, "（八）", "markup.underline.link.reference");
    expectSpan(l, "市科技局", UNIT);
    expectSpan(line("〔对应纲要：七〕"), "七", "markup.underline.link.reference");
  });

  it("deadline 〔完成时限：…〕", () => {
    const l = line("推进建设。〔完成时限：2025年底〕");
    expectSpan(l, "〔完成时限：2025年底〕", "meta.annotation.deadline");
    expectSpan(l, "完成时限", "storage.type.annotation.deadline");
    expectSpan(l, "2025年底", "string.unquoted.deadline");
    expectSpan(line("〔完成时限：长期坚持〕"), "长期坚持", "string.unquoted.deadline");
  });
});

describe("comments and directives", () => {
  it("a // line is a comment and nothing inside it is plan markup", () => {
    const l = line("// 待市发改委确认〔责任单位：市局〕达到 %");
    expectSpan(l, "//", "punctuation.definition.comment");
    expectSpan(l, l.text, "comment.line.double-slash");
    expect(anyToken(l, "meta.responsibility-clause")).toBe(false);
    expect(anyToken(l, "invalid")).toBe(false);
    const indented = line("\u3000\u3000// 缩进的注释");
    expectSpan(indented, "// 缩进的注释", "comment.line.double-slash");
  });

  it("// only starts a comment at the beginning of a line", () => {
    expect(anyToken(line("详见http://example.com/plan"), "comment")).toBe(false);
  });

  it("directives and their rule ids get distinct scopes inside the comment", () => {
    const l = line("// plancheck-disable-next-line numbering/sequence, clause/duplicate-unit");
    expectSpan(l, "plancheck-disable-next-line", "keyword.control.directive");
    expectSpan(l, "numbering/sequence", "variable.parameter.rule-id");
    expectSpan(l, "clause/duplicate-unit", "variable.parameter.rule-id");
    expectSpan(l, "numbering/sequence", "comment.line.double-slash");
    for (const d of ["plancheck-disable", "plancheck-enable"]) {
      const dl = line(`// ${d} target/blank`);
      expectSpan(dl, d, "keyword.control.directive");
      expectSpan(dl, "target/blank", "variable.parameter.rule-id");
    }
    expect(anyToken(line("// plancheck-disablex foo"), "keyword.control.directive")).toBe(false);
  });
});

describe("front matter", () => {
  const FRONT = [
    "---",
    "标题: 示例市深化质量强市建设实施方案",
    "文号：赣市府字〔2024〕41号",
    "status: 正式",
    "作者: 某人",
    "---",
    "一、总体要求",
  ].join("\n");

  it("keys, values and delimiters at the very top", () => {
    const lines = doc(FRONT);
    expectSpan(lines[0]!, "---", "punctuation.definition.front-matter.begin");
    expectSpan(lines[1]!, "标题", "support.type.property-name.front-matter");
    expectNot(lines[1]!, "标题", "support.type.property-name.front-matter.unknown");
    expectSpan(lines[1]!, "示例市深化质量强市建设实施方案", "string.unquoted.front-matter");
    expectSpan(lines[2]!, "：", "punctuation.separator.key-value");
    expectSpan(lines[2]!, "赣市府字", "variable.other.constant.agency-code");
    expectSpan(lines[3]!, "status", "support.type.property-name.front-matter");
    expectSpan(lines[4]!, "作者", "support.type.property-name.front-matter.unknown");
    expectSpan(lines[5]!, "---", "punctuation.definition.front-matter.end");
    expectSpan(lines[6]!, "一、", "keyword.other.level-marker.level-1");
    expect(anyToken(lines[6]!, "meta.front-matter")).toBe(false);
  });

  it("also with CRLF line ends", () => {
    const lines = doc(FRONT.replace(/\n/g, "\r\n"));
    expectSpan(lines[1]!, "标题", "support.type.property-name.front-matter");
    expectSpan(lines[6]!, "一、", "keyword.other.level-marker.level-1");
  });

  it("--- below the first line does not open front matter", () => {
    const lines = doc("示例方案\n---\n标题: 不是元数据");
    expect(lines.some((l) => anyToken(l, "meta.front-matter"))).toBe(false);
  });

  it("unterminated front matter stops at the first level-1 heading", () => {
    const lines = doc("---\n标题: 示例\n一、总体要求\n（一）指导思想");
    expectSpan(lines[1]!, "标题", "support.type.property-name.front-matter");
    expectSpan(lines[2]!, "一、", "keyword.other.level-marker.level-1");
    expect(anyToken(lines[2]!, "meta.front-matter")).toBe(false);
    expectSpan(lines[3]!, "（一）", "keyword.other.level-marker.level-2");
  });
});

describe("real plans (seeds)", () => {
  // Every file in the directory, not a fixed list, so a seed added later is covered too.
  const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort() : [];

  it("the seed directory is present", () => {
    expect(existsSync(SEEDS_DIR), `${SEEDS_DIR} does not exist`).toBe(true);
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of seeds) {
    it(`tokenizes ${name} completely and finds its structure and clauses`, () => {
      const text = readFileSync(join(SEEDS_DIR, name), "utf8");
      const lines = doc(text);
      expect(lines.filter((l) => l.stoppedEarly)).toEqual([]);
      // Tokens must cover each line with no gap, or positions in the editor would drift.
      for (const l of lines) {
        const covered = l.tokens.reduce((pos, t) => (t.start === pos ? t.end : -1), 0);
        expect(covered, `gap in tokens of: ${l.text.slice(0, 40)}`).toBe(l.text.length);
      }
      expect(lines.some((l) => anyToken(l, UNIT))).toBe(true);
      expect(lines.some((l) => anyToken(l, "keyword.other.level-marker.level-1"))).toBe(true);
      // Every line that carries a labelled or provincial clause gets it recognised.
      for (const l of lines) {
        if (/[〔（(](?:责任|牵头|配合|参与)(?:单位|部门)[：:]/.test(l.text)) {
          expect(anyToken(l, LABEL) && anyToken(l, UNIT), `clause not recognised in: ${l.text.slice(0, 40)}`).toBe(true);
        }
        if (/按职责分工负责[）)]/.test(l.text)) {
          expect(anyToken(l, "keyword.other.responsibility"), `provincial clause not recognised in: ${l.text.slice(0, 40)}`).toBe(
            true,
          );
        }
      }
    });
  }
});
