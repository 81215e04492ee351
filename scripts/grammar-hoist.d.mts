/** Moves the generated parser's constants and functions out of peg$parse (see grammar-hoist.mjs). */
export function hoistParserState(source: string): string;
