import { describe, expect, it } from "vitest";
import { readSeed, type SeedName } from "../support/seeds";
import { recovery, stripMarkers, type MarkerLevel } from "../support/stripMarkers";

/**
 * The seeds as a web page gives them that renders Word's automatic numbering with CSS: the
 * markers of one level or more are gone on copy. The model reads lost markers back from the
 * structure (model/lostTaskRuns.ts, lostChapters.ts, lostMarkers.ts); these are the shares of
 * each seed's outline it recovers (recall), and it must read no sentence as a heading
 * (precision). The floors are what the reading reaches; they only go up.
 */
const CASES: Array<{ levels: MarkerLevel[]; floors: Partial<Record<SeedName, number>> }> = [
  // Every task's 1. lost. Fuzhou's groups are bold lead-in headings (（一）贯彻新发展理念，…。) over
  // tasks, and the only numbered tasks left are its last chapter's （一）加强党的领导。…: 13 of 30.
  { levels: [3], floors: { "fuzhou-2023-draft": 0.9, "ganzhou-2024": 0.87, "jiangxi-2016": 1, "nanjing-2023": 1, "chengdu-2023-draft": 1 } },
  // Every group's （一） lost. Jiangxi numbers its tasks as groups, so none is numbered then: their
  // verbs after an adverb (积极推动, 大力培养) and a task's sentence broken by a blank line were
  // read as prose (7 of 16); its last chapter closes with a paragraph of prose after its tasks.
  // Chengdu, Fuzhou and Ganzhou keep their chapters' 一、 and tasks' 1.: the groups' heading lines
  // over the tasks (推动质量变革创新，提高经济发展质量效益; 贯彻新发展理念，…新动能。) were read as
  // text (29 of 43, 20 of 30, 29 of 39). Ganzhou's 保障措施 are lead-ins without clauses, and
  // Fuzhou's last chapter ends in a web page's 标签 line: those groups stay text.
  { levels: [2], floors: { "jiangxi-2016": 0.75, "chengdu-2023-draft": 1, "fuzhou-2023-draft": 0.85, "ganzhou-2024": 0.9, "nanjing-2023": 1 } },
];

describe.each(CASES)("the seeds without the markers of levels $levels", ({ levels, floors }) => {
  it.each(Object.entries(floors))("%s keeps its outline", (name, floor) => {
    const text = readSeed(name as SeedName);
    const { recall, precision } = recovery(text, levels);
    expect(recall).toBeGreaterThanOrEqual(floor);
    expect(precision).toBe(1);
  });
});

describe("stripMarkers", () => {
  it("takes the given levels' markers off every line's start and nothing else", () => {
    const text = "一、总体要求\n（一）指导思想\n　　1. 加强质量攻关，增长1.5%。\n2025年目标\n（1）子项\n";
    expect(stripMarkers(text, [1, 3])).toBe("总体要求\n（一）指导思想\n　　加强质量攻关，增长1.5%。\n2025年目标\n（1）子项\n");
    expect(stripMarkers(text, [2, 4])).toBe("一、总体要求\n指导思想\n　　1. 加强质量攻关，增长1.5%。\n2025年目标\n子项\n");
  });
});
