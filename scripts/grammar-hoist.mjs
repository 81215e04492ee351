// Build-time pass over the generated parser (used by scripts/build-grammar.mjs): everything a
// parse does not change is made once per process, not once per parse.
//
// Peggy writes the whole parser inside `peg$parse(input, options)`: its ~300 rule and helper
// functions (closures over the parse's state), ~100 string constants, ~160 expectation objects
// and ~60 regexes are made again on every call. That cost twice:
// - every parse allocated some 30 KB before reading a character — most of the garbage of the
//   language server's re-parse of a few lines per keystroke, and of `markerAt`, which parses
//   eight characters;
// - `peg$parse` itself, called once per plan, grew into a function V8 optimises at great cost
//   (hundreds of closure creations and inlined expectation builders: 0.4 s of background
//   compiling over 1,000 plans in the CLI).
// Here the parse's state (`input`, `options`, the positions, the failure record) becomes
// module-level variables that `peg$parse` sets on entry, and the constants and functions move
// out of it unchanged. A parse runs to its end before another starts: nothing the grammar's
// actions call parses again (the parser is not re-entrant, as no generated parser with module
// state can be).
//
// The pass checks the shape Peggy 5 writes and fails the build on anything else (a Peggy
// upgrade) rather than ship a parser it did not understand.

const OPEN = "\nfunction peg$parse(input, options) {\n";
const CLOSE = "\n}\n\nconst peg$allowedStartRules";
const OPTIONS_DEFAULT = "  options = options !== undefined ? options : {};";
/** Per-parse statements Peggy writes before the constants: they stay in `peg$parse`. */
const PER_PARSE_PRELUDE = ["  const peg$source = options.grammarSource;", "  let peg$startRuleFunction = peg$parseDocument;"];
const STATE_FIRST = "  let peg$currPos = options.peg$currPos | 0;";
const TAIL_FIRST = "  peg$result = peg$startRuleFunction();";

export function hoistParserState(source) {
  const open = source.indexOf(OPEN);
  const close = source.indexOf(CLOSE, open);
  if (open < 0 || close < 0) fail("peg$parse(input, options) not found");
  const lines = source.slice(open + OPEN.length, close).split("\n");
  const at = (line) => {
    const index = lines.indexOf(line);
    if (index < 0) fail(`expected line not found: ${line.trim()}`);
    return index;
  };
  if (lines[0] !== OPTIONS_DEFAULT) fail("peg$parse does not start by defaulting its options");
  const stateFirst = at(STATE_FIRST);
  const startRuleCheck = lines.indexOf("  if (options.startRule) {", stateFirst);
  const stateEnd = lines.indexOf("  }", startRuleCheck);
  const tailFirst = at(TAIL_FIRST);
  if (startRuleCheck < 0 || stateEnd < 0 || !(stateEnd < tailFirst)) fail("the start-rule check is not where expected");

  // Module-level variables: the parse's inputs, the prelude's and the state block's bindings.
  const moduleVariables = ["input", "options"];
  const perParse = [];
  for (const line of PER_PARSE_PRELUDE) {
    const index = at(line);
    if (index > stateFirst) fail(`${line.trim()} is not before the parse state`);
    lines[index] = null;
    perParse.push(asAssignment(line, moduleVariables));
  }
  for (let i = stateFirst; i <= stateEnd; i++) {
    const line = lines[i];
    lines[i] = null;
    // `peg$result` is only read by the tail, which stays in `peg$parse`: it stays local.
    perParse.push(/^ {2}(let|const) peg\$result;$/.test(line) ? line : /^ {2}(let|const) /.test(line) ? asAssignment(line, moduleVariables) : line);
  }
  const hoisted = lines.slice(1, tailFirst).filter((line) => line !== null);
  const tail = lines.slice(tailFirst);

  const before = source.slice(0, open);
  checkNoCollisions(before, hoisted);
  const parse = [
    "function peg$parse(input$, options$) {",
    "  input = input$;",
    "  options = options$ !== undefined ? options$ : {};",
    ...perParse,
    "  try {",
    ...tail.map((line) => (line === "" ? line : `  ${line}`)),
    "  } finally {",
    // The text is not kept past its parse (a plan of many megabytes would stay alive until the
    // next one); a library-mode caller may still call the peg$throw it was handed.
    "    if (!options.peg$library) input = \"\";",
    "  }",
    "}",
  ];
  return [
    before,
    "",
    "// The parse's state, set by peg$parse on entry (see scripts/grammar-hoist.mjs).",
    ...moduleVariables.map((name) => `let ${name};`),
    "",
    ...hoisted,
    "",
    ...parse,
    source.slice(close + 2),
  ].join("\n");
}

/** `  let name = value;` → `  name = value;`, recording `name` as a module-level variable. */
function asAssignment(line, moduleVariables) {
  const match = /^ {2}(?:let|const) (peg\$\w+) = (.*;)$/.exec(line);
  if (!match) fail(`unexpected parse-state line: ${line.trim()}`);
  moduleVariables.push(match[1]);
  return `  ${match[1]} = ${match[2]}`;
}

/** The hoisted declarations must not shadow anything the grammar's top-level code declares. */
function checkNoCollisions(before, hoisted) {
  const declared = (lines, indent) =>
    new Set(lines.flatMap((line) => {
      const match = new RegExp(`^${indent}(?:function|const|let|var|class) ([\\w$]+)`).exec(line);
      return match ? [match[1]] : [];
    }));
  const topLevel = declared(before.split("\n"), "");
  for (const name of declared(hoisted, " {2}")) if (topLevel.has(name) || name === "input" || name === "options") fail(`hoisting ${name} would collide with a top-level declaration`);
}

function fail(message) {
  throw new Error(`grammar-hoist: ${message} (has the Peggy version changed?)`);
}
