// Warming the engine up: every warm-up query exercises the matcher (finds notices in the
// sample library; an empty search would warm nothing), and warming an index changes
// nothing anyone then finds in it.
import { describe, expect, it } from 'vitest';
import { SearchIndex, WARM_UP_QUERIES, warmUpOn, warmUpOnSample } from '../../../shared/search/index.ts';
import { warmUpSampleDocs } from '../../../shared/search/warm-up.ts';
import { bulletinDocs } from '../../support/bulletin-docs.ts';

describe('warming the search engine up', () => {
  it('runs on its own sample library a step at a time', () => {
    const steps = [...warmUpOnSample(1)];
    // The sample library is built 20 notices a step, then one step a query.
    expect(steps).toHaveLength(warmUpSampleDocs().length / 20 + WARM_UP_QUERIES.length);
  });

  it('has queries that each find notices in its sample library', () => {
    const index = new SearchIndex();
    index.addAll(warmUpSampleDocs());
    const empty = WARM_UP_QUERIES.filter((query) => index.search({ query, limit: 1 }).total === 0);
    expect(empty).toEqual([]);
  });

  it('changes nothing a search then finds', () => {
    const index = new SearchIndex();
    index.addAll(bulletinDocs());
    const queries = ['绿色工厂', '工信部', '专精特新 补助', 'lvse gongchang', '关于印发 管理办法'];
    const before = queries.map((query) => index.search({ query, limit: 20 }));
    for (const _ of warmUpOn(index)) continue;
    const after = queries.map((query) => index.search({ query, limit: 20 }));
    expect(after).toEqual(before);
    // And its snippets still mark what the last search found.
    expect(index.snippet('绿色工厂', ['本市绿色工厂名单如下。']).ranges.length).toBeGreaterThan(0);
  });
});
