/** A TypeScript file's syntax tree as rolldown's parseAst gives it, walked node by node: for the tests that read extractors' source. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export const isNode = (n: unknown): n is AstNode => typeof n === 'object' && n !== null && typeof (n as { type?: unknown }).type === 'string';

/** Every node under `n`, depth first. */
export function* walk(n: unknown): Generator<AstNode> {
  if (Array.isArray(n)) for (const x of n) yield* walk(x);
  else if (isNode(n)) {
    yield n;
    for (const [k, v] of Object.entries(n)) if (k !== 'parent' && typeof v === 'object') yield* walk(v);
  }
}
