/**
 * Stage 5: extract. For every sentence, find its figures and decide each one's
 * metric, subject, sector, status, year and unit; keep one record per fact.
 * Every record lists the rules that made it, the metric rule first.
 */
import { cueRegExp, findAll, type RuleHit } from '../rules/rule.ts';
import { RECORD_CUES } from '../rules/cues.ts';
import type { Block } from '../pipeline/parse.ts';
import { ancestors } from '../pipeline/parse.ts';
import type { Sentence } from '../pipeline/segment.ts';
import type { Metric, Sector, Subject, TargetRecord, Unit } from '../pipeline/record.ts';
import { METRIC_TRAITS } from '../pipeline/metrics.ts';
import {
  bracketDepth,
  inClosedAside,
  lastItemOfBreakdown,
  nounTailEnd,
  SUBJECT_WORD,
  type DocView,
  type FigureContext,
  type PreviousFigure,
} from './context.ts';
import { findFigures, type Figure } from './figures.ts';
import { ignoreDrops, type DropReason, type DropSink } from './drops.ts';
import { HEADLINE_MAX } from './docyear.ts';
import { decideMetric, type MetricDecision } from './metric.ts';
import { decideSubject, profilesOneCooperative } from './subject.ts';
import { decideSector, sectorIn } from './sector.ts';
import { SECTOR_WITHIN } from '../rules/sectors.ts';
import { decideScope } from './scope.ts';
import { R } from './rulesets.ts';
import { PassageTopic } from './topic.ts';
import { foldKey } from '../pipeline/normalise.ts';

/** Draft records: what the extractor proposes, before validation. */
export type DraftRecord = TargetRecord;

const COUNT_CLASSES = new Set(['coop', 'members', 'workers', 'persons', 'managers', 'products', 'communes', 'households', 'enterprises']);

function unitOf(f: Figure, metric: Metric, recurring: boolean): Unit {
  if (f.unitClass === 'money') {
    if (METRIC_TRAITS[metric].average) return f.per.month ? 'VND/month' : 'VND/year';
    return f.per.month ? 'VND/month' : f.per.year ? 'VND/year' : 'VND';
  }
  if (f.unitClass === 'percent') return METRIC_TRAITS[metric].yearlyPercent || f.per.year ? 'percent/year' : 'percent';
  return recurring || f.per.year ? 'count/year' : 'count';
}

/** Between a figure that only qualified a noun phrase and the figure it describes: " là ", ": ", " đạt ". */
const QUALIFIER_GLUE = cueRegExp(RECORD_CUES.qualifierGlue);
const SHARED_RATE_GLUE = cueRegExp(RECORD_CUES.sharedRateGlue);
/** "171 HTX (chiếm 64,8%) liên kết …": the words after an aside that directly follows the figure. */
function asideThenWords(key: string, figure: Figure, figures: readonly Figure[], i: number, clauseEnd: number): { start: number; end: number } | undefined {
  const open = key.indexOf('(', figure.end);
  if (open < 0 || open >= clauseEnd || key.slice(figure.end, open).trim() !== '') return undefined;
  const close = key.indexOf(')', open);
  if (close < 0 || close >= clauseEnd) return undefined;
  const start = close + 1;
  const after = figures.slice(i + 1).find((g) => g.start >= start);
  COMMA.lastIndex = start;
  const comma = COMMA.exec(key)?.index ?? -1;
  const end = Math.min(clauseEnd, after ? after.start : clauseEnd, comma >= 0 ? comma : clauseEnd, start + 100);
  return end > start ? { start, end } : undefined;
}

/** A sentence that opens on a part of the group the one before counted: "Trong số đó, …". */
const PART_OF_PREVIOUS = cueRegExp(RECORD_CUES.partOfPrevious);
/** "…; trong đó 38 HTX …", "…, trong số này 40% …": a part of the group the figure before it counted. */
const PART_IN_SENTENCE = cueRegExp(RECORD_CUES.partInSentence);
const PAIRED_WORDS = cueRegExp(RECORD_CUES.pairedWords);

/** The total a count of new cooperatives raised, named after it: "…, đưa tổng số HTX nông nghiệp toàn tỉnh lên". */
const RAISED_TOTAL = cueRegExp(RECORD_CUES.raisedTotal);

/** Where a part of what the figure counted is named after it ("…, trong đó …"), or the sentence's end. */
const PART_OPENER_AFTER = cueRegExp(RECORD_CUES.partOpenerAfter);
function partAfter(key: string, from: number, to: number): number {
  const m = PART_OPENER_AFTER.exec(key.slice(from, to));
  return m ? from + m.index : to;
}

/** The last group of cooperatives a paragraph counted with a sector of its own ("264 HTX nông nghiệp"). */
interface Group {
  block: number;
  sector: Sector;
  subject: Subject | null;
  /** Counted by the credit funds' own noun ("10 quỹ tín dụng nhân dân"): no plain "HTX" is a part of it. */
  creditFunds: boolean;
}

function isCreditFundNoun(figure: Figure): boolean {
  return figure.creditFunds;
}

