/**
 * The places a document's title names as its issuer: 江西 in 中共江西省委 江西省人民政府关于…,
 * 浙江 in 浙江省人民政府关于…, 赣州 in 赣州市人民政府办公室关于…. Two titles that name different
 * issuing places are different documents however alike the rest of their words: every province
 * has its own 关于深化质量强省建设的实施意见, and a city's plan may cite another province's.
 */
export function issuerPlaces(title: string): readonly string[] {
  const places: string[] = [];
  for (const match of title.matchAll(ISSUER)) {
    const place = match[1]!.replace(/^中共/, "");
    if (place.length >= 2 && !places.includes(place)) places.push(place);
  }
  return places;
}

/**
 * A place name, its level and an issuing body. The body is required — 质量强省建设 and 质量强市 name
 * no issuer — and consumed, so that in 中共江西省委江西省人民政府 the next place starts after 委.
 */
const ISSUER = /([\u4e00-\u9fff]{2,8}?)(?:省|市|自治区|自治州|州|县|区)(?:委|人民政府|政府|人大|政协|办公厅|办公室|党委|[\s\u3000、，,])/gu;

/** Whether a citation's title names an issuing place the document's title does not: then it cites another document. */
export function namesOtherIssuer(citation: string, documentTitle: string): boolean {
  const cited = issuerPlaces(citation);
  if (cited.length === 0) return false;
  const own = issuerPlaces(documentTitle);
  return cited.some((place) => !own.includes(place));
}
