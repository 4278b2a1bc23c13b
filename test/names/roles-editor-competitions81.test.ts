import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «رئيس تحرير موقع بي بي سي عربي» (pool 063) read "head of BBC Arab", «رئيس تحرير صحيفة الأهرام»
// "Al-Ahram head": the lexicon knew the editor-in-chief only with the article. And «كبير هدافي ريال
// مدريد ودوري أبطال أوروبا عبر التاريخ» (pool 044) read "senior Real Madrid Europe history".
describe('an editor-in-chief in construct, and football’s competitions', () => {
  it('is the editor-in-chief of the outlet', () => {
    expect(translateRole('رئيس تحرير صحيفة الأهرام')).toBe('Al-Ahram editor-in-chief');
    expect(translateRole('رئيسة تحرير صحيفة إيكونومست')).toMatch(/^editor-in-chief of /);
  });

  it('names the Champions League, the Premier League and the World Cup', () => {
    expect(translateRole('كبير هدافي ريال مدريد ودوري أبطال أوروبا عبر التاريخ')).toBe('top scorer of Real Madrid and Champions League history');
    expect(translateRole('نجم الدوري الإنجليزي الممتاز')).toBe('Premier League star');
  });
});
