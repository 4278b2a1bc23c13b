import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/types.ts';
import { resolveBriefing, ResolveError } from '../../src/overlay/resolve.ts';

const stored = ['b-74dff59de7f8e1ad', 'b-74aa000000000000', 'b-1234567890abcdef'].map((id) => ({ id }) as Briefing);
const config = { MUJAZ_ARTICLE: 'data/russia-iran-partnership.ar.txt' };

describe('resolveBriefing', () => {
  it('finds a stored briefing by the start of its id, with or without "b-"', () => {
    expect(resolveBriefing('b-74dff5', config, stored).briefing.id).toBe('b-74dff59de7f8e1ad');
    expect(resolveBriefing('74DFF5', config, stored).briefing.id).toBe('b-74dff59de7f8e1ad');
  });
  it('refuses an ambiguous or unknown prefix with a clear message', () => {
    expect(() => resolveBriefing('74', config, stored)).toThrow(/matches 2 briefings/);
    expect(() => resolveBriefing('ffff', config, stored)).toThrow(/no stored briefing id starts with "ffff"/);
    expect(() => resolveBriefing('../x y', config, stored)).toThrow(ResolveError);
  });
  it('parses "sample" and article files', () => {
    const r = resolveBriefing('sample', config, []);
    expect(r.from).toBe('file');
    expect(r.briefing.lang).toBe('ar');
    expect(resolveBriefing('data/russia-iran-partnership.ar.txt', config, []).briefing.id).toBe(r.briefing.id);
  });
});
