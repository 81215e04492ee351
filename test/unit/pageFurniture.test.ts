import { describe, expect, it } from "vitest";
import { fitsLabel, furnitureKindOf, metadataCellsOf } from "../../server/src/core/model/pageFurniture";

describe("web-page furniture", () => {
  it.each([
    ["当前位置：首页 > 政务公开 > 正文", "breadcrumb"],
    ["首页 » 信息公开", "breadcrumb"],
    ["索引号：\t11360700MB1234567X/2023-01234\t主题分类：\t市场监管", "metadata"],
    ["发布时间：2023-05-06 来源：市政府办公室 浏览次数：", "metadata"],
    ["成文日期", "metadata"],
    // Sites justify a label to the width of the longest by spaces between its characters.
    ["索 引 号：11361025MB1234567X/2024-00123", "metadata"],
    ["索\u3000引\u3000号：11361025MB1234567X/2024-00123\t发布机构：县政府办", "metadata"],
    ["文　　号：广府字〔2024〕15号", "metadata"],
    // A two-character label justified to a four-character one's width: four half-width spaces.
    ["文    号：东政办发〔2024〕21号          主 题 词：", "metadata"],
    ["来      源：区府办", "metadata"],
    ["【字体：大 中 小】 打印 关闭", "furniture"],
    ["[ 打印 ] [ 关闭 ]", "furniture"],
    ["扫一扫在手机打开当前页", "furniture"],
    ["分享到：", "furniture"],
    // The whole bar on one line, ending on 分享到's colon.
    ["【字体：大 中 小】 打印本页 关闭窗口 分享到：", "furniture"],
    ["0人觉得有用", "furniture"],
    // A WeChat 公众号 article: its call to follow, its byline (a date with a time of day), its bars.
    ["点击蓝字 关注我们", "furniture"],
    ["赣州发布 2024-03-06 08:30 发表于江西", "furniture"],
    ["原创 示例市市场监管局 2024年03月06日 08:30 江西", "furniture"],
    ["阅读原文", "furniture"],
    ["长按识别二维码关注", "furniture"],
    ["微信号：ganzhoufabu", "furniture"],
    ["分享收藏在看点赞", "furniture"],
    // A mail app's signature under a forwarded text: no web page's, named apart.
    ["发自我的iPhone", "mailFooter"],
    ["Sent from my Huawei Mobile", "mailFooter"],
    ["发自网易邮箱大师", "mailFooter"],
    ["示例市质量强市建设实施方案.docx", "fileName"],
    ["附件：示例市实施方案（征求意见稿）.pdf (186.5KB)", "fileName"],
  ])("%s is %s", (line, kind) => {
    expect(furnitureKindOf(line)).toBe(kind);
  });

  it.each([
    "示例市质量强市建设实施方案",
    "来源：国家统计局公布的年度数据。",
    "来源于群众、服务群众",
    "打印机、复印机等办公设备质量抽查",
    "关闭落后产能，推动绿色发展。",
    "2023年5月6日",
    "示例市人民政府办公室",
    "（2023—2025年）",
    "标题：示例市质量强市建设实施方案",
    "会议时间：2024年3月6日 9:30",
    "各单位于2024年3月6日 17:00前报送工作进展。",
    "会议定于2024年3月6日 9:30召开",
    "推荐一批质量标杆企业。",
  ])("%s is not furniture", (line) => {
    expect(furnitureKindOf(line)).toBeNull();
  });

  it("splits a row into its label：value cells", () => {
    expect(metadataCellsOf("发布时间：2023-05-06 来源：市政府办公室 浏览次数：").map((c) => [c.label, c.value])).toEqual([
      ["发布时间", "2023-05-06"],
      ["来源", "市政府办公室"],
      ["浏览次数", ""],
    ]);
    expect(metadataCellsOf("成文日期\t2023年05月06日\t发布日期\t2023年05月08日").map((c) => c.value)).toEqual(["2023年05月06日", "2023年05月08日"]);
  });

  it("reads a label justified by spaces as the label itself", () => {
    expect(metadataCellsOf("文    号：东政办发〔2024〕21号          主 题 词：").map((c) => [c.label, c.value])).toEqual([
      ["文号", "东政办发〔2024〕21号"],
      ["主题词", ""],
    ]);
    expect(metadataCellsOf("索 引 号：11361025MB/2024-00123　成 文 日 期：2024年05月18日").map((c) => [c.label, c.value])).toEqual([
      ["索引号", "11361025MB/2024-00123"],
      ["成文日期", "2024年05月18日"],
    ]);
  });

  it("ends a cell's value at the gap before a label the list does not know (信息形式：, a site's own word)", () => {
    expect(metadataCellsOf("发布机构：东城区人民政府办公室          信息形式：文本").map((c) => [c.label, c.value])).toEqual([["发布机构", "东城区人民政府办公室"]]);
    // 发文日期 is a label the list knows: a cell of its own, whose date is kept (as a 成文日期 row's).
    expect(metadataCellsOf("发布机构：东城区人民政府办公室          发文日期：2024年06月18日").map((c) => [c.label, c.value])).toEqual([
      ["发布机构", "东城区人民政府办公室"],
      ["发文日期", "2024年06月18日"],
    ]);
    expect(metadataCellsOf("发布机构：东城区人民政府办公室\u3000\u3000信息形式：文本").map((c) => c.value)).toEqual(["东城区人民政府办公室"]);
    // A value with a gap but no label after it is kept whole.
    expect(metadataCellsOf("发布机构：中共东城区委  东城区人民政府").map((c) => c.value)).toEqual(["中共东城区委  东城区人民政府"]);
  });

  it("takes the next line as a lone label's value only when it fits", () => {
    expect(fitsLabel("成文日期", "2023年05月06日", false)).toBe(true);
    expect(fitsLabel("成文日期", "示例市质量强市建设实施方案", true)).toBe(false);
    expect(fitsLabel("浏览次数", "示例市质量强市建设实施方案", true)).toBe(false);
    expect(fitsLabel("索引号", "11360700MB1234567X/2023-01234", false)).toBe(true);
    expect(fitsLabel("主题分类", "市场监管", true)).toBe(true);
    expect(fitsLabel("主题分类", "示例市质量强市建设实施方案", false)).toBe(false);
  });
  it("reads a row of cells whose first label is the site's own word (时间：) as metadata by the known label after the gap", () => {
    expect(furnitureKindOf("时间：2024-05-06\u3000\u3000来源：区府办\u3000\u3000阅读次数：568")).toBe("metadata");
    expect(furnitureKindOf("日期：2024-05-06 10:12  来源：区府办  字号：大 中 小")).toBe("metadata");
    // A line's own X： without a known label after a gap, or a sentence, is none.
    expect(furnitureKindOf("时间：2024年5月6日  地点：市政府三楼会议室")).toBeNull();
    expect(furnitureKindOf("目标：到2025年  来源：统计局数据显示合格率达到95%。")).toBeNull();
  });
});

describe("an image or video an article's copy left on its line", () => {
  it("is the page's: the word alone, or with its caption", () => {
    for (const line of ["图片", "图片：南溪县质量强县建设推进会现场", "视频", "图源：县融媒体中心"]) expect(furnitureKindOf(line)).toBe("furniture");
  });

  it("leaves the plan's words about images and videos alone", () => {
    for (const line of ["图片资料由各单位报送。", "图片：见附件3。", "视频监控覆盖率达到95%", "图片和视频资料"]) expect(furnitureKindOf(line)).toBeNull();
  });
});
