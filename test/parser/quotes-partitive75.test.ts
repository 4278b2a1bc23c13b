import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// A quantity of a group (العديد من الخبراء، كثير من المواطنين) ended at its من: «ويحذر العديد من
// الخبراء من تطبيق …» took the group's من for the verb's own and quoted «الخبراء من تطبيق …» from
// "many" (pool 216, pool 292); كثير was read as the given name Kathir.
describe('a quantity of a group as the speaker', () => {
  it('keeps its من and the group before the verb\'s preposition', () => {
    const q = parseByRules(article('ويحذر العديد من الخبراء من تطبيق سياسة صارمة جدا على الطبقات.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.speaker.en, x.text])).toEqual([['العديد من الخبراء', 'many experts', 'تطبيق سياسة صارمة جدا على الطبقات']]);
  });

  it('is no given name', () => {
    const q = parseByRules(article('وأعرب كثير من المواطنين عن قلقهم من ارتفاع الأسعار.')).quotes;
    expect(q.map((x) => [x.speaker.ar, x.speaker.en])).toEqual([['كثير من المواطنين', 'many citizens']]);
  });

  it('reads dozens and hundreds in English', () => {
    const q = parseByRules(article('وطالب عشرات من المحتجين بإقالة الحكومة الحالية فورا.', 'وقال مئات المحتجين إن الحكومة فاشلة.')).quotes;
    expect(q.map((x) => x.speaker.en)).toEqual(['dozens of protesters', 'hundreds of protesters']);
  });
});
