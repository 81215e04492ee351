// Build-time speed passes for the generated parser (used by scripts/build-grammar.mjs).
//
// Peggy matches a character class one character at a time: `input.charAt(pos)` (a new string
// for every non-ASCII character), a regex test on it, and a push onto an array of single
// characters that most rules throw away. Plan text is almost all Han characters matched by
// class runs, so that was most of the parser's time and garbage. These passes fix it without
// touching the grammar, which stays the single source of the syntax:
//
// 1. `markDiscardedRuns` (a Peggy plugin, AST stage): a `[class]*` / `[class]+` whose value no
//    action can see (not labelled, inside `$…`, a predicate, or an action that only receives
//    labels) is wrapped in `$…`. Its value becomes the matched text instead of a char array;
//    nobody reads it either way, and the generated code now has one recognisable shape.
// 2. `compileRunScans` (over the generated source): every `$[class]*` / `$[class]+` loop
//    becomes one scan from the current position: a loop of code-unit comparisons for a class
//    of a few ranges (white space), a loop over a membership table for a larger one (plain
//    text, digits and numerals). The classes share one table, made once when the module loads:
//    an entry per UTF-16 code unit whose bits say which classes it is in (a class tests its
//    bit). A table of its own per class, a byte an entry, was 64 KB each: fifteen were nearly a
//    megabyte allocated and filled before a one-file run read its plan. Multi-character literal tests `input.substr(pos, n) === lit` compare the
//    literal's code units one by one (no substring). Not `input.startsWith(lit, pos)`: V8
//    expands every startsWith site into a string comparison of its own when it optimises the
//    rule, and Comparator's sixteen such sites took 70 ms to compile (30 as comparisons); all
//    the parser's, a sixth of the compiling a fresh process does on a large plan.
//    A look-ahead of one test (`&[…]`, `![…]`, `!.`, `&"…"`) becomes that test: Peggy saved the
//    position, silenced failures, matched (a new string for a Han character), restored the
//    position and turned the result around, for one comparison whose failure nobody records.
// 3. The single-character class tests left (`[：:]`, a class whose value an action reads) test
//    the code unit too, and make the character's string only on a match.
//    Each attempt at a Han character used to make a new one-character string and run a regex
//    on it: six times the cost of the comparisons, and garbage.
// A class's predicate is built from the regex Peggy wrote for it, evaluated at build time on
// every UTF-16 code unit, so the two agree by construction (flags, escapes, negation).
// 4. Every `input.charCodeAt(peg$currPos)` becomes `peg$code()`, the same read behind an explicit
//    bound (NaN at the end, as charCodeAt gives). An optimised function that reads past the end
//    is deoptimised, and V8 learns that per call site: a rule with a dozen first-character tests
//    (Comparator) met the end of a plan at a new site each time, and was compiled again each
//    time, 150–300 ms of compiling per round; the CLI's parser took some 200 plans to settle.
//
// All keep the parser's observable behaviour: the same positions, values and, when failures
// are recorded, the same expectation at the same place (a run always ends on a failed match).
// The passes over the source count their rewrites, and the build fails if the generated code
// no longer has the shape they expect (a Peggy upgrade) rather than ship the slow parser.

import { addFirstCharacterGuards } from "./grammar-first.mjs";

/** Peggy plugin: wraps class repetitions whose value is never observed in a `text` node, and adds the first-character guards (scripts/grammar-first.mjs). */
export const markDiscardedRuns = {
  use(config, options) {
    config.passes.transform.push((ast) => {
      inlineClassRules(ast);
      // A rule's value is observed if some reference to it is in an observed place; the start
      // rules' values are the parser's result. Iterate to the fixpoint, then rewrite.
      const used = new Set(options.allowedStartRules ?? [ast.rules[0].name]);
      for (let size = -1; size !== used.size; ) {
        size = used.size;
        for (const rule of ast.rules) visit(rule.expression, used.has(rule.name), rule, used, false);
      }
      for (const rule of ast.rules) visit(rule.expression, used.has(rule.name), rule, used, true);
      addFirstCharacterGuards(ast);
    });
  },
};

