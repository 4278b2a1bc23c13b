import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «بريت ماكغورك الموفد الخاص للرئيس الأمريكي دونالد ترامب إلى التحالف» (dev 07), «مستشار الرئيس
// الأمريكي دونالد ترامب» (pool 165): Trump was given the envoy's and the adviser's titles. A world
// figure named inside another's title holds the part of it the lexicon knows as theirs, when a
// ل or a noun in construct governs it; a row of the figure's own titles stays whole.
describe('a world figure named inside another’s title', () => {
  it('holds only the title the lexicon knows as theirs', () => {
    const b = parseArticle(['التحالف الدولي', 'وأوضح بريت ماكغورك الموفد الخاص للرئيس الأمريكي دونالد ترامب إلى التحالف في مؤتمر صحافي أن الدول قدمت تعهدات.'].join('\n'));
    expect(b.people.find((p) => p.name.ar === 'دونالد ترامب')?.role.ar).toBe('الرئيس الأمريكي');
  });

  it('and after a noun in construct', () => {
    const b = parseArticle(['البيت الأبيض', 'وجرى اتصال هاتفي بين ولي العهد السعودي وجاريد كوشنر صهر ومستشار الرئيس الأمريكي دونالد ترامب، بشأن الإعلامي جمال خاشقجي.'].join('\n'));
    expect(b.people.find((p) => p.name.ar === 'دونالد ترامب')?.role.ar).toBe('الرئيس الأمريكي');
  });
});
