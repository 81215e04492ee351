/**
 * Work remembered by syntax node, where the nodes live on into the next version of the text
 * (`nodesAreKept` in incremental.ts: the server's incremental parser moves unchanged lines'
 * nodes). A node met again is the same text at a moved place, so its answer is found without
 * reading the text; an answer must therefore depend on the node's own text only, with offsets
 * relative to the node. Where every parse makes new nodes (the CLI) nothing is remembered: it
 * would only cost. The caller asks `nodesAreKept` once per plan and passes the answer as `kept`.
 */
export class NodeMemo<N extends object, V> {
  private readonly answers = new WeakMap<N, V>();

  /** The answer remembered for `node`; undefined when nodes are not kept. */
  lookup(kept: boolean, node: N): V | undefined {
    return kept ? this.answers.get(node) : undefined;
  }

  /** Remembers `answer` for `node` when nodes are kept, and returns it. */
  remember(kept: boolean, node: N, answer: V): V {
    if (kept) this.answers.set(node, answer);
    return answer;
  }
}
