/**
 * Speakers44 (issue 11): the one spoken to after a verb of saying (لوكالة فرانس برس، لصحيفة
 * الغارديان، لـ"رويترز"، للصحفيين) is never the speaker, and a ل written apart from its word (لـ"…")
 * is no part of the speaker's phrase. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { article, whoSaid } from '../helpers/speaker-candidates.ts';
import { parseArticle } from '../../src/parser/index.ts';

const lead = 'نص تمهيدي قصير عن الموضوع.';
const said = (line: string) => whoSaid([lead, line]);

describe('an addressee after the verb is not the speaker', () => {
  it('a news agency the lexicon knows, after a bare title (وقال وزير الخارجية لوكالة فرانس برس إن)', () => {
    expect(said('وقال وزير الخارجية لوكالة فرانس برس إن الحكومة لن تتراجع عن قرارها.')).toEqual(['وزير الخارجية']);
    expect(said('وقال وزير الخارجية لوكالة فرانس برس إن "الحكومة لن تتراجع عن قرارها في الوقت الحالي".')).toEqual(['وزير الخارجية']);
  });

  it('the same with another verb and another title (وأكد رئيس البرلمان لفرانس برس أن)', () => {
    expect(said('وأكد رئيس البرلمان لفرانس برس أن الجلسة ستعقد في موعدها.')).toEqual(['رئيس البرلمان']);
  });

  it('a paper or channel (لصحيفة الغارديان، لقناة الجزيرة)', () => {
    expect(said('وقالت المتحدثة باسم الوزارة لصحيفة الغارديان إن الحكومة لن تتراجع عن قرارها.')).toEqual(['المتحدثة باسم الوزارة']);
    expect(said('وقال رئيس الوزراء لقناة الجزيرة إن الانتخابات ستجرى في موعدها.')).toEqual(['رئيس الوزراء']);
  });

  it('a title whose name follows the outlet still takes the name (المدير العام لوكالة فرانس برس فابريس فريس)', () => {
    expect(said('وقال المدير العام لوكالة فرانس برس فابريس فريس إن الوكالة ستفتح مكتبا جديدا.')).toEqual(['فابريس فريس']);
  });
});

describe('a ل written apart (لـ"رويترز") stays off the speaker', () => {
  it('after an unnamed source (وقال مسؤول أمني لـ"رويترز" إن)', () => {
    expect(said('وقال مسؤول أمني لـ"رويترز" إن الهجوم أسفر عن مقتل خمسة أشخاص.')).toEqual(['مسؤول أمني']);
  });

  it('after a title, with بأن or a space (لـ"بي بي سي"، لـ رويترز)', () => {
    expect(said('وصرح قائد الشرطة لـ"بي بي سي" بأن التحقيق مستمر منذ أسابيع.')).toEqual(['قائد الشرطة']);
    expect(said('وقال المتحدث باسم الجيش لـ رويترز إن القوات انسحبت من المدينة.')).toEqual(['المتحدث باسم الجيش']);
  });
});

describe('the إن of a spelled acronym is no complementiser', () => {
  const statement = (line: string) => parseArticle(article([lead, line])).quotes.map((q) => q.text);
  it('an unknown acronym behind an outlet head (لقناة إي أس بي إن الأمريكية إن)', () => {
    expect(statement('وقال اللاعب في تصريحات لقناة إي أس بي إن الأمريكية إن الفريق سيعود أقوى في الموسم المقبل.')).toEqual(['الفريق سيعود أقوى في الموسم المقبل']);
    expect(statement('وقال المدرب لشبكة إي أس بي إن إن الفريق سيعود أقوى بعد العطلة.')).toEqual(['الفريق سيعود أقوى بعد العطلة']);
  });

  it('a known one ends where the lexicon says (لشبكة سي إن إن إن بلاده)', () => {
    expect(statement('وقال الرئيس لشبكة سي إن إن إن بلاده لن تتراجع عن موقفها.')).toEqual(['بلاده لن تتراجع عن موقفها']);
    expect(statement('وقال الرئيس لشبكة سي إن إن الأمريكية إن بلاده لن تتراجع عن موقفها.')).toEqual(['بلاده لن تتراجع عن موقفها']);
  });
});