// A rule that is only a character class (`Ws = [ \t…]`) behaves exactly like the class written
// in its place (no action, no display name), and inlined it can take part in a run scan.
function inlineClassRules(ast) {
  const classRules = new Map(ast.rules.filter((rule) => rule.expression.type === "class").map((rule) => [rule.name, rule.expression]));
  const walk = (node) => {
    if (!node || typeof node !== "object") return;
    for (const key of ["expression"]) {
      const child = node[key];
      if (child?.type === "rule_ref" && classRules.has(child.name)) node[key] = { ...classRules.get(child.name), location: child.location };
      else walk(child);
    }
    for (const key of ["elements", "alternatives"]) {
      const list = node[key];
      if (!Array.isArray(list)) continue;
      list.forEach((child, i) => {
        if (child?.type === "rule_ref" && classRules.has(child.name)) list[i] = { ...classRules.get(child.name), location: child.location };
        else walk(child);
      });
    }
  };
  for (const rule of ast.rules) walk(rule);
}

function visit(node, used, parent, usedRules, rewrite) {
  const down = (child, childUsed) => visit(child, childUsed, node, usedRules, rewrite);
  switch (node.type) {
    case "rule_ref":
      if (used) usedRules.add(node.name);
      return;
    case "action":
      // An action receives its labelled elements only.
      down(node.expression, false);
      return;
    case "labeled":
      // A label is seen by the actions and predicates in its scope; `@` without a label passes
      // the value on as the sequence's.
      down(node.expression, node.label === null && node.pick ? used : true);
      return;
    case "text":
    case "simple_and":
    case "simple_not":
      down(node.expression, false);
      return;
    case "sequence": {
      // A sequence whose value nobody sees still builds the array of its elements' values: it
      // returns its first element's instead (`@`), as if written so. Not under an action, which
      // receives the labels (Peggy makes no array there).
      if (rewrite && !used && parent.type !== "action" && node.elements.length > 1 && !node.elements.some(isPick)) {
        const first = node.elements[0];
        node.elements[0] = first.type === "labeled" ? { ...first, pick: true } : { type: "labeled", label: null, labelLocation: first.location, pick: true, expression: first, location: first.location };
      }
      // With `@`, only the plucked elements make the sequence's value.
      const picks = node.elements.some(isPick);
      for (const element of node.elements) down(element, picks ? isPick(element) && used : used);
      return;
    }
    case "choice":
      for (const alternative of node.alternatives) down(alternative, used);
      return;
    case "zero_or_more":
    case "one_or_more":
      if (rewrite && !used && node.expression.type === "class" && parent.type !== "text") {
        // Replace the node in place by a text node around a copy of it.
        const inner = { ...node };
        for (const key of Object.keys(node)) delete node[key];
        Object.assign(node, { type: "text", expression: inner, location: inner.location });
        return;
      }
      down(node.expression, used);
      return;
    case "optional":
    case "named":
    case "group":
    case "repeated":
      if (node.expression) down(node.expression, used);
      return;
    default:
      return;
  }
}

function isPick(element) {
  return element.type === "labeled" && element.pick === true;
}

// One character-class test in Peggy 5's output: assign the character, test it, advance or fail.
// The first test of a loop captures the variable (group 3), regex (4) and expectation (5); the
// second refers back to them.
const FIRST_TEST =
  String.raw`(s\d+) = input\.charAt\(peg\$currPos\);\s*` +
  String.raw`if \((peg\$r\d+)\.test\(\3\)\) \{\s*peg\$currPos\+\+;\s*\} else \{\s*\3 = peg\$FAILED;\s*` +
  String.raw`if \(peg\$silentFails === 0\) \{ peg\$fail\((peg\$e\d+)\); \}\s*\}\s*`;
const AGAIN_TEST =
  String.raw`\3 = input\.charAt\(peg\$currPos\);\s*` +
  String.raw`if \(\4\.test\(\3\)\) \{\s*peg\$currPos\+\+;\s*\} else \{\s*\3 = peg\$FAILED;\s*` +
  String.raw`if \(peg\$silentFails === 0\) \{ peg\$fail\(\5\); \}\s*\}\s*`;
const HEAD = String.raw`(s\d+) = peg\$currPos;\s*(s\d+) = \[\];\s*`;

