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

  it("reads a range as picomatch matches it", () => {
    expect(writtenEndings("plans/*.{1..3}")).toEqual([".1", ".2", ".3"]);
    expect(writtenEndings("plans/*.{1..100000}")).toEqual([]);
  });

  it("does not expand a glob whose braces would write thousands of names", () => {
    expect(writtenEndings(`${"{a,b}".repeat(13)}.txt`)).toEqual([".txt"]);
    expect(writtenEndings("{a,b,c,d,e,f,g,h,i,j,k,l,m,n}*.md")).toEqual([".md"]);
  });

  it("takes no ending from an alternative or an escaped brace that writes none", () => {
    expect(writtenEndings("plans/{*.txt,*}")).toEqual([".txt"]);
    expect(writtenEndings("plans/*")).toEqual([]);
    expect(writtenEndings("plans/*.\\{a,b\\}")).toEqual([]);
    // Only the last part names the files' kind.
    expect(writtenEndings("plans.{old,new}/*")).toEqual([]);
  });
});
