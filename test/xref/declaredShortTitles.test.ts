import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents, parentFromPlanText, type ParentDocument } from "../../server/src/core/parents/index";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { planCitedNumbers } from "../../server/src/core/xref/itemCitations";
import { shortTitleDeclarations } from "../../server/src/core/xref/shortTitles";

/**
 * A short title names what the plan declares it for (xref/shortTitles.ts): the parent's numbers
 * follow it only where the declaration names the parent, wherever the short form is 纲要.
 */
const outline = builtinParents().find((each) => each.title === "质量强国建设纲要")!;
const read = (text: string, parent: ParentDocument = outline) => planCitedNumbers(buildPlan(text), parent).map((cited) => cited.text);

describe("the declarations a plan makes", () => {
  it("read the short form as written, in marks or without, and the document before it", () => {
    const text =
      "为落实《国家标准化发展纲要》（以下简称《纲要》）、《“十四五”市场监管现代化规划》（国发〔2021〕30号，以下简称“十四五”规划）和质量强国建设纲要（以下简称质量纲要），制定本方案。";
    const declarations = shortTitleDeclarations(buildPlan(text));
    expect(declarations.map((d) => [d.short, d.full?.title ?? null])).toEqual([
      ["纲要", "国家标准化发展纲要"],
      ["“十四五”规划", "“十四五”市场监管现代化规划"],
      ["质量纲要", null],
    ]);
    expect(declarations[2]!.preceding.endsWith("质量强国建设纲要")).toBe(true);
  });

  it("abbreviate no citation a sentence away", () => {
    const text = "落实《质量强国建设纲要》。市市场监管局（以下简称市局）负责。";
    expect(shortTitleDeclarations(buildPlan(text)).map((d) => [d.short, d.full])).toEqual([["市局", null]]);
  });
});

describe("numbers after a declared short title", () => {
  it("are another outline's where the declaration names another", () => {
    const text = "为落实《国家标准化发展纲要》（以下简称《纲要》），制定本方案。\n一、主要任务\n1.完善标准体系。落实《纲要》第（十七）条，按照纲要第七部分要求推进。\n";
    expect(read(text)).toEqual([]);
  });

  it("are the parent's where the declaration names it, by its title, a citation form or the title without marks", () => {
    expect(read("落实《质量强国建设纲要》（以下简称《纲要》）。按照《纲要》第（十七）条推进。")).toEqual(["第（十七）条"]);
    expect(read("落实《国家标准化发展纲要》（国发〔2021〕30号）（以下简称《纲要》）。按照《纲要》第（十七）条推进。")).toEqual([]);
    expect(read("落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（以下简称《纲要》）。按照纲要第（十七）条推进。")).toEqual(["第（十七）条"]);
    expect(read("贯彻质量强国建设纲要（以下简称质量纲要）。按照质量纲要第（十七）条推进。")).toEqual(["第（十七）条"]);
  });

  it("are read for each outline of a plan that cites two", () => {
    const text =
      "落实《质量强国建设纲要》（以下简称《纲要》）和《国家标准化发展纲要》（以下简称《标准化纲要》）。\n按照《纲要》第（十七）条、标准化纲要第七部分和《标准化纲要》第十条要求，落实纲要第（十八）条。\n";
    expect(read(text)).toEqual(["第（十七）条", "第（十八）条"]);
  });

  it("follow the default before the declaration, and the parent's full title after it", () => {
    const text = "落实纲要第（五）条。对照《国家标准化发展纲要》（以下简称《纲要》）第十条和质量强国建设纲要第（六）条。";
    expect(read(text)).toEqual(["第（五）条", "第（六）条"]);
  });

  it("are a province's parent's where its short title is declared for it", () => {
    const province = parentFromPlanText("江西省质量强省建设纲要\n一、总体要求\n（一）指导思想\n二、主要任务\n（二）加快质量创新。建立创新机制。\n（三）增强竞争能力。开展对标达标。\n", "江西省质量强省建设纲要.plan");
    const text = "落实《江西省质量强省建设纲要》（以下简称《省纲要》）和《质量强国建设纲要》（以下简称《纲要》）。按照《省纲要》第（三）条和省纲要第（二）条，落实《纲要》第（十七）条。";
    expect(read(text, province)).toEqual(["第（三）条", "第（二）条"]);
    expect(read(text)).toEqual(["第（十七）条"]);
  });
});

describe("coverage of a task citing another outline by its short title", () => {
  it("counts nothing for the parent", () => {
    const plan = (declared: string) =>
      `---\n上位文件: 质量强国建设纲要\n---\n示例方案\n落实${declared}（以下简称《纲要》）。\n一、主要任务\n1.深化标准化改革。落实《纲要》第（二十）至（二十二）条，推进团体标准培优。\n`;
    const cited = (text: string) => {
      const { plan: model, parents, knownParents } = analyze(text);
      return coverageOf(model, parents[0]!.parent, parents, knownParents)
        .items.filter((entry) => entry.by.some((by) => by.basis === "cited"))
        .map((entry) => entry.entry.label);
    };
    expect(cited(plan("《国家标准化发展纲要》"))).toEqual([]);
    expect(cited(plan("《质量强国建设纲要》"))).toEqual(["（二十）", "（二十一）", "（二十二）"]);
  });
});