// $[class]*  →  start = pos; arr = []; <test>; while (ch !== FAILED) { arr.push(ch); <test> }; start = input.substring(start, pos);
// (inside a sequence Peggy wraps the last statement in an `if (arr !== FAILED)` that always holds).
const ZERO_OR_MORE = new RegExp(
  HEAD + FIRST_TEST + String.raw`while \(\3 !== peg\$FAILED\) \{\s*\2\.push\(\3\);\s*` + AGAIN_TEST + String.raw`\}\s*` +
    String.raw`(?:\1 = input\.substring\(\1, peg\$currPos\);|if \(\2 !== peg\$FAILED\) \{\s*\1 = input\.substring\(\1, peg\$currPos\);\s*\} else \{\s*\1 = \2;\s*\})`,
  "g",
);

// $[class]+  →  … if (ch !== FAILED) { while … } else { arr = FAILED; } if (arr !== FAILED) { start = input.substring(start, pos); } else { start = arr; }
const ONE_OR_MORE = new RegExp(
  HEAD + FIRST_TEST + String.raw`if \(\3 !== peg\$FAILED\) \{\s*while \(\3 !== peg\$FAILED\) \{\s*\2\.push\(\3\);\s*` +
    AGAIN_TEST + String.raw`\}\s*\} else \{\s*\2 = peg\$FAILED;\s*\}\s*` +
    String.raw`if \(\2 !== peg\$FAILED\) \{\s*\1 = input\.substring\(\1, peg\$currPos\);\s*\} else \{\s*\1 = \2;\s*\}`,
  "g",
);

const LITERAL = /input\.substr\(peg\$currPos, (\d+)\) === (peg\$c\d+)/g;
/** Longer literals (rare: directive names) keep one startsWith. */
const LONG_LITERAL = 8;
const STRING_CONSTANT = /^[ \t]*const (peg\$c\d+) = "((?:\\.|[^"\\])*)";$/gm;

/** The generated string constants by name, their escapes decoded. */
function stringConstants(source) {
  const constants = new Map();
  for (const [, name, body] of source.matchAll(STRING_CONSTANT)) constants.set(name, unescape(body));
  return constants;
}

const ESCAPES = { 0: "\0", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
/** A JavaScript string literal's body as Peggy writes it (\uXXXX, \xHH and the usual escapes). */
function unescape(body) {
  return body.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/g, (_m, u, x, other) => (u || x ? String.fromCharCode(parseInt(u ?? x, 16)) : (ESCAPES[other] ?? other)));
}
const CLASS_CONST = /^([ \t]*)const (peg\$r\d+) = \/\^(\[(?:\\.|[^\]\\])*\])\/([a-z]*);$/gm;

