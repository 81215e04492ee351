import table from "./districts.json";
import municipalityTable from "./municipality-districts.json";

/**
 * The districts, counties and county-level cities of the prefectures the plans at hand come
 * from (`districts.json`: 江西, 江苏, 浙江, 四川 and 广东's cities, by the city's name without 市; a
 * key that starts with _ is the file's notes, which say what is unconfirmed), so a
 * city bureau's district 分局 (市生态环境局章贡分局) can be checked against the city's districts.
 * Only where the city is listed, and only a place that is another listed city's district and
 * none of this one's is said to be wrong: a 分局 is also named after a development zone
 * (经开区分局), a part of town or a street (城东分局), which no list of districts holds.
 */

interface DistrictIndex {
  /** Each city's districts by stem (章贡 of 章贡区), with the name in full. */
  byCity: Map<string, Map<string, string>>;
  /** For each stem, the cities it is a district of. */
  citiesOf: Map<string, string[]>;
}

let index: DistrictIndex | null = null;

/** Built on first use: most plans name no district 分局. */
function districts(): DistrictIndex {
  if (index !== null) return index;
  const byCity = new Map<string, Map<string, string>>();
  const citiesOf = new Map<string, string[]>();
  for (const [city, names] of Object.entries(table as Record<string, string[]>)) {
    if (city.startsWith("_")) continue;
    const stems = new Map<string, string>();
    for (const name of names) {
      for (const stem of stemsOf(name)) {
        stems.set(stem, name);
        const cities = citiesOf.get(stem) ?? [];
        if (!cities.includes(city)) cities.push(city);
        citiesOf.set(stem, cities);
      }
    }
    byCity.set(city, stems);
  }
  return (index = { byCity, citiesOf });
}

/**
 * How a district's name is written before 分局: in full (章贡区), or without its level word
 * where two characters or more are left (章贡; 高县 stays 高县), an autonomous county by its
 * place alone (北川 of 北川羌族自治县).
 */
function stemsOf(name: string): string[] {
  const autonomous = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治县$/u.exec(name);
  if (autonomous) return [name, autonomous[1]!];
  const stem = name.slice(0, -1);
  return stem.length >= 2 && /[区县市]$/u.test(name) ? [name, stem] : [name];
}

/** The city's name without 市 (赣州 of 赣州市), as the table keys it. */
function cityKey(city: string): string {
  return city.endsWith("市") && city.length > 2 ? city.slice(0, -1) : city;
}

/** Whether a place is a listed city's district, county or county-level city, by a name stemsOf gives (南山, 南山区). */
export function isListedDistrict(place: string): boolean {
  return districts().citiesOf.has(place);
}

/** The city a district belongs to, where exactly one listed city has a district of that name (章贡 → 赣州). */
export function cityOfDistrict(place: string): string | null {
  const cities = districts().citiesOf.get(place);
  return cities !== undefined && cities.length === 1 ? cities[0]! : null;
}

/** What is wrong with a 分局's place in a city: the listed district of another city it names. */
export interface ForeignDistrict {
  /** The district in full (东湖区). */
  district: string;
  /** The cities it is a district of (南昌). */
  cities: readonly string[];
}

/** The cities a foreign district belongs to, as a message names them: 南昌市, or 南昌市、九江市. */
export function ownersOf(foreign: ForeignDistrict): string {
  return foreign.cities.map((owner) => `${owner}市`).join("、");
}

/**
 * The other cities' district a 分局's place names where the city's districts are listed and
 * none of them is that place; null where the place is one of the city's, the city is not
 * listed, or the place is no listed district (a zone, a part of town). A district of one
 * character and its level word (东区, 高县) is no evidence: such a name is a part of many towns.
 */
export function foreignDistrict(place: string, city: string): ForeignDistrict | null {
  const { byCity, citiesOf } = districts();
  const own = byCity.get(cityKey(city));
  if (own === undefined || own.has(place)) return null;
  const cities = citiesOf.get(place);
  if (cities === undefined) return null;
  const district = byCity.get(cities[0]!)!.get(place)!;
  if (district.length < 3) return null;
  return { district, cities };
}

