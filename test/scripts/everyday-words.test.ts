import { describe, expect, it } from 'vitest';
import { everydayWordsIn } from '../../scripts/lib/everyday-words.ts';

describe('everyday words of a text (the list cv:people --hide-everyday rebuilds per fold)', () => {
  it('takes words written with the article or a pronoun ending, not a nisba\'s bare name shape', () => {
    const ws = everydayWordsIn('قال وزير الخارجية إن الحكومة ستعقد اجتماعها المقبل مع سعيد العشراوي في القاهرة.');
    expect(ws.has('خارجية')).toBe(true);
    expect(ws.has('حكومة')).toBe(true);
    expect(ws.has('اجتماع')).toBe(true); // اجتماعها: the pronoun off
    expect(ws.has('سعيد')).toBe(false);
  });

  it('reads nothing from English copy', () => {
    expect(everydayWordsIn('The minister said the talks would resume.').size).toBe(0);
  });
});
