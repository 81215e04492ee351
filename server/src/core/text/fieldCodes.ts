/**
 * Word's fields as a copy brings them in as text (text/field-code): a code shown with Alt+F9 or
 * saved as plain text (`{ PAGE \* MERGEFORMAT }`, a table of contents' `PAGEREF _Toc123 \h`),
 * and the error a broken cross-reference shows (`错误！未定义书签。`). The rule reports them; the
 * punctuation rules leave them alone (punct/prose.ts): a code's quotes and switches are Word's,
 * one defect with one finding.
 */

/** Word's field names (the ones a plan's copy brings), as written in a code: in capitals. */
const FIELD_NAMES = "PAGE|NUMPAGES|SECTIONPAGES|SECTION|PAGEREF|REF|NOTEREF|STYLEREF|HYPERLINK|TOC|TC|SEQ|MERGEFIELD|MERGEFORMAT|DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|FILENAME|AUTHOR|TITLE|INCLUDEPICTURE|INCLUDETEXT|EMBED|LINK|FORMTEXT|FORMCHECKBOX|FORMDROPDOWN|SYMBOL|EQ|ADDIN|QUOTE|IF|DOCPROPERTY|LISTNUM|AUTONUM|AUTONUMLGL";

/**
 * A field error (group 1), a braced code, or a table of contents' unbraced HYPERLINK or PAGEREF
 * with its bookmark (`_Toc…`, `_Ref…`) and switches.
 */
export const FIELD = new RegExp(
  [
    "(错误[！!][ \\t\\u3000]*(?:未定义书签|未找到引用源|超链接引用无效|文档中没有指定样式的文字|书签自引用无效|未找到目录项|未指定书名)[。.]?|Error! (?:Bookmark not defined|Reference source not found|Hyperlink reference not valid|No text of specified style in document)\\.?)",
    `\\{[ \\t\\u3000]*=?[ \\t]*(?:${FIELD_NAMES})(?![A-Za-z])[^{}\\r\\n]*\\}`,
    `(?:HYPERLINK[ \\t]+\\\\l[ \\t]+"_(?:Toc|Ref)[0-9]+"|PAGEREF[ \\t]+_(?:Toc|Ref)[0-9]+(?:[ \\t]+\\\\[hp])*)`,
  ].join("|"),
  "g",
);

/** What every match contains: the quick test before the search. */
export const MAY_HAVE_FIELD = /[{]|HYPERLINK|PAGEREF|错误[！!]|Error!/;

