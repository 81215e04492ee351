/**
 * What ends a clause of a task's body for the coverage readings: a sentence's end, a semicolon, a
 * comma. coverage.ts and taskThings.ts read a body clause by clause alike (a keyword one clause
 * writes, the thing one clause's verb takes); one pattern, so that they cut the same clauses.
 */
export const BODY_CLAUSE_END = /[。；;，,！？!?\n]/;
