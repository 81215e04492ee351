// Build-time pass over the grammar's AST (used by the markDiscardedRuns plugin in
// scripts/grammar-runs.mjs): first-character guards.
//
// Most rule calls fail at once: an element tried where plain text stops (Target at the 高 of
// 高质量, a clause at every bracket of the prose), a marker tried at the start of every line, a
// line break after every unit separator. Each such call cost the call and a failed first test
// per alternative (Comparator has sixteen). From the grammar, what a rule's match can start with
// is known: the code units it can start with (its FIRST set) and, for each of them, the code
// units that can come second. This pass adds to the parser, for every rule that cannot match
// the empty string and starts with few enough code units, a predicate `peg$first$<Rule>(input,
// pos)` that is true wherever the rule could match; `compileRunScans` then tests it before
// each call to the rule. A guard only skips calls that would have failed.
//
// The analysis is conservative: a predicate (`&…`, `!…`, `&{…}`) adds no constraint, a
// case-insensitive literal or `.` may start with anything, and a set too large to list is
// "anything". Guarded calls are skipped only while failures are silent (every call under the
// document rule, which has a display name, and inside look-aheads): where Peggy records what
// it expected, the call is made, so error messages and library-mode results stay the same.

/** A set of code units: sorted, disjoint, inclusive ranges; ANY (null) for every code unit. */
const ANY = null;

/** A rule that may start with more code units than this gets no guard: the test would cost what it saves. */
const SELECTIVE_FIRST = 4096;
/** Second code units are tracked per first code unit only while there are at most this many first ones. */
const PAIR_KEYS = 256;

/**
 * Adds the guards as top-level code of the parser: one `function peg$first$<Rule>(input, pos)`
 * per guarded rule. Returns the names of the guarded rules.
 */
export function addFirstCharacterGuards(ast) {
  const { rules, source } = firstCharacterGuards(ast);
  if (rules.length === 0) return rules;
  const tli = Array.isArray(ast.topLevelInitializer) ? ast.topLevelInitializer[0] : ast.topLevelInitializer;
  // Peggy maps top-level code to a place in the grammar: the guards take the grammar's own top-level code's.
  const node = { type: "top_level_initializer", code: source, codeLocation: tli ? tli.codeLocation : ast.location };
  ast.topLevelInitializer = tli ? [].concat(ast.topLevelInitializer, node) : node;
  return rules;
}

/**
 * The guards: the names of the rules that get one and the source that defines them, one
 * `function peg$first$<Rule>(input, pos)` each. Rules that start alike share a test, and a set
 * of second code units is tested by one function wherever it is asked (what may follow a
 * comparator, a bracket …), so the guards stay a small part of the parser.
 */
export function firstCharacterGuards(ast) {
  const summaries = summarise(ast);
  const functions = [];
  const made = new Map();
  const shared = (k, make) => {
    let name = made.get(k);
    if (name === undefined) {
      name = `peg$firstTest$${made.size}`;
      made.set(k, name);
      functions.push(make(name));
    }
    return name;
  };
  const rules = [];
  const guards = [];
  for (const rule of ast.rules) {
    const summary = summaries.get(rule.name);
    if (summary.nullable || summary.first === ANY || summary.first.length === 0 || size(summary.first) > SELECTIVE_FIRST) continue;
    rules.push(rule.name);
    const test = startTest(summary, shared);
    guards.push(`// Where ${rule.name} can start (scripts/grammar-first.mjs).\nfunction peg$first$${rule.name}(input, pos) { return ${test}(input, pos); }`);
  }
  // The code unit at `pos`; NaN past the end of the input, as charCodeAt gives (but an explicit
  // bound: an optimised read past the end is deoptimised).
  const code = "function peg$firstCode(input, pos) { return pos < input.length ? input.charCodeAt(pos) : NaN; }";
  return { rules, source: [code, ...functions, ...guards].join("\n") };
}

/**
 * What each rule's match can start with: `nullable` (it can match the empty string), `first`
 * (the code units a non-empty match starts with), `single` (those a match of exactly one code
 * unit can be) and `pairs` (for a match of two or more, the code units that can come second,
 * by first code unit; ANY when there are too many first ones to list). A fixpoint over the
 * rules, whose sets only grow.
 */
