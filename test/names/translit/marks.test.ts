import { describe, expect, it } from 'vitest';
import { insertKind, insertSrc, markMask, markSrc, unmark } from '../../../src/names/translit/marks.ts';

const sym = (c: number) => String.fromCharCode(0xe000 + c);

describe('look-ahead marks of Arabic letters', () => {
  it('inserts a class symbol before a letter followed by ا, و, ي or the end', () => {
    const next = markMask('next');
    // كامل: ك before ا (2), ا before م (none), م before ل (none), ل last (1)
    expect(insertSrc('كامل', next)).toBe(`${sym(2)}كام${sym(1)}ل`);
    // يوسف: ي before و (3), ف last
    expect(insertSrc('يوسف', next)).toBe(`${sym(3)}يوس${sym(1)}ف`);
    // only the classes asked for
    expect(insertSrc('كامل', markMask('end'))).toBe(`كام${sym(1)}ل`);
    expect(insertSrc('كامل', 0)).toBe('كامل');
    // a symbol the model lacks is left out
    expect(insertSrc('كامل', next, (c) => c !== sym(2))).toBe(`كام${sym(1)}ل`);
  });

  it('reads the classes back from a model graphones and takes marks off texts', () => {
    expect(insertKind([sym(1), 'ك', sym(3), 'ل'])).toBe(markMask('end,waw'));
    expect(insertKind(['ك', 'ل'])).toBe(0);
    const marked = markSrc('كامل', markMask('next'));
    expect(marked).not.toBe('كامل');
    expect(marked.length).toBe(4);
    expect(unmark(marked)).toBe('كامل');
  });
});
