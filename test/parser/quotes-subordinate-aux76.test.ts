import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => `${q.speaker.ar}: ${q.text}`);

// «وكان النزاع قد بدأ عندما أعربت الجامعة عن قلقها إزاء سلامته» lost the university's statement:
// the كان of بدأ was taken for أعربت's auxiliary, so its subject was looked for before the verb,
// where «عندما» stands (dev 29). A subordinator opens the verb's own clause; its subject follows.
describe('a verb of report after a subordinator', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('has its subject after it, whatever كان stands before', () => {
    useSpeakerRanker(null);
    expect(quotes(['وكان النزاع قد بدأ عندما أعربت الجامعة عن قلقها إزاء سلامته بما في ذلك قدرته على العمل.']))
      .toEqual(['الجامعة: قلقها إزاء سلامته بما في ذلك قدرته على العمل']);
  });

  it('while كان right before the verb\'s own subject still lends it', () => {
    useSpeakerRanker(null);
    expect(quotes(['وكانت الولايات المتحدة قد دعت روسيا لاستخدام نفوذها لضمان هدنة.'])).toEqual(['الولايات المتحدة: روسيا لاستخدام نفوذها لضمان هدنة']);
  });
});
