/**
 * compromise over one English stretch of the stored text: its sentences and terms with
 * offsets into the document, and every rule of every English rule set matched at once
 * (compromise's buildNet + sweep), as term ranges per sentence.
 *
 * Offsets: compromise keeps each term's text with the white space and punctuation around
 * it (pre, post), and pre + text + post over all terms gives the input back exactly, so a
 * running sum gives each term's position in the stored text.
 */
import { nlp, type NlpView } from './nlp.ts';
import type { EnglishRule } from '../../rules/english/rule.ts';

export interface EnTerm {
  /** The term as written ("co-operatives", "VND5.4mil", "45,000"). */
  text: string;
  /** compromise's normal form: lower case, punctuation off. */
  normal: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
  /** Offsets of `text` in the document. */
  start: number;
  end: number;
}

export interface EnSentence {
  /** Index of the sentence in its EnglishText. */
  n: number;
  terms: EnTerm[];
  start: number;
  end: number;
}

export interface EnHit<V> {
  rule: EnglishRule<V>;
  /** Sentence index and term range [a, b). */
  n: number;
  a: number;
  b: number;
}

/** Every English rule set, compiled once into one compromise net. */
export class EnglishRules<S extends Record<string, readonly EnglishRule<unknown>[]>> {
  private compiled: ReturnType<ReturnType<typeof nlp>['buildNet']> | null = null;
  private readonly matches: { match: string; id: string }[] = [];
  readonly byId = new Map<string, { set: keyof S; rule: EnglishRule<unknown> }>();

  /** The compiled net, built on first use (with compromise itself: see ./nlp.ts). */
  get net(): ReturnType<ReturnType<typeof nlp>['buildNet']> {
    this.compiled ??= nlp().buildNet(this.matches);
    return this.compiled;
  }

  constructor(readonly sets: S) {
    const matches = this.matches;
    for (const set of Object.keys(sets) as (keyof S & string)[]) {
      for (const rule of sets[set] as readonly EnglishRule<unknown>[]) {
        if (this.byId.has(rule.id)) throw new Error(`duplicate English rule id ${rule.id}`);
        this.byId.set(rule.id, { set, rule });
        for (const match of expand(rule.match)) matches.push({ match, id: rule.id });
      }
    }
  }
}

/**
 * compromise matches an alternation of single words through a set lookup, but tries the
 * alternatives one by one as soon as one of them has several words. A pattern that opens with
 * such a mixed alternation is therefore compiled as several patterns of the same rule: one with
 * the single words, one for each phrase ("(report|plan|official letter) no?" → "(report|plan) no?",
 * "official letter no?"). What matches is the same; it is found several times faster.
 */
