import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Issue 11: a speaker is someone, never a clause. A verb of saying or belief joined by و after a comma
// goes on with the main clause's subject, not a noun inside the content the first verb reports.
const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));
const find = (t: string, words: string) => quotes(t).find((q) => q.text.includes(words));

describe('Arabic quotes: a verb joined by و after reported content', () => {
  it('ويرى after «قال X إن …،» is X\'s, not the first statement\'s text', () => {
    const t = 'عنوان تجريبي\n\nوقال المهندس كريم الزعبي إن الشركة ستبدأ العمل الشهر المقبل، ويرى أن السوق تحتاج إلى مزيد من الاستثمار.';
    expect(find(t, 'السوق تحتاج')).toMatchObject({ who: 'كريم الزعبي', kind: 'indirect' });
    expect(quotes(t).some((q) => q.who.includes('ستبدأ'))).toBe(false);
  });

  it('the same with no finite verb in the reported content, and a woman speaking', () => {
    const t = 'عنوان تجريبي\n\nوقالت الوزيرة سلمى الحداد إن الأسعار مرتفعة جدا، وترى أن الحكومة تحتاج إلى خطة جديدة.';
    expect(find(t, 'الحكومة تحتاج')).toMatchObject({ who: 'سلمى الحداد' });
  });
});