/** Rewrites the generated parser's source; throws if an expected shape was not found. */
export function compileRunScans(source) {
  const classes = classTable(source);
  let zero = 0;
  let one = 0;
  let literals = 0;
  const runs = new Set();
  const predicates = new Set();
  // A class of a few ranges is scanned by a loop of comparisons; a larger one (plain text,
  // a unit name: everything but some thirty marks) by a loop over its membership table. A
  // sticky-regex scan did the same work, but its cost per call (setting lastIndex, the
  // RegExp builtin) was a third of the whole parse: a plan has some 700 runs, half of them
  // empty. Most runs of the small classes (white space) are empty.
  const scan = (regex, expectation) => {
    if (classes.get(regex).ranges.length <= SMALL_CLASS) {
      predicates.add(regex);
      return `while (${regex}$at(input.charCodeAt(peg$currPos))) peg$currPos++;\n    if (peg$silentFails === 0) { peg$fail(${expectation}); }`;
    }
    runs.add(regex);
    return `peg$currPos = peg$scanRun(${regex}$run, peg$currPos);\n    if (peg$silentFails === 0) { peg$fail(${expectation}); }`;
  };
  let out = source.replace(ZERO_OR_MORE, (_m, start, _arr, _ch, regex, expectation) => {
    zero++;
    return `${start} = peg$currPos;\n    ${scan(regex, expectation)}\n    ${start} = input.substring(${start}, peg$currPos);`;
  });
  out = out.replace(ONE_OR_MORE, (_m, start, _arr, _ch, regex, expectation) => {
    one++;
    return `${start} = peg$currPos;\n    ${scan(regex, expectation)}\n    ${start} = peg$currPos > ${start} ? input.substring(${start}, peg$currPos) : peg$FAILED;`;
  });
  // Pass 2 (see the header): a look-ahead of one test becomes the test.
  let lookaheads = 0;
  out = out.replace(LOOKAHEAD, (lookahead, ...args) => {
    const groups = args[args.length - 1];
    let condition;
    if (groups.regex !== undefined) {
      if (!classes.has(groups.regex)) throw new Error(`grammar-runs: class ${groups.regex} is tested but not declared as expected`);
      predicates.add(groups.regex);
      condition = `${groups.regex}$at(input.charCodeAt(peg$currPos))`;
    } else condition = groups.condition;
    lookaheads++;
    const matched = groups.sense === "!==";
    // `&` restores the position on a match, `!` on a failure: the tail must agree with the sense.
    if (matched !== /peg\$currPos = s\d+;\s*s\d+ = undefined;\s*\} else \{\s*s\d+ = peg\$FAILED;\s*\}$/.test(lookahead)) throw new Error("grammar-runs: a look-ahead's tail does not match its sense");
    return `${groups.result} = ${condition} ? ${matched ? "undefined" : "peg$FAILED"} : ${matched ? "peg$FAILED" : "undefined"};`;
  });
  const constants = stringConstants(source);
  out = out.replace(LITERAL, (_m, length, constant) => {
    literals++;
    const text = constants.get(constant);
    if (text === undefined || text.length !== Number(length)) throw new Error(`grammar-runs: literal ${constant} is tested but not declared as expected`);
    if (text.length > LONG_LITERAL) return `input.startsWith(${constant}, peg$currPos)`;
    const units = [...Array(text.length).keys()].map((i) => `${i === 0 ? "peg$code()" : `peg$codeAt(peg$currPos + ${i})`} === ${text.charCodeAt(i)}`);
    return `(${units.join(" && ")}) /* ${constant} */`;
  });
  // Pass 3 (see the header): the single tests left.
  let classTests = 0;
  out = out.replace(CLASS_TEST, (_m, variable, regex, inner) => {
    if (!classes.has(regex)) throw new Error(`grammar-runs: class ${regex} is tested but not declared as expected`);
    classTests++;
    predicates.add(regex);
    return `if (${regex}$at(input.charCodeAt(peg$currPos))) {${inner}${variable} = input.charAt(peg$currPos);${inner}peg$currPos++;`;
  });
  // First-character guards (scripts/grammar-first.mjs): a call to a rule that has one tests
  // where it is first, while failures are silent.
  const guarded = new Set([...out.matchAll(/^function peg\$first\$(\w+)\(input, pos\)/gm)].map((match) => match[1]));
  let guardedCalls = 0;
  out = out.replace(/(s\d+) = peg\$parse(\w+)\(\);/g, (call, variable, rule) => {
    if (!guarded.has(rule)) return call;
    guardedCalls++;
    return `${variable} = peg$silentFails !== 0 && !peg$first$${rule}(input, peg$currPos) ? peg$FAILED : peg$parse${rule}();`;
  });
  if (guarded.size > 0 && guardedCalls === 0) throw new Error("grammar-runs: first-character guards were made but no call was guarded");
  // Pass 4 (see the header): every read of the current code unit behind an explicit bound.
  const codeReads = (out.match(/input\.charCodeAt\(peg\$currPos\)/g) ?? []).length;
  out = out.replaceAll("input.charCodeAt(peg$currPos)", "peg$code()");
  let declared = 0;
  let helper = false;
  // The run classes' tables, made once when the module loads (the class constants above are
  // made per parse, which costs nothing for a regex literal and 64 KB for a table).
  const tables = [];
  const memberships = [];
  out = out.replace(CLASS_CONST, (line, indent, name, cls, flags) => {
    let extra = "";
    if (!helper) {
      helper = true;
      // The end of a run of a class from a position: a look-up per code unit in the class's
      // table (one byte per UTF-16 code unit, 1 for members) and no call per run. A run always
      // ends on a failed match, which the caller records as the character loop recorded it.
      extra += `\n${indent}function peg$scanRun(bit, position) {\n${indent}  const end = input.length;\n${indent}  const table = peg$runClasses;\n${indent}  while (position < end && (table[input.charCodeAt(position)] & bit) !== 0) position++;\n${indent}  return position;\n${indent}}`;
      // The code unit at the current position; NaN at the end of the input, as charCodeAt gives.
      extra += `\n${indent}function peg$code() { return peg$currPos < input.length ? input.charCodeAt(peg$currPos) : NaN; }`;
      extra += `\n${indent}function peg$codeAt(position) { return position < input.length ? input.charCodeAt(position) : NaN; }`;
    }
    if (runs.has(name)) {
      // The class's bit in peg$runClasses.
      tables.push(`const ${name}$run = ${2 ** declared >>> 0};`);
      memberships.push(classes.get(name).ranges);
      declared++;
    }
    if (predicates.has(name)) extra += `\n${indent}${predicateSource(`${name}$at`, classes.get(name).ranges)}`;
    return line + extra;
  });
  const PARSE_FUNCTION = "\nfunction peg$parse(input, options) {";
  if (tables.length > 32) throw new Error(`grammar-runs: ${tables.length} run classes, more than the 32 bits of one membership table`);
  if (tables.length > 0 && out.includes(PARSE_FUNCTION)) {
    // The classes' membership table from their ranges (inclusive code-unit bounds, in pairs):
    // bit i of a code unit's entry is set when it is in class i. The narrowest array that has
    // a bit for every class.
    const array = tables.length <= 8 ? "Uint8Array" : tables.length <= 16 ? "Uint16Array" : "Uint32Array";
    // Filled by segments worked out here: where no class starts or ends, the entries are the
    // same, so the table is a few hundred fills, not a loop over its 65,536 entries in code that
    // runs once and never gets compiled.
    const runTable = `function peg$runTable(segments) {\n  const table = new ${array}(65536);\n  for (let i = 0; i < segments.length; i += 2) table.fill(segments[i + 1], segments[i], i + 2 < segments.length ? segments[i + 2] : 65536);\n  return table;\n}`;
    out = out.replace(PARSE_FUNCTION, `\n${runTable}\nconst peg$runClasses = peg$runTable([${membershipSegments(memberships).join(",")}]);\n${tables.join("\n")}\n${PARSE_FUNCTION}`);
  } else declared = -1;
  if (zero + one === 0 || declared !== runs.size || literals === 0 || classTests === 0 || codeReads === 0 || lookaheads === 0 || /= input\.charAt\(peg\$currPos\);\s*if \(peg\$r/.test(out)) {
    throw new Error(`grammar-runs: generated parser has an unexpected shape (runs ${zero}+${one}, declared ${declared}/${runs.size}, literals ${literals}, class tests ${classTests}, look-aheads ${lookaheads}, code reads ${codeReads}); update scripts/grammar-runs.mjs`);
  }
  // Loops that still push characters: class repetitions whose value an action reads.
  const remaining = (out.match(/\.push\(s\d+\);\s*s\d+ = input\.charAt/g) ?? []).length;
  return { source: out, stats: { zeroOrMore: zero, oneOrMore: one, literals, remaining, classTests, lookaheads, guardedCalls, codeReads } };
}

