import { analyze } from "../core/analyze.js";
import { IncrementalParser } from "../core/syntax/incremental.js";
import { PositionMapper } from "../core/text/positions.js";

// A small plan with the usual line kinds and inline elements: items at every level, clauses,
// targets, a citation with its 发文字号, a deadline, an annotation, a placeholder, a list entry.
const SAMPLE_LINES = [
  "关于印发某市质量强市建设实施方案的通知",
  "为贯彻落实《质量强国建设纲要》（中发〔2022〕17号），结合我市实际，制定本方案。",
  "一、总体要求",
  "（一）指导思想。坚持以高质量发展为主题，到2025年，制造业产品质量合格率达到94%以上。",
  "1.提升产品质量。开展质量提升行动，培育XX个品牌。〔责任单位：市市场监管局、市工信局〕",
  "2.强化标准引领。制修订标准不少于20项。（责任部门:市发展改革委、市科技局等）〔完成时限：2025年底〕",
  "（1）推动企业对标达标。〔对应纲要：（七）（八）〕（市财政局、市商务局按职责分工负责）",
  "——加强计量体系建设，服务业质量满意度提高到 %。",
];

/**
 * Runs the parser, the model, every rule and the incremental path on a sample plan when the
 * server starts, so that the first edits of a real document run compiled code, not cold code:
 * the first ten edits after opening should cost what later ones do.
 */
export function warmUp(rounds = 12): void {
  const parser = new IncrementalParser();
  let text = "";
  for (let i = 0; i < 6; i++) text += SAMPLE_LINES.join("\n") + "\n";
  for (let round = 0; round < rounds; round++) {
    // Alternate an insertion and its removal, as typing does.
    const at = text.length >> 1;
    const edited = round % 2 === 0 ? text.slice(0, at) + "的" + text.slice(at) : text;
    const analysis = analyze(edited, { syntax: parser.parse(edited), speed: "fast" });
    new PositionMapper(edited).positionAt(analysis.findings[0]?.start ?? 0);
  }
}
