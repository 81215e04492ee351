/**
 * A WordprocessingML on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`): on when it
 * has no value, off for `false`, `0` or `off` (transitional and strict spellings alike).
 */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !(value === "false" || value === "0" || value === "off");
}
