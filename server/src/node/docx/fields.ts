import { equationText } from "./equations.js";

/** An open field: its instruction so far, and whether the page shows its result yet. */
interface OpenField {
  instruction: string;
  /** Past w:fldChar separate (or a w:fldSimple, whose content is its result). */
  inResult: boolean;
  /** Text was shown as its result: an EQ field with a result (rare) is not drawn again. */
  shown: boolean;
}

/**
 * Word's fields as the page shows them. A field is w:fldChar begin, its instruction
 * (w:instrText), separate, its result, end — or a w:fldSimple whose content is the result — and
 * fields nest inside an instruction (`{ IF { MERGEFIELD 单位 } = "" … }`). The page shows a
 * field's result and never an instruction, so text is on the page only while every open field
 * is in its result; text met inside an instruction (a nested field's result) belongs to it.
 *
 * An EQ field has no result: Word draws it from its instruction. Plans meet it as 带圈字符
 * (Format → Enclose Characters writes `eq \o\ac(○,11)`), which equations.ts reads as the
 * character the page shows (⑪), so that a numbered list of ⑪, ⑫ … keeps its numbers.
 *
 * An instruction never holds a paragraph mark: a field still in its instruction when its
 * paragraph ends is broken (a begin without its separate or end), and stops hiding what follows,
 * so that a damaged file loses no text.
 */
export class FieldStack {
  private readonly open: OpenField[] = [];

  /** No open field is in its instruction: text here is on the page. */
  get showsText(): boolean {
    for (let i = this.open.length - 1; i >= 0; i--) if (!this.open[i]!.inResult) return false;
    return true;
  }

  begin(): void {
    this.open.push({ instruction: "", inResult: false, shown: false });
  }

  /** A w:fldSimple: its instruction is an attribute, its content the result. */
  beginSimple(instruction: string): void {
    this.open.push({ instruction, inResult: true, shown: false });
  }

  separate(): void {
    const field = this.open[this.open.length - 1];
    if (field) field.inResult = true;
  }

  /** Text of an instruction, or text met inside one: the innermost instruction's. */
  instruction(text: string): void {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const field = this.open[i]!;
      if (!field.inResult) {
        field.instruction += text;
        return;
      }
    }
  }

  /** Text went onto the page inside the innermost field's result. */
  shown(): void {
    const field = this.open[this.open.length - 1];
    if (field) field.shown = true;
  }

  /** The field that ends here; what the page draws for it beyond its result (an EQ field's text), or "". */
  end(): string {
    const field = this.open.pop();
    if (!field || field.shown) return "";
    return equationText(field.instruction) ?? "";
  }

  /** A paragraph ended: a field still in its instruction is broken and hides nothing more. */
  paragraphEnd(): void {
    for (const field of this.open) field.inResult = true;
  }
}
