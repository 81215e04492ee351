/**
 * What makes a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, a tab or a carriage
 * return first (OWASP, “CSV Injection”). A unit name or a task pasted as
 * `=HYPERLINK(…)` or `@SUM(…)` would run when a reviewer opens the table in Excel or WPS.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (`-5`, `+0.5`, `-3%`) is a value, not a formula: it is left as a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%?$/;

/**
 * CSV for every table the CLI prints (units, targets, coverage): RFC 4180 quoting (a field is
 * quoted when it holds a comma, a quote or a line break), CRLF line ends, and a UTF-8 BOM —
 * without it Excel reads UTF-8 as the local code page and the Chinese comes out garbled. A field
 * a spreadsheet would take for a formula gets a leading `'`, the mitigation OWASP recommends and
 * CSV exporters apply: Excel and WPS then show the text instead of evaluating it (the `'` is
 * seen by other readers of the file). Otherwise the fields are the data as it is.
 */
export function formatCsv(rows: ReadonlyArray<readonly string[]>): string {
  const field = (text: string) => {
    const value = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return "\uFEFF" + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
