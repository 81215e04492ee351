import { describe, expect, it } from "vitest";
import { writtenEndings } from "../../server/src/cli/globEndings";

describe("the endings a glob writes out", () => {
  it("reads one ending, or one per alternative of a brace group", () => {
    expect(writtenEndings("plans/*.txt")).toEqual([".txt"]);
    expect(writtenEndings("plans/*.{plan,txt}")).toEqual([".plan", ".txt"]);
    expect(writtenEndings("plans/**/方案*.{docx,txt,md}")).toEqual([".docx", ".txt", ".md"]);
    expect(writtenEndings("plans/{a,b}.txt")).toEqual([".txt"]);
    expect(writtenEndings("*.{plan.txt,{md,markdown}}")).toEqual([".txt", ".md", ".markdown"]);
  });

  it("takes no ending from an alternative, a range or an escaped brace that writes none", () => {
    expect(writtenEndings("plans/{*.txt,*}")).toEqual([".txt"]);
    expect(writtenEndings("plans/*")).toEqual([]);
    expect(writtenEndings("plans/*.{1..3}")).toEqual([]);
    expect(writtenEndings("plans/*.\\{a,b\\}")).toEqual([]);
    // Only the last part names the files' kind.
    expect(writtenEndings("plans.{old,new}/*")).toEqual([]);
  });
});
