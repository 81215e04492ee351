import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { addresseeOf } from "../../server/src/core/model/addressee";

const NOTICE = "示例市人民政府关于印发示例市质量强市建设实施方案的通知\n";
const BODY = "现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标。加强质量工作。\n";

function addressee(line: string) {
  const plan = analyze(`${NOTICE}\n${line}\n${BODY}`).plan;
  const found = addresseeOf(plan);
  return found && { names: plan.text.slice(found.start, found.end), colon: found.colon };
}

describe("the notice's 主送机关 (model/addressee.ts)", () => {
  it("reads the names after the notice's title and the colon after them, if any", () => {
    expect(addressee("各县（市、区）人民政府，市政府各部门，市属、驻市各单位：")).toEqual({ names: "各县（市、区）人民政府，市政府各部门，市属、驻市各单位", colon: "full" });
    expect(addressee("各区人民政府，市政府各部门")).toEqual({ names: "各区人民政府，市政府各部门", colon: null });
    expect(addressee("市市场监管局:")).toEqual({ names: "市市场监管局", colon: "half" });
  });

  it("is no 主送机关 when the line is a sentence, a title or anything but bodies", () => {
    expect(addressee("为推进质量强市建设，制定本方案。")).toBeNull();
    expect(addressee("示例市质量强市建设实施方案")).toBeNull();
    expect(addressee("各区人民政府，质量工作")).toBeNull();
  });

  it("is none where no notice's text follows the line, or no notice comes first", () => {
    const plan = analyze(`${NOTICE}各区人民政府，市政府各部门\n示例市质量强市建设实施方案\n一、总体要求\n`).plan;
    expect(addresseeOf(plan)).toBeNull();
    expect(addresseeOf(analyze(`各区人民政府，市政府各部门\n${BODY}`).plan)).toBeNull();
  });
});
