import { describe, expect, it } from 'vitest';
import { hideLexiconEntries, lexicon, LexiconError } from '../../src/names/lexicon.ts';
import { hidingFor, listHidingFor } from '../../scripts/lib/hide-lexicon.ts';
import type { Gold } from '../../src/eval/gold-score.ts';

const gold = (people: Gold['people']): Gold => ({ people, quotes: [], precedents: [] });

// This file's process loads the lexicon with a held-out article's people hidden (vitest's forks
// pool gives each file its own process), as `npm run cv:people -- --hide-lexicon` does per fold.
describe('hiding lexicon entries for honest cross-validation', () => {
  const h = hidingFor([gold([{ ar: 'بوتين', en: 'Putin' }, { ar: 'ساترفيلد', en: 'Satterfield' }])], [gold([{ ar: 'إيمانويل ماكرون', en: 'Emmanuel Macron' }])], true);

  it('picks the held-out gold people by the eval matcher and only their unseen given names', () => {
    expect(h.person!({ ar: 'فلاديمير بوتين', arVariants: [], en: 'Vladimir Putin', aliases: [] })).toBe(true);
    expect(h.person!({ ar: 'إيمانويل ماكرون', arVariants: [], en: 'Emmanuel Macron', aliases: [] })).toBe(false);
    const h2 = hidingFor([gold([{ ar: 'إيمانويل فالس', en: 'Manuel Valls' }, { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }])], [gold([{ ar: 'إيمانويل ماكرون', en: 'Emmanuel Macron' }])], true);
    expect(h2.given!({ ar: 'فلاديمير', arVariants: [], en: 'Vladimir', common: false })).toBe(true);
    expect(h2.given!({ ar: 'إيمانويل', arVariants: [], en: 'Emmanuel', common: false })).toBe(false);
    expect(hidingFor([gold([{ ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }])], [], false).given).toBeUndefined();
  });

  it('loads the lexicon without them, and refuses once loaded', () => {
    hideLexiconEntries(h);
    const lex = lexicon();
    expect(lex.personByAr.has('فلاديمير بوتين')).toBe(false);
    expect(lex.personByAr.size).toBeGreaterThan(100);
    expect(() => hideLexiconEntries({})).toThrow(LexiconError);
  });

  it('hides organisations and places only the held-out texts write (cv:people --hide-lists)', () => {
    const l = listHidingFor(['قالت وكالة تسنيم إن الوفد وصل إلى تبريز'], ['وصل الوفد إلى طهران']);
    const org = (ar: string) => ({ ar, arVariants: [], en: 'x', aliases: [], kind: 'agency' as const });
    const place = (ar: string) => ({ ar, arVariants: [], en: 'x', aliases: [] });
    expect(l.org!(org('وكالة تسنيم'))).toBe(true);
    expect(l.place!(place('تبريز'))).toBe(true);
    expect(l.place!(place('طهران'))).toBe(false); // the training copy writes it too
    expect(l.org!(org('وكالة فارس'))).toBe(false); // no text writes it
  });
});
