/** Reported speech keeps its meaning: a denial is a denial, a negated denial is not, and the views say so. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { FreeText, statementBlock } from '../../src/views/briefing-views.ts';
import { renderPlain } from '../../src/reply/render-text.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar || q.speaker.en, text: q.text, kind: q.kind }));

describe('denials', () => {
  it('نفى X أن …: the denied clause, kind denial', () => {
    expect(quotes('ونفى الرئيس الأمريكي دونالد ترامب أن يكون قد أمر باغتيال أي مسؤول في المنطقة.')).toEqual([
      { who: 'دونالد ترامب', text: 'يكون قد أمر باغتيال أي مسؤول في المنطقة', kind: 'denial' },
    ]);
    expect(quotes('وأنكرت الوزيرة سلمى حداد أن تكون الحكومة قد تلقت أي تحذير مسبق.')[0]?.kind).toBe('denial');
  });

  it('نافياً أن … continues the previous speaker as a denial', () => {
    const q = quotes('وقال المتحدث باسم الشرطة إن التحقيق مستمر، نافيا أن تكون هناك أي إصابات بين المدنيين.');
    expect(q.map((x) => x.kind)).toEqual(['indirect', 'denial']);
    expect(q[1]!.who).toBe(q[0]!.who);
  });

  it('رفض أن يكون … denies; رفض أن يعلق declines; لم ينفِ is no denial', () => {
    expect(quotes('ورفض المتحدث باسم الخارجية أن يكون هناك أي اتفاق سري بين البلدين.')[0]?.kind).toBe('denial');
    expect(quotes('ورفض المتحدث باسم الخارجية أن يعلق على الاتفاق المبرم بين البلدين.')).toEqual([]);
    expect(quotes('ولم ينف الوزير خالد منصور أن المحادثات جرت في العاصمة الأردنية.').filter((q) => q.kind === 'denial')).toEqual([]);
  });

  it('a quoted claim after نفى is the claim denied; a denial after «، وقد» is its own statement', () => {
    expect(quotes('وقالت الوكالة في بيان نفت فيه "الادعاء بعدم تمكين المواطنين من السفر إلى الخارج".').map((q) => q.kind)).toEqual(['denial']);
    const q = quotes('وذكرت السلطات البريطانية التي تحقق في القضية أنها تعتقد بتورط الكرملين، وقد نفى الكرملين تلك الاتهامات مباشرة بعد صدورها.');
    expect(q.map((x) => [x.who, x.kind])).toEqual([['السلطات البريطانية', 'indirect'], ['الكرملين', 'denial']]);
  });

  it('English: "denied that" is a denial', () => {
    const b = parseArticle('Finance Minister Anna Berg denied that the budget would be cut next year.');
    expect(b.quotes.map((q) => q.kind)).toEqual(['denial']);
  });
});

describe('statements rendered by kind', () => {
  const b = parseArticle('ونفى الرئيس الأمريكي دونالد ترامب أن يكون قد أمر باغتيال أي مسؤول في المنطقة. وقال ترامب إن الإدارة ستواصل العمل مع الحلفاء. وقال ترامب: "لن نتراجع عن العقوبات أبدا مهما حدث".');
  const show = (lang: 'ar' | 'en') => b.quotes.map((q) => renderPlain({ lang, blocks: [statementBlock(b, q, lang, new FreeText(lang))] }));
  it('a denial is never shown as the speaker\'s claim in quotation marks', () => {
    const [denial, indirect, direct] = show('en');
    expect(denial).toMatch(/^Donald Trump denied that يكون قد أمر/);
    expect(denial).not.toMatch(/[“”"]/);
    expect(indirect).toMatch(/^Donald Trump said that الإدارة.* \[Arabic\]$/);
    expect(indirect).not.toMatch(/[“”"]/);
    expect(direct).toBe('“لن نتراجع عن العقوبات أبدا مهما حدث” — Donald Trump [Arabic]');
  });
  it('in Arabic too', () => {
    const [denial, indirect, direct] = show('ar');
    expect(denial).toBe('نفى دونالد ترامب أن يكون قد أمر باغتيال أي مسؤول في المنطقة');
    expect(indirect).toBe('بحسب دونالد ترامب، الإدارة ستواصل العمل مع الحلفاء');
    expect(direct).toBe('“لن نتراجع عن العقوبات أبدا مهما حدث” — دونالد ترامب');
  });
});