/** Inside a bracket opened after a count of its sentence: "210 HTX nông nghiệp (150 HTX trồng trọt, 40 HTX thủy sản, …)" are its parts. */
function insideBracketAfterCount(key: string, sentenceStart: number, previous: readonly PreviousFigure[], figure: Figure): boolean {
  const open = key.lastIndexOf('(', figure.numStart);
  return open > sentenceStart && !key.slice(open, figure.numStart).includes(')') && previous.some((p) => p.figure.unitClass === 'coop' && p.figure.end <= open);
}

function partOfThisSentence(key: string, sentenceStart: number, previous: readonly PreviousFigure[], figure: Figure): boolean {
  const before = previous[previous.length - 1]; // called before this figure joins previous
  if (before?.figure.unitClass !== 'coop') return false;
  return PART_IN_SENTENCE.test(key.slice(Math.max(sentenceStart, before.figure.end), figure.numStart));
}

/** Is the figure a part of the group: cooperatives of the same kind, or a share of them? */
function isPartOf(figure: Figure, metric: Metric, whole: Group): boolean {
  if (figure.unitClass === 'coop') return whole.subject === null || figure.nounSubject === whole.subject;
  return figure.unitClass === 'percent' && METRIC_TRAITS[metric].shareOfGroup && (figure.percentOf === null || figure.percentOf === whole.subject);
}
/** Does the paragraph up to `pos`, a heading or lead-in above it, or the title speak of cooperatives? */
function aboutCooperatives(doc: DocView, block: Block, chain: readonly Block[], pos: number): boolean {
  if (SUBJECT_WORD.test(doc.key.slice(block.contentStart, pos))) return true;
  if (chain.some((a) => a.label !== null && SUBJECT_WORD.test(doc.key.slice(a.label.start, a.label.end)))) return true;
  return doc.meta.title !== null && SUBJECT_WORD.test(foldKey(doc.meta.title.normalize('NFC')));
}

const OTHER_BODIES: ReadonlySet<string> = new Set(['enterprises', 'households']);

/** Earlier in the sentence, was the last body counted an enterprise or household rather than a cooperative? */
function aboutOtherBodies(previous: readonly PreviousFigure[]): boolean {
  for (let k = previous.length - 2; k >= 0; k--) {
    const cls = (previous[k] as PreviousFigure).figure.unitClass;
    if (cls === 'coop') return false;
    if (OTHER_BODIES.has(cls)) return true;
  }
  return false;
}

/** Indicators of a whole province, which a socio-economic report lists beside the cooperatives' figures. */
const PROVINCE_INDICATORS = cueRegExp(RECORD_CUES.provinceIndicators);

/**
 * A clause of a socio-economic report's list that names no cooperative ("…; thành lập mới 450 doanh nghiệp
 * và 15 HTX; tạo việc làm mới cho 17.000 lao động; …"), where neither a heading above nor the title speaks
 * of cooperatives: the province's figure, not the cooperatives'.
 */
function provinceClause(doc: DocView, chain: readonly Block[], sentence: Sentence, figure: Figure, clauseEnd: number): boolean {
  if (figure.unitClass === 'coop' || figure.nounSubject || figure.percentOf) return false;
  const { key } = doc;
  if (chain.some((a) => a.label !== null && SUBJECT_WORD.test(key.slice(a.label.start, a.label.end)))) return false;
  if (doc.meta.title !== null && SUBJECT_WORD.test(foldKey(doc.meta.title.normalize('NFC')))) return false;
  const clauseStart = Math.max(sentence.start, key.lastIndexOf(';', figure.start) + 1);
  if (SUBJECT_WORD.test(key.slice(clauseStart, clauseEnd))) return false;
  return PROVINCE_INDICATORS.test(key.slice(sentence.start, sentence.end));
}

/** A comma that ends a figure's phrase (not one inside a list of communes, before "chờ giải thể", or between two kinds of bodies). */
const COMMA = cueRegExp(RECORD_CUES.comma);
/** A list of place names runs on: "ở các huyện Nam Sách, Tứ Kỳ …". */
const PLACES_BEFORE = cueRegExp(RECORD_CUES.placesBefore);
/** Between a group's count and its people, in one clause: "… 36 HTX, chiếm 22%, và tạo việc làm cho 361 lao động". */
const PEOPLE_OF_GROUP = cueRegExp(RECORD_CUES.peopleOfGroup);