/**
 * The level word a listed place is written with (赣州 → 市, 章贡 → 区, 于都 → 县, 瑞金 → 市), or
 * null where the table does not list it or lists it with two (a stem that is a district of one
 * city and a county of another).
 */
export function levelWordOfPlace(place: string): string | null {
  const { byCity, citiesOf } = districts();
  if (byCity.has(place)) return "市";
  const cities = citiesOf.get(place);
  if (cities === undefined) return null;
  let word: string | null = null;
  for (const city of cities) {
    const full = byCity.get(city)!.get(place)!;
    if (full === place) return null;
    const own = full.charAt(full.length - 1);
    if (word !== null && word !== own) return null;
    word = own;
  }
  return word;
}

/** The stems of a listed city's districts, counties and county-level cities (章贡, 南康, 于都 …); none for a city not listed. */
export function districtStemsOf(city: string): readonly string[] {
  const stems = districts().byCity.get(cityKey(city));
  return stems === undefined ? [] : [...stems.keys()];
}

/**
 * The district, county or county-level city of the listed prefecture `city` (赣州, 赣州市) a place
 * names, in full (南康 → 南康区); null where the city is not listed or has none of that name.
 */
export function districtOfCity(city: string, place: string): string | null {
  return districts().byCity.get(cityKey(city))?.get(place) ?? null;
}

/**
 * Whether a listed place is a county-level city (瑞金 of 赣州, 贵溪 of 鹰潭): a district of a
 * listed prefecture written with 市, never a prefecture itself.
 */
export function isCountyLevelCity(place: string): boolean {
  const { byCity, citiesOf } = districts();
  if (byCity.has(place)) return false;
  const cities = citiesOf.get(place);
  return cities !== undefined && cities.every((city) => byCity.get(city)!.get(place)!.endsWith("市"));
}

interface MunicipalityIndex {
  /** For each stem, the 直辖市 it is a district or county of. */
  citiesOf: Map<string, string[]>;
  /** Each 直辖市's districts and counties by stem (渝北 of 渝北区), with the name in full. */
  byCity: Map<string, Map<string, string>>;
}

let municipalityIndex: MunicipalityIndex | null = null;

/** Built on first use: only a 直辖市's plans and plans that name no city ask. */
function municipalities(): MunicipalityIndex {
  if (municipalityIndex !== null) return municipalityIndex;
  const citiesOf = new Map<string, string[]>();
  const byCity = new Map<string, Map<string, string>>();
  for (const [city, names] of Object.entries(municipalityTable as Record<string, string[]>)) {
    if (city.startsWith("_")) continue;
    const stems = new Map<string, string>();
    for (const name of names) {
      for (const stem of stemsOf(name)) {
        citiesOf.set(stem, [...(citiesOf.get(stem) ?? []), city]);
        stems.set(stem, name);
      }
    }
    byCity.set(city, stems);
  }
  return (municipalityIndex = { citiesOf, byCity });
}

/**
 * The 直辖市 (上海) whose district or county a place is (嘉定, 嘉定区; `municipality-districts.json`),
 * where no listed prefecture has one of that name: 普陀 is 舟山's too, and says no city.
 */
export function municipalityOfDistrict(place: string): string | null {
  const cities = municipalities().citiesOf.get(place);
  return cities !== undefined && cities.length === 1 && !isListedDistrict(place) ? cities[0]! : null;
}

/**
 * The district or county of the 直辖市 `city` (重庆, 重庆市) a place names, in full (江北 → 江北区);
 * null where the city is no 直辖市 or has none of that name. Within the city's own plans a name
 * another prefecture's district shares (宁波's 江北区) is the city's: its plan says where it is.
 */
export function districtOfMunicipality(city: string, place: string): string | null {
  return municipalities().byCity.get(cityKey(city))?.get(place) ?? null;
}
