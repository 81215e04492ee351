/**
 * An autonomous area's full name read by its shape: its place, the peoples it is named for and
 * 自治州, 自治县 or 自治旗 (黔东南苗族侗族自治州, 恩施土家族苗族自治州, 延边朝鲜族自治州, 北川羌族自治县).
 * Its plans and its bodies write the place alone before the level word (黔东南州, 恩施州, 北川县),
 * so the place is the same whichever form an issuer or a title writes. No list of the areas: a
 * new one reads as the ones before it. The peoples are named, not guessed from a 族: 黔东南苗族
 * and 西双版纳傣族 leave nothing to tell the place's last character from a people's first
 * (南苗族, 版纳傣族), and some names leave the 族 out (博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
 */

/**
 * The 55 minority peoples, as an autonomous area's name writes them before 族 (or without it). A
 * longer name before one it begins with (土家 before 土), though the match backtracks either way.
 */
const PEOPLES = [
  "柯尔克孜", "乌孜别克", "鄂伦春", "达斡尔", "鄂温克", "哈萨克", "塔吉克", "塔塔尔", "维吾尔", "俄罗斯",
  "土家", "布依", "朝鲜", "蒙古", "景颇", "哈尼", "傈僳", "纳西", "撒拉", "保安", "东乡", "裕固", "仡佬",
  "仫佬", "毛南", "拉祜", "独龙", "普米", "基诺", "德昂", "阿昌", "布朗", "锡伯", "门巴", "珞巴", "赫哲", "高山",
  "苗", "侗", "彝", "藏", "羌", "回", "傣", "白", "壮", "黎", "瑶", "满", "土", "水", "畲", "佤", "怒", "京",
].join("|");

/** What follows an autonomous area's place before its level word: its peoples and 自治 (苗族侗族自治 of 黔东南苗族侗族自治州). */
export const PEOPLES_AND_AUTONOMY = `(?:(?:${PEOPLES})族?)+自治`;

/** An autonomous prefecture's full name (恩施土家族苗族自治州), as a place above a county's in an issuer or a title. */
export const AUTONOMOUS_PREFECTURE = `[\u4e00-\u9fff]{2,4}?${PEOPLES_AND_AUTONOMY}州`;
