import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Invented sentences (round twenty-four, speakers47): people-finder faults that left a quotation's
// speaker with no candidate at all.
const names = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('a nationality between two names', () => {
  it('a nationality inside a tagged span splits it: «نقل X السويدي Y» is two people', () => {
    const t = 'وصف الإيطالي مينو رايولا مدرب الفريق بالمنافق. وقال رايولا إن "المدرب جبان". وكان رايولا قد نقل رايولا السويدي إبراهيموفيتش إلى برشلونة عام 2009.';
    const ps = names(t);
    expect(ps).toContain('مينو رايولا');
    expect(ps.some((n) => n.includes('السويدي'))).toBe(false);
    // (the quotation goes to the agent, who is now a person of the article)
    expect(parseArticle(t).quotes.every((q) => q.speaker.ar === 'مينو رايولا')).toBe(true);
  });
});
