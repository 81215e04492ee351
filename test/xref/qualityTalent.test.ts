import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * （二十）提升全面质量管理水平 is a firm's quality management, its people its own staff (全员质量教育培训,
 * 首席质量官, 质量经理、质量工程师、质量技术能手); （二十五）健全质量政策制度 holds 质量人才 and 质量教育,
 * the training of people and the education system. A task that trains people is （二十五）'s; what it
 * teaches (质量管理 of 质量管理培训班) is its course, not the firm's management (mapping.ts
 * `taughtQualifiers`), and it counts for （二十） only where it works on a firm's own quality staff.
 */
const credits = creditsOfTasks(`某县2026年质量强县工作要点
为贯彻落实《质量强国建设纲要》，制定本要点。
一、重点工作
1.加强质量人才队伍建设。开展质量管理培训，培育质量工匠。（责任单位：县人力资源社会保障局）
2.加强质量人才培养。依托县职业中专开设质量管理培训班，培育质量工程师30名。（责任单位：县人力资源社会保障局、县市场监管局）
3.加强质量人才培养。推动高校开设质量相关学科专业，将质量教育纳入职业教育和干部教育培训，完善质量教育体系。（责任单位：县教育体育局）
4.加强企业质量人才培养。实施企业首席质量官培训，培养质量工程师和质量技术能手。（责任单位：县市场监管局）
5.引导企业建立首席质量官制度。推动规模以上工业企业设立首席质量官，推广卓越绩效管理模式。（责任单位：县市场监管局）
`);
const of = (n: number) => credits[n - 1]![1];

it("counts a task that trains people for （二十五）, not for the course it teaches", () => {
  expect(of(1)).toEqual(["（二十五）"]);
  expect(of(2)).toEqual(["（二十五）"]);
});

it("counts the education system for （二十五）", () => {
  expect(of(3)).toEqual(["（二十五）"]);
});

it("counts the training of a firm's own quality staff for （二十） too, and a firm's quality management for （二十） alone", () => {
  expect(of(4)).toEqual(expect.arrayContaining(["（二十）", "（二十五）"]));
  expect(of(5)).toEqual(["（二十）"]);
});
