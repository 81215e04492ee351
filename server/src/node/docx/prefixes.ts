import type { SaxesTagPlain } from "saxes";

const CANONICAL: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
};

/**
 * Word names WordprocessingML's elements `w:…`, and so does every writer a plan comes from, but a
 * prefix is only a name for a namespace: a package writer may bind the namespace to `ns0:` or
 * make it the default. The reader matches names as Word writes them; for a part whose root binds
 * Word's namespaces (transitional or strict) to other prefixes, `open` gives each tag as Word
 * would name it (saxes matches a close tag against the tag it opened, so the tag itself stays),
 * and `name` the name of a tag being closed. A part that uses Word's prefixes is read as it is,
 * at no cost. Bindings made below the root are not followed: no writer makes them for these parts.
 */
export class WordPrefixes {
  // undefined: the root not seen yet; null: the part uses Word's prefixes.
  private renames: Map<string, string> | null | undefined;
  private readonly names = new WeakMap<SaxesTagPlain, SaxesTagPlain>();

  open(tag: SaxesTagPlain): SaxesTagPlain {
    if (this.renames === undefined) this.renames = bindings(tag.attributes as Record<string, string>);
    const map = this.renames;
    if (map === null) return tag;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes as Record<string, string>)) attributes[name.startsWith("xmlns") ? name : renamed(map, name, true)] = value;
    const word = { ...tag, name: renamed(map, tag.name), attributes };
    this.names.set(tag, word);
    return word;
  }

  name(tag: SaxesTagPlain): string {
    return this.renames ? (this.names.get(tag)?.name ?? tag.name) : tag.name;
  }
}

function bindings(attributes: Record<string, string>): Map<string, string> | null {
  const map = new Map<string, string>();
  let other = false;
  for (const [name, value] of Object.entries(attributes)) {
    const canonical = CANONICAL[value];
    if (canonical === undefined || !(name === "xmlns" || name.startsWith("xmlns:"))) continue;
    const prefix = name === "xmlns" ? "" : name.slice(6);
    map.set(prefix, canonical);
    if (prefix !== canonical) other = true;
  }
  return other ? map : null;
}

/** A name with its prefix renamed; an unprefixed attribute stays unprefixed (attributes take no default namespace). */
function renamed(map: Map<string, string>, name: string, attribute = false): string {
  const colon = name.indexOf(":");
  if (colon < 0) return attribute ? name : map.has("") ? `${map.get("")}:${name}` : name;
  const canonical = map.get(name.slice(0, colon));
  return canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
}