// A look-ahead of a single test (`&[class]`, `![class]`, `!.`, `&"literal"`) as Peggy 5 writes it:
// save the position, silence failures, match one character class, any character or literal,
// restore the position and turn the match into success or failure. The matched character (a
// new string for a Han character) and the failure record are never read: the look-ahead is its
// test. `sense` is `!==` for `&` (succeeds on a match), `===` for `!`.
const LOOKAHEAD = new RegExp(
  String.raw`(?<result>s\d+) = peg\$currPos;\s*peg\$silentFails\+\+;\s*` +
    String.raw`(?<test>(?<value>s\d+) = input\.charAt\(peg\$currPos\);\s*if \((?<regex>peg\$r\d+)\.test\(\k<value>\)\) \{\s*peg\$currPos\+\+;\s*\}` +
    String.raw`|if \((?<condition>input\.length > peg\$currPos|input\.charCodeAt\(peg\$currPos\) === \d+|input\.substr\(peg\$currPos, \d+\) === peg\$c\d+)\) \{\s*(?<value2>s\d+) = (?:input\.charAt\(peg\$currPos\)|peg\$c\d+);\s*peg\$currPos(?:\+\+| \+= \d+);\s*\})` +
    String.raw` else \{\s*(?:\k<value>|\k<value2>) = peg\$FAILED;\s*if \(peg\$silentFails === 0\) \{ peg\$fail\(peg\$e\d+\); \}\s*\}\s*` +
    String.raw`peg\$silentFails--;\s*if \((?:\k<value>|\k<value2>) (?<sense>!==|===) peg\$FAILED\) \{\s*` +
    String.raw`(?:peg\$currPos = \k<result>;\s*\k<result> = undefined;\s*\} else \{\s*\k<result> = peg\$FAILED;\s*\}` +
    String.raw`|\k<result> = undefined;\s*\} else \{\s*peg\$currPos = \k<result>;\s*\k<result> = peg\$FAILED;\s*\})`,
  "g",
);

