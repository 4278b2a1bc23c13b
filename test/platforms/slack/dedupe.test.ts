import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../../src/platforms/slack/dedupe.ts';

describe('SeenIds', () => {
  it('says yes once per id within the TTL, and again after it', () => {
    let now = 0;
    const s = new SeenIds(1000, () => now);
    expect(s.firstTime('Ev1')).toBe(true);
    expect(s.firstTime('Ev1')).toBe(false);
    expect(s.firstTime('Ev2')).toBe(true);
    now = 1500;
    expect(s.firstTime('Ev1')).toBe(true);
  });

  it('stays bounded', () => {
    const s = new SeenIds(60_000, () => 0, 100);
    for (let i = 0; i < 1000; i++) s.firstTime(`Ev${i}`);
    expect((s as unknown as { seen: Map<string, number> }).seen.size).toBeLessThanOrEqual(100);
    expect(s.firstTime('Ev999')).toBe(false); // the newest are kept
  });
});
