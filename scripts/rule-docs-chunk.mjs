// Moves each rule's documentation out of the CLI and server bundles into a data chunk of its
// own, out/data/rule-docs.js, read on first use.
//
// A rule keeps its documentation beside its code (`meta.docs`: the rationale and the examples
// its doc page is generated from), and only the SARIF report and the doc generator read it. In
// a bundle those texts were a fifth of out/cli.js — 43,000 Chinese characters, 260 KB as the
// `\uXXXX` escapes the bundles are written in — read and made a string on every run of
// `plancheck` and every start of the server, where a one-file run is mostly reading bytes
// (docs/performance.md). This esbuild plugin reads each rule file as TypeScript, takes the
// literal `docs: { … }` of its `meta` into a table keyed by the rule's id, and puts in its place
// a getter that requires the chunk: `meta.docs` reads the same on every path, and the sources
// stay as they are (tests and the generator import them directly).
//
// Only literal documentation is moved: a `docs` whose values are anything but string literals
// (`+` of them, or an array of them joined by one) stops the build with the file named, rather than being evaluated here.
import { readFileSync } from "node:fs";
import ts from "typescript";

/**
 * Rule files: server/src/core/rules/<family>/<name>.ts (esbuild's filters are Go regular
 * expressions, without lookahead: a family's index or helper holds no rule metadata and passes
 * through unchanged).
 */
const RULE_FILE = /server[\\/]src[\\/]core[\\/]rules[\\/][^\\/]+[\\/][^\\/]+\.ts$/;

/** The module the getters require; resolved to the chunk beside the bundle (out/data/). */
const CHUNK_REQUEST = "policy-plan:rule-docs";

/**
 * The plugin and the chunk's text: every bundle built with `plugin` adds its rules' docs to one
 * table, which `chunkText()` gives once the builds are done.
 */
export function ruleDocsChunk() {
  /** @type {Map<string, Record<string, string>>} */
  const docsById = new Map();
  const plugin = {
    name: "rule-docs-chunk",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${CHUNK_REQUEST}$`) }, () => ({ path: "./data/rule-docs.js", external: true }));
      build.onLoad({ filter: RULE_FILE }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const moved = moveDocs(source, args.path);
        if (moved === null) return undefined;
        const known = docsById.get(moved.id);
        if (known !== undefined && JSON.stringify(known) !== JSON.stringify(moved.docs)) throw new Error(`${args.path}: a second rule with the id ${moved.id}`);
        docsById.set(moved.id, moved.docs);
        return { contents: moved.source, loader: "ts" };
      });
    },
  };
  const chunkText = () => {
    const table = Object.fromEntries([...docsById].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    // JSON.parse of one string literal: V8 reads a large table faster that way than as a literal.
    return `"use strict";\nmodule.exports = JSON.parse(${JSON.stringify(JSON.stringify(table))});\n`;
  };
  return { plugin, chunkText };
}

/**
 * The rule file with its `docs` replaced by a getter, the rule's id and its docs; null for a
 * file with no rule metadata in it (a rule family's helper).
 */
function moveDocs(source, path) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const id = stringProperty(node, "id");
      const docs = node.properties.find((property) => ts.isPropertyAssignment(property) && propertyName(property) === "docs");
      if (id !== undefined && docs !== undefined) found.push({ id, docs });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found.length === 0) return null;
  if (found.length > 1) throw new Error(`${path}: ${found.length} rule metadata objects in one file (one rule = one file)`);
  const [{ id, docs }] = found;
  const getter = `get docs() { return require(${JSON.stringify(CHUNK_REQUEST)})[${JSON.stringify(id)}]; }`;
  return { id, docs: literalDocs(docs.initializer, path), source: source.slice(0, docs.getStart(file)) + getter + source.slice(docs.end) };
}

function literalDocs(node, path) {
  if (!ts.isObjectLiteralExpression(node)) throw new Error(`${path}: meta.docs must be an object literal to be moved into the docs chunk`);
  const docs = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) throw new Error(`${path}: meta.docs may hold only \`name: "text"\` properties`);
    const value = literalText(property.initializer);
    if (value === undefined) throw new Error(`${path}: meta.docs.${propertyName(property)} is not a string literal`);
    docs[propertyName(property)] = value;
  }
  return docs;
}

function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  // Paragraphs written as `["…", "…"].join("\n\n")`.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "join" && ts.isArrayLiteralExpression(node.expression.expression) && node.arguments.length === 1) {
    const parts = node.expression.expression.elements.map(literalText);
    const separator = literalText(node.arguments[0]);
    return separator === undefined || parts.includes(undefined) ? undefined : parts.join(separator);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalText(node.left);
    const right = literalText(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

function stringProperty(object, name) {
  const property = object.properties.find((candidate) => ts.isPropertyAssignment(candidate) && propertyName(candidate) === name);
  return property !== undefined && ts.isStringLiteral(property.initializer) ? property.initializer.text : undefined;
}

function propertyName(property) {
  return ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
}
