import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * （二十）提升全面质量管理水平 is a firm's quality management, its people its own staff (全员质量教育培训,
 * 首席质量官, 质量经理、质量工程师、质量技术能手); （二十五）健全质量政策制度 holds 质量人才 and 质量教育,
 * the training of people and the education system. A task that trains people is （二十五）'s; what it
 * teaches (质量管理 of 质量管理培训班) is its course, not the firm's management (mapping.ts
 * `taughtQualifiers`). It counts for （二十） too where it works on a firm's own quality staff — a post the
 * national text lists (培育质量工程师30名: （二十）'s text, the one verified, says 重视质量经理、质量工程师、
 * 质量技术能手队伍建设; taskThings.ts `opensWithPost`) — or holds a course in quality, the 全员质量教育培训
 * (taskThings.ts `trainingItems`); never for officials' training or the education system.
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

it("counts a task that trains people for （二十五）, and for （二十） by the course in quality it holds or the firm's post it develops", () => {
  expect(of(1)).toEqual(["（二十五）", "（二十）"]);
  expect(of(2)).toEqual(["（二十五）", "（二十）"]);
});

it("counts the education system for （二十五）", () => {
  expect(of(3)).toEqual(["（二十五）"]);
});

it("counts the training of a firm's own quality staff for （二十） too, and a firm's quality management for （二十） alone", () => {
  expect(of(4)).toEqual(expect.arrayContaining(["（二十）", "（二十五）"]));
  expect(of(5)).toEqual(["（二十）"]);
});

const courses = creditsOfTasks(`某县2026年质量强县工作要点
为贯彻落实《质量强国建设纲要》，制定本要点。
一、重点工作
1.举办质量提升专题培训。组织企业负责人参加质量提升专题培训，培训150人次。（责任单位：县市场监管局）
2.开展质量培训。全年开展质量培训20场，培训2000人次。（责任单位：县市场监管局）
3.强化质量人才支撑。举办质量管理培训班5期，培训企业管理人员300人次。（责任单位：县市场监管局）
4.加强人才培养。举办标准化、计量、认证认可等专业培训，培训技术人员500人次。（责任单位：县市场监管局）
5.加强人才队伍建设。组织开展质量监管干部培训，培训执法人员200人次。（责任单位：县市场监管局）
6.落实人才引进政策。落实高层次人才引进政策，全年引进人才100名。（责任单位：县委组织部）
`);
const course = (n: number) => courses[n - 1]![1];

it("counts a task that holds a course in quality for （二十）'s 全员质量教育培训, however little its words are like the item", () => {
  expect(course(1)).toEqual(["（二十）"]);
  expect(course(2)).toEqual(["（二十）"]);
  expect(course(3)).toEqual(expect.arrayContaining(["（二十）", "（二十五）"]));
});

it("does not count a course of another field's words, officials' training or talent policy for （二十）", () => {
  expect(course(4)).not.toContain("（二十）");
  expect(course(5)).not.toContain("（二十）");
  expect(course(6)).not.toContain("（二十）");
});