/**
 * The membership table of classes (each a list of inclusive code-unit ranges) as segments:
 * `[start, bits, start, bits, …]`, each segment running to the next one's start (the last to
 * 65,536), `bits` having bit i set where the code units are in class i.
 */
function membershipSegments(memberships) {
  const cuts = new Set([0]);
  for (const ranges of memberships) for (const [low, high] of ranges) cuts.add(low).add(high + 1);
  const starts = [...cuts].filter((cut) => cut < 65536).sort((a, b) => a - b);
  const segments = [];
  for (const start of starts) {
    let bits = 0;
    memberships.forEach((ranges, c) => {
      if (ranges.some(([low, high]) => low <= start && start <= high)) bits = (bits | (1 << c)) >>> 0;
    });
    // A segment with the bits of the one before it only extends it.
    if (segments.length > 0 && segments[segments.length - 1] === bits) continue;
    segments.push(start, bits);
  }
  // Checked against the ranges, entry by entry: the table is what the classes say.
  const table = new Uint32Array(65536);
  for (let i = 0; i < segments.length; i += 2) table.fill(segments[i + 1], segments[i], i + 2 < segments.length ? segments[i + 2] : 65536);
  memberships.forEach((ranges, c) => {
    const member = new Uint8Array(65536);
    for (const [low, high] of ranges) member.fill(1, low, high + 1);
    for (let code = 0; code < 65536; code++) {
      if (((table[code] >>> c) & 1) !== member[code]) throw new Error(`grammar-runs: membership table wrong for class ${c} at U+${code.toString(16)}`);
    }
  });
  return segments;
}

/** Up to this many ranges, a class is tested by comparisons; beyond, by a binary search (single tests) or a table (runs). */
const SMALL_CLASS = 8;

// One class test as Peggy 5 writes it: the character, then the regex on it.
const CLASS_TEST = /(s\d+) = input\.charAt\(peg\$currPos\);\s*if \((peg\$r\d+)\.test\(\1\)\) \{(\s*)peg\$currPos\+\+;/g;

/**
 * Every class the parser declares, with the UTF-16 code units it accepts as ranges: the regex
 * is evaluated on the one-character string of each code unit, so a predicate built from the
 * ranges agrees with it by construction (flags, escapes and negation included).
 */
function classTable(source) {
  const table = new Map();
  for (const [, , name, cls, flags] of source.matchAll(CLASS_CONST)) {
    const regex = new RegExp(`^${cls}`, flags);
    const ranges = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (!regex.test(String.fromCharCode(code))) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === code - 1) last[1] = code;
      else ranges.push([code, code]);
    }
    table.set(name, { ranges });
  }
  return table;
}

/**
 * A function of a code unit, true exactly for the given ranges. NaN (charCodeAt past the end,
 * where charAt gives "" and no class matches) fails every comparison, negated classes included.
 */
function predicateSource(name, ranges) {
  if (ranges.length === 0) return `function ${name}(c) { return false; }`;
  if (ranges.length <= SMALL_CLASS) {
    const tests = ranges.map(([from, to]) => (from === to ? `c === ${from}` : to === 0xffff ? `c >= ${from}` : from === 0 ? `c <= ${to}` : `(c >= ${from} && c <= ${to})`));
    return `function ${name}(c) { return ${tests.join(" || ")}; }`;
  }
  // Many ranges: a binary search over their bounds (start, end + 1, start, end + 1, …).
  const bounds = ranges.flatMap(([from, to]) => [from, to + 1]);
  return `const ${name}$bounds = [${bounds.join(",")}];\n  function ${name}(c) { if (!(c >= 0)) return false; let lo = 0, hi = ${name}$bounds.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (${name}$bounds[mid] <= c) lo = mid + 1; else hi = mid; } return (lo & 1) === 1; }`;
}
