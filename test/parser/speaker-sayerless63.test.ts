/**
 * Round thirty-five (issue 11: a speaker is always someone): a one-word speaker that is a verb, with
 * its و and an object pronoun too, or an everyday word behind a glued preposition, is no one: the
 * statement is shown unattributed. Common nouns, bodies and names stay. The end-to-end sentence is
 * constructed after a wire-copy pattern, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { sayerless } from '../../src/parser/quotes-ar.ts';

describe('speakers that are no one', () => {
  it('knows verbs and prepositional phrases from bodies, sources and names', () => {
    for (const w of ['تلخص', 'ويقدم', 'يجمعنا', 'بجوار']) expect(sayerless(w), w).toBe(true);
    // (a complementiser, with its ب and pronoun: the start of what was said)
    for (const w of ['بأنهم', 'أنه', 'وإنها']) expect(sayerless(w), w).toBe(true);
    for (const w of ['الشرطة', 'المملكة', 'تصريح', 'فيسبوك', 'ترامب', 'تيلرسون', 'يوسف', 'داميان']) expect(sayerless(w), w).toBe(false);
    // a phrase of two words is judged elsewhere
    expect(sayerless('وزارة الخارجية')).toBe(false);
  });

  it('shows a statement whose only candidate is a verb as unattributed', () => {
    const text = 'وقال المحامي داميان إن القرار مهم. في نهاية المطاف، يقول داميان إن حكم المحكمة الجديد يبعث بـ "الأمل والعزم". لذا يجب "احتضان التنوع، والتركيز على ما يجمعنا".';
    const speakers = parseArticle(text).quotes.map((q) => q.speaker.ar);
    expect(speakers).not.toContain('يجمعنا');
  });
});
