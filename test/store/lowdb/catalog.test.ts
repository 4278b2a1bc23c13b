import { describe, expect, it } from 'vitest';
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