function sectionPath(doc: DocView, chain: readonly Block[]): string[] {
  return [...chain]
    .reverse()
    .filter((b) => b.label)
    .map((b) =>
      doc.text
        .slice((b.label as { start: number }).start, (b.label as { end: number }).end)
        .replace(/\*\*/gu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .filter((s) => s.length > 0)
    .map((s) => (s.length > 120 ? `${s.slice(0, 117)}…` : s));
}

function clauseEndOf(key: string, from: number, sentenceEnd: number): number {
  // look only inside the sentence: indexOf over the whole rest of the document made this quadratic
  for (let i = from; i < sentenceEnd; i++) if (key.charCodeAt(i) === 59 /* ; */) return i;
  return sentenceEnd;
}

/**
 * Where a figure's own phrase begins and ends: the left context starts after the previous
 * figure's noun phrase, a clause opener or a closed aside; the right context ends at the
 * next figure, a clause opener, a comma, the end of its clause or of its brackets.
 */
function phraseWindow(
  text: string,
  key: string,
  sentence: Sentence,
  figures: readonly Figure[],
  i: number,
  previous: readonly PreviousFigure[],
  openers: readonly RuleHit<true>[],
): { leftStart: number; rightEnd: number; clauseEnd: number; tailEnd: number; afterAside: { start: number; end: number } | undefined } {
  const figure = figures[i] as Figure;
  const prev = previous[previous.length - 1];
  // the left context starts after the previous figure's noun phrase ("60 HTX nông nghiệp, 25 HTX …")
  let leftStart = Math.max(sentence.start, prev ? Math.max(prev.figure.end, Math.min(prev.tailEnd, figure.start)) : sentence.start);
  // a table row's label ("Doanh thu bình quân của HTX (triệu đồng/năm):") is one phrase, brackets and all
  const rowColon = figure.fromRowLabel ? key.indexOf(':', sentence.start) : -1;
  for (const o of openers) {
    // an aside that closed before the figure does not start its phrase: "Các lĩnh vực phi nông nghiệp (công nghiệp,
    // thương mại - dịch vụ, vận tải) có 121 HTX" (the aside itself is dropped from the phrase below when a figure stood in it)
    if (key.charCodeAt(o.start) === 40 /* ( */ && key.indexOf(')', o.end) >= 0 && key.indexOf(')', o.end) < figure.start) continue;
    if (o.end <= figure.start && o.end > leftStart && o.start > rowColon) leftStart = o.end;
  }
  // an aside in brackets that closed before this figure is not part of its phrase:
  // "1.120 HTX (trong đó 755 HTX nông nghiệp, thuỷ sản) và 11 liên hiệp HTX"
  const closing = key.lastIndexOf(')', figure.start - 1);
  if (prev && closing >= leftStart && key.lastIndexOf('(', closing) > sentence.start && key.lastIndexOf('(', closing) < prev.figure.start)
    leftStart = closing + 1;
  // a figure that only qualified the noun phrase ("số HTX có lãi trên 500 triệu đồng/năm là 40 HTX")
  // does not cut the phrase off from the figure it describes
  if (prev && prev.metric === 'other' && prev.figure.unitClass !== figure.unitClass && QUALIFIER_GLUE.test(key.slice(prev.figure.end, figure.start))) {
    leftStart = Math.min(leftStart, prev.leftStart);
  }
  const clauseEnd = clauseEndOf(key, figure.end, sentence.end);
  const next = figures[i + 1];
  const opener = openers.find((o) => o.start >= figure.unitEnd);
  let rightEnd = Math.min(clauseEnd, next ? next.start : sentence.end, opener ? opener.start : sentence.end, figure.numEnd + 120);
  // what follows a comma before the next figure is that figure's own phrase ("38 HTX, giải thể 11 HTX"),
  // but not inside a list of commune kinds ("100% xã, phường có ít nhất 1 HTX")
  COMMA.lastIndex = figure.unitEnd;
  let comma = COMMA.exec(key)?.index ?? -1;
  const tailEnd = nounTailEnd(key, figure.unitEnd, Math.min(clauseEnd, next ? next.start : sentence.end));
  // (… nor a comma inside a list of place names: "3 HTX yếu kém ở các huyện Nam Sách, Tứ Kỳ và TP Hải Dương đã giải thể")
  // (… nor one inside the noun's own field, named in parts: "74 HTX nông, lâm nghiệp và thủy sản được thành lập mới")
  while (
    comma >= 0 &&
    comma < rightEnd &&
    ((PLACES_BEFORE.test(key.slice(Math.max(figure.unitEnd, comma - 50), comma)) && /^,\s*\p{Lu}/u.test(text.slice(comma, comma + 3))) ||
      (comma < tailEnd && !(next && next.start < tailEnd)) ||
      PAIRED_WORDS.test(key.slice(Math.max(figure.unitEnd, comma - 12), comma + 13)))
  ) {
    comma = COMMA.exec(key)?.index ?? -1;
  }
  if (comma >= 0 && comma < rightEnd) rightEnd = comma;
  // a figure inside brackets speaks only up to the closing bracket
  const open = key.lastIndexOf('(', figure.start);
  const close = key.indexOf(')', figure.end);
  if (open > sentence.start && open > key.lastIndexOf(')', figure.start) && close >= 0 && close < rightEnd) rightEnd = close;
  const afterAside = asideThenWords(key, figure, figures, i, clauseEnd);
  return { leftStart, rightEnd, clauseEnd, tailEnd, afterAside };
}

export function extractRecords(doc: DocView, sentences: readonly Sentence[], onDrop: DropSink = ignoreDrops): DraftRecord[] {
  const records: DraftRecord[] = [];
  const seen = new Set<string>();
  const chains = new Map<number, Block[]>();
  // the last group a sentence counted, with its sector ("… 264 HTX nông nghiệp …"), for a next sentence
  // that opens with "Trong số đó" / "Trong đó" and speaks of a part of it
  // … kept for each kind of body, and the last of any kind
  let lastGroup: Group | null = null;
  const lastOfKind = new Map<Subject, Group>();
  // the last group of cooperatives a sentence picked out by what fits no metric ("158 HTX ngừng hoạt động"):
  // a next sentence's "Trong đó, có 44 HTX nông nghiệp, …" counts parts of it, not cooperatives at large
  let lastSubset: { block: number; subject: Subject | null } | null = null;
  // the last count of cooperatives, or of the new or dissolved ones, for a "Trong đó, 96 HTX nông nghiệp." that names a
  // part of it with no verb ("thành lập mới 44 HTX. Trong đó, chia theo lĩnh vực: nông nghiệp (30 HTX), …")
  let lastWhole = null as { block: number; subject: Subject | null; metric: Metric } | null;
  // the group of the last list item that counted one, for a breakdown written an item a line
  let lastItemGroup = null as { block: number; parent: number | null; sector: Sector } | null;
  const topic = new PassageTopic();
  // each sentence's figures, found once a paragraph is entered: the most bodies of each kind it counts anywhere bounds the
  // page's group (extractors/topic.ts)
  const figuresOf = new Map<Sentence, Figure[]>();
  for (const [index, sentence] of sentences.entries()) {
    const block = doc.blocks[sentence.block] as Block;
    if (block.kind === 'furniture') continue;
    if (!figuresOf.has(sentence)) {
      const largest = new Map<Subject, number>();
      for (let j = index; j < sentences.length && (sentences[j] as Sentence).block === sentence.block; j++) {
        const other = sentences[j] as Sentence;
        const found = findFigures(doc.text, doc.key, other.start, other.end, doc.masks, onDrop);
        figuresOf.set(other, found);
        for (const g of found) if (g.unitClass === 'coop' && g.nounSubject) largest.set(g.nounSubject, Math.max(largest.get(g.nounSubject) ?? 0, g.value));
      }
      topic.enter(block, largest);
    }
    const groupBefore = lastGroup?.block === block.id ? lastGroup : null;
    const groupOf = (f: Figure): Group | null => {
      const kind = f.unitClass === 'coop' ? f.nounSubject : f.percentOf;
      const g = kind ? (lastOfKind.get(kind) ?? null) : lastGroup;
      // (the new "HTX" of "… và 10 quỹ tín dụng nhân dân, trong đó có 67 HTX thành lập mới" are no credit funds)
      if (g?.creditFunds && f.unitClass === 'coop' && !isCreditFundNoun(f)) return null;
      return g?.block === block.id ? g : null;
    };
    const partOfGroup = groupBefore !== null && PART_OF_PREVIOUS.test(doc.key.slice(sentence.start, sentence.end));
    let chain = chains.get(block.id);
    if (!chain) {
      chain = ancestors(doc.blocks, block);
      chains.set(block.id, chain);
    }
    const figures = figuresOf.get(sentence) ?? [];
    figuresOf.delete(sentence);
    if (figures.length === 0) continue;
    const openers = findAll(R.clauseOpener, doc.key, sentence.start, sentence.end);
    let groupsInSentence = 0;
    const previous: PreviousFigure[] = [];
    // the whole the last part of this sentence was picked from: the next items of its list are parts of it too
    let listWhole: Group | null = null;
    const sentenceMentionsSubject =
      SUBJECT_WORD.test(doc.key.slice(block.contentStart, block.end)) ||
      chain.some((a) => a.label !== null && SUBJECT_WORD.test(doc.key.slice(a.label.start, a.label.end)));
    for (let i = 0; i < figures.length; i++) {
      const figure = figures[i] as Figure;
      const { leftStart, rightEnd, clauseEnd, tailEnd, afterAside } = phraseWindow(doc.text, doc.key, sentence, figures, i, previous, openers);
      const next = figures[i + 1];
      const ctx: FigureContext = {
        doc,
        block,
        ancestors: chain,
        sentence,
        figure,
        previous,
        leftStart,
        rightEnd,
        clauseEnd,
        tailEnd,
        ...(afterAside ? { afterAside } : {}),
        ...(next ? { next } : {}),
      };

      const decided = decideMetric(ctx);
      const ofSubset =
        figure.unitClass === 'coop' &&
        decided?.metric === 'count' &&
        lastSubset?.block === block.id &&
        PART_OF_PREVIOUS.test(doc.key.slice(sentence.start, sentence.end)) &&
        (lastSubset.subject === null || figure.nounSubject === null || figure.nounSubject === lastSubset.subject);
      // … and a part with no word of its own ("Trong đó, 96 HTX nông nghiệp.") is a part of the count before it
      // … or an item of a "trong đó" list after a count of its own sentence ("331 HTX nông nghiệp; trong đó 318 HTX dịch vụ
      // tổng hợp, …, 6 hợp tác xã trong lĩnh vực chăn nuôi")
      const ofWholeBefore: Metric | null =
        decided === null &&
        figure.unitClass === 'coop' &&
        lastWhole?.block === block.id &&
        i === 0 &&
        PART_OF_PREVIOUS.test(doc.key.slice(sentence.start, sentence.end)) &&
        (lastWhole.subject === null || figure.nounSubject === null || figure.nounSubject === lastWhole.subject)
          ? lastWhole.metric
          : null;
      const ofCount: boolean =
        decided === null &&
        figure.unitClass === 'coop' &&
        (ofWholeBefore === 'count' ||
          previous.some(
            (p) =>
              p.figure.start >= sentence.start &&
              p.figure.unitClass === 'coop' &&
              p.metric === 'count' &&
              (p.figure.nounSubject === null || figure.nounSubject === null || p.figure.nounSubject === figure.nounSubject) &&
              PART_IN_SENTENCE.test(doc.key.slice(p.figure.end, figure.start)),
          ));
      // (an average over part of a year, "Doanh thu bình quân 9 tháng năm 2025 ước đạt 2,14 tỷ đồng/HTX", has no unit;
      // one written per year, "… đồng/HTX/năm", is annual, and a period in an aside,
      // "(9 tháng đầu năm thành lập mới 05 HTX); … doanh thu bình quân …", is not the average's)
      const partYear =
        decided !== null && METRIC_TRAITS[decided.metric].average && !figure.per.month && !figure.per.year
          ? findAll(R.partYear, doc.key, sentence.start, figure.numStart).find((hit) => !inClosedAside(doc.key, sentence.start, hit.start, figure.numStart))
          : undefined;
      // (… and a part of the new or dissolved ones is new or dissolved)
      const ofFlow: Metric | null = ofWholeBefore !== null && ofWholeBefore !== 'count' && !ofCount ? ofWholeBefore : null;
      const m: MetricDecision | null = ofFlow
        ? { metric: ofFlow, rule: 'metric.part_of_flow_before' }
        : ofSubset
          ? { metric: 'other' as const, rule: `${decided?.rule ?? ''} metric.other.part_of_subset`.trim() }
          : ofCount
            ? { metric: 'count' as const, rule: 'metric.count.part_of_count' }
            : partYear && decided
              ? { metric: 'other' as const, rule: `${decided.rule} ${partYear.rule.id} metric.other.part_year_average` }
              : decided;
      const metric: Metric = m?.metric ?? 'other';
      // (the group a "Trong đó" speaks of is the last one counted: a plain count after the subset ends it)
      if (figure.unitClass === 'coop' && !ofSubset) lastSubset = decided?.picksSubset === true ? { block: block.id, subject: figure.nounSubject } : null;
      if (figure.unitClass === 'coop')
        lastWhole = metric === 'count' || METRIC_TRAITS[metric].event === true ? { block: block.id, subject: figure.nounSubject, metric } : null;
      let sector = decideSector(ctx);
      // a part of the new or dissolved ones counted before it, with no field of its own, is in theirs ("thành lập mới 35 HTX
      // và tổ hợp tác nông nghiệp, gồm 8 HTX và 27 tổ hợp tác")
      const itemBefore = previous[previous.length - 2];
      const ofEvent = m?.via === 'event_part' || (m?.via === 'list' && itemBefore?.metricVia === 'event_part');
      if (ofEvent && sector.sector === null && !sector.mixed) {
        const event = [...previous]
          .reverse()
          .find(
            (p) =>
              p.figure.start >= sentence.start &&
              p.figure.unitClass === 'coop' &&
              p.metricVia !== 'event_part' &&
              p.metricVia !== 'list' &&
              p.metric === metric,
          );
        if (event?.ownSector) sector = { sector: event.ownSector, rule: 'sector.part_of_event', own: true };
      }
      // the part a "Trong số đó, …" / "…; trong đó …" picks out of the group counted just before it
      const whole: Group | null =
        (partOfGroup && i === 0) || partOfThisSentence(doc.key, sentence.start, previous, figure)
          ? groupOf(figure)
          : m?.via === 'list' && figure.unitClass === 'coop'
            ? listWhole
            : null;
      const partOf: Group | null = whole !== null && isPartOf(figure, m?.metric ?? 'other', whole) ? whole : null;
      const part = partOf !== null;
      const itemOfList = whole !== null && whole === listWhole;
      if (figure.unitClass === 'coop') listWhole = partOf;
      if (!sector.own && partOf?.sector) sector = { sector: partOf.sector, rule: 'sector.part_of_previous', own: true };
      // (… and a part named by a field outside its whole's is still in the whole's: "244 HTX nông nghiệp; trong đó, …, 129 HTX
      // dịch vụ tổng hợp" are agricultural; a field inside it stays, "120 HTX phi nông nghiệp, trong đó 30 HTX vận tải")
      else if (partOf?.sector && itemOfList && sector.sector !== null && sector.sector !== partOf.sector && !SECTOR_WITHIN[partOf.sector]?.has(sector.sector))
        sector = { sector: partOf.sector, rule: `${sector.rule ?? ''} sector.part_of_previous`.trim(), own: true };
      // new cooperatives that raise a sector's total are that sector's ("thành lập mới 33 HTX, …; đưa tổng số HTX nông
      // nghiệp lên 503 HTX")
      if (!sector.own && sector.sector === null && m?.metric === 'new_count' && figure.unitClass === 'coop') {
        const raised = RAISED_TOTAL.exec(doc.key.slice(figure.end, Math.min(sentence.end, figure.end + 160)));
        // (the total's words up to the end of its clause name the field too: "… nâng tổng số lên 275 HTX và THT nông nghiệp, …")
        const from = raised ? figure.end + raised.index : 0;
        const clauseEnd = raised ? endOfClause(doc.key, from + raised[0].length, sentence.end) : 0;
        const s = raised ? sectorIn(doc.key, from, clauseEnd) : null;
        if (s && s !== 'ambiguous') sector = { sector: s.sector, rule: `${s.rule} sector.raised_total`, own: true };
      }
      // a share of the group just counted is in that group's sector ("171 HTX … (chiếm 64,8%)")
      const counted = previous[previous.length - 1];
      if (!sector.own && m?.via === 'share' && counted?.ownSector) sector = { sector: counted.ownSector, rule: 'sector.share_of_previous', own: true };
      // the workers or members of the group its sentence counted just before ("… là 36 HTX, chiếm 22%, … và tạo việc làm
      // cho 361 lao động"): in that group's sector
      if (!sector.own && sector.sector === null && (metric === 'workers' || metric === 'members')) {
        // (the group before a breakdown in brackets, not the bracket's last part: "23 HTX (19 HTX nông nghiệp, 4 HTX phi nông
        // nghiệp) với 463 thành viên")
        const depth = bracketDepth(doc.key, sentence.start, figure.start);
        const group = [...previous]
          .reverse()
          .find((p) => p.figure !== figure && p.figure.unitClass === 'coop' && bracketDepth(doc.key, sentence.start, p.figure.start) <= depth);
        // (… not the last item of a breakdown of a larger whole: those people are the whole's)
        const lastOfBreakdown = group !== undefined && lastItemOfBreakdown(previous, sentence.start, group);
        if (
          group?.ownSector &&
          !lastOfBreakdown &&
          group.figure.start >= sentence.start &&
          PEOPLE_OF_GROUP.test(doc.key.slice(group.figure.end, figure.start))
        ) {
          sector = { sector: group.ownSector, rule: 'sector.people_of_previous_group', own: false };
        }
      }
      // (a part in brackets right after its whole, "giải thể 84 HTX (trong đó, 50 HTX nông nghiệp và 34 HTX phi nông nghiệp);
      // trong đó …", is no group a later "trong đó" picks from: the whole is)
      if (figure.unitClass === 'coop' && sector.own && sector.sector && !insideBracketAfterCount(doc.key, sentence.start, previous, figure)) {
        lastGroup = { block: block.id, sector: sector.sector, subject: figure.nounSubject, creditFunds: isCreditFundNoun(figure) };
        if (figure.nounSubject) lastOfKind.set(figure.nounSubject, lastGroup);
        groupsInSentence++;
      }
      // the cells of a table row share the row label's sector ("Tỷ lệ HTX nông nghiệp … (%): TH 2023 18,5; KH 2025 25")
      const rowHead = previous.find((p) => p.figure.fromRowLabel);
      if (!sector.own && rowHead?.ownSector && figure.fromRowLabel) sector = { sector: rowHead.ownSector, rule: 'sector.table_row', own: true };
      previous.push({
        figure,
        metric,
        metricVia: m?.via ?? null,
        ...(decided?.picksSubset || ofSubset ? { picksSubset: true } : {}),
        ownSector: sector.own ? sector.sector : null,
        tailEnd,
        leftStart,
      });
      const drop = (reason: DropReason, rule: string, keptAsOther = false): void => onDrop({ start: figure.start, end: figure.end, reason, rule, keptAsOther });
      // "14 quỹ" counts people's credit funds only where the text has named them
      if (figure.onlyInSector !== null && sector.sector !== figure.onlyInSector) {
        drop('drop.fund-not-credit', figure.nounRule ?? 'unit.noun');
        continue;
      }
      if (metric === 'other' && !COUNT_CLASSES.has(figure.unitClass) && figure.unitClass !== 'money' && figure.unitClass !== 'percent') {
        drop('drop.no-metric', m?.rule ?? 'metric.other.no_cue');
        continue;
      }
      if (metric === 'other' && !sentenceMentionsSubject) {
        drop('drop.no-subject', m?.rule ?? 'metric.other.no_cue');
        continue;
      }
      if (metric === 'other' && figure.unitClass === 'communes') {
        drop('drop.communes', m?.rule ?? 'metric.other.no_cue');
        continue;
      }

      let subject = decideSubject(ctx, metric);
      // "Toàn tỉnh có 1.045 tổ hợp tác nông nghiệp. Trong số đó, 40% hoạt động hiệu quả": the share is of that group
      if (partOf?.subject && subject.byDefault) subject = { subject: partOf.subject, rule: 'subject.part_of_previous' };
      // "Hiện có 415 HTX nông nghiệp. … Doanh thu bình quân 1,3 tỷ đồng/HTX": the passage speaks of that group
      // … and a count no larger than that group's is a part of it ("Hiện có 220 HTX nông nghiệp … 191 HTX đang hoạt
      // động"); a larger one is another whole ("Toàn tỉnh có 450 HTX")
      const isCount = metric === 'count' && figure.unitClass === 'coop';
      const passageSector =
        !sector.own && sector.sector === null && metric !== 'other' && metric !== 'ocop_products' && (metric !== 'count' || isCount)
          ? topic.sectorOf(subject.subject, isCount ? figure.value : null)
          : null;
      if (passageSector) sector = { sector: passageSector, rule: isCount ? 'sector.part_of_passage_group' : 'sector.passage_group', own: false };
      // (parts of a whole in a bracket after it open no group of their own: the whole stays the passage's)
      const earlier = previous.slice(0, -1);
      if (
        isCount &&
        figure.nounSubject &&
        !passageSector &&
        !part &&
        !ofCount &&
        !partOfThisSentence(doc.key, sentence.start, earlier, figure) &&
        !insideBracketAfterCount(doc.key, sentence.start, earlier, figure)
      ) {
        topic.counted(figure.nounSubject, sector.own ? sector.sector : null, figure.value);
      }
      (previous[previous.length - 1] as PreviousFigure).subject = subject.subject;
      // "Trong đó có 17 HTX nông nghiệp, 3 HTX vận tải, tiểu thủ công nghiệp, chợ": the second part is of several fields, so
      // it is no one sector's count, and not the count of all sectors either (it still ends the passage's group)
      // (an item of a list of other bodies, "8 hợp tác xã và 3 tổ hợp tác đăng ký hoạt động trên các lĩnh vực …", is a count of
      // its own kind, in all the fields listed, not a part)
      const itemOfOtherKind = (): boolean => {
        const itemBefore = [...earlier].reverse().find((p) => p.figure.unitClass === 'coop' && p.figure.start >= sentence.start);
        return !part && !ofCount && itemBefore !== undefined && itemBefore.figure.nounSubject !== figure.nounSubject;
      };
      // (… and so is a part of the new or dissolved ones: "thành lập mới 44 HTX. Trong đó …: nông nghiệp (30 HTX), công thương (9 HTX)")
      const countsBodies = metric === 'count' || METRIC_TRAITS[metric].event === true;
      if (sector.mixed && countsBodies && figure.unitClass === 'coop' && ((m?.via === 'list' && !itemOfOtherKind()) || part || ofCount || ofFlow !== null)) {
        drop('drop.mixed-part', `${m?.rule ?? ''} ${sector.rule ?? ''}`.trim());
        continue;
      }
      // a figure that names no body of its own is the collective economy's only where its paragraph,
      // a heading above it or the document's title speaks of it ("thu nhập bình quân đầu người của
      // tỉnh 58 triệu đồng" in a socio-economic report is not the cooperatives')
      // … or where the figure before it in the sentence counts enterprises or households, which it then speaks of
      // ("520 doanh nghiệp thành lập mới với tổng vốn đăng ký 4.870 tỷ đồng")
      const unowned =
        subject.ofUnownedWhole === true ||
        (subject.byDefault && (!aboutCooperatives(doc, block, chain, figure.start) || aboutOtherBodies(previous))) ||
        // OCOP products and shares of GRDP are the province's too: they are the cooperatives' only when the sentence says so
        // (… not only in a part of it named after it: "Toàn tỉnh có 773 sản phẩm OCOP, trong đó 60% do các HTX là chủ thể"
        // counts the province's)
        (METRIC_TRAITS[metric].needsBodyWord &&
          !SUBJECT_WORD.test(doc.key.slice(sentence.start, partAfter(doc.key, figure.end, sentence.end))) &&
          !(metric === 'grdp_share' && chain.some((a) => a.label !== null && SUBJECT_WORD.test(doc.key.slice(a.label.start, a.label.end)))));
      // one named cooperative's own figures are not the collective economy's
      if (metric !== 'other') {
        // (why, named steps: the first that holds; a named cooperative's figure says nothing for its list)
        const neither: DropReason = subject.named ? 'drop.named-cooperative' : 'drop.not-cooperatives';
        const notOurs: { rule: string; reason: DropReason; ownsItsList: boolean } | null = unowned
          ? { rule: 'records.unowned', reason: neither, ownsItsList: true }
          : findAll(R.abroad, doc.key, sentence.start, figure.start).length > 0
            ? { rule: 'subject.abroad', reason: neither, ownsItsList: false }
            : provinceClause(doc, chain, sentence, figure, clauseEnd)
              ? { rule: 'records.province_clause', reason: neither, ownsItsList: false }
              : subject.named
                ? { rule: subject.rule, reason: 'drop.named-cooperative', ownsItsList: false }
                : figure.unitClass !== 'coop' && profilesOneCooperative(ctx)
                  ? { rule: 'subject.profiles_one_cooperative', reason: 'drop.named-cooperative', ownsItsList: false }
                  : null;
        if (notOurs !== null) {
          drop(notOurs.reason, `${m?.rule ?? ''} ${notOurs.rule}`.trim());
          // (a figure that is not the cooperatives' still says what it counts, for the items of its list: "Toàn huyện
          // có 34 sản phẩm OCOP, trong đó 22 sản phẩm do HTX làm chủ thể"; a named cooperative's figure says nothing)
          if (!notOurs.ownsItsList)
            previous[previous.length - 1] = {
              ...(previous[previous.length - 1] as PreviousFigure),
              metric: 'other',
              ...(notOurs.reason === 'drop.named-cooperative' ? { named: true as const } : {}),
            };
          // (… but it owns nothing for its parts: "184 sản phẩm OCOP, trong đó 1 sản phẩm 5 sao" are the province's too)
          else previous[previous.length - 1] = { ...(previous[previous.length - 1] as PreviousFigure), unowned: true };
          continue;
        }
      }
      const scope = decideScope(ctx);
      // "mỗi năm thành lập mới từ 3 đến 5 HTX và 8 - 10 tổ hợp tác": the list shares "mỗi năm"
      const listHead =
        m?.via === 'list' || m?.via === 'event_part'
          ? [...previous].reverse().find((p) => p !== previous[previous.length - 1] && p.figure.unitClass === figure.unitClass)
          : undefined;
      const recurring = scope.recurring || listHead?.recurring === true;
      (previous[previous.length - 1] as PreviousFigure).recurring = recurring;
      // (an average with no period shares the next one's, told for another group right after it: "thu nhập bình quân của thành
      // viên đạt 4,2 triệu đồng và của người lao động là 3,9 triệu đồng/tháng")
      const rateAfter =
        next !== undefined &&
        figure.unitClass === 'money' &&
        next.unitClass === 'money' &&
        !figure.per.month &&
        !figure.per.year &&
        (next.per.month || next.per.year) &&
        SHARED_RATE_GLUE.test(doc.key.slice(figure.end, next.start));
      const rated = rateAfter ? { ...figure, per: { ...figure.per, month: next.per.month, year: next.per.year } } : figure;
      const unit = unitOf(rated, metric, recurring);
      // a level counted per year is a flow: "hỗ trợ ít nhất 2 HTX/năm từ trung bình lên khá"
      if (unit === 'count/year' && METRIC_TRAITS[metric].stock) {
        drop('drop.stock-per-year', `${m?.rule ?? ''} records.stock_per_year`.trim());
        continue;
      }
      const rules = [m?.rule ?? 'metric.other.no_cue', subject.rule, ...(sector.rule ? [sector.rule] : []), scope.statusRule, scope.yearRule, ...figure.rules]
        .join(' ')
        .split(' ');
      const record: DraftRecord = {
        subject: subject.subject,
        metric,
        sector: sector.sector,
        status: scope.status,
        year: scope.year,
        unit,
        value: figure.value,
        value_max: figure.valueMax,
        comparator: figure.comparator,
        quote: doc.text.slice(figure.start, figure.end),
        sentence: doc.text.slice(sentence.start, sentence.end),
        start: figure.start,
        end: figure.end,
        section_path: sectionPath(doc, chain),
        rules: [...new Set(rules)],
        decided: {
          metric: m?.rule ?? 'metric.other.no_cue',
          subject: subject.rule,
          sector: sector.rule ?? 'sector.none (no sector cue: all sectors)',
          status: scope.statusAt ? `${scope.statusRule} «${doc.text.slice(scope.statusAt.start, scope.statusAt.end)}»` : scope.statusRule,
          year: scope.yearRule,
          figure: figure.rules.join(' '),
        },
      };
      const key = [record.subject, record.metric, record.sector, record.status, record.year, record.unit, record.value, record.value_max].join('|');
      if (seen.has(key)) {
        drop('drop.duplicate', 'records.one_per_fact');
        continue;
      }
      seen.add(key);
      records.push(record);
    }
    topic.sentenceEnd();
    // a breakdown by sector ("459 HTX dịch vụ nông nghiệp, 137 HTX phi nông nghiệp và 59 quỹ tín dụng nhân dân")
    // leaves no one group for a later "Trong đó, …" to be a part of
    // … and so does one written an item a line, each item a group of its own sector ("+ HTX xây dựng: 02 HTX." /
    // "+ HTX tín dụng: 85 HTX. Trong đó, số HTX thành lập mới là 01 HTX": the new ones are of the whole)
    const itemGroup = groupsInSentence === 1 && block.kind === 'item' && lastGroup?.block === block.id ? lastGroup : null;
    const breakdownByItems =
      itemGroup !== null &&
      lastItemGroup !== null &&
      lastItemGroup.block !== block.id &&
      lastItemGroup.parent === block.parent &&
      lastItemGroup.sector !== itemGroup.sector;
    if (itemGroup) lastItemGroup = { block: block.id, parent: block.parent, sector: itemGroup.sector };
    if (groupsInSentence > 1 || breakdownByItems) {
      lastGroup = null;
      lastOfKind.clear();
    }
    if (breakdownByItems && itemGroup.subject) topic.endGroup(itemGroup.subject);
  }
  return withoutRestatedHeadline(doc, records, onDrop);
}

/**
 * One record per fact: a headline that restates a figure of the body ("Bến Tre: dự kiến phát triển mới 75 hợp tác xã"
 * above "Dự kiến trong 5 năm 2020 – 2025, tỉnh sẽ phát triển mới 75 hợp tác xã") gives it no record of its own; the
 * body's, with its time and scope, is the one kept.
 */
function withoutRestatedHeadline(doc: DocView, records: DraftRecord[], onDrop: DropSink): DraftRecord[] {
  const title = doc.meta.title?.split('\n')[0]?.trim();
  if (!title || title.length > HEADLINE_MAX) return records;
  const at = doc.text.slice(0, 1000).indexOf(title);
  if (at < 0) return records;
  const inHeadline = (r: DraftRecord): boolean => r.start >= at && r.end <= at + title.length;
  const fact = (r: DraftRecord): string => [r.subject, r.metric, r.sector, r.unit, r.value, r.value_max].join('|');
  const body = new Set(records.filter((r) => !inHeadline(r)).map(fact));
  return records.filter((r) => {
    if (!inHeadline(r) || r.metric === 'other' || !body.has(fact(r))) return true;
    onDrop({ start: r.start, end: r.end, reason: 'drop.duplicate', rule: 'records.headline_restated', keptAsOther: false });
    return false;
  });
}

/** Where the clause that goes on at `from` ends: its first comma, semicolon or full stop (not one inside a number), or `limit`. */
function endOfClause(key: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = key[i];
    if ((c === ',' || c === '.') && i + 1 < limit && key.charCodeAt(i + 1) >= 48 && key.charCodeAt(i + 1) <= 57) continue;
    if (c === ',' || c === ';' || c === '.') return i;
  }
  return limit;
}