export function summarise(ast) {
  const EMPTY = { nullable: true, first: [], single: [], pairs: new Map() };
  const rules = new Map(ast.rules.map((rule) => [rule.name, { nullable: false, first: [], single: [], pairs: new Map() }]));
  const of = (node) => {
    switch (node.type) {
      case "rule_ref":
        return rules.get(node.name);
      case "literal": {
        if (node.value === "") return EMPTY;
        if (node.ignoreCase) return { nullable: false, first: ANY, single: ANY, pairs: ANY };
        const c0 = node.value.charCodeAt(0);
        if (node.value.length === 1) return { nullable: false, first: [[c0, c0]], single: [[c0, c0]], pairs: new Map() };
        const c1 = node.value.charCodeAt(1);
        return { nullable: false, first: [[c0, c0]], single: [], pairs: new Map([[c0, [[c1, c1]]]]) };
      }
      case "class": {
        const set = node.ignoreCase || node.unicode ? ANY : classRanges(node);
        return { nullable: false, first: set, single: set, pairs: new Map() };
      }
      case "any":
        return { nullable: false, first: ANY, single: ANY, pairs: new Map() };
      case "sequence": {
        // The summary of the elements so far, extended by one element at a time.
        let acc = EMPTY;
        for (const element of node.elements) acc = then(acc, of(element));
        return acc;
      }
      case "choice":
        return node.alternatives.map(of).reduce(either, { nullable: false, first: [], single: [], pairs: new Map() });
      case "simple_and":
      case "simple_not":
      case "semantic_and":
      case "semantic_not":
        return EMPTY;
      case "optional":
        return { ...of(node.expression), nullable: true };
      case "zero_or_more":
        return { ...repeated(of(node.expression)), nullable: true };
      case "one_or_more":
        return repeated(of(node.expression));
      case "repeated": {
        const min = node.min ?? node.max;
        const summary = repeated(of(node.expression));
        return min.type === "constant" && min.value > 0 ? summary : { ...summary, nullable: true };
      }
      case "text":
      case "labeled":
      case "action":
      case "named":
      case "group":
        return of(node.expression);
      default:
        // library_ref, or a node a later Peggy adds: anything, possibly nothing.
        return { nullable: true, first: ANY, single: ANY, pairs: ANY };
    }
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of ast.rules) {
      const before = rules.get(rule.name);
      const after = either(before, of(rule.expression));
      if (key(after) !== key(before)) {
        rules.set(rule.name, after);
        changed = true;
      }
    }
  }
  return rules;
}

/** `a` then `b`. */
function then(a, b) {
  let pairs = a.pairs === ANY ? ANY : new Map(a.pairs);
  // A one-code-unit match of `a` followed by a non-empty match of `b`: its second code unit is b's first.
  pairs = addPairs(pairs, a.single, b.first);
  if (a.nullable) pairs = mergePairs(pairs, b.pairs);
  return {
    nullable: a.nullable && b.nullable,
    first: a.nullable ? union(a.first, b.first) : a.first,
    single: union(b.nullable ? a.single : [], a.nullable ? b.single : []),
    pairs,
  };
}

/** `a / b`. */
function either(a, b) {
  return { nullable: a.nullable || b.nullable, first: union(a.first, b.first), single: union(a.single, b.single), pairs: mergePairs(a.pairs === ANY ? ANY : new Map(a.pairs), b.pairs) };
}

/** `e+`: a one-code-unit match may be followed by another match of `e`. */
function repeated(e) {
  return { ...e, pairs: addPairs(e.pairs === ANY ? ANY : new Map(e.pairs), e.single, e.first) };
}

/** Adds `seconds` as possible second code units after each code unit of `firsts` (pairs is mutable). */
function addPairs(pairs, firsts, seconds) {
  if (pairs === ANY || (firsts !== ANY && firsts.length === 0)) return pairs;
  if (firsts === ANY || size(firsts) > PAIR_KEYS) return ANY;
  for (const [from, to] of firsts) for (let c = from; c <= to; c++) pairs.set(c, pairs.has(c) ? union(pairs.get(c), seconds) : seconds);
  return pairs.size > PAIR_KEYS ? ANY : pairs;
}

function mergePairs(pairs, more) {
  if (pairs === ANY || more === ANY) return ANY;
  for (const [c, seconds] of more) pairs.set(c, pairs.has(c) ? union(pairs.get(c), seconds) : seconds);
  return pairs.size > PAIR_KEYS ? ANY : pairs;
}

