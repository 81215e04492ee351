import { isListedPlace } from "./listedPlaces.js";
import { PLACE_SLOT, type UnitEntry } from "./registryEntries.js";

/**
 * What the `××` of a zone's name may hold (××高新区, ××科技园, ××产业园区, ××基地 … with their
 * 管委会). A zone is named after the place it lies in, the industry or theme it was set up for, or
 * both (赣州高新区, 空港工业园区, 水西有色冶金基地, 上饶高铁经济试验区, 台商投资区); a company's name
 * before a zone's kind (京东方科技园, 华为产业园) is a company's park, which no government sets up
 * and no 管委会 governs: units/unknown reports it. The other patterns take any text of a place's
 * form for their slot; a zone's reads it as:
 *
 * - a place the gazetteers list (a prefecture, a district or county by its stem, a province, a
 *   直辖市's district: 赣州, 章贡, 江西, 嘉定);
 * - a place by its shape: its last character a level word (南部县, 阆中市, 萍乡, 赣江新区) or a
 *   word places are named by — water, land, a settlement, a direction (赣江, 三清山, 空港, 屈原,
 *   白沟, 莘庄, 共青城, 水西, 江北, 雄安);
 * - either of these after the province or city it lies in (江西信丰);
 * - any of these, or nothing, followed by industry and theme words (稀土, 有色冶金, 高铁经济,
 *   国际, 综改, 台商), which zones are named by (PARK_THEMES).
 *
 * A level word with an industry and no place (区文化产业园) is a park of the plan's own place
 * (kindNamedZones.ts), read before.
 */

/** The last characters of places' names (water, relief, settlements, directions) and the level words. */
const PLACE_END = new Set(
  "市县区镇乡旗盟省州 山江河湖海湾港岛洲溪川谷坪塘岭峰峪口桥滩源泉水田林坝岗沟庄村城关门寨堡屯营铺集埠渡圩原台坡滨浦沙洋泾陵丘潭池坊里府安宁阳昌 东西南北中部".replace(/\s/g, ""),
);

/**
 * Industry and theme words zones are named by, after their place or alone: the industries of the
 * national outline and of real plans' parks, and the themes of zones set up for a policy
 * (综改 of 山西综改示范区, 台商 of 台商投资区, 高铁经济 of 上饶高铁经济试验区). Longest first, so
 * that a word inside another (信息 of 电子信息) is not taken for the end of the slot.
 */
const PARK_THEMES = [
  "高新技术", "未来", "新技术", "新兴技术", "技术", "高科技", "循环经济", "数字经济", "临空经济", "高铁经济", "经济",
  "电子信息", "信息", "电子", "软件", "大数据", "数字", "智能制造", "智能", "装备制造", "装备", "先进制造", "制造",
  "有色金属", "有色", "冶金", "稀土", "钢铁", "化工", "新材料", "材料", "新能源", "能源", "光伏", "光电", "半导体", "集成电路",
  "生物医药", "中医药", "医药", "生物", "大健康", "健康", "康养", "食品", "现代农业", "农业", "林业", "畜牧", "渔业", "海洋",
  "现代物流", "物流", "商贸", "商务", "跨境电商", "电商", "总部", "金融", "现代服务", "服务", "文化创意", "文创", "创意", "文化",
  "旅游", "体育", "影视", "教育", "科教", "科技", "科学", "创新", "创业", "高新", "纺织", "服装", "鞋业", "家具", "陶瓷", "建材",
  "汽车", "航空", "航天", "船舶", "节能环保", "环保", "节能", "再生资源", "生态", "绿色", "低碳", "出口加工", "加工", "保税", "自贸",
  "自由贸易", "贸易", "边境", "国际", "中央", "综改", "台商", "侨商", "港澳", "产城融合", "融合", "产业", "工业", "现代", "新兴",
].sort((a, b) => b.length - a.length);

/** Whether an entry is a zone's: a place and a zone's kind, governed by a 管委会 (××高新区, ××科技园). */
export function isZoneEntry(entry: UnitEntry): boolean {
  if (!entry.name.startsWith(PLACE_SLOT)) return false;
  if (entry.fullName !== null && entry.fullName.endsWith("管理委员会")) return true;
  return entry.aliases.some((alias) => alias.startsWith(PLACE_SLOT) && alias.endsWith("管委会"));
}

/**
 * Whether a zone's `××` holds what a zone is named after: a place, an industry or theme, or both.
 * A theme word the kind finishes (themeHeadBefore) is read either way: 张江高|科技园区 is 张江's,
 * its theme 高科技 cut in two, but 兴化|工业园区 is 兴化's, whose 化 begins no 化工.
 */
export function mayNameZone(slot: string, kind = ""): boolean {
  const head = themeHeadBefore(slot, kind);
  return (head > 0 && namesZoneUpTo(slot, slot.length - head)) || namesZoneUpTo(slot, slot.length);
}

/** Whether `slot` up to `end` is a place, an industry or theme, or both (the characters from `end` on a theme word's head). */
function namesZoneUpTo(slot: string, end: number): boolean {
  // Industry and theme words at the end, as many as there are (水西 有色 冶金).
  for (let found = true; found && end > 0; ) {
    found = false;
    for (const theme of PARK_THEMES) {
      if (theme.length <= end && slot.startsWith(theme, end - theme.length)) {
        end -= theme.length;
        found = true;
        break;
      }
    }
  }
  if (end === 0) return true;
  const place = end === slot.length ? slot : slot.slice(0, end);
  if (isPlaceByNameOrShape(place)) return true;
  // A place written after the province or city it lies in (江西信丰 of 江西信丰高新技术产业园区).
  for (let at = 2; at <= place.length - 2 && at <= 4; at++) if (isListedPlace(place.slice(0, at)) && isPlaceByNameOrShape(place.slice(at))) return true;
  return false;
}

/**
 * How many characters at the slot's end begin a theme word that the zone's kind finishes: the
 * registry's kinds carry theme words of their own (科技园区), so 张江高科技园区 fills ××科技园区 with
 * 张江高, its theme 高科技 cut in two.
 */
function themeHeadBefore(slot: string, kind: string): number {
  for (const theme of PARK_THEMES) {
    for (let head = theme.length - 1; head >= 1; head--) {
      if (head < slot.length && slot.endsWith(theme.slice(0, head)) && kind.startsWith(theme.slice(head))) return head;
    }
  }
  return 0;
}

/**
 * A place by its listing or its shape. Two characters is the commonest shape of a place's name and
 * no list holds every town, island or quarter a zone is named after (横琴, 紫竹): a two-character
 * ×× is read as a place, and a company's park of two characters (华为科技园) goes unreported — the
 * lesser harm than calling a real zone's committee unknown.
 */
function isPlaceByNameOrShape(place: string): boolean {
  return isListedPlace(place) || place.length === 2 || (place.length > 2 && PLACE_END.has(place.charAt(place.length - 1)));
}
