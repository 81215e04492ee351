/** C0 controls, DEL and C1 controls: what a terminal may act on instead of showing. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same but the line feed, for text made of lines (stderr's messages). */
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const visible = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;

/**
 * Plan text (a unit name, a heading, a fix's description) and file names as a terminal may show
 * them: each control character written as `\xHH`. A plan pasted from a web page, or a file name
 * in a shared folder, can hold escape sequences — `ESC]0;…BEL` retitles the window, `ESC[2J`
 * clears the screen — and the human-readable formats print both; the reader sees what is in
 * the file instead. JSON and SARIF escape them already; a format with escaping of its own
 * (GitHub's `%0A`) applies that first.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, visible);
}

/** `printable`, keeping the line breaks of a message of several lines. */
export function printableLines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, visible);
}
