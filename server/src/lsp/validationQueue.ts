import type { TextDocument } from "vscode-languageserver-textdocument";

export type Speed = "fast" | "all";

/**
 * When an open plan is checked. A change asks for a check; the check runs on a later turn of
 * the event loop, and only once a turn has passed without a further change to the document
 * (the JSON-RPC connection hands over one queued message per turn), on the version current
 * then. Keystrokes that queued up while an analysis ran are applied first and only the last is
 * analysed: stale versions are dropped, a superseded analysis is never started, and requests
 * queued among them (completion, hover) are answered before it. Slow rules run once typing has
 * paused, and at once on open and save.
 */
export class ValidationQueue {
  private readonly pending = new Map<string, { speed: Speed; seen: number; timer: NodeJS.Immediate }>();
  private readonly pauses = new Map<string, NodeJS.Timeout>();
  /** Requests per document so far: a run that sees a newer one waits another turn. */
  private readonly requests = new Map<string, number>();

  constructor(
    private readonly current: (uri: string) => TextDocument | undefined,
    /** Checks a document; may run over several turns (a large plan is analysed in slices). */
    private readonly validate: (document: TextDocument, speed: Speed) => void | Promise<void>,
    private readonly needsSlowRules: (document: TextDocument) => boolean,
    private readonly pauseMs = 400,
  ) {}

  private stopped = false;
  /** Checks started and not yet finished (a large plan's runs over several turns). */
  private running = 0;

  /** Whether a check is waiting for its turn or running: idle work (warmUp.ts) gives way. */
  get busy(): boolean {
    return this.pending.size > 0 || this.running > 0;
  }

  request(uri: string, speed: Speed): void {
    if (this.stopped) return;
    const count = (this.requests.get(uri) ?? 0) + 1;
    this.requests.set(uri, count);
    const waiting = this.pending.get(uri);
    if (waiting) {
      if (speed === "all") waiting.speed = "all";
      return;
    }
    // `seen` starts behind, so the first run always waits one more turn: the change's own
    // message may be handled before the connection schedules the next one.
    this.pending.set(uri, { speed, seen: count - 1, timer: setImmediate(() => this.run(uri)) });
  }

  forget(uri: string): void {
    const job = this.pending.get(uri);
    if (job) clearImmediate(job.timer);
    clearTimeout(this.pauses.get(uri));
    this.pending.delete(uri);
    this.pauses.delete(uri);
    this.requests.delete(uri);
  }

  /** After `shutdown`: nothing more is checked or published (a paused check must not fire later). */
  stop(): void {
    this.stopped = true;
    for (const uri of [...this.pending.keys(), ...this.pauses.keys()]) this.forget(uri);
  }

  private run(uri: string): void {
    const job = this.pending.get(uri);
    if (!job) return;
    const count = this.requests.get(uri) ?? 0;
    if (count !== job.seen) {
      // More changes arrived since: let the connection hand over the rest first.
      job.seen = count;
      job.timer = setImmediate(() => this.run(uri));
      return;
    }
    this.pending.delete(uri);
    const document = this.current(uri);
    if (!document) return;
    this.running++;
    let done: void | Promise<void>;
    try {
      done = this.validate(document, job.speed);
    } catch (error) {
      this.running--;
      throw error;
    }
    // The pause before the slow rules counts from the end of this check, so that a long fast
    // check of a large plan is not overlapped by a full one of the same version.
    const afterwards = () => {
      this.running--;
      clearTimeout(this.pauses.get(uri));
      if (job.speed === "fast" && this.current(uri) === document && this.needsSlowRules(document)) {
        this.pauses.set(uri, setTimeout(() => {
          this.pauses.delete(uri);
          this.request(uri, "all");
        }, this.pauseMs));
      }
    };
    if (done) void done.then(afterwards, afterwards);
    else afterwards();
  }
}
