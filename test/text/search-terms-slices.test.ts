/** Search terms of a huge briefing, worked out in slices, are exactly those worked out at once. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleInfo } from '../../src/parser/index.ts';
import { briefingTerms, briefingTermsInSlices } from '../../src/text/search-fold.ts';

const article = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');
// ~200 KB with some English mixed in: many slices, both folds.
const big = parseArticleInfo(
  Array.from({ length: 40 }, (_, i) => `${article}\n\nThe envoy said on day ${i} that talks with Tehran would resume.`).join('\n\n'),
).briefing;

describe('briefingTermsInSlices', () => {
  it('gives the same terms as briefingTerms', async () => {
    const once = briefingTerms(big);
    const sliced = await briefingTermsInSlices(big);
    expect(once.all.size).toBeGreaterThan(500);
    expect([...sliced.all].sort()).toEqual([...once.all].sort());
    expect([...sliced.title].sort()).toEqual([...once.title].sort());
    expect([...sliced.names].sort()).toEqual([...once.names].sort());
  });

  it('lets other work run while it indexes a large briefing', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await briefingTermsInSlices(big);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
