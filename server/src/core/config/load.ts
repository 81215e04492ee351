import type { Node as JsonNode, ParseError } from "jsonc-parser";
import type { z } from "zod";
import { lazy } from "../lazy.js";
import { nearestKey } from "./nearestKey.js";
import { configSchema, type PlanConfig } from "./schema.js";

/** A problem in a configuration file, located by JSON path and by offset for the editor. */
export interface ConfigProblem {
  /** JSON path, e.g. `units.requireClauseAt[0]`; "" for the whole file. */
  path: string;
  message: string;
  start: number;
  end: number;
}

export type ConfigResult = { ok: true; config: PlanConfig } | { ok: false; problems: ConfigProblem[] };

/** jsonc-parser, loaded when a configuration or registry file is read: most runs have none. */
export const jsonc = lazy(() => require("jsonc-parser") as typeof import("jsonc-parser"));

const PARSE_ERROR_MESSAGES: Record<string, string> = {
  InvalidSymbol: "无效字符",
  InvalidNumberFormat: "数字格式错误",
  PropertyNameExpected: "缺少属性名",
  ValueExpected: "缺少值",
  ColonExpected: "缺少冒号",
  CommaExpected: "缺少逗号",
  CloseBraceExpected: "缺少“}”",
  CloseBracketExpected: "缺少“]”",
  EndOfFileExpected: "文件应在此结束",
  UnexpectedEndOfString: "字符串未结束",
};

/** Parses `.plancheck.json` text (comments and trailing commas allowed) and validates it. */
export function parseConfigText(text: string): ConfigResult {
  const result = parseJsoncWith(configSchema(), text, {});
  return result.ok ? { ok: true, config: result.value } : result;
}

/**
 * Parses JSONC text and validates it with a zod schema, locating every problem by JSON path
 * and offset: the configuration and the unit registry files are read the same way.
 */
export function parseJsoncWith<T>(schema: z.ZodType<T>, text: string, empty: unknown): { ok: true; value: T } | { ok: false; problems: ConfigProblem[] } {
  // A BOM (Windows Notepad writes one) is not JSON but not a mistake either: skip it, and keep
  // offsets relative to the text as given.
  if (text.startsWith("\uFEFF")) {
    const result = parseJsoncWith(schema, text.slice(1), empty);
    return result.ok ? result : { ok: false, problems: result.problems.map((problem) => ({ ...problem, start: problem.start + 1, end: problem.end + 1 })) };
  }
  const tooDeep = nestingBeyond(text, MAX_DEPTH);
  if (tooDeep >= 0) return { ok: false, problems: [{ path: "", message: `JSON 嵌套过深（超过 ${MAX_DEPTH} 层）`, start: tooDeep, end: tooDeep + 1 }] };
  const errors: ParseError[] = [];
  const value: unknown = jsonc().parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => {
        const code = jsonc().printParseErrorCode(error.error);
        return { path: "", message: `JSON 语法错误：${PARSE_ERROR_MESSAGES[code] ?? code}`, start: error.offset, end: error.offset + Math.max(error.length, 1) };
      }),
    };
  }
  const prototypeKeys = prototypeKeyProblems(text);
  if (prototypeKeys.length > 0) return { ok: false, problems: prototypeKeys };
  const result = schema.safeParse(value ?? empty);
  if (result.success) return { ok: true, value: result.data };
  // One tree for every issue: locating each issue by re-parsing would be quadratic in a file
  // with thousands of bad entries.
  const tree = jsonc().parseTree(text, [], { allowTrailingComma: true });
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => {
      // An unknown key is located at the key itself, each key apart with the key it most likely
      // means (`unit` → `units`); any other problem at the offending value.
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => {
          const nearest = nearestKey(schema, issue.path, key);
          const span = locateIn(tree, text, [...issue.path, key], true);
          return { path: formatPath([...issue.path, key]), message: `未知的配置项：${key}${nearest ? `（是否想用 ${nearest}？）` : ""}`, ...span };
        });
      }
      return [{ path: formatPath(issue.path), message: describeIssue(issue), ...locateIn(tree, text, issue.path, false) }];
    }),
  };
}

/** Offsets of the value (or, `atKey`, the key) at a JSON path of a JSONC text; the whole text's start when absent. */
export function locateInJson(text: string, path: readonly PropertyKey[], atKey = false): { start: number; end: number } {
  return locateIn(jsonc().parseTree(text, [], { allowTrailingComma: true }), text, path, atKey);
}