function key(summary) {
  const pairs = summary.pairs === ANY ? "any" : [...summary.pairs].sort((a, b) => a[0] - b[0]);
  return JSON.stringify([summary.nullable, summary.first, summary.single, pairs]);
}

function union(a, b) {
  if (a === ANY || b === ANY) return ANY;
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalise(a.concat(b));
}

function size(ranges) {
  return ranges.reduce((total, [from, to]) => total + to - from + 1, 0);
}

/** Sorted, disjoint, adjacent ranges merged. */
function normalise(ranges) {
  const sorted = ranges.map((range) => [range[0], range[1]]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}

/** A class node's code units (its parts, or their complement for `[^…]`). */
function classRanges(node) {
  const parts = normalise(node.parts.map((part) => (typeof part === "string" ? [part.charCodeAt(0), part.charCodeAt(0)] : [part[0].charCodeAt(0), part[1].charCodeAt(0)])));
  if (!node.inverted) return parts;
  const complement = [];
  let next = 0;
  for (const [from, to] of parts) {
    if (from > next) complement.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= 0xffff) complement.push([next, 0xffff]);
  return complement;
}

/**
 * The name of the function testing where a rule with this summary can start: a switch on the
 * first code unit; where only some code units can follow it, a test of the second. Past the
 * end of the input the code unit is NaN, which no case and no comparison matches (a read past
 * the end would deoptimise).
 */
function startTest(summary, shared) {
  const { first, single, pairs } = summary;
  const read = (offset) => `peg$firstCode(input, pos${offset})`;
  const plain = () => shared(`1:${JSON.stringify(first)}`, (name) => `function ${name}(input, pos) { return ${setTest(first, shared)}(${read("")}); }`);
  if (pairs === ANY || size(first) > PAIR_KEYS) return plain();
  // The second code units allowed after each first one (ANY: whatever follows), grouped by set.
  const bySeconds = new Map();
  for (const [from, to] of first) {
    for (let c0 = from; c0 <= to; c0++) {
      const seconds = contains(single, c0) || !pairs.has(c0) ? ANY : pairs.get(c0);
      const k = JSON.stringify(seconds);
      if (!bySeconds.has(k)) bySeconds.set(k, { seconds, firsts: [] });
      bySeconds.get(k).firsts.push(c0);
    }
  }
  if (bySeconds.size === 1 && bySeconds.values().next().value.seconds === ANY) return plain();
  const cases = [...bySeconds.values()].map(({ seconds, firsts }) => `    ${firsts.map((c0) => `case ${c0}:`).join(" ")} return ${seconds === ANY ? "true" : `${setTest(seconds, shared)}(${read(" + 1")})`};`);
  const k = `2:${cases.join("")}`;
  return shared(k, (name) => `function ${name}(input, pos) {\n  switch (${read("")}) {\n${cases.join("\n")}\n    default: return false;\n  }\n}`);
}

function contains(ranges, c) {
  if (ranges === ANY) return true;
  for (const [from, to] of ranges) if (c >= from && c <= to) return true;
  return false;
}

/**
 * The name of a function of a code unit, true in `ranges` (false for NaN): comparisons for a
 * few ranges, a switch for a set of single code units (V8 compiles it to a search over
 * constants), a binary search over the bounds where there are wide ranges.
 */
function setTest(ranges, shared) {
  return shared(`s:${JSON.stringify(ranges)}`, (name) => {
    if (ranges === ANY) return `function ${name}(c) { return c >= 0; }`;
    if (ranges.length <= 6) return `function ${name}(c) { return ${ranges.length === 0 ? "false" : ranges.map(([from, to]) => (from === to ? `c === ${from}` : to === 0xffff ? `c >= ${from}` : from === 0 ? `(c >= 0 && c <= ${to})` : `(c >= ${from} && c <= ${to})`)).join(" || ")}; }`;
    if (size(ranges) <= 512) {
      const cases = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => `case ${from + i}:`));
      return `function ${name}(c) { switch (c) { ${cases.join(" ")} return true; default: return false; } }`;
    }
    const bounds = ranges.flatMap(([from, to]) => [from, to + 1]);
    return `const ${name}$bounds = [${bounds.join(",")}];\nfunction ${name}(c) { if (!(c >= 0)) return false; let lo = 0, hi = ${name}$bounds.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (${name}$bounds[mid] <= c) lo = mid + 1; else hi = mid; } return (lo & 1) === 1; }`;
  });
}
