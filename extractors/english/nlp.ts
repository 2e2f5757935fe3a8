/**
 * The one compromise instance the English extractor uses, with the project's plugin.
 *
 * compromise models English: it splits a text into sentences and terms, tags each term
 * (#Value, #Year, #Date, #Ordinal, #PastTense, #Modal …), reads numbers written in words
 * ("forty-five thousand", "two"), and matches patterns over terms. It knows nothing of
 * Vietnam's cooperatives or its money, so the plugin adds a few words: the kinds of
 * cooperative and the acronyms Vietnamese sources use in English, and the đồng as a
 * currency. It is never given Vietnamese text (extractors/english/lang.ts decides).
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';

/** compromise's entry point, as its types declare it. */
type Nlp = typeof compromise;

/** The plugin's mutate step, as compromise's types declare it. */
type PluginMutate = NonNullable<Parameters<Nlp['plugin']>[0]['mutate']>;

/** What the plugin's compute step needs of a view. */
interface Taggable {
  match: (m: string, group: null, opts: { caseSensitive: boolean }) => { tag: (tag: string, reason?: string) => unknown };
}

/** Number words as a capital writes them at a sentence's start. */
const NUMBER_WORDS =
  'Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety';

/** The project's plugin: applied once, when compromise is first loaded. */
const PLUGIN: Parameters<Nlp['plugin']>[0] = {
  /**
   * A four-digit year is tagged #Year only where compromise sees a date around it ("in
   * 2023"); in "up 58 from 2022" or "towards 2030" it is a bare #Value. Every plain
   * 1900-2099 integer is a year here (a count written so has its thousands comma: "2,030").
   */
  compute: {
    vietnamYears: (view: Taggable) => {
      // against the text as written: "2,030" normalises to "2030"
      view.match('/^(19|20)[0-9]{2}$/', null, { caseSensitive: true }).tag('Year', 'chitieu-year');
    },
    /**
     * A number word that opens a sentence after a dateline is capitalised, and compromise takes it for a name
     * ("(HBO) – Fifty co-operatives were established …"): it is a number.
     */
    capitalisedNumbers: (view: Taggable) => {
      view.match(`/^(${NUMBER_WORDS})$/`, null, { caseSensitive: true }).tag('TextValue', 'chitieu-number-word');
    },
  },
  hooks: ['vietnamYears', 'capitalisedNumbers'],
  /**
   * compromise keeps "co-operative" one word ("co" is among the prefixes it does not split off) but reads its prefixes
   * case by case, so a capital split it in two: "Co-operatives have …", "the Binh Minh Co-operative" lost their noun.
   */
  // (compromise's types declare mutate's argument wrongly, as a function; at run time it is the world)
  mutate: ((world: { model: { one: { prefixes: Record<string, true> } } }) => {
    world.model.one.prefixes.Co = true;
    world.model.one.prefixes.CO = true;
  }) as unknown as PluginMutate,
  tags: {
    /** A word that names cooperatives in the plural: "cooperatives", "co-ops", "HTXs". */
    CoopNoun: { isA: 'Plural' },
  },
  words: {
    cooperatives: 'CoopNoun',
    'co-operatives': 'CoopNoun',
    coops: 'CoopNoun',
    'co-ops': 'CoopNoun',
    htxs: 'CoopNoun',
    htx: 'Acronym',
    tht: 'Acronym',
    grdp: 'Acronym',
    ocop: 'Acronym',
    vnd: 'Currency',
    vnđ: 'Currency',
  },
};

let loaded: Nlp | null = null;

/**
 * compromise, loaded on first use: a Vietnamese document never needs it, so a worker that reads
 * only Vietnamese pays neither its load time nor its memory (about 50 MB). Loaded synchronously
 * through its CommonJS build, since extraction is synchronous.
 */
export function nlp(): Nlp {
  if (loaded) return loaded;
  const instance = createRequire(import.meta.url)('compromise') as Nlp;
  instance.plugin(PLUGIN);
  loaded = instance;
  return instance;
}

/** A parsed text: what compromise returns, typed as it declares it. */
export type NlpView = ReturnType<Nlp>;