/** Far deeper than any configuration; the JSON parser and zod recurse, so a hostile file must stop here. */
const MAX_DEPTH = 64;

/**
 * Offset of the bracket that opens level `limit + 1`, or -1: one linear pass that skips
 * strings and comments, so a file nested 100,000 deep gets a located problem, not a stack overflow.
 */
function nestingBeyond(text: string, limit: number): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === "\\") index++;
    } else if (char === "/" && text[index + 1] === "/") {
      while (index < text.length && text[index] !== "\n") index++;
    } else if (char === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end < 0 ? text.length : end + 1;
    } else if (char === "{" || char === "[") {
      if (++depth > limit) return index;
    } else if (char === "}" || char === "]") depth--;
  }
  return -1;
}

/**
 * `__proto__` as a key. A JSON parser assigning it sets the object's prototype rather than a
 * property, so `{"__proto__": {"rules": …}}` configured the checker unseen: no check of keys sees
 * it, and the settings were read through the prototype (issue 8). Refused where it stands, with
 * its path, as a problem of the whole file (like a syntax error, nothing of it is read). The
 * parse tree is built only when the key may be there: written out, or hidden by an escape.
 */
function prototypeKeyProblems(text: string): ConfigProblem[] {
  if (!text.includes("__proto__") && !text.includes("\\u")) return [];
  const problems: ConfigProblem[] = [];
  const visit = (node: JsonNode, path: PropertyKey[]) => {
    if (node.type === "array") node.children?.forEach((child, index) => visit(child, [...path, index]));
    if (node.type !== "object") return;
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key) continue;
      if (key.value === "__proto__") {
        const at = formatPath([...path, key.value]);
        problems.push({ path: "", message: `不能使用键名“__proto__”（${at}）：它设置的是对象的原型而不是配置项，整个文件未读取`, start: key.offset, end: key.offset + key.length });
      } else if (value) visit(value, [...path, key.value as string]);
    }
  };
  // Depth is bounded before (MAX_DEPTH), so the walk's recursion is too.
  const tree = jsonc().parseTree(text, [], { allowTrailingComma: true });
  if (tree) visit(tree, []);
  return problems;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join("");
}

interface ZodIssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  values?: readonly unknown[];
  /** too_small / too_big: what was measured, the bound, and whether the bound itself is allowed. */
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

/** A size or value bound in Chinese (zod's own message is English). */
function boundOf(issue: ZodIssueLike): string {
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case "string":
      return small && bound <= 1 ? "不能为空" : `${small ? "至少" : "最多"} ${bound} 个字符`;
    case "array":
    case "set":
      return small && bound <= 1 ? "至少要有一项" : `${small ? "至少" : "最多"} ${bound} 项`;
    default:
      return small ? `应${inclusive ? "不小于" : "大于"} ${bound}` : `应${inclusive ? "不大于" : "小于"} ${bound}`;
  }
}

function describeIssue(issue: ZodIssueLike): string {
  switch (issue.code) {
    case "invalid_type":
      return `类型错误：应为 ${String(issue.expected)}`;
    case "invalid_value":
      return `取值无效：应为 ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" / ")}`;
    case "invalid_union":
      return "取值无效：应为 \"error\"、\"warning\"、\"info\"、\"hint\"、\"off\"，或 [严重程度, 选项]";
    case "too_small":
    case "too_big":
      return `取值超出范围：${boundOf(issue)}`;
    case "invalid_format":
      return "格式无效";
    default:
      // `custom` issues carry the schema's own (Chinese) message.
      return issue.message;
  }
}

/** Finds the offset range of the value (or the key) at a JSON path, for editor diagnostics. */
function locateIn(tree: JsonNode | undefined, text: string, path: readonly PropertyKey[], atKey: boolean): { start: number; end: number } {
  let node = tree;
  for (const key of path) {
    const child = node && findChild(node, key);
    if (!child) break;
    node = child;
  }
  if (!node) return { start: 0, end: Math.min(1, text.length) };
  const target = atKey && node.parent?.type === "property" ? (node.parent.children?.[0] ?? node) : node;
  return { start: target.offset, end: target.offset + target.length };
}

function findChild(node: JsonNode, key: PropertyKey): JsonNode | undefined {
  if (node.type === "object") {
    const property = node.children?.find((p) => p.children?.[0]?.value === key);
    return property?.children?.[1];
  }
  if (node.type === "array" && typeof key === "number") return node.children?.[key];
  return undefined;
}