export function expand(match: string): string[] {
  const m = /^\(([^()]*)\)(\?)?(.*)$/u.exec(match);
  if (!m) return [match];
  const [, inner, optional, rest] = m as unknown as [string, string, string | undefined, string];
  const choices = inner.split('|');
  const phrases = choices.filter((c) => /\s/u.test(c.trim()));
  // (only alternations of plain words: no tags, no regex, no "&&")
  if (optional || phrases.length === 0 || choices.some((c) => /^\s*$/u.test(c) || !/^[\p{L}\p{N}' -]+$/u.test(c))) return [match];
  const words = choices.filter((c) => !/\s/u.test(c.trim()));
  return [...(words.length > 0 ? [`(${words.join('|')})${rest}`] : []), ...phrases.map((p) => `${p.trim()}${rest}`)];
}

interface Found {
  id: string;
  view: { pointer: readonly (readonly unknown[])[] | null };
}

function isFound(x: object): x is Found {
  const o = x as { id?: unknown; view?: { pointer?: unknown } };
  return typeof o.id === 'string' && typeof o.view === 'object' && o.view !== null && (o.view.pointer === null || Array.isArray(o.view.pointer));
}

/** Hits of one rule set in one sentence, sorted by start, longer first. */
export type SentenceHits<V> = readonly EnHit<V>[];

/**
 * Where scraped text glues two sentences ("… on July 20.The event …", "… 4.8 per cent.In
 * 2021 …"): compromise reads that as one sentence, so the text is cut there and each piece
 * parsed on its own. (A capital after a full stop with no space, after a lower-case letter,
 * a digit or a closing bracket.)
 */
const GLUED = /(?<=[\p{Ll}\d%)”"'’])[.!?](?=\p{Lu}\p{Ll})/gu;

/** A line break inside a sentence of hard-wrapped text: no stop or colon before it, a small letter or a digit after. */
const WRAPPED_LINE = /(?<=[^\s.!?:;])[ \t]*\n(?=[ \t]*[\p{Ll}\d])/gu;

/** A comma with no space after it between two words ("groups,including"): compromise reads the two as one word. */
const GLUED_COMMA = /(?<=\p{L}),(?=\p{L})/gu;

interface Piece {
  view: NlpView;
  /** Index of the piece's first sentence among all sentences. */
  first: number;
}

export class EnglishText {
  readonly sentences: EnSentence[] = [];
  private readonly pieces: Piece[] = [];
  /** Sentence index → its piece. */
  private readonly pieceOf: Piece[] = [];
  private hits: Map<string, EnHit<unknown>[][]> | null = null;

  /** `text` stands at `base` in the document. */
  constructor(text: string, base: number) {
    const cuts = [0, ...[...text.matchAll(GLUED)].map((m) => (m.index ?? 0) + 1), text.length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const from = cuts[k] as number;
      const to = cuts[k + 1] as number;
      if (to <= from) continue;
      // (compromise ends a sentence at every line break; a line wrapped inside a sentence, before a small letter or a
      // digit with no stop before it, is read as a space: same length, so offsets hold)
      // (a comma glued between two words is read as a space, so that the words part: same length)
      const readable = text
        .slice(from, to)
        .replace(WRAPPED_LINE, (m) => ' '.repeat(m.length))
        .replace(GLUED_COMMA, ' ');
      const piece: Piece = { view: nlp()(readable), first: this.sentences.length };
      this.pieces.push(piece);
      let pos = base + from;
      for (const terms of piece.view.docs) {
        const out: EnTerm[] = [];
        for (const t of terms) {
          // (compromise sometimes keeps an opening bracket in the word after ": (": "(10"; it is the word's pre)
          const opening = /^[([]+(?=\S)/u.exec(t.text)?.[0] ?? '';
          const pre = t.pre + opening;
          const word = t.text.slice(opening.length);
          pos += pre.length;
          // (the punctuation after a word as written: a glued comma read as a space is still a comma here)
          const at = pos - base + word.length;
          const post = text.slice(at, at + t.post.length);
          out.push({ text: word, normal: t.normal, tags: t.tags ?? new Set<string>(), pre, post, start: pos, end: pos + word.length });
          pos += word.length + t.post.length;
        }
        const real = out.filter((t) => t.text.length > 0);
        const first = real[0];
        const last = real[real.length - 1];
        const closing = last ? (/^[.!?…"”')\]]+/u.exec(last.post)?.[0].length ?? 0) : 0;
        this.sentences.push({ n: this.sentences.length, terms: out, start: first ? first.start : pos, end: last ? last.end + closing : pos });
        this.pieceOf.push(piece);
      }
    }
  }

  /**
   * The hits of every rule in sentence n, of one rule set. Sentences are swept when first
   * asked for: the first time, every sentence that may hold a figure at once (one sweep a
   * piece), later any other one alone (an earlier sentence whose status or year a figure may take).
   */
  hitsOf<S extends Record<string, readonly EnglishRule<unknown>[]>, K extends keyof S & string>(
    rules: EnglishRules<S>,
    set: K,
    n: number,
  ): SentenceHits<S[K][number] extends EnglishRule<infer V> ? V : never> {
    if (!this.hits) {
      this.hits = new Map();
      for (const s of Object.keys(rules.sets))
        this.hits.set(
          s,
          this.sentences.map(() => []),
        );
      this.swept = this.sentences.map(() => false);
      const first = this.sentences.filter((x) => x.n === n || x.terms.some((t) => /\d/u.test(t.text) || t.tags.has('Value'))).map((x) => x.n);
      this.sweep(rules, first);
    } else if (!this.swept[n]) this.sweep(rules, [n]);
    return (this.hits.get(set)?.[n] ?? []) as unknown as SentenceHits<S[K][number] extends EnglishRule<infer V> ? V : never>;
  }

  private swept: boolean[] = [];

  private sweep<S extends Record<string, readonly EnglishRule<unknown>[]>>(rules: EnglishRules<S>, ns: readonly number[]): void {
    const hits = this.hits as Map<string, EnHit<unknown>[][]>;
    const todo = ns.filter((n) => this.swept[n] === false);
    if (todo.length === 0) return;
    for (const n of todo) this.swept[n] = true;
    for (const piece of this.pieces) {
      const local = todo.filter((n) => this.pieceOf[n] === piece).map((n) => n - piece.first);
      if (local.length === 0) continue;
      const all = local.length === piece.view.docs.length;
      // update() takes a list of pointers at run time; its declared type says one pointer
      const pointers: unknown = local.map((n) => [n, 0, (this.sentences[n + piece.first] as EnSentence).terms.length]);
      const view = all ? piece.view : piece.view.update(pointers as Parameters<NlpView['update']>[0]);
      const { found } = view.sweep(rules.net, { tagger: false });
      for (const f of found) {
        if (!isFound(f)) continue;
        const known = rules.byId.get(f.id);
        if (!known) continue;
        for (const p of f.view.pointer ?? []) {
          const [pn, a, b] = p;
          if (typeof pn !== 'number' || typeof a !== 'number' || typeof b !== 'number' || b <= a) continue;
          hits.get(known.set as string)?.[pn + piece.first]?.push({ rule: known.rule, n: pn + piece.first, a, b });
        }
      }
    }
    for (const perSet of hits.values()) for (const n of todo) perSet[n]?.sort((x, y) => x.a - y.a || y.b - x.b);
  }

  /** A view of terms [a, b) of sentence n, for compromise's own readers (.numbers()). */
  range(n: number, a: number, b: number): NlpView {
    const piece = this.pieceOf[n] as Piece;
    // update() takes a list of pointers at run time; its declared type says one pointer
    const pointers: unknown = [[n - piece.first, a, b]];
    // (and declares a plain View, though it is the full build's, with .numbers())
    const view: unknown = piece.view.update(pointers as Parameters<NlpView['update']>[0]);
    return view as NlpView;
  }
}

/** Drop hits that lie inside a longer hit (hits sorted by start, longer first). */
export function outermostHits<V>(hits: readonly EnHit<V>[]): EnHit<V>[] {
  const out: EnHit<V>[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.b <= reach) continue;
    out.push(h);
    reach = Math.max(reach, h.b);
  }
  return out;
}
