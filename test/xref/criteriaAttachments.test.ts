import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { taskItems } from "../../server/src/core/xref/tasks";

/**
 * An attachment that sets criteria (××服务站建设标准, 考核评分细则) says what a station or a county
 * must have, not work the plan does (qa-45d: a city's 一站式 plan credited （二十五）健全质量政策制度
 * with its station standard's 建立服务台账和工作制度). An attachment of tasks still holds tasks.
 */
const plan = (attachmentTitle: string) =>
  buildPlan(
    [
      "示例市质量基础设施“一站式”服务提升行动方案",
      "为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。",
      "一、主要任务",
      "（一）建设服务网络。布局建设“一站式”服务站。（责任单位：市市场监管局）",
      "（二）拓展服务功能。整合计量、标准、认证、检验检测服务。（责任单位：市市场监管局）",
      "附件",
      attachmentTitle,
      "一、有固定的服务场所，面积不少于50平方米。",
      "二、建立服务台账和工作制度。",
      "",
    ].join("\n"),
  );
const tasks = (title: string) => taskItems(plan(title)).map((item) => item.heading.text);

describe("an attachment of criteria", () => {
  it("holds no task of the plan", () => {
    expect(tasks("示例市质量基础设施“一站式”服务站建设标准")).toEqual(["建设服务网络", "拓展服务功能"]);
    expect(tasks("“一站式”服务站考核评分细则")).toEqual(["建设服务网络", "拓展服务功能"]);
  });

  it("leaves an attachment of tasks its tasks", () => {
    expect(tasks("示例市质量提升重点任务清单")).toEqual(["建设服务网络", "拓展服务功能", "有固定的服务场所，面积不少于50平方米", "建立服务台账和工作制度"]);
  });
});
