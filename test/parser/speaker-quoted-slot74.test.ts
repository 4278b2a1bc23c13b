import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// A quotation split in two around the speaker's words (أن "…" بفرض … "…"): the words inside the
// first part are quoted, not a clause with a subject's slot. «وغير المبرر للولايات المتحدة» gave
// the second part to "المبرر" when the people finder missed the commissioner (pool 208, held out).
describe('a phrase inside another quotation', () => {
  it('is never offered as the speaker', () => {
    const b = parseArticle(article(
      // (a name no list knows, as on unseen copy)
      'وأعلنت مفوضة التجارة كزبلا برطلوم هذا الأسبوع أن "القرار الأحادي وغير المبرر للولايات المتحدة" بفرض تلك الرسوم الجمركية "لم يترك لنا من خيار آخر".',
      'وتابعت "لا يمكن خرق قواعد التجارة الدولية دون رد فعل من جانبنا".',
    ));
    expect(b.quotes).toHaveLength(3);
    for (const q of b.quotes) expect(q.speaker.ar).toMatch(/برطلوم$/);
  });
});
