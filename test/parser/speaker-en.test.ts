/**
 * Speakers45 (issue 11): the English under a quote is the speaker the Arabic names, not the speaker
 * with the outlet it spoke to (Foreign Minister, not "Foreign Minister for the agency"), and an outlet
 * spoken to before the subject (وقال لـ"رويترز" مسؤول أمني إن …) is passed over for the noun phrase
 * after it. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/speaker-candidates.ts';

const lead = 'نص تمهيدي قصير عن الموضوع.';
const speakers = (line: string) => parseArticle(article([lead, line])).quotes.map((q) => q.speaker);

describe('the outlet spoken to stays out of the English speaker', () => {
  it('a title, then an agency (وقال وزير الخارجية لوكالة فرانس برس إن)', () => {
    expect(speakers('وقال وزير الخارجية لوكالة فرانس برس إن المفاوضات ستستأنف الأسبوع المقبل.')).toEqual([{ ar: 'وزير الخارجية', en: 'the Foreign Minister' }]);
  });

  it('a bare title, then a network (وقال المدرب لشبكة سكاي سبورتس إن)', () => {
    const [sp] = speakers('وقال المدرب لشبكة سكاي سبورتس إن الفريق سيعود أقوى في الموسم المقبل.');
    expect(sp?.ar).toBe('المدرب');
    expect(sp?.en).not.toMatch(/network|Sky/i);
  });

  it('a spokesman, then a paper (وقال متحدث باسم الشرطة لصحيفة الغارديان إن)', () => {
    const [sp] = speakers('وقال متحدث باسم الشرطة لصحيفة الغارديان إن التحقيق ما زال مستمرا.');
    expect(sp?.ar).toBe('متحدث باسم الشرطة');
    expect(sp?.en).toMatch(/spokesman for the police$/);
  });

  it('a body, then an agency by its name (وقالت الوزارة لرويترز إن)', () => {
    const [sp] = speakers('وقالت الوزارة لرويترز إن التحقيق ما زال مستمرا.');
    expect(sp?.en).not.toMatch(/Reuters/);
  });

  it('a fuller mention of the body earlier in the article still names it', () => {
    const qs = parseArticle(article([lead, 'وأعلنت وزارة الداخلية التونسية عن إجراءات جديدة.', 'وقالت الوزارة إن الإجراءات تبدأ غدا.'])).quotes;
    expect(qs.at(-1)?.speaker.en).toMatch(/Interior/);
  });
});

describe('an outlet spoken to before the subject is not the speaker', () => {
  it('a ل written apart and a quoted agency (وقال لـ"رويترز" مسؤول أمني إن)', () => {
    expect(speakers('وقال لـ"رويترز" مسؤول أمني إن الهجوم وقع فجرا.')).toEqual([{ ar: 'مسؤول أمني', en: 'a security official' }]);
  });

  it('an attached ل (وقال لرويترز مسؤول أمني كبير إن)', () => {
    expect(speakers('وقال لرويترز مسؤول أمني كبير إن الهجوم وقع فجرا.').map((s) => s.ar)).toEqual(['مسؤول أمني كبير']);
  });

  it('an agency of several words, another verb and بأن (وصرح لوكالة الأنباء الألمانية مصدر دبلوماسي بأن)', () => {
    expect(speakers('وصرح لوكالة الأنباء الألمانية مصدر دبلوماسي بأن الاجتماع تأجل.').map((s) => s.ar)).toEqual(['مصدر دبلوماسي']);
  });

  it('a title after the outlet (وقال لوكالة فرانس برس وزير الخارجية إن)', () => {
    expect(speakers('وقال لوكالة فرانس برس وزير الخارجية إن المفاوضات مستمرة.')).toEqual([{ ar: 'وزير الخارجية', en: 'the Foreign Minister' }]);
  });
});

describe('a body\'s ل-complement is its name, not the one spoken to', () => {
  it('a body, its adjective and its لل-complement (وقالت المنظمة الدولية للهجرة إن)', () => {
    expect(speakers('وقالت المنظمة الدولية للهجرة إن أكثر من ألف مهاجر وصلوا.').map((s) => s.ar)).toEqual(['المنظمة الدولية للهجرة']);
    expect(speakers('وقال المجلس الأعلى للقضاء إن المحاكمة ستبدأ غدا.').map((s) => s.ar)).toEqual(['المجلس الأعلى للقضاء']);
  });

  it('a body the lexicon knows keeps its whole name (المفوضية السامية للأمم المتحدة لشؤون اللاجئين)', () => {
    expect(speakers('وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن الوضع صعب.')).toEqual([{ ar: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', en: 'UNHCR' }]);
  });

  it('journalists or an outlet after a body are still spoken to (وقالت المنظمة للصحفيين، للتلفزيون الرسمي)', () => {
    expect(speakers('وقالت المنظمة للصحفيين إن الوضع صعب.')).toEqual([{ ar: 'المنظمة', en: 'the organisation' }]);
    expect(speakers('وقالت المنظمة للتلفزيون الرسمي إن الوضع صعب.').map((s) => s.ar)).toEqual(['المنظمة']);
  });

  it('nor is the audience part of the English (وقالت الوزارة للصحفيين إن)', () => {
    expect(speakers('وقالت الوزارة للصحفيين إن الوضع صعب.')).toEqual([{ ar: 'الوزارة', en: 'the ministry' }]);
  });
});
