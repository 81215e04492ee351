import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A heading that names one item by its title (加快质量技术创新应用, （十九）'s) over a body that works on
 * another throughout (推广先进质量管理方法…培训企业质量管理人员: （二十）提升全面质量管理水平's) counts for
 * both (coverage.ts `titleHeadingOverBody`); a body that says 质量管理 in passing, or that names the
 * heading's item by the words the two share (检验检测 of （十六）'s 科技服务), counts for the heading's alone.
 */
const credits = new Map(
  creditsOfTasks(`某市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.加快质量技术创新应用。推广先进质量管理方法，每年培训企业质量管理人员1000人次。
2.加快质量技术创新应用。支持企业建设质量技术创新中心，开展重大质量改进项目，加强质量管理。
3.提高生产服务专业化水平。推动检验检测机构开放共享，发展计量、认证认可服务。
`).map(([heading, labels], i) => [`${i + 1}.${heading}`, labels]),
);

it("counts a body that works on another item throughout for it beside the heading's", () => {
  expect(credits.get("1.加快质量技术创新应用")).toEqual(["（十九）", "（二十）"]);
});

it("does not count a clause in passing or a body in the heading's item's own words", () => {
  expect(credits.get("2.加快质量技术创新应用")).toEqual(["（十九）"]);
  expect(credits.get("3.提高生产服务专业化水平")).toEqual(["（十六）"]);
});
