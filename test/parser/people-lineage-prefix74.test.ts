import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/article.ts';

// An Arabic name is a chain of given names, written longer or shorter from one mention to the next
// (خالد مصطفى، later خالد مصطفى محمد). With no family name, no key linked the two and the longer
// became a second person who took the first one's words (pool 101, pool 157).
describe('a name written with more of its forebears', () => {
  it('is the same person, named in full', () => {
    const b = parseArticle(article(
      'بدأت السلطات التحقيقات مع المصري خالد مصطفى فور ترحيله.',
      'وقالت النيابة إنها استلمت المتهم خالد مصطفى محمد والعودة به إلى القاهرة.',
      'وقال مصطفى إن دافعه كان طلب اللجوء.',
    ));
    expect(b.people.map((p) => p.name.ar)).toEqual(['خالد مصطفى محمد']);
    expect(b.quotes.at(-1)!.speaker.ar).toBe('خالد مصطفى محمد');
  });

  it('not over a word the names data does not know (a span run on)', () => {
    // (dev 20: «وشهد … وأبي أحمد توقيع عدد من مذكرات التفاهم» reads أبي أحمد توقيع, an invention
    // of its own; it must not take Abiy Ahmed's place and words)
    const b = parseArticle(readFileSync(join(import.meta.dirname, '../fixtures/corpus/ant-dev/20.txt'), 'utf8'));
    expect(b.people.map((p) => p.name.ar)).toContain('أبي أحمد');
    expect(b.quotes.filter((q) => q.speaker.ar.startsWith('أبي أحمد')).map((q) => q.speaker.ar)).toEqual(['أبي أحمد']);
  });
});
