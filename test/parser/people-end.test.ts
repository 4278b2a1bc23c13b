import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { gluedMention, reportNounAt } from '../../src/parser/people-ar.ts';
import { tokenize } from '../../src/parser/tokens.ts';

const toks = (text: string) => tokenize(text, [{ text, start: 0, end: text.length, para: 0 }], 'ar');
const at = (ts: ReturnType<typeof toks>, w: string) => ts.findIndex((t) => t.text === w);
const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('where a name ends (people29, out-of-fold errors)', () => {
  it('goes on past a third word the tagger is sure of, though a noun in construct follows it', () => {
    // (the end-of-name rule wants a third word followed by a clear stop; مطلع is none)
    expect(names(['وأعلن رئيس المفوضية الأوروبية جان كلود يونكر مطلع الشهر الماضي خطة جديدة للتجارة.'])).toContain('جان كلود يونكر');
  });

  it('takes a word with a pronoun ending before a complementiser for the verbal noun of saying', () => {
    const ts = toks('ونقلت الوكالة عن وزير الداخلية عبد العزيز بن سعود قوله إن المملكة ترفض ذلك.');
    expect(reportNounAt(ts, at(ts, 'قوله'))).toBe(true);
    const ts2 = toks('ونقلت الوكالة عن وزير الداخلية عبد العزيز بن سعود قوله في المؤتمر.');
    expect(reportNounAt(ts2, at(ts2, 'قوله'))).toBe(false);
  });

  it('takes a word in ب whose rest the article writes alone for a preposition and a name', () => {
    const ts = toks('واجتمع رئيس الوزراء بنيامين نتانياهو بكوهين أمس. وقال كوهين إن الاجتماع كان مثمرا.');
    expect(gluedMention(ts, at(ts, 'بكوهين'))).toBe(true);
    const ts2 = toks('واجتمع رئيس الوزراء بنيامين نتانياهو بكوهين أمس في القدس.');
    expect(gluedMention(ts2, at(ts2, 'بكوهين'))).toBe(false);
  });
});
