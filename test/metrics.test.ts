import { describe, expect, it } from 'vitest';
import { METRICS } from '../pipeline/record.ts';
import { METRIC_TRAITS, traitsOf } from '../pipeline/metrics.ts';
import { metricLabel } from '../pipeline/report/format.ts';

describe('the metric table', () => {
  it('has one row per metric of the record contract, and no other', () => {
    expect(Object.keys(METRIC_TRAITS).sort()).toEqual([...METRICS].sort());
  });
  it('reads a stored metric name, and nothing for a name that is none', () => {
    expect(traitsOf('income_avg')?.average).toBe(true);
    expect(traitsOf('count')?.average).toBe(false);
    expect(traitsOf('toString')).toBeUndefined();
    expect(traitsOf('nope')).toBeUndefined();
  });
  it('gives the report its labels', () => {
    expect(metricLabel('dissolved_count')).toBe('Giải thể');
    expect(metricLabel('not_a_metric')).toBe('not_a_metric');
  });
});
