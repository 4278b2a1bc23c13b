import { describe, expect, it } from 'vitest';
import { makeBriefing } from '../../digest/fixtures/briefings.ts';
import { Catalog } from '../../../src/store/lowdb/catalog.ts';

/** A catalog of ingest times, ids in the order given; '' is an entry with no ingest time. */
function catalogOf(times: string[]): Catalog {
  const c = new Catalog();
  times.forEach((t, i) => c.set({ id: `b${i}`, ingestedAt: t, parserVersion: 1 }));
  return c;
}

describe('a catalog interval (what a digest lists and counts)', () => {
  const c = catalogOf(['2026-06-10T06:00:00Z', '', '2026-06-10T08:00:00.000Z', '2026-06-10T07:00:00Z', '', '2026-06-10T09:00:00Z']);

  it('lists (after, upTo] newest first, and counts it whole whatever the limit', () => {
    expect(c.ingestedIn(undefined, '2026-06-10T08:00:00Z', 10).map((e) => e.id)).toEqual(['b2', 'b3', 'b0']);
    expect(c.ingestedIn(undefined, '2026-06-10T08:00:00Z', 2).map((e) => e.id)).toEqual(['b2', 'b3']);
    expect(c.countIngestedIn(undefined, '2026-06-10T08:00:00Z')).toBe(3);
    expect(c.countIngestedIn('2026-06-10T06:00:00Z', '2026-06-10T09:00:00Z')).toBe(3);
    expect(c.ingestedIn('2026-06-10T06:00:00.000Z', '2026-06-10T07:00:00Z', 10).map((e) => e.id)).toEqual(['b3']);
  });

  it('never puts an entry with no ingest time in an interval', () => {
    expect(c.countIngestedIn(undefined, '2030-01-01T00:00:00Z')).toBe(4);
    expect(c.ingestedIn(undefined, '2030-01-01T00:00:00Z', 10).map((e) => e.id)).toEqual(['b5', 'b2', 'b3', 'b0']);
    expect(c.countIngestedIn(undefined, '2026-06-10T05:00:00Z')).toBe(0);
    expect(c.countIngestedIn('2026-06-10T10:00:00Z', '2026-06-10T09:00:00Z')).toBe(0);
  });
});

describe('catalog search candidates', () => {
  /** Briefings b0 … b(n-1), b(n-1) newest; each says "iran" in a point, the titles as given. */
  function library(n: number, title: (i: number) => string): Catalog {
    const c = new Catalog();
    for (let i = 0; i < n; i++) {
      const b = makeBriefing(`b${i}`, new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString(), { title: title(i) });
      b.summary.en[0] = `Iran point ${i}`;
      c.set({ id: b.id, ingestedAt: b.meta.ingestedAt!, parserVersion: 1 });
      c.indexBody(b);
    }
    return c;
  }

  it('gives the newest matches when no title holds the word (the walk stops early, the result is the same)', () => {
    const c = library(200, (i) => `Title ${i}`);
    expect(c.candidates(['iran'], 3).map((x) => x.id)).toEqual(['b199', 'b198', 'b197']);
  });

  it('still puts an old briefing whose title holds the word first', () => {
    const c = library(200, (i) => (i === 5 ? 'Iran talks' : `Title ${i}`));
    expect(c.candidates(['iran'], 3).map((x) => [x.id, x.titleWords])).toEqual([['b5', 1], ['b199', 0], ['b198', 0]]);
    // two words: all of them in the title beats one of them
    const d = library(50, (i) => (i === 3 ? 'Iran point talks' : i === 7 ? 'Point made' : `Title ${i}`));
    expect(d.candidates(['iran', 'point'], 3).map((x) => x.id)).toEqual(['b3', 'b7', 'b49']);
  });

  it('leaves out a briefing’s replaced version', () => {
    const c = library(20, (i) => (i === 2 ? 'Iran first' : `Title ${i}`));
    const b = makeBriefing('b2', c.get('b2')!.ingestedAt, { title: 'Nothing here' });
    c.set({ id: 'b2', ingestedAt: b.meta.ingestedAt!, parserVersion: 2 });
    c.indexBody({ ...b, parserVersion: 2 });
    expect(c.candidates(['iran'], 2).map((x) => x.id)).toEqual(['b19', 'b18']);
  });
});
