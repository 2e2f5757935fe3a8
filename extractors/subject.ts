/** Which body a figure is about: HTX, THT, liên hiệp HTX, or the collective economy as a whole. */
import { findAll, type RuleHit } from '../rules/rule.ts';
import type { SubjectValue } from '../rules/subjects.ts';
import type { Metric, Subject } from '../pipeline/record.ts';
import { outermost, type FigureContext } from './context.ts';
import { R } from './rulesets.ts';
import { keyRegExp } from '../pipeline/normalise.ts';

export interface SubjectDecision {
  subject: Subject;
  rule: string;
}

function mentions(key: string, from: number, to: number): RuleHit<SubjectValue>[] {
  return outermost(findAll(R.subject, key, from, to)).filter((h) => h.rule.value.subject !== null);
}

const OWNER = keyRegExp(String.raw`^\s*(ở\s+)?(trong|của|tại|thuộc)\s+(các\s+)?$`);

export function decideSubject(ctx: FigureContext, metric: Metric): SubjectDecision {
  const { key } = ctx.doc;
  const f = ctx.figure;
  // 1. the count noun or the rate's denominator: "35 HTX", "1,7 tỷ đồng/HTX"
  if (f.nounSubject) return { subject: f.nounSubject, rule: 'subject.unit_noun' };
  if (f.percentOf) return { subject: f.percentOf, rule: 'subject.percent_of' };
  // 2. an owner right after the unit: "14.650 lao động ở trong HTX và tổ hợp tác"
  const after = mentions(key, f.unitEnd, Math.min(ctx.clauseEnd, f.unitEnd + 60))[0];
  if (after && OWNER.test(key.slice(f.unitEnd, after.start))) {
    return { subject: after.rule.value.subject as Subject, rule: after.rule.id };
  }
  // 3. the nearest mention in the figure's own phrase
  const own = mentions(key, ctx.leftStart, f.numStart);
  const nearest = own[own.length - 1];
  if (nearest) return { subject: nearest.rule.value.subject as Subject, rule: nearest.rule.id };
  // 4. the nearest strong mention earlier in the sentence
  const earlier = mentions(key, ctx.sentence.start, ctx.leftStart).filter((h) => !h.rule.value.weak);
  const prior = earlier[earlier.length - 1];
  if (prior) return { subject: prior.rule.value.subject as Subject, rule: prior.rule.id };
  // 5. what the metric is usually about
  if (metric === 'grdp_share') return { subject: 'kttt', rule: 'subject.default.grdp' };
  return { subject: 'htx', rule: 'subject.default' };
}
