import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes;

// «"الوضع خطير جدا"، بحسب ما قاله مسؤول في الأمم المتحدة.» gave no quotation at all: a quotation of
// under four words is read as a phrase named or stressed unless a verb of saying opens it. One that
// opens its sentence and is attributed right after it (بحسب، حسبما، قال …) is speech.
describe('a short quotation attributed right after it', () => {
  it('is a quotation of its source', () => {
    const got = quotes(['"الوضع خطير جدا"، بحسب ما قاله مسؤول في الأمم المتحدة.']);
    expect(got.map((q) => [q.text, q.speaker.ar])).toEqual([['الوضع خطير جدا', 'مسؤول']]);
  });

  it('but a quoted name mid-sentence is still a name', () => {
    const got = quotes(['وأطلقت الحكومة حملة "الوطن أولا"، بحسب وكالة الأنباء الرسمية.']);
    expect(got.map((q) => q.text)).not.toContain('الوطن أولا');
  });
});

// «وقال مسؤول كبير: "الوضع خطير جدا"، بحسب ما نقلته وكالة رويترز.» gave Reuters the whole sentence,
// «وقال مسؤول كبير: …» as its words: the short quotation after the colon was read as a name because
// the sentence went on, with the outlet that relayed it.
describe('a short quotation after a colon, relayed by an outlet', () => {
  it("is the speaker's, not the outlet's", () => {
    const got = quotes(['وقال مسؤول كبير: "الوضع خطير جدا"، بحسب ما نقلته وكالة رويترز.']);
    expect(got.map((q) => [q.text, q.speaker.ar])).toEqual([['الوضع خطير جدا', 'مسؤول كبير']]);
  });
});
