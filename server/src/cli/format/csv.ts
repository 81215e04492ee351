/**
 * CSV for every table the CLI prints (units, targets, coverage): RFC 4180 quoting (a field is
 * quoted when it holds a comma, a quote or a line break), CRLF line ends, and a UTF-8 BOM —
 * without it Excel reads UTF-8 as the local code page and the Chinese comes out garbled.
 */
export function formatCsv(rows: ReadonlyArray<readonly string[]>): string {
  const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return "\uFEFF" + rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}
