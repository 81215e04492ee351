import { LEVEL_WORDS, type UnitLevel } from "../units/names.js";
import type { ParentDocument } from "./types.js";

/**
 * The administrative level of a parent document's issuer, as an annotation names a parent by
 * it (`〔对应市方案：（三）〕` in a 区 plan whose parent is its city's plan): the parent's front
 * matter 层级 when it says one, else its issuer's name (中共中央、国务院 → 国家, 赣州市人民政府 →
 * 市, 扬州市江都区人民政府 → 县), else its title's leading place (赣州市深化质量强市建设实施方案
 * → 市). Null when none says.
 */
export function parentLevel(parent: ParentDocument): UnitLevel | null {
  const declared = parent.plan.metadata.level;
  const fromFrontMatter = declared ? LEVELS.find((level) => declared.startsWith(level)) : undefined;
  if (fromFrontMatter) return fromFrontMatter;
  const issuer = parent.issuer ?? parent.plan.metadata.issuer;
  return (issuer ? issuerLevel(issuer) : null) ?? leadingPlaceLevel(parent.title);
}

/** The level of the issuer a cited title names (《中共湖南省委 湖南省人民政府关于…》 → 省, 《长沙市…方案》 → 市), or null. */
export function titleLevel(title: string): UnitLevel | null {
  return issuerLevel(title);
}

const LEVELS: readonly UnitLevel[] = ["国家", "省", "市", "县"];
const NATIONAL = /^(?:中共中央|国务院|全国|国家)/;
const LEVEL_WORD = "(自治区|自治州|省|市|州|盟|区|县|旗)";
/** A place, its level word and an issuing body: the body says which of several level words is the issuer's. */
const ISSUING_BODY = new RegExp(`[\\u4e00-\\u9fff]{2,8}?${LEVEL_WORD}(?:委(?!员)|人民政府|政府|人大|政协|办公厅|办公室|党委)`, "u");
/** The place a name opens with: 抚州市 in 抚州市市场监督管理局. */
const LEADING_PLACE = new RegExp(`^(?:中共)?([\\u4e00-\\u9fff]{2,8}?)${LEVEL_WORD}`, "u");

function issuerLevel(issuer: string): UnitLevel | null {
  if (NATIONAL.test(issuer)) return "国家";
  // Of 扬州市江都区人民政府, the body is the 区's; the last place before a body is the issuer's.
  let level: UnitLevel | null = null;
  let rest = issuer;
  for (let match = ISSUING_BODY.exec(rest); match; match = ISSUING_BODY.exec(rest)) {
    level = levelOfWord(match[1]!);
    rest = rest.slice(match.index + match[0].length);
  }
  return level ?? leadingPlaceLevel(issuer);
}

function leadingPlaceLevel(name: string): UnitLevel | null {
  const match = LEADING_PLACE.exec(name);
  // A title that opens with the genre's slogan (质量强市建设…) names no place: no place ends in 强.
  if (!match || match[1]!.endsWith("强") || match[1]!.includes("关于")) return null;
  return levelOfWord(match[2]!);
}

function levelOfWord(word: string): UnitLevel | null {
  return word === "自治州" ? "市" : (LEVEL_WORDS.get(word) ?? null);
}
