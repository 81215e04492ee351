import { analysisSteps, analyze, type AnalysisOptions } from "../core/analyze.js";
import { IncrementalParser } from "../core/syntax/incremental.js";
import { PositionMapper } from "../core/text/positions.js";
import { toDiagnostic } from "./diagnostics.js";
import { framedJsonBytes } from "./jsonBytes.js";

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

/**
 * Typing into a freshly opened large plan ran at two to three times the steady cost for its
 * first keystrokes: the edit path (incremental parse, the per-text caches' hits, the
 * diagnostics of a large plan) was still cold, and the young generation of the heap had not
 * yet grown to the size such a plan's edits need, so early scavenges copied its model again
 * and again. The sample plan of `warmUp` is too small to change either. So once per process,
 * after the first large plan's diagnostics are out, the server types into a copy of it while
 * nothing else is asked: keystrokes (an insertion, then its deletion) analysed as an edit is
 * and turned into diagnostics that are thrown away. It runs one analysis step per turn of the
 * event loop and gives way to any work (a change to a plan queued or being checked), so a real
 * keystroke waits for one step at most; it goes on in the pauses of typing (its own copy of the
 * text: which version it types into does not matter) until its keystrokes are done, and stops
 * when the plan is closed or the server shuts down. A user who starts typing within the second
 * the rehearsal takes had it stop for good at the first keystroke, and the next nine ran cold.
 */

/** What the rehearsal may do now: a step, wait for the server to be idle again, or stop for good. */
export type RehearsalTurn = "step" | "wait" | "stop";

/** How long the rehearsal waits before asking again when the server is busy. */
const RESUME_AFTER_MS = 30;
export class TypingRehearsal {
  private started = false;
  private done = 0;
  private stopped!: () => void;
  /** Settles when the rehearsal has stopped (finished or given way), with the keystrokes done. */
  readonly finished: Promise<number> = new Promise((resolve) => (this.stopped = () => resolve(this.done)));

  constructor(
    /**
     * Keystrokes rehearsed: about as many as typing takes to reach the steady cost. V8 goes on
     * optimising the edit path for some 45 keystrokes into a 107 KB plan; after 24 rehearsed
     * ones the first ten real keystrokes still cost 2.1–2.3× the steady ones, after 60 (about
     * a second in the background) 1.1–1.3× once the user has paused a second or two.
     */
    private readonly keystrokes = 60,
    /** Smaller plans are fast from the first keystroke; their rehearsal would only cost. */
    private readonly minLength = 20_000,
  ) {}

  /**
   * Starts the rehearsal for `text` (the analysed version of an opened plan) unless one ran
   * already; `turn` is asked before each step. False when it does not start.
   */
  start(text: string, options: Omit<AnalysisOptions, "syntax" | "speed" | "model">, turn: () => RehearsalTurn): boolean {
    if (this.started || text.length < this.minLength) return false;
    this.started = true;
    // A keystroke in the middle of a line in the middle of the plan.
    const lineStart = text.lastIndexOf("\n", text.length >> 1) + 1;
    const at = Math.min(lineStart + 2, text.length);
    let parser: IncrementalParser | null = null;
    let edited = text;
    let steps: ReturnType<typeof analysisSteps> | null = null;
    const step = () => {
      const now = turn();
      if (now === "stop") return this.stopped();
      if (now === "wait") {
        setTimeout(step, RESUME_AFTER_MS);
        return;
      }
      if (parser === null) {
        // The first step parses the text whole, as the document's own parser did on open.
        parser = new IncrementalParser();
        parser.parse(text);
      } else {
        if (steps === null) {
          edited = this.done % 2 === 0 ? text.slice(0, at) + "的" + text.slice(at) : text;
          steps = analysisSteps(edited, { ...options, syntax: parser.parse(edited), speed: "fast" });
        }
        const next = steps.next();
        if (next.done) {
          const mapper = new PositionMapper(edited);
          const diagnostics = next.value.findings.map((finding) => toDiagnostic(finding, mapper));
          // Encoded as each transport encodes the diagnostics it publishes: Node's IPC (VS Code)
          // with JSON.stringify, standard output (other editors) with framedJsonBytes.
          JSON.stringify(diagnostics);
          framedJsonBytes({ jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: "", version: 0, diagnostics } });
          steps = null;
          if (++this.done >= this.keystrokes) return this.stopped();
        }
      }
      setImmediate(step);
    };
    setImmediate(step);
    return true;
  }
}
