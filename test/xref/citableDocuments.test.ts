import { describe, expect, it } from "vitest";
import { knownParents } from "../../server/src/core/parents/resolve";
import type { ParentDocument } from "../../server/src/core/parents/types";
import { citableDocuments, closestTitle } from "../../server/src/core/parents/documents";

// Every analysis lists the known parents anew; what xref/title remembers per document and per
// list is found again only if the same parents give the same list.
describe("citableDocuments and closestTitle across analyses", () => {
  it("gives the same list for the same parents, a new one when they change", () => {
    const builtin = citableDocuments(knownParents());
    expect(citableDocuments(knownParents())).toBe(builtin);
    const configured: ParentDocument = { ...knownParents()[0]!, id: "parents/省方案.json", title: "江西省质量强省建设实施方案", aliases: [], docNumber: null, origin: "parents/省方案.json" } as ParentDocument;
    const withFile = citableDocuments([configured, ...knownParents()]);
    expect(withFile).not.toBe(builtin);
    expect(withFile[0]!.title).toBe("江西省质量强省建设实施方案");
    expect(withFile.slice(1).map((d) => d.title)).toEqual(builtin.map((d) => d.title));
    expect(citableDocuments(knownParents())).not.toBe(withFile);
  });

  it("answers a mistyped title as a fresh search does, whichever list asked first", () => {
    const builtin = citableDocuments(knownParents());
    const mistyped = "质量强国建设刚要";
    const first = closestTitle(mistyped, builtin);
    expect(first?.form).toBe("质量强国建设纲要");
    expect(closestTitle(mistyped, builtin)).toBe(first);
    expect(closestTitle("质量强国建设纲要", builtin)).toBeNull();
    expect(closestTitle("某市农村人居环境整治方案", builtin)).toBeNull();
  });
});
